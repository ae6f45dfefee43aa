import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page, type TestInfo } from "@playwright/test";

// What people do in a workshop, as steps the specs share. Every step goes through the UI the
// way a person would: labels, roles and visible text, never CSS internals.

export interface CreatedWorkshop {
  workshopId: string;
  facilitatorLink: string;
  inviteLink: string;
}

export async function createWorkshop(
  page: Page,
  options: {
    title: string;
    teamName?: string;
    anonymous?: boolean;
    autoReveal?: boolean;
    decision?: string;
  },
): Promise<CreatedWorkshop> {
  await page.goto("/");
  await page.getByLabel("Workshop title").fill(options.title);
  await page.getByLabel("Team name").fill(options.teamName ?? "Model platform team");
  // Without a decision, the form's default: the model lifecycle.
  if (options.decision) await page.getByRole("radio", { name: options.decision }).check();
  if (options.anonymous) await page.getByLabel(/^Anonymous/).check();
  if (options.autoReveal) await page.getByLabel("Reveal as soon as everyone has voted").check();
  await page.getByRole("button", { name: "Create workshop" }).click();
  await expect(page.getByRole("heading", { name: "Your workshop is ready" })).toBeFocused();
  const facilitatorLink = (await page.getByTestId("facilitator-link").textContent())!.trim();
  await page.getByRole("link", { name: "Open the facilitator page" }).click();
  await page.waitForURL(/\/w\/[0-9a-f-]{36}\/facilitate$/);
  const workshopId = page.url().split("/w/")[1]!.split("/")[0]!;
  const inviteLink = (await page.getByTestId("invite-link").textContent())!.trim();
  return { workshopId, facilitatorLink, inviteLink };
}

/** A participant on their own phone: a fresh browser context, so a cookie jar of their own. */
export async function joinAs(
  browser: Browser,
  inviteLink: string,
  name: string,
  role: string,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(inviteLink);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Your role").selectOption({ label: role });
  await page.getByRole("button", { name: "Join the workshop" }).click();
  await page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  return page;
}

export type Answer = 1 | 2 | 3 | 4 | 5 | "not sure";

/** Answers each named criterion and waits until the page says every answer is saved. */
export async function vote(
  page: Page,
  answers: Record<string, Answer>,
  notes: Record<string, string> = {},
) {
  for (const [criterion, answer] of Object.entries(answers)) {
    const group = page.getByRole("group", { name: criterion });
    // The radio itself is visually hidden behind its large label; a tap lands on the label.
    await group
      .getByRole("radio", {
        name: answer === "not sure" ? "Not sure" : String(answer),
        exact: true,
      })
      .check({ force: true });
    const note = notes[criterion];
    if (note !== undefined) {
      await group.getByLabel(/Why\?/).fill(note);
      await group.getByLabel(/Why\?/).blur();
    }
  }
  await expect(page.getByText("Saving…")).toHaveCount(0);
  await expect(page.getByText("Saved", { exact: true })).toHaveCount(Object.keys(answers).length);
}

export async function expectAccessible(page: Page) {
  // A client-side navigation sets the new page's title a moment after its content appears.
  await expect(page).toHaveTitle(/\S/);
  // Both themes: the system's light and dark (app/globals.css swaps the colours on
  // prefers-color-scheme when no theme is remembered), then back to what the test had.
  // With reduced motion, so that the buttons' colour transitions end at once: axe measuring a
  // button halfway from its light to its dark colours reported contrast it never has at rest.
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
    // Even reduced, a colour transition runs until the next frame, and text that inherits its
    // colour was measured in the old theme's colour on the new theme's background: let two
    // frames pass first.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
        ),
    );
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    expect(
      results.violations.map((v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.length})`),
    ).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null, reducedMotion: null });
}

/** Full-page screenshots at the two widths people use: a laptop and a phone. */
export async function screenshots(page: Page, testInfo: TestInfo, name: string) {
  const original = page.viewportSize();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}
