import { expect, test } from "./fixtures";
import { createWorkshop, expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

// Live rooms: what happens on one screen reaches the others by itself, through server-sent
// events, and across app instances through PostgreSQL.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";
const fullBallot = { [GOVERNANCE]: 4, [SPEED]: 3, [SKILLS]: 2, [COST]: 2 } as const;

test("the presenter view counts joins and votes as they happen, then reveals", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const workshop = await createWorkshop(page, { title: "Live room" });
  await page.getByRole("link", { name: "Open the presenter view for the projector" }).click();
  await page.waitForURL(/\/present$/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await expect(page.getByTestId("presenter-invite-link")).toHaveText(workshop.inviteLink);
  const joined = page.getByTestId("joined-count");
  const voted = page.getByTestId("voted-count");
  await expect(joined).toHaveText("0");
  await expectAccessible(page);

  const room = page.getByRole("list", { name: "People in the room" });
  const phones = [];
  for (const [index, name] of ["Ada", "Grace", "Linus"].entries()) {
    phones.push(await joinAs(browser, workshop.inviteLink, name, "ML engineer"));
    // No reload: the projector page hears about each join.
    await expect(joined).toHaveText(String(index + 1));
    await expect(room.getByRole("listitem").filter({ hasText: name })).toBeVisible();
  }
  for (const [index, phone] of phones.entries()) {
    await vote(phone, fullBallot);
    await expect(voted).toHaveText(String(index + 1));
  }
  await expect(room.getByRole("listitem").filter({ hasText: "Ada" })).toContainText("voted");
  // The projector never shows anyone's answers.
  await expect(page.getByText("Not sure")).toHaveCount(0);
  await screenshots(page, testInfo, "presenter");

  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  // The projector stays where it is and shows the room the answer.
  await expect(page.getByTestId("room-view")).toBeVisible();
  expect(page.url()).toMatch(/\/present$/);
  // Every phone follows the reveal by itself.
  for (const phone of phones) await phone.waitForURL(/\/results$/, { timeout: 10_000 });
});

test("a vote through one app instance reaches a facilitator on another @server", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const second = process.env.E2E_SECOND_ORIGIN!;
  const workshop = await createWorkshop(page, { title: "Two instances" });
  // The facilitator works on instance B; the participant on instance A (the default).
  const facilitator = await (await browser.newContext()).newPage();
  await facilitator.goto(workshop.facilitatorLink.replace(/^https?:\/\/[^/]+/, second));
  await facilitator.waitForURL(`${second}/w/${workshop.workshopId}/facilitate`);
  await expect(facilitator.getByText(/0\s*joined · 0\s*voted/)).toBeVisible();

  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  await expect(facilitator.getByText(/1\s*joined · 0\s*voted/)).toBeVisible({ timeout: 2_000 });

  await vote(ada, fullBallot);
  const acknowledged = Date.now();
  await expect(facilitator.getByText(/1\s*joined · 1\s*voted/)).toBeVisible({ timeout: 2_000 });
  const seenAfter = Date.now() - acknowledged;
  test.info().annotations.push({ type: "vote seen on B after", description: `${seenAfter} ms` });
  expect(seenAfter).toBeLessThan(1_000);

  // A reveal on B reaches the participant's ballot on A.
  await facilitator.getByRole("button", { name: "Reveal the votes" }).click();
  await facilitator.getByRole("button", { name: "Reveal now" }).click();
  await ada.waitForURL(/\/results$/, { timeout: 5_000 });
  await expect(ada.getByText("Results of round 1", { exact: false })).toBeVisible();
});
