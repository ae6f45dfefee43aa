import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { createWorkshop, joinAs, vote } from "./workshop-steps";

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";

/** The round id a participant's ballot saves into, read off the request the page sends. */
async function roundIdOf(page: Page): Promise<string> {
  const request = page.waitForRequest((r) => r.method() === "PUT" && r.url().endsWith("/votes"));
  await page
    .getByRole("group", { name: COST })
    .getByRole("radio", { name: "Not sure" })
    .check({ force: true });
  return JSON.parse((await request).postData()!).roundId;
}

async function expectRefused(
  response: Awaited<ReturnType<APIRequestContext["fetch"]>>,
  statuses = [403, 404],
) {
  expect(statuses, `${response.url()} answered ${response.status()}`).toContain(response.status());
  const body = (await response.json()) as { error: { message: string } };
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error.message).toEqual(expect.any(String));
}

test("before the reveal nothing of another ballot reaches a participant's browser", async ({
  page,
  browser,
}) => {
  const workshop = await createWorkshop(page, { title: "Secrecy" });
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  const bob = await joinAs(browser, workshop.inviteLink, "Bob", "ML engineer");
  const markers = [
    "ada-secret-governance-7f3a",
    "ada-secret-speed-91bc",
    "ada-secret-skills-0d2e",
    "ada-secret-cost-55aa",
  ];
  await vote(
    ada,
    { [GOVERNANCE]: 5, [SPEED]: 1, [SKILLS]: 5, [COST]: 1 },
    {
      [GOVERNANCE]: markers[0]!,
      [SPEED]: markers[1]!,
      [SKILLS]: markers[2]!,
      [COST]: markers[3]!,
    },
  );

  const id = workshop.workshopId;
  const reachable = [
    "/",
    `/w/${id}`,
    `/w/${id}/facilitate`,
    `/w/${id}/series`,
    workshop.inviteLink,
    "/workshops",
    "/sign-in",
    "/api/health",
  ];
  for (const url of reachable) {
    for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
      const response = await bob.request.get(url, { headers });
      const body = await response.text();
      for (const marker of markers)
        expect(body, `${url} ${JSON.stringify(headers)}`).not.toContain(marker);
    }
  }
  // Bob's own page: his progress and the room's counts, not Ada's answers.
  await bob.reload();
  await expect(bob.getByText("0 of 4 answered")).toBeVisible();
  await expect(bob.getByText(/1 of 2 people have finished voting/)).toBeVisible();
  // Even the facilitator's pages carry no scores or reasons before the reveal, nor does the
  // series page, which shows nothing of a round that is not revealed: not even how many voted.
  // The decision page is the facilitator's too; sign-off links exist only once a decision
  // is recorded on a revealed round.
  for (const path of [`/w/${id}/facilitate`, `/w/${id}/decision`]) {
    const facilitatorHtml = await page.request.get(path).then((r) => r.text());
    for (const marker of markers) expect(facilitatorHtml, path).not.toContain(marker);
  }
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const seriesHtml = await page.request.get(`/w/${id}/series`, { headers }).then((r) => r.text());
    for (const marker of markers) expect(seriesHtml).not.toContain(marker);
  }
  await page.goto(`/w/${id}/series`);
  const run = page.getByRole("region", { name: "Runs" }).getByRole("row", { name: /^Run 1/ });
  await expect(run).toContainText("Not yet");
  await expect(run.getByRole("cell").nth(2)).toHaveText("–");
});

test("every write path refuses forged ids, other people's powers and bad input", async ({
  page,
  browser,
}) => {
  const mine = await createWorkshop(page, { title: "Mine" });
  const theirsPage = await (await browser.newContext()).newPage();
  const theirs = await createWorkshop(theirsPage, { title: "Theirs" });
  const ada = await joinAs(browser, mine.inviteLink, "Ada", "Data scientist");
  const eve = await joinAs(browser, theirs.inviteLink, "Eve", "Something else");
  const myRound = await roundIdOf(ada);
  const theirRound = await roundIdOf(eve);
  const answer = { criterionId: "governance", score: 3, rationale: null };
  const vote = (roundId: string, change: Record<string, unknown> = {}) => ({
    roundId,
    answers: [{ ...answer, ...change }],
  });

  // A participant writes only their own ballot, in their own workshop's round.
  await expectRefused(
    await ada.request.put(`/api/workshops/${theirs.workshopId}/votes`, { data: vote(theirRound) }),
  );
  await expectRefused(
    await ada.request.put(`/api/workshops/${mine.workshopId}/votes`, { data: vote(theirRound) }),
  );
  await expectRefused(
    await ada.request.put(`/api/workshops/${theirs.workshopId}/votes`, { data: vote(myRound) }),
  );
  await expectRefused(
    await ada.request.put(`/api/workshops/not-a-workshop/votes`, { data: vote(myRound) }),
  );

  // Facilitator powers need this workshop's capability: a participant, or another workshop's
  // facilitator, gets nothing done.
  const theirParticipant = "00000000-0000-4000-8000-000000000000";
  for (const caller of [ada.request, theirsPage.request]) {
    const base = `/api/workshops/${mine.workshopId}`;
    await expectRefused(await caller.post(`${base}/reveal`));
    await expectRefused(await caller.post(`${base}/rounds`));
    await expectRefused(await caller.post(`${base}/close`));
    await expectRefused(await caller.post(`${base}/invite`));
    await expectRefused(await caller.delete(`${base}/participants/${theirParticipant}`));
    await expectRefused(await caller.delete(base));
  }
  // The facilitator of this workshop cannot reach into another one through forged ids either.
  await expectRefused(
    await page.request.delete(`/api/workshops/${mine.workshopId}/participants/${theirParticipant}`),
    [404],
  );

  // Bad input: a clear 400 naming the field, and nothing saved.
  const base = `/api/workshops/${mine.workshopId}/votes`;
  for (const data of [
    vote(myRound, { score: 7 }),
    vote(myRound, { score: 2.5 }),
    vote(myRound, { criterionId: "happiness" }),
    vote(myRound, { rationale: "x".repeat(501) }),
    vote("nope"),
    { roundId: myRound, answers: [answer, answer] },
  ]) {
    const response = await ada.request.put(base, { data });
    expect(response.status(), JSON.stringify(data).slice(0, 80)).toBe(400);
    expect((await response.json()).error.fields).toBeDefined();
  }
  const notJson = await ada.request.put(base, {
    data: "{not json",
    headers: { "Content-Type": "application/json" },
  });
  expect(notJson.status()).toBe(400);
  await ada.reload();
  await expect(ada.getByText("1 of 4 answered")).toBeVisible();
  await expect(
    ada.getByRole("group", { name: GOVERNANCE }).getByRole("radio", { checked: true }),
  ).toHaveCount(0);

  // Writes from other sites are refused before anything runs.
  for (const origin of ["https://evil.example", "null"]) {
    const response = await ada.request.put(base, {
      data: vote(myRound),
      headers: { Origin: origin },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("cross-site");
  }
});
