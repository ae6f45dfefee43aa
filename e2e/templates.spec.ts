import { expect, test } from "./fixtures";
import { mlLifecycle, onCallModel } from "@/lib/frameworks";
import {
  createWorkshop,
  expectAccessible,
  joinAs,
  screenshots,
  vote,
  type Answer,
} from "./workshop-steps";

// A workshop on another built-in decision than the default, chosen on the start form: the
// ballot, the results and the room's view show that framework's own criteria and options.
// onCallModel has five criteria, three options and no facts.

const criteria = onCallModel.criteria.map((criterion) => criterion.name);
const answers = (scores: Answer[]) =>
  Object.fromEntries(criteria.map((name, i) => [name, scores[i]!]));

test("a team decides its on-call model: chosen on the start form, voted from two phones, revealed", async ({
  page,
  browser,
}, testInfo) => {
  // Start form, two phones, reveal and results, each checked with axe and photographed.
  test.setTimeout(240_000);
  await page.goto("/");
  const choice = page.getByRole("group", { name: "What will the team decide?" });
  await expect(choice.getByRole("radio")).toHaveCount(4);
  // The default stays the model lifecycle, which the other specs rely on without choosing.
  await expect(choice.getByRole("radio", { name: mlLifecycle.name })).toBeChecked();
  const onCall = choice.getByRole("radio", { name: onCallModel.name });
  await expect(onCall).toHaveAccessibleDescription(
    `${onCallModel.question} ${onCallModel.summary}`,
  );
  // Keyboard: arrows move through the cards like any radio group.
  await choice.getByRole("radio", { name: mlLifecycle.name }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(onCall).toBeChecked();
  await expect(onCall).toBeFocused();
  await expectAccessible(page);
  // The cards stack on a phone, without scrolling sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshots(page, testInfo, "start-form-decisions");
  await page.setViewportSize({ width: 1280, height: 900 });

  const workshop = await createWorkshop(page, {
    title: "Who holds the pager?",
    teamName: "Payments",
    decision: onCallModel.name,
  });

  // A single-site product team with deep teams and daily deploys: their own rota.
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Platform or DevOps engineer");
  for (const name of criteria) await expect(ada.getByRole("group", { name })).toBeVisible();
  await expect(ada.getByRole("group", { name: "Governance and audit requirements" })).toHaveCount(
    0,
  );
  await vote(ada, answers([3, 5, 1, 1, 4]));
  const grace = await joinAs(browser, workshop.inviteLink, "Grace", "Product or business owner");
  await vote(grace, answers([4, 5, 1, 2, 4]));

  await page.goto(`/w/${workshop.workshopId}/facilitate`);
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/present$/);
  const room = page.getByTestId("room-view");
  await expect(room).toContainText("You build it, you run it");

  await page.goto(`/w/${workshop.workshopId}/results`);
  const main = page.getByRole("main");
  await expect(main).toContainText(`Results of round 1 · ${onCallModel.name}`);
  await expect(main).toContainText(onCallModel.summary);
  for (const option of onCallModel.options) await expect(main).toContainText(option.name);
  for (const name of criteria) await expect(main).toContainText(name);
  // The framework has no facts, so there is no questions section; its trade-offs are shown.
  await expect(page.getByTestId("questions")).toHaveCount(0);
  await expect(main.getByText(onCallModel.tradeOffs[0]!.dimension).first()).toBeVisible();
  await expect(main).not.toContainText(mlLifecycle.options[0]!.name);
  await expectAccessible(page);
  await screenshots(page, testInfo, "results-on-call");

  // The voters' phones show the same result.
  await ada.goto(`/w/${workshop.workshopId}/results`);
  await expect(ada.getByRole("main")).toContainText("You build it, you run it");
  await expectAccessible(ada);
});
