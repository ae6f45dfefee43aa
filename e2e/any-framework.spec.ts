import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { large, small } from "@/lib/results/test-frameworks";
import type { Framework } from "@/lib/scoring";
import { query } from "./support/database";
import {
  createWorkshop,
  expectAccessible,
  joinAs,
  screenshots,
  vote,
  type Answer,
} from "./workshop-steps";

// Every screen with a framework at the edges of what the product supports: 2 criteria and 2
// options without trade-offs or facts, and 8 criteria and 6 options with 100-character names
// (more than the 80 a framework written in the editor may have). The workshop is created on the
// default framework and its frozen copy then replaced, so the screens meet frameworks beyond
// what the editor lets anyone write; e2e/own-framework.spec.ts goes through the editor itself.

async function workshopOn(page: Page, framework: Framework, title: string) {
  const workshop = await createWorkshop(page, { title, teamName: "Edge cases" });
  await query("UPDATE workshops SET framework = $1::jsonb WHERE id = $2", [
    JSON.stringify(framework),
    workshop.workshopId,
  ]);
  return workshop;
}

function answers(framework: Framework, scores: Answer[]): Record<string, Answer> {
  return Object.fromEntries(
    framework.criteria.map((criterion, i) => [criterion.name, scores[i % scores.length]!]),
  );
}

async function revealAndOpenResults(page: Page, workshopId: string) {
  await page.goto(`/w/${workshopId}/facilitate`);
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/present$/);
}

/** No sideways scrolling; on failure, names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page) {
  const width = page.viewportSize()!.width;
  const wider = await page.evaluate((limit) => {
    const out: string[] = [];
    if (document.documentElement.scrollWidth <= limit) return out;
    for (const element of document.querySelectorAll("body *")) {
      const box = element.getBoundingClientRect();
      if (box.right > limit + 1 && box.width > 0) {
        out.push(
          `${element.tagName}.${element.className} ${(element.textContent ?? "").slice(0, 40)}`,
        );
      }
    }
    return out.slice(0, 5);
  }, width);
  expect(wider).toEqual([]);
}

async function csvHeader(page: Page): Promise<string> {
  const href = await page
    .getByRole("link", { name: "Download the ballots (CSV)" })
    .getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  return (await response.text()).split("\r\n")[0]!;
}

test("two criteria and two options: dot plot at every width, no trade-offs, no questions", async ({
  page,
  browser,
}, testInfo) => {
  // A whole workshop with screenshots at three widths: about a minute on a busy machine.
  test.setTimeout(240_000);
  const workshop = await workshopOn(page, small, "Tabs or spaces, once and for all");
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Something else");
  await expect(ada.getByRole("group", { name: "Patience" })).toBeVisible();
  await vote(ada, answers(small, [5, 4]));
  await expect(ada.getByText("All 2 answered")).toBeVisible();
  const grace = await joinAs(browser, workshop.inviteLink, "Grace", "Something else");
  await vote(grace, answers(small, [4, 5]));

  await revealAndOpenResults(page, workshop.workshopId);
  const room = page.getByTestId("room-view");
  await expect(room).toContainText("Spaces");
  await expect(room.getByTestId("dot-plot")).toBeVisible();
  await expect(room.locator("figure.radar-chart")).toHaveCount(0);

  await page.goto(`/w/${workshop.workshopId}/results`);
  const main = page.getByRole("main");
  await expect(main).toContainText("Recommendation: Spaces");
  await expect(main.getByTestId("dot-plot")).toBeVisible();
  await expect(main.locator("figure.radar-chart")).toHaveCount(0);
  await expect(page.locator("#trade-offs")).toHaveCount(0);
  await expect(page.getByTestId("questions")).toHaveCount(0);
  expect(await csvHeader(page)).toContain("Alignment (score)");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(main.getByTestId("dot-plot")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshots(page, testInfo, "results-two-criteria");
});

test("eight criteria, six options and 100-character names fit the ballot, the room and the results", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const workshop = await workshopOn(page, large, "The biggest decision the product allows");
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Something else");
  await vote(ada, answers(large, [5, 1, 4, 2, 3]));
  await expect(ada.getByText("All 8 answered")).toBeVisible();
  await expectNoSidewaysScroll(ada);
  const grace = await joinAs(browser, workshop.inviteLink, "Grace", "Something else");
  await vote(grace, answers(large, [4, 2, 4, 1, 3]));

  // The facilitator on a laptop first (the radar), then on a phone (the dot plot).
  await page.setViewportSize({ width: 1280, height: 900 });
  await revealAndOpenResults(page, workshop.workshopId);
  const room = page.getByTestId("room-view");
  for (const option of large.options) await expect(room).toContainText(option.name);
  await expect(room.locator("figure.radar-chart")).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.goto(`/w/${workshop.workshopId}/results`);
  const main = page.getByRole("main");
  for (const option of large.options) await expect(main).toContainText(option.name);
  for (const criterion of large.criteria) await expect(main).toContainText(criterion.name);
  await expect(main.locator("figure.radar-chart")).toBeVisible();
  expect(await csvHeader(page)).toContain(`${large.criteria[7]!.name} (score)`);
  await expectAccessible(page);
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(main.getByTestId("dot-plot")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshots(page, testInfo, "results-eight-criteria");
});
