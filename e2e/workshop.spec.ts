import { expect, test } from "./fixtures";
import { createWorkshop, expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";

test("a facilitator and three participants run a whole workshop over two rounds", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  await page.goto("/");
  await expectAccessible(page);
  const workshop = await createWorkshop(page, { title: "How do our models reach production?" });
  expect(workshop.facilitatorLink).toMatch(/\/f\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("heading", { name: "Round 1: voting is open" })).toBeVisible();
  await expectAccessible(page);
  // The QR code is in sight from the start: inviting is the first thing to do.
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await screenshots(page, testInfo, "facilitator-round-1");

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(workshop.inviteLink);
  await expect(
    visitor.getByRole("heading", { name: "How do our models reach production?" }),
  ).toBeVisible();
  await expectAccessible(visitor);
  await screenshots(visitor, testInfo, "join");

  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  const grace = await joinAs(browser, workshop.inviteLink, "Grace", "ML engineer");
  const linus = await joinAs(browser, workshop.inviteLink, "Linus", "Platform or DevOps engineer");
  await expectAccessible(ada);
  await screenshots(ada, testInfo, "ballot-empty");

  await vote(
    ada,
    { [GOVERNANCE]: 5, [SPEED]: 3, [SKILLS]: 4, [COST]: 3 },
    { [GOVERNANCE]: "We are audited every year." },
  );
  await vote(grace, { [GOVERNANCE]: 4, [SPEED]: "not sure", [SKILLS]: 4, [COST]: 3 });
  await expect(linus.getByText("0 of 4 answered")).toBeVisible();
  await vote(linus, { [GOVERNANCE]: 5, [SPEED]: 4 });

  // The facilitator sees who joined and how far each got, never what they chose.
  await page.reload();
  await expect(page.getByText(/3\s*joined · 2\s*voted/)).toBeVisible();
  const people = page.getByRole("region", { name: "Participants" });
  await expect(people.getByRole("listitem").filter({ hasText: "Ada" })).toContainText("Voted");
  await expect(people.getByRole("listitem").filter({ hasText: "Linus" })).toContainText(
    "Answering",
  );
  await expect(page.getByText("We are audited every year.")).toHaveCount(0);

  // A reload keeps the saved answers.
  await ada.reload();
  await expect(
    ada.getByRole("group", { name: GOVERNANCE }).getByRole("radio", { name: "5" }),
  ).toBeChecked();
  await expect(ada.getByRole("group", { name: GOVERNANCE }).getByLabel(/Why\?/)).toHaveValue(
    "We are audited every year.",
  );
  await expect(
    grace.getByRole("group", { name: SPEED }).getByRole("radio", { name: "Not sure" }),
  ).toBeChecked();

  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await expect(page.getByRole("dialog", { name: "Reveal round 1?" })).toContainText(
    "1 of 3 have not voted yet: anything they answered so far will not count",
  );
  await page.getByRole("button", { name: "Reveal now" }).click();
  // The facilitator of a live room lands on the room's view of the results.
  await page.waitForURL(/\/present$/);
  await expect(page.getByTestId("room-view")).toBeVisible();

  // The reveal takes Ada's open ballot page to the results by itself.
  await ada.waitForURL(/\/results$/, { timeout: 15_000 });
  await expect(ada.getByText("Results of round 1", { exact: false })).toBeVisible();
  await expect(ada.getByText("We are audited every year.")).toBeVisible();

  // Round 2 starts from the room view; the projector goes back to counting.
  await page.getByRole("button", { name: "Start round 2" }).click();
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page.getByRole("heading", { name: "Round 2" })).toBeVisible();
  await expect(page.getByTestId("voted-count")).toHaveText("0");
  await page.getByRole("link", { name: "Facilitator page" }).click();
  await expect(page.getByRole("heading", { name: "Round 2: voting is open" })).toBeVisible();
  await expect(page.getByText(/3\s*joined · 0\s*voted/)).toBeVisible();

  // Round 2 reaches Ada's results page by itself; her ballot starts from her round-1 answers.
  await expect(ada.getByText("Round 2 is open for voting.")).toBeVisible({ timeout: 15_000 });
  await ada.getByRole("link", { name: "Go to your ballot" }).click();
  await expect(ada.getByText("Round 2")).toBeVisible();
  await expect(
    ada.getByRole("group", { name: GOVERNANCE }).getByRole("radio", { name: "5" }),
  ).toBeChecked();
  // Copied answers are a starting point, not a vote, on every page alike.
  await expect(
    ada.getByText("Your round 1 answers are filled in: keep them or change any"),
  ).toBeVisible();
  await expect(ada.getByText("0 of 3 people have finished voting", { exact: false })).toBeVisible();
  await page.reload();
  await expect(page.getByText(/3\s*joined · 0\s*voted/)).toBeVisible();
  // Changing one answer is voting; so is keeping them all as they are.
  await vote(ada, { [GOVERNANCE]: 4 });
  await expect(ada.getByText("All 4 answered: you're done")).toBeVisible();
  await expect(ada.getByText(/You're done: your answers are saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/3\s*joined · 1\s*voted/)).toBeVisible();
  await grace.goto(`/w/${workshop.workshopId}`);
  await grace.getByRole("button", { name: "Keep my answers" }).click();
  await expect(grace.getByText("All 4 answered: you're done")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/3\s*joined · 2\s*voted/)).toBeVisible();

  await page.getByRole("button", { name: "Close the workshop" }).click();
  await page.getByRole("button", { name: "Close it" }).click();
  await expect(page.getByRole("heading", { name: /workshop closed/ })).toBeVisible();
  await ada.reload();
  await expect(
    ada.getByRole("group", { name: SPEED }).getByRole("radio", { name: "Not sure" }),
  ).toBeDisabled();
});

