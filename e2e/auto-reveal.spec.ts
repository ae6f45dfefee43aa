import { expect, test } from "./fixtures";
import { createWorkshop, expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";

test("with reveal-as-soon-as-everyone-has-voted on, the last answer takes every screen to the results", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await expect(page.getByLabel("Reveal as soon as everyone has voted")).not.toBeChecked();
  await expect(page.getByText("Turn it on when the whole team has joined")).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, "auto-reveal-create");
  const workshop = await createWorkshop(page, {
    title: "Ship it when all are in",
    autoReveal: true,
  });

  // The facilitator's page shows the setting as a switch.
  const round = page.getByRole("region", { name: /Round 1/ });
  const setting = round.getByLabel("Reveal as soon as everyone has voted");
  await expect(setting).toBeChecked();
  await expectAccessible(page);

  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  const grace = await joinAs(browser, workshop.inviteLink, "Grace", "ML engineer");
  for (const phone of [ada, grace]) {
    await expect(
      phone.getByText("The votes are revealed as soon as everyone has voted."),
    ).toBeVisible();
  }
  await expectAccessible(ada);
  await screenshots(ada, testInfo, "auto-reveal-ballot");

  await vote(ada, { [GOVERNANCE]: 5, [SPEED]: 3, [SKILLS]: 4, [COST]: 3 });
  // Three of Grace's four answers: she has not voted yet, so nothing is revealed.
  await vote(grace, { [GOVERNANCE]: 4, [SPEED]: "not sure", [SKILLS]: 4 });
  await expect(page.getByText(/2\s*joined · 1\s*voted/)).toBeVisible();
  await expect(page).toHaveURL(/\/facilitate$/);
  await expect(ada).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

  // Her last answer: nobody presses reveal, yet every screen moves on.
  await grace
    .getByRole("group", { name: COST })
    .getByRole("radio", { name: "2", exact: true })
    .check({ force: true });
  for (const phone of [ada, grace]) {
    await phone.waitForURL(/\/results$/, { timeout: 15_000 });
    await expect(phone.getByText("Results of round 1", { exact: false })).toBeVisible();
    await expect(phone.getByText("2 people voted").first()).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Round 1: votes revealed" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText(/2\s*joined · 2\s*voted/)).toBeVisible();
  await expectAccessible(grace);
  await screenshots(page, testInfo, "auto-reveal-facilitator");

  await page.getByRole("link", { name: "Show the results to the room" }).click();
  await expect(page.getByText("2 people voted").first()).toBeVisible();
});

test("the facilitator turns it on once everyone has voted, and the round is revealed at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const workshop = await createWorkshop(page, { title: "Turned on late" });
  const setting = page.getByLabel("Reveal as soon as everyone has voted");
  await expect(setting).not.toBeChecked();
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  await expect(ada.getByTestId("auto-reveal-note")).toHaveCount(0);

  // Turned on while Ada is still answering: her page says so without a reload.
  await setting.check();
  await expect(
    page.getByText("The votes will be revealed as soon as everyone has voted."),
  ).toBeVisible();
  await expect(ada.getByTestId("auto-reveal-note")).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);

  // Turned off again, her full ballot reveals nothing; turned on then, it does.
  await setting.uncheck();
  await expect(page.getByText("You reveal the votes yourself.")).toBeVisible();
  await vote(ada, { [GOVERNANCE]: 2, [SPEED]: 2, [SKILLS]: 2, [COST]: 2 });
  await expect(page.getByText(/1\s*joined · 1\s*voted/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Round 1: voting is open" })).toBeVisible();
  await setting.check();
  await expect(page.getByText("Everyone had voted, so the votes are now revealed.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Round 1: votes revealed" })).toBeVisible();
  await ada.waitForURL(/\/results$/, { timeout: 15_000 });
  await expect(ada.getByText("1 person voted").first()).toBeVisible();
});
