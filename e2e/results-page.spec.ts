import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { mlLifecycle } from "@/lib/frameworks";
import { factApplies, recommend, type Ballot } from "@/lib/scoring";
import { expectOk, joinWorkshop, send, startWorkshop, workshopFields } from "./support/api";
import { openRoundOf } from "./support/database";
import { expectAccessible } from "./workshop-steps";

// How the results page reads: the answer on the first screen of a laptop and of a phone, the
// chart and trade-offs at each width, every question the guide answers, and the printed copy.
// The workshop is set up through the HTTP API; what the page shows is checked against
// recommend() for the same ballots.

const ids = mlLifecycle.criteria.map((criterion) => criterion.id);

/** The worked example of the scoring contract, with the roles a typical team brings. */
const team = [
  { displayName: "Ada", role: "data_scientist", scores: [5, 3, 4, 3] },
  { displayName: "Grace", role: "ml_engineer", scores: [4, 3, 4, 3] },
  { displayName: "Linus", role: "platform_devops", scores: [5, 4, 3, 3] },
  { displayName: "Margaret", role: "compliance_risk", scores: [4, 2, 4, 4] },
];
const NOTE = "Every release goes past the auditors before it reaches customers.";

const ballots: Ballot[] = team.map((person) => ({
  participantId: person.displayName,
  votes: Object.fromEntries(ids.map((id, i) => [id, person.scores[i]!])),
}));
const expected = recommend(mlLifecycle, ballots);
const winnerIndex = mlLifecycle.options.findIndex((o) => o.id === expected.recommended);
const winner = mlLifecycle.options[winnerIndex]!;

/** A workshop in which the team above voted and the facilitator revealed round 1. */
async function revealedWorkshop(title: string, anonymous = false) {
  const workshop = await startWorkshop({ ...workshopFields(title), anonymous });
  const roundId = await openRoundOf(workshop.workshopId);
  for (const person of team) {
    const cookie = await joinWorkshop(workshop, person);
    await expectOk(
      send({
        method: "PUT",
        path: `/api/workshops/${workshop.workshopId}/votes`,
        cookie,
        body: {
          roundId,
          answers: ids.map((criterionId, i) => ({
            criterionId,
            score: person.scores[i],
            ...(person.displayName === "Ada" && i === 0 && { rationale: NOTE }),
          })),
        },
      }),
      `${person.displayName}'s votes`,
    );
  }
  await expectOk(
    send({
      method: "POST",
      path: `/api/workshops/${workshop.workshopId}/reveal`,
      cookie: workshop.facilitatorCookie,
    }),
    "the reveal",
  );
  return workshop;
}

/** The facilitator's results page, with the facilitator link's cookie. */
async function openResults(page: Page, workshop: Awaited<ReturnType<typeof revealedWorkshop>>) {
  const [name, value] = workshop.facilitatorCookie.split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: test.info().project.use.baseURL! }]);
  await page.goto(`/w/${workshop.workshopId}/results`);
}

/** Wholly inside the window as it opens, without scrolling. */
async function expectOnFirstScreen(page: Page, locator: Locator, what: string) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, what).not.toBeNull();
  expect(box!.y, what).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height, `${what} ends within the first screen`).toBeLessThanOrEqual(
    viewport.height,
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The trade-off rows that decide between the recommendation and the runner-up. */
function decidingRows(): string[] {
  const [first, second] = expected.ranking;
  const deciding = ids.filter(
    (id) => (first!.penalties[id] ?? 0) < (second!.penalties[id] ?? 0) - 1e-9,
  );
  return mlLifecycle.tradeOffs
    .filter((row) => (row.criteria ?? []).some((id) => deciding.includes(id)))
    .map((row) => row.dimension);
}

test("the first screen answers what fits, why and how sure, at laptop and phone size", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workshop = await revealedWorkshop("First screen check");
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    const size = `${viewport.width}×${viewport.height}`;
    await page.setViewportSize(viewport);
    await openResults(page, workshop);
    const heading = page.getByRole("heading", {
      level: 2,
      name: `Recommendation: ${winner.name}`,
      exact: true,
    });
    await expect(heading).toBeVisible();
    await expectOnFirstScreen(page, heading, `the recommendation at ${size}`);
    // Why: against the runner-up, by name.
    const runnerUp = mlLifecycle.options.find((o) => o.id === expected.ranking[1]!.optionId)!;
    await expect(page.getByTestId("reasons")).toContainText(runnerUp.name);
    await expectOnFirstScreen(page, page.getByTestId("reasons"), `the reason at ${size}`);
    // How sure, in words: the confidence and whether it is stable or hinges on someone.
    const sure = page.getByTestId("sureness");
    await expect(sure).toContainText("Medium confidence");
    await expect(sure).toContainText(/stable|hinges on/i);
    await expectOnFirstScreen(page, sure, `how sure at ${size}`);
    const agenda = page.getByTestId("agenda");
    await expect(agenda).toContainText(
      expected.disputed.length === 0 ? "Nothing is disputed" : "Discuss first",
    );
    await expectOnFirstScreen(page, agenda, `the agenda at ${size}`);
  }
});

