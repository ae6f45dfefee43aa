import { expect, test } from "./fixtures";
import { query } from "./support/database";
import { createWorkshop, expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

// The facilitator's flow through a live room and an async round, as each person sees it: the
// invite first, a cue when everyone has voted, the reveal landing on the room's view, and the
// same count of ballots on every screen, in round 2 and after an automatic reveal.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";

test("a live room: invite first, a cue when all have voted, the reveal lands on the room view, and round 2 counts agree on every screen", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const workshop = await createWorkshop(page, { title: "Room flow" });
  const facilitate = page.url();

  // Before anyone joins, the facilitator's page is about getting people in.
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(page.getByText(/0\s*joined · 0\s*voted/)).toBeVisible();

  // The projector: in its own tab, with nothing of the site around it.
  const projector = await page.context().newPage();
  await projector.goto(`/w/${workshop.workshopId}/present`);
  await expect(projector.getByTestId("joined-count")).toHaveText("0");
  await expect(projector.getByRole("link", { name: "Blueprint" })).toHaveCount(0);
  await expect(projector.getByRole("contentinfo")).toHaveCount(0);
  await expect(projector.getByRole("link", { name: "Facilitator page" })).toBeVisible();

  // Three phones, voting one after the other; the cue waits for the last of them.
  const phones = [];
  const ballots = [
    { [GOVERNANCE]: 5, [SPEED]: 2, [SKILLS]: 2, [COST]: 2 },
    { [GOVERNANCE]: 1, [SPEED]: 5, [SKILLS]: 4, [COST]: 4 },
    { [GOVERNANCE]: 3, [SPEED]: 3, [SKILLS]: 3, [COST]: 3 },
  ] as const;
  for (const [index, name] of ["Ada", "Grace", "Linus"].entries()) {
    phones.push(await joinAs(browser, workshop.inviteLink, name, "ML engineer"));
    await expect(projector.getByTestId("joined-count")).toHaveText(String(index + 1));
  }
  for (const [index, phone] of phones.entries()) {
    await expect(page.getByTestId("everyone-voted")).toHaveText("");
    await vote(phone, ballots[index]!);
    await expect(phone.getByText("All 4 answered: you're done")).toBeVisible();
  }
  await expect(page.getByTestId("everyone-voted")).toHaveText("Everyone has voted");
  await expect(projector.getByTestId("everyone-voted")).toHaveText("Everyone has voted");
  await expect(page.getByText(/3\s*joined · 3\s*voted/)).toBeVisible();
  await projector.close();

  // On the reveal a phone shows how the results open at once, and the full page follows. Ada's
  // request for that page is held here until her opening has been looked at.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await phones[0]!.route(/\/w\/[^/]+\/results(\?|$)/, async (route) => {
    await held;
    await route.continue();
  });

  // The reveal takes the facilitator to the room's view of the results.
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await expect(page.getByRole("dialog", { name: "Reveal round 1?" })).toContainText(
    "Everyone has voted.",
  );
  await page.getByRole("button", { name: "Reveal now" }).click();
  const opening = phones[0]!.getByTestId("revealed-opening");
  await expect(opening).toBeVisible({ timeout: 15_000 });
  await expect(opening.getByText("3 people voted")).toBeVisible();
  await expect(opening.getByRole("heading", { name: /^Recommendation: / })).toBeVisible();
  await expect(opening.getByRole("link", { name: "See all the results" })).toBeVisible();
  await expect(phones[0]!.getByText(/finished voting/)).toHaveCount(0);
  await expectAccessible(phones[0]!);
  const recommended = await opening.getByRole("heading", { name: /^Recommendation: / }).innerText();
  release();
  await page.waitForURL(/\/present$/);
  const room = page.getByTestId("room-view");
  await expect(room).toBeVisible();
  await expect(room.getByText("3 people voted").first()).toBeVisible();
  await expect(page.getByRole("contentinfo")).toHaveCount(0);
  // Governance (5, 1, 3) is disputed: it is on the agenda, with a timer for its discussion.
  const agenda = room.getByRole("region", { name: "Talk these through" });
  const governance = agenda.getByTestId("agenda-item").filter({ hasText: GOVERNANCE });
  await expect(governance).toBeVisible();
  await governance.getByRole("button", { name: /Time the discussion/ }).click();
  const timer = governance.getByTestId("timer");
  await expect(timer).toHaveText(/Time left: 4:5\d/);
  await governance.getByRole("button", { name: "Pause" }).click();
  const paused = await timer.textContent();
  await page.waitForTimeout(1_500);
  await expect(timer).toHaveText(paused!);
  await governance.getByRole("button", { name: "1 min more" }).click();
  await expect(timer).toHaveText(/Time left: 5:5\d/);
  await expectAccessible(page);
  await screenshots(page, testInfo, "room-view");
  // Every phone is on the results, and a participant has no ballot link that leads back there.
  for (const phone of phones) await phone.waitForURL(/\/results$/, { timeout: 15_000 });
  await expect(phones[0]!.getByText("3 people voted").first()).toBeVisible();
  // The page that followed opens with the same answer the phone showed first.
  await expect(phones[0]!.getByRole("heading", { name: /^Recommendation: / }).first()).toHaveText(
    recommended,
  );
  await expect(phones[0]!.getByRole("link", { name: /your ballot/ })).toHaveCount(0);
  await expect(phones[0]!.getByText("Voting in round 1 is over.", { exact: false })).toBeVisible();

  // Round 2 from the room view, which goes back to counting.
  await page.getByRole("button", { name: "Start round 2" }).click();
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page.getByRole("heading", { name: "Round 2" })).toBeVisible();
  await expect(page.getByTestId("voted-count")).toHaveText("0");

  // Ada changes an answer, Grace keeps hers, Linus does nothing: two have voted, on every screen.
  const [ada, grace, linus] = phones as [typeof page, typeof page, typeof page];
  await expect(ada.getByRole("link", { name: "Go to your ballot" })).toBeVisible({
    timeout: 15_000,
  });
  await ada.getByRole("link", { name: "Go to your ballot" }).click();
  await vote(ada, { [SPEED]: 4 });
  await grace.goto(`/w/${workshop.workshopId}`);
  await grace.getByRole("button", { name: "Keep my answers" }).click();
  await expect(grace.getByText("All 4 answered: you're done")).toBeVisible();
  await linus.goto(`/w/${workshop.workshopId}`);
  await expect(
    linus.getByText("Your round 1 answers are filled in", { exact: false }),
  ).toBeVisible();

  await expect(page.getByTestId("voted-count")).toHaveText("2");
  await expect(page.getByTestId("everyone-voted")).toHaveText("");
  for (const phone of [ada, grace, linus]) {
    await expect(
      phone.getByText("2 of 3 people have finished voting", { exact: false }),
    ).toBeVisible();
  }
  const console = await page.context().newPage();
  await console.goto(facilitate);
  await expect(console.getByText(/3\s*joined · 2\s*voted/)).toBeVisible();
  await console.getByRole("button", { name: "Reveal the votes" }).click();
  await expect(console.getByRole("dialog", { name: "Reveal round 2?" })).toContainText(
    "1 of 3 have not voted yet",
  );
  await console.getByRole("button", { name: "Cancel" }).click();

  // The projector reveals; it shows the two ballots that were cast, as do the results.
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await expect(page.getByRole("dialog", { name: "Reveal round 2?" })).toContainText(
    "1 of 3 have not voted yet",
  );
  await page.getByRole("button", { name: "Reveal now" }).click();
  await expect(room.getByText("2 people voted").first()).toBeVisible();
  await expect(room.getByText(/Round 2/).first()).toBeVisible();
  await linus.waitForURL(/\/results$/, { timeout: 15_000 });
  await expect(linus.getByText("2 people voted").first()).toBeVisible();
  // The console, never reloaded, has followed: revealed, with the way to the room's view.
  await expect(console.getByRole("heading", { name: "Round 2: votes revealed" })).toBeVisible();
  await expect(console.getByText(/3\s*joined · 2\s*voted/)).toBeVisible();
  await expect(console.getByRole("link", { name: "Show the results to the room" })).toBeVisible();
  // How the rounds moved: Ada's changed answer moved the speed median.
  await console.goto(`/w/${workshop.workshopId}/results`);
  await expect(console.getByText("2 people voted").first()).toBeVisible();
  const history = console.getByTestId("section-history");
  await history.getByText("How the rounds moved").click();
  await expect(history.getByText("1 person changed at least one answer.")).toBeVisible();
  const speed = history.getByRole("row", { name: new RegExp(SPEED) });
  await expect(speed.getByTestId("median-moved")).toContainText("(was 3)");
  await expect(speed.getByTestId("median-moved")).toContainText("1 answer changed");
});