test("the private facilitator link works from another device and is exchanged for a cookie", async ({
  page,
  browser,
}) => {
  const workshop = await createWorkshop(page, { title: "Second device" });
  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  const response = await other.goto(workshop.facilitatorLink);
  expect(response?.status()).toBe(200);
  await expect(other).toHaveURL(new RegExp(`/w/${workshop.workshopId}/facilitate$`));
  await expect(other.getByRole("heading", { name: "Second device" })).toBeVisible();
  const cookies = await laptop.cookies();
  const capability = cookies.find(
    (cookie) => cookie.name === `bp_facilitator_${workshop.workshopId}`,
  );
  expect(capability).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await laptop.close();
});

test("keyboard users answer with arrow keys in a real radio group", async ({ page, browser }) => {
  const workshop = await createWorkshop(page, { title: "Keyboard only" });
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Compliance or risk");
  const governance = ada.getByRole("group", { name: GOVERNANCE });
  await governance.getByRole("radio", { name: "1", exact: true }).focus();
  await ada.keyboard.press("Space");
  await ada.keyboard.press("ArrowRight");
  await ada.keyboard.press("ArrowRight");
  await expect(governance.getByRole("radio", { name: "3", exact: true })).toBeChecked();
  await expect(ada.getByText("Saved", { exact: true })).toBeVisible();
  await ada.reload();
  await expect(
    ada.getByRole("group", { name: GOVERNANCE }).getByRole("radio", { name: "3", exact: true }),
  ).toBeChecked();
});