test("the chart is wide and bold for the recommendation on a laptop, a dot plot on a phone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workshop = await revealedWorkshop("Chart check");
  await page.setViewportSize({ width: 1280, height: 800 });
  await openResults(page, workshop);
  await expect(page.getByText(/should reach out to the team's line/)).toBeVisible();
  const figure = page.getByRole("figure", { name: "Team profile against each option" });
  await figure.scrollIntoViewIfNeeded();
  const chart = figure.locator("svg.recharts-surface");
  await expect(chart.locator("g.recharts-radar.radar-option")).toHaveCount(
    mlLifecycle.options.length,
  );
  expect((await chart.boundingBox())!.width).toBeGreaterThanOrEqual(480);
  // Each option's outline, in framework order: the recommended one bold and solid.
  const outlines = await chart.locator("path.recharts-polygon.radar-option").evaluateAll((paths) =>
    paths.map((path) => ({
      width: Number(path.getAttribute("stroke-width")),
      opacity: Number(path.getAttribute("stroke-opacity") ?? 1),
    })),
  );
  expect(outlines).toHaveLength(mlLifecycle.options.length);
  const bold = outlines[winnerIndex]!;
  expect(bold.opacity).toBe(1);
  for (const [i, outline] of outlines.entries()) {
    if (i === winnerIndex) continue;
    expect(outline.width, `option ${i} is thinner`).toBeLessThan(bold.width);
    expect(outline.opacity, `option ${i} is faint`).toBeLessThan(0.7);
  }

  // A phone gets the same numbers as a dot plot, with its text alternative, and no radar.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  const dots = page.getByTestId("dot-plot");
  await dots.scrollIntoViewIfNeeded();
  await expect(dots).toBeVisible();
  await expect(figure).toBeHidden();
  await expect(dots.locator("ol svg circle")).toHaveCount(
    mlLifecycle.criteria.length * mlLifecycle.options.length,
  );
  for (const criterion of mlLifecycle.criteria) {
    await expect(dots.getByRole("heading", { name: new RegExp(criterion.name) })).toBeVisible();
  }
  const median = String(expected.profile.governance).replace(/\.0$/, "");
  await expect(dots).toContainText(`Team median ${median}`);
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  await expectAccessible(page);
});

test("trade-offs mark only the deciding rows, as a table on a laptop and as cards on a phone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workshop = await revealedWorkshop("Trade-off check");
  const deciding = decidingRows();
  expect(deciding.length).toBeGreaterThan(0);
  expect(deciding.length).toBeLessThan(mlLifecycle.tradeOffs.length);

  await page.setViewportSize({ width: 1280, height: 800 });
  await openResults(page, workshop);
  const table = page.getByRole("table", { name: /Trade-offs of each option/ });
  await expect(table.getByRole("row")).toHaveCount(mlLifecycle.tradeOffs.length + 1);
  await expect(table.locator("tr[data-deciding] th")).toHaveText(
    deciding.map((dimension) => new RegExp(`^◆${dimension}`)),
  );
  await expect(table.getByText(/^Decides it:/)).toHaveCount(deciding.length);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(table).toBeHidden();
  const cards = page.getByTestId("trade-off-cards").getByRole("listitem");
  await expect(cards).toHaveCount(mlLifecycle.tradeOffs.length);
  await expect(page.locator("[data-testid=trade-off-cards] > li[data-deciding] h3")).toHaveText(
    deciding.map((dimension) => new RegExp(`^◆${dimension}`)),
  );
  // Nothing on the page is wider than the phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});

test("every question the guide answers is there, those about this result first", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const workshop = await revealedWorkshop("Questions check");
  await openResults(page, workshop);
  const section = page.getByTestId("section-questions");
  await expect(section.getByRole("heading", { name: "Questions teams ask" })).toBeVisible();
  // Folded at first: the questions are there to look up, not to read through.
  const questions = section.getByTestId("questions");
  await expect(questions).toBeHidden();
  await section.getByText("Questions teams ask").click();
  await expect(questions.locator("summary")).toHaveCount(mlLifecycle.facts.length);
  const applying = mlLifecycle.facts
    .filter((fact) => fact.appliesWhen && factApplies(fact.appliesWhen, expected))
    .map((fact) => fact.question);
  expect(applying.length).toBeGreaterThan(0);
  const marked = questions.locator("summary").filter({ hasText: "Speaks to your result" });
  await expect(marked).toHaveText(applying.map((question) => new RegExp(`^${escape(question)}`)));
  await expect(questions.locator("summary").first()).toHaveText(
    new RegExp(`^${escape(applying[0]!)}`),
  );
  const question = questions.locator("details").first();
  await question.locator("summary").click();
  await expect(question.locator("p")).toBeVisible();

  // Pilot starts a sentence with a capital wherever the page says it.
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/(?:^|[.!?:]\s+)pilot\b/m);
  await expect(page.getByText(/^Pilot the workflow/).first()).toBeVisible();
  const nextSteps = page.getByTestId("section-next-steps");
  await expect(nextSteps.getByText("Pilot", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

/**
 * Each page of a PDF as how far down its text reaches, 0 (top) to 1 (bottom), and all its text.
 * Read with pdf.js, which lays the text out as a viewer would: counting page objects in the raw
 * file says nothing about how full a page is.
 */
async function pdfPages(pdf: Buffer) {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({ data: new Uint8Array(pdf) }).promise;
  const pages: { reach: number; text: string }[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const height = page.getViewport({ scale: 1 }).height;
    const items = (await page.getTextContent()).items.filter(
      (item) => "str" in item && item.str.trim() !== "",
    ) as { str: string; transform: number[] }[];
    // PDF measures from the bottom of the page; the lowest line is the smallest y.
    const lowest = Math.min(...items.map((item) => item.transform[5]!));
    pages.push({ reach: 1 - lowest / height, text: items.map((item) => item.str).join(" ") });
  }
  return pages;
}

test("the printout is at most three A4 pages, headed by who took part, none half empty", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const workshop = await revealedWorkshop("Print check");
  await openResults(page, workshop);
  // Printed as someone would who looked at the chart first, so that it is drawn on paper.
  const chart = page.locator("svg.recharts-surface");
  await page
    .getByRole("figure", { name: "Team profile against each option" })
    .scrollIntoViewIfNeeded();
  await expect(chart).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const header = page.getByTestId("taking-part");
  await expect(header).toBeVisible();
  await expect(header).toHaveText(
    "Took part: Data scientist: Ada; ML engineer: Grace; Platform or DevOps engineer: Linus; Compliance or risk: Margaret",
  );
  // Every folded section is unfolded on paper.
  await expect(page.getByTestId("questions")).toBeVisible();
  const pages = await pdfPages(await page.pdf({ format: "A4", printBackground: true }));
  expect(pages.length).toBeLessThanOrEqual(3);
  for (const [i, printed] of pages.slice(0, -1).entries()) {
    expect(printed.reach, `page ${i + 1} is at least half full`).toBeGreaterThan(0.5);
  }
  const text = pages.map((printed) => printed.text).join(" ");
  expect(text).toContain("Print check");
  expect(text).toContain("Results of round 1");
  expect(text).toContain("Ada");
  expect(text).toContain(mlLifecycle.facts[0]!.question);

  // An anonymous workshop's printout says how many took part, and names nobody.
  const anonymous = await revealedWorkshop("Anonymous print check", true);
  await openResults(page, anonymous);
  await expect(page.getByTestId("taking-part")).toHaveCount(0);
  const anonymousText = (await pdfPages(await page.pdf({ format: "A4" })))
    .map((printed) => printed.text)
    .join(" ");
  expect(anonymousText).toContain("4 people voted");
  for (const person of team) expect(anonymousText).not.toContain(person.displayName);
});

test("a criterion shows its first reasons, and all of them on its own link", async ({ page }) => {
  const workshop = await startWorkshop(workshopFields("Many reasons"));
  const roundId = await openRoundOf(workshop.workshopId);
  for (const index of [1, 2, 3, 4, 5]) {
    const cookie = await joinWorkshop(workshop, {
      displayName: `Person ${index}`,
      role: "ml_engineer",
    });
    await expectOk(
      send({
        method: "PUT",
        path: `/api/workshops/${workshop.workshopId}/votes`,
        cookie,
        body: {
          roundId,
          answers: ids.map((criterionId) => ({
            criterionId,
            score: 3,
            ...(criterionId === "governance" && { rationale: `Reason number ${index}` }),
          })),
        },
      }),
    );
  }
  await expectOk(
    send({
      method: "POST",
      path: `/api/workshops/${workshop.workshopId}/reveal`,
      cookie: workshop.facilitatorCookie,
    }),
  );
  await openResults(page, workshop);
  const governance = page.getByTestId("criterion-governance");
  await expect(governance.getByText(/^Reason number \d$/)).toHaveCount(3);
  await expect(governance.getByRole("heading", { name: "Reasons given (5)" })).toBeVisible();
  await governance.getByRole("link", { name: /^All 5 reasons on / }).click();
  await expect(page).toHaveURL(/reasons=governance#criterion-governance$/);
  await expect(governance.getByText(/^Reason number \d$/)).toHaveCount(5);
  await expect(governance.getByRole("link", { name: /^All 5 reasons/ })).toHaveCount(0);
  // An address naming no criterion shows the first reasons, as without it.
  await page.goto(`/w/${workshop.workshopId}/results?reasons=%3Cscript%3E`);
  await expect(governance.getByText(/^Reason number \d$/)).toHaveCount(3);
  await expectAccessible(page);
});