test("after an automatic reveal at the deadline, every page counts the same ballots", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByLabel("Workshop title").fill("Deadline count");
  await page.getByLabel("Team name").fill("Model platform team");
  await page.getByLabel(/Asynchronously/).check();
  const due = new Date(Date.now() + 86_400_000 + 5 * 60_000);
  const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  await page.getByLabel("Deadline").fill(local);
  await page.getByRole("button", { name: "Create workshop" }).click();
  await page.getByRole("link", { name: "Open the facilitator page" }).click();
  await page.waitForURL(/\/facilitate$/);
  const workshopId = page.url().split("/w/")[1]!.split("/")[0]!;
  const inviteLink = (await page.getByTestId("invite-link").textContent())!.trim();
  // No projector in an async workshop.
  await expect(page.getByRole("link", { name: /presenter view/ })).toHaveCount(0);
  // A deadline moved elsewhere (another device of the facilitator's) reaches the open page.
  await expect(page.getByTestId("deadline-countdown")).toContainText("Voting closes in 1 day");
  const moved = await page.request.put(`/api/workshops/${workshopId}/deadline`, {
    headers: { origin: new URL(page.url()).origin },
    data: { deadline: new Date(Date.now() + 3 * 86_400_000 + 60_000).toISOString() },
  });
  expect(moved.status()).toBe(200);
  await expect(page.getByTestId("deadline-countdown")).toContainText("Voting closes in 3 days");

  const ada = await joinAs(browser, inviteLink, "Ada", "Data scientist");
  const grace = await joinAs(browser, inviteLink, "Grace", "ML engineer");
  await vote(ada, { [GOVERNANCE]: 4, [SPEED]: 3, [SKILLS]: 2, [COST]: 2 });
  // Grace answers one question of four: not a vote.
  await vote(grace, { [GOVERNANCE]: 1 });
  await expect(page.getByText(/2\s*joined · 1\s*voted/)).toBeVisible();

  // The deadline passes (a second after the round opened, so it governs that round); the next
  // page anyone opens settles it.
  await query(
    `UPDATE workshops SET deadline = (
       SELECT opened_at + interval '1 second' FROM rounds WHERE workshop_id = $1 AND number = 1)
     WHERE id = $1`,
    [workshopId],
  );
  await page.reload();
  await expect(page.getByRole("heading", { name: "Round 1: votes revealed" })).toBeVisible();
  await expect(page.getByText(/2\s*joined · 1\s*voted/)).toBeVisible();
  // An async workshop's facilitator is pointed to the results page, not a projector.
  await page.getByRole("link", { name: "See the results", exact: true }).click();
  await page.waitForURL(/\/results$/);
  await expect(page.getByText("1 person voted").first()).toBeVisible();
  for (const phone of [ada, grace]) {
    await phone.reload();
    await phone.waitForURL(/\/results$/);
    await expect(phone.getByText("1 person voted").first()).toBeVisible();
  }
});