test("replacing the invite link turns the old one into a 404, and removal locks a ballot", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const workshop = await createWorkshop(page, { title: "Rotation" });
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "ML engineer");

  await page.getByRole("button", { name: "Replace the invite link" }).click();
  await page.getByRole("button", { name: "Replace it" }).click();
  await expect(page.getByText("A new invite link is ready")).toBeVisible();
  await expect(page.getByTestId("invite-link")).not.toHaveText(workshop.inviteLink);
  const newLink = (await page.getByTestId("invite-link").textContent())!.trim();

  const stranger = await (await browser.newContext()).newPage();
  const old = await stranger.goto(workshop.inviteLink);
  expect(old?.status()).toBe(404);
  await expect(stranger.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await expectAccessible(stranger);
  expect((await stranger.goto(newLink))?.status()).toBe(200);

  const firstSave = ada.waitForRequest((r) => r.method() === "PUT" && r.url().endsWith("/votes"));
  await ada
    .getByRole("group", { name: GOVERNANCE })
    .getByRole("radio", { name: "2", exact: true })
    .check({ force: true });
  const roundId = JSON.parse((await firstSave).postData()!).roundId as string;

  const people = page.getByRole("region", { name: "Participants" });
  await page.reload();
  await people.getByRole("button", { name: "Remove" }).click();
  await page
    .getByRole("dialog", { name: "Remove Ada?" })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(page.getByText("Ada was removed.")).toBeVisible();
  await expect(people.getByText("Nobody has joined yet.")).toBeVisible();

  // A removed participant's saves are refused and their ballot page is gone.
  const ballotUrl = `/w/${workshop.workshopId}`;
  const save = await ada.request.put(`/api/workshops/${workshop.workshopId}/votes`, {
    data: { roundId, answers: [{ criterionId: "speed", score: 2 }] },
  });
  expect(save.status()).toBe(403);
  expect((await save.json()).error.code).toBe("participant-removed");
  expect((await ada.goto(ballotUrl))?.status()).toBe(404);
  // Nor can the same device quietly join again through the current invite link.
  await ada.goto(newLink);
  await expect(ada.getByText(/removed you from this workshop/)).toBeVisible();
  await expect(ada.getByRole("button", { name: "Join the workshop" })).toHaveCount(0);
  const rejoin = await ada.request.post("/api/workshops/join", {
    data: { inviteToken: newLink.split("/j/")[1], displayName: "Ada again", role: "other" },
  });
  expect(rejoin.status()).toBe(403);
  expect((await rejoin.json()).error.code).toBe("participant-removed");
});

test("deleting a workshop removes it for everyone", async ({ page, browser }) => {
  const workshop = await createWorkshop(page, { title: "Short-lived" });
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Something else");
  await page.getByRole("button", { name: "Delete workshop" }).click();
  await page.getByRole("button", { name: "Delete everything" }).click();
  await page.waitForURL("/");
  for (const url of [
    `/w/${workshop.workshopId}`,
    `/w/${workshop.workshopId}/facilitate`,
    workshop.inviteLink,
    workshop.facilitatorLink,
  ]) {
    const response = await ada.goto(url);
    expect(response?.status(), url).toBe(404);
  }
});

test("answers given while a save is slow travel together in the next save", async ({
  page,
  browser,
}) => {
  const workshop = await createWorkshop(page, { title: "Slow network" });
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  // The first save is held at the browser, as on a congested network; the ones after it go
  // through untouched.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const sent: { criterionId: string; score: number | null }[][] = [];
  await ada.route("**/votes", async (route) => {
    const answers = JSON.parse(route.request().postData()!).answers;
    sent.push(answers);
    if (sent.length === 1) await held;
    await route.continue();
  });
  const pick = (criterion: string, score: string) =>
    ada
      .getByRole("group", { name: criterion })
      .getByRole("radio", { name: score, exact: true })
      .check({ force: true });
  await pick(GOVERNANCE, "4");
  await expect.poll(() => sent.length).toBe(1);
  await pick(SPEED, "2");
  await pick(SKILLS, "5");
  await pick(COST, "3");
  await expect(ada.getByText("Saving…")).toHaveCount(4);
  release();
  await expect(ada.getByText("Saved", { exact: true })).toHaveCount(4);
  expect(sent).toEqual([
    [{ criterionId: "governance", score: 4, rationale: null }],
    [
      { criterionId: "speed", score: 2, rationale: null },
      { criterionId: "skills", score: 5, rationale: null },
      { criterionId: "cost", score: 3, rationale: null },
    ],
  ]);
  await ada.reload();
  await expect(ada.getByText("All 4 answered: you're done")).toBeVisible();
});
