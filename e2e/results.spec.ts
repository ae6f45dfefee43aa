import { readFile } from "node:fs/promises";
import type { Browser, Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { optionStyle, TEAM_STYLE } from "@/components/results/radar-style";
import { mlLifecycle } from "@/lib/frameworks";
import { formatNumber, recommend, type Ballot } from "@/lib/scoring";
import { query } from "./support/database";
import {
  createWorkshop,
  expectAccessible,
  joinAs,
  screenshots,
  vote,
  type Answer,
} from "./workshop-steps";

// The results of a revealed round, checked against recommend() for the same ballots, and the
// ways they leave the workshop: read-only links (live, frozen, revoked, expired), CSV, PNG and
// print.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";
const names = [GOVERNANCE, SPEED, SKILLS, COST];
const ids = ["governance", "speed", "skills", "cost"];

/** The worked example of the scoring contract: four people, the runner-up 5.5 points behind. */
const team: Record<string, { role: string; answers: Answer[] }> = {
  Ada: { role: "Data scientist", answers: [5, 3, 4, 3] },
  Grace: { role: "ML engineer", answers: [4, 3, 4, 3] },
  Linus: { role: "Platform or DevOps engineer", answers: [5, 4, 3, 3] },
  Margaret: { role: "Compliance or risk", answers: [4, 2, 4, 4] },
};
const ADA_NOTE = "The regulator audits every release, so sign-off matters.";

function ballots(overrides: Record<string, Answer[]> = {}): Ballot[] {
  return Object.entries({
    ...Object.fromEntries(Object.entries(team).map(([n, t]) => [n, t.answers])),
    ...overrides,
  }).map(([name, answers]) => ({
    participantId: name,
    votes: Object.fromEntries(
      ids.map((id, i) => [id, answers[i] === "not sure" ? null : (answers[i] as number)]),
    ),
  }));
}

function optionName(id: string | null): string {
  return mlLifecycle.options.find((option) => option.id === id)?.name ?? "";
}

async function joinAndVote(browser: Browser, inviteLink: string, people: typeof team) {
  const pages: Record<string, Page> = {};
  for (const [name, person] of Object.entries(people)) {
    const phone = await joinAs(browser, inviteLink, name, person.role);
    await vote(
      phone,
      Object.fromEntries(names.map((criterion, i) => [criterion, person.answers[i] as Answer])),
      name === "Ada" ? { [GOVERNANCE]: ADA_NOTE } : {},
    );
    pages[name] = phone;
  }
  return pages;
}

async function reveal(page: Page, workshopId: string) {
  await page.goto(`/w/${workshopId}/facilitate`);
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  // A live workshop's facilitator lands on the room's view of the results.
  await page.waitForURL(/\/present$/);
  await expect(page.getByTestId("room-view")).toBeVisible();
}

async function createShareLink(
  page: Page,
  label: string,
  options: { frozen?: boolean; expiresAt?: string; names?: boolean; csv?: boolean } = {},
): Promise<string> {
  const form = page.getByRole("form", { name: "New read-only link" });
  await form.getByLabel("Label").fill(label);
  if (options.frozen) await form.getByLabel(/^Frozen/).check();
  if (options.names) await form.getByRole("checkbox", { name: /^Names/ }).check();
  if (options.csv) await form.getByRole("checkbox", { name: /^The ballots CSV/ }).check();
  if (options.expiresAt) await form.getByLabel(/^Expires/).fill(options.expiresAt);
  await form.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText(`Link “${label}” created`)).toBeVisible();
  const item = page.getByTestId("share-link").filter({ hasText: label });
  return (await item.getByTestId("share-link-url").textContent())!.trim();
}

/** Opens the team's analysis, which a share page folds under leadership's brief. */
async function unfold(page: Page) {
  await page.getByText("The team's analysis", { exact: false }).click();
}

/** Opens a link the way someone forwarded it would: a new browser with no cookies at all. */
async function openFresh(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(url);
  return { page, response: response!, context };
}

async function downloaded(download: Download): Promise<Buffer> {
  return readFile((await download.path())!);
}

function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

test("a revealed round explains the decision and travels by read-only links", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(360_000);
  const workshop = await createWorkshop(page, { title: "Which workflow fits us?" });
  const results = `/w/${workshop.workshopId}/results`;

  // Before any reveal: nothing to see, but a live link can be prepared already.
  await page.goto(results);
  await expect(page.getByText("Nothing has been revealed yet.")).toBeVisible();
  const liveLink = await createShareLink(page, "Leadership");
  const early = await openFresh(browser, liveLink);
  expect(early.response.status()).toBe(200);
  await expect(early.page.getByText("The team has not revealed its votes yet.")).toBeVisible();
  await expect(early.page.getByText(/median/i)).toHaveCount(0);

  const phones = await joinAndVote(browser, workshop.inviteLink, team);
  await reveal(page, workshop.workshopId);

  // A participant's open ballot moves to the results by itself.
  await phones.Ada!.waitForURL(/\/results$/, { timeout: 15_000 });

  const expected = recommend(mlLifecycle, ballots());
  const winner = optionName(expected.recommended);
  await page.goto(results);
  await expect(
    page.getByRole("heading", { level: 2, name: `Recommendation: ${winner}`, exact: true }),
  ).toBeVisible();
  await expect(page.getByTestId("recommended-fit")).toHaveText(
    `${formatNumber(expected.ranking[0]!.fit!)} of 100`,
  );
  await expect(page.getByText("Medium confidence")).toBeVisible();
  expect(expected.closeCall).toBeNull();
  await expect(page.getByText(/This is a close call/)).toHaveCount(0);
  await expect(page.getByTestId("changes").getByRole("listitem")).toHaveCount(
    expected.flips.length,
  );

  // The chart's text alternative carries the same numbers as recommend().
  const chartTable = page.getByRole("table", { name: /as a table/ });
  for (const [i, id] of ids.entries()) {
    const row = chartTable.getByRole("row", { name: new RegExp(`^${names[i]}`) });
    await expect(row.getByRole("cell").first()).toHaveText(formatNumber(expected.profile[id]!));
  }
  const ranking = page.getByTestId("ranking").getByRole("heading", { level: 3 });
  await expect(ranking).toHaveText(
    expected.ranking.map((ranked, i) => new RegExp(`^${i + 1}\\. ${optionName(ranked.optionId)}`)),
  );
  const tradeOffs = page.getByRole("table", { name: /Trade-offs of each option/ });
  await expect(tradeOffs.getByRole("columnheader", { name: /Recommended/ })).toContainText(winner);
  await expect(page.getByTestId("tally")).toContainText(
    `${expected.tally[expected.recommended!]} of 4 would pick ${winner}`,
  );
  await expect(page.getByText(ADA_NOTE)).toBeVisible();
  await expect(page.getByText("Ada, 5 of 5")).toBeVisible();
  await expect(page.getByText("Who would pick what (shown only on your page)")).toBeVisible();
  await expectAccessible(page);
  await screenshots(page, testInfo, "results");

  // CSV of the ballots, one row per person in the order they joined.
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the ballots (CSV)" }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe("blueprint-which-workflow-fits-us-round-1.csv");
  const lines = (await downloaded(csv))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe(
    `Round,Participant,Role,${names.map((n) => `${n} (score),${n} (reason)`).join(",")}`,
  );
  expect(lines.slice(1)).toEqual(
    Object.entries(team).map(
      ([name, person]) =>
        `1,${name},${person.role},${person.answers
          .map((answer, i) => `${answer},${name === "Ada" && i === 0 ? `"${ADA_NOTE}"` : ""}`)
          .join(",")}`,
    ),
  );

  // Printed before the chart was drawn (here: it is far below a short window), the table
  // stands in for it on paper.
  await page.setViewportSize({ width: 1280, height: 300 });
  await page.goto(results);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
  expect((await chartTable.boundingBox())!.width).toBeGreaterThan(300);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 1280, height: 720 });

  // The chart, drawn once it is scrolled near: the band, the team and every option, each with
  // its swatch in the key; switching an option off takes its line out.
  const figure = page.getByRole("figure", { name: "Team profile against each option" });
  await figure.scrollIntoViewIfNeeded();
  const chart = figure.locator("svg.recharts-surface");
  const series = mlLifecycle.options.length + 2;
  await expect(chart.locator(".recharts-radar")).toHaveCount(series);
  const key = figure.locator("[data-chart-key]");
  await expect(key.filter({ visible: true })).toHaveText([
    "Team median",
    "Middle half of the team's votes",
  ]);
  await expect(key.locator("svg")).toHaveCount(series);
  const last = mlLifecycle.options.at(-1)!.name;
  await figure.getByRole("button", { name: new RegExp(last) }).click();
  await expect(chart.locator(".recharts-radar")).toHaveCount(series - 1);
  await figure.getByRole("button", { name: new RegExp(last) }).click();
  await expect(chart.locator(".recharts-radar")).toHaveCount(series);

  // The chart as a PNG: the one on the screen at twice its size, under its title and over its
  // key, in the colours of the team and of every option.
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download chart as PNG" }).click(),
  ]);
  expect(png.suggestedFilename()).toBe("blueprint-which-workflow-fits-us-round-1-chart.png");
  const image = await downloaded(png);
  expect(image.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  const onScreen = (await chart.boundingBox())!;
  const [width, height] = [image.readUInt32BE(16), image.readUInt32BE(20)];
  expect(width).toBeGreaterThanOrEqual(2 * onScreen.width);
  expect(width).toBeLessThan(2 * onScreen.width + 100);
  expect(height).toBeGreaterThan(2 * onScreen.height + 2 * 5 * 22);
  expect(height).toBeLessThan(2 * onScreen.height + 400);
  const colours = [TEAM_STYLE, ...mlLifecycle.options.map((_, i) => optionStyle(i))].map(
    (style) => style.color,
  );
  const found = await page.evaluate(
    async ({ src, colours }) => {
      const picture = new Image();
      picture.src = src;
      await picture.decode();
      const canvas = document.createElement("canvas");
      canvas.width = picture.width;
      canvas.height = picture.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(picture, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      return colours.map((colour) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4) {
          const distance =
            Math.abs(pixels[i]! - r!) +
            Math.abs(pixels[i + 1]! - g!) +
            Math.abs(pixels[i + 2]! - b!);
          if (distance < 12) count++;
        }
        return count;
      });
    },
    { src: `data:image/png;base64,${image.toString("base64")}`, colours },
  );
  for (const [i, count] of found.entries()) expect(count, colours[i]).toBeGreaterThan(50);

  // Printing: no site chrome or controls, several pages on A4 and on Letter.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Blueprint", exact: true })).toBeHidden();
  await expect(
    page.getByRole("heading", { level: 2, name: `Recommendation: ${winner}`, exact: true }),
  ).toBeVisible();
  for (const format of ["A4", "Letter"]) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdfPages(pdf), format).toBeGreaterThan(1);
    await testInfo.attach(`results-${format}.pdf`, { body: pdf, contentType: "application/pdf" });
  }
  await page.emulateMedia({ media: "screen" });

  // A frozen copy of round 1, then weights that change what the live link shows.
  const frozenLink = await createShareLink(page, "Audit", { frozen: true });
  await page.getByLabel(GOVERNANCE, { exact: true }).selectOption({ label: "Triple (3)" });
  await page.getByRole("button", { name: "Save weights" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Weights saved." })).toBeVisible();
  await expect(page.getByText(/The facilitator set the weights/).first()).toBeVisible();
  const weighted = recommend(mlLifecycle, ballots(), { weights: { governance: 3 } });
  await expect(page.getByTestId("recommended-fit")).toHaveText(
    `${formatNumber(weighted.ranking[0]!.fit!)} of 100`,
  );

  const live = await openFresh(browser, liveLink);
  expect(live.response.status()).toBe(200);
  expect(live.response.headers()).toMatchObject({
    "cache-control": expect.stringContaining("no-store"),
    "referrer-policy": "no-referrer",
    "x-robots-tag": "noindex",
  });
  // The brief first; the analysis behind it, folded.
  await expect(live.page.getByTestId("brief")).toContainText("Not decided yet");
  await expect(live.page.getByText(/The facilitator set the weights/)).toBeHidden();
  await unfold(live.page);
  await expect(
    live.page.getByRole("heading", {
      level: 2,
      name: `Recommendation: ${optionName(weighted.recommended)}`,
      exact: true,
    }),
  ).toBeVisible();
  await expect(live.page.getByText(/The facilitator set the weights/)).toBeVisible();
  await expect(live.page.getByRole("heading", { name: "Weights" })).toHaveCount(0);
  await expect(live.page.getByRole("heading", { name: "Share with leadership" })).toHaveCount(0);
  await expect(live.page.getByText(/Who would pick what/)).toHaveCount(0);
  await expect(live.page.getByRole("link", { name: /facilitator page|your ballot/ })).toHaveCount(
    0,
  );
  await expectAccessible(live.page);
  await screenshots(live.page, testInfo, "shared-results");

  // A new link shows reasons but not who gave them, names nobody and offers no CSV...
  await expect(live.page.getByText(ADA_NOTE)).toBeVisible();
  const careful = await live.page.content();
  for (const name of Object.keys(team)) expect(careful, name).not.toContain(name);
  await expect(live.page.getByRole("link", { name: /Download the ballots/ })).toHaveCount(0);
  expect((await live.page.request.get(`${liveLink}/ballots.csv`)).status()).toBe(404);
  await expect(
    page
      .getByTestId("share-link")
      .filter({ hasText: "Leadership" })
      .getByTestId("share-link-shows"),
  ).toHaveText("Shows no names · reasons without authors · no CSV");
  // ...unless the facilitator chose names and the CSV for this one.
  const open = await openFresh(
    browser,
    await createShareLink(page, "Team leads", { names: true, csv: true }),
  );
  await unfold(open.page);
  await expect(open.page.getByText("Ada, 5 of 5")).toBeVisible();
  await expect(open.page.getByTestId("brief")).toContainText("Ada");
  expect((await open.page.request.get(`${open.page.url()}/ballots.csv`)).status()).toBe(200);
  await open.context.close();

  // Round 2: Margaret moves; the live link follows, the frozen one stays on round 1.
  await page.goto(`/w/${workshop.workshopId}/facilitate`);
  await page.getByRole("button", { name: "Start round 2" }).click();
  await page.getByRole("button", { name: "Start the round" }).click();
  await expect(page.getByRole("heading", { name: "Round 2: voting is open" })).toBeVisible();
  const margaret = phones.Margaret!;
  await margaret.goto(`/w/${workshop.workshopId}`);
  await vote(margaret, { [SPEED]: 5 });
  await reveal(page, workshop.workshopId);

  await live.page.reload();
  await unfold(live.page);
  await expect(live.page.getByText("Results of round 2", { exact: false })).toBeVisible();
  await expect(live.page.getByRole("heading", { name: "How the rounds moved" })).toBeVisible();
  const frozen = await openFresh(browser, frozenLink);
  await unfold(frozen.page);
  await expect(frozen.page.getByText("Results of round 1", { exact: false })).toBeVisible();
  await expect(frozen.page.getByText("Every criterion counts the same.")).toBeVisible();
  await expect(
    frozen.page.getByRole("heading", { level: 2, name: `Recommendation: ${winner}`, exact: true }),
  ).toBeVisible();

  // Revoked and expired links answer exactly like a link that never existed.
  const unknown = await openFresh(browser, `/s/${"x".repeat(43)}`);
  expect(unknown.response.status()).toBe(404);
  const notFoundText = await unknown.page.locator("main").textContent();

  await page.goto(results);
  const tomorrow = new Date(Date.now() + 86_400_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  const expiringLink = await createShareLink(page, "Board", { expiresAt: local });
  expect((await openFresh(browser, expiringLink)).response.status()).toBe(200);
  await query(
    "UPDATE share_links SET expires_at = now() - interval '1 minute' WHERE label = 'Board' AND workshop_id = $1",
    [workshop.workshopId],
  );
  const expired = await openFresh(browser, expiringLink);
  expect(expired.response.status()).toBe(404);
  expect(await expired.page.locator("main").textContent()).toBe(notFoundText);

  const leadership = page.getByTestId("share-link").filter({ hasText: "Leadership" });
  await leadership.getByRole("button", { name: "Revoke" }).click();
  await page.getByRole("button", { name: "Revoke link" }).click();
  await expect(page.getByText("Link “Leadership” revoked")).toBeVisible();
  await live.page.reload();
  expect(await live.page.locator("main").textContent()).toBe(notFoundText);
  const csvAfterRevoke = await live.page.request.get(`${liveLink}/ballots.csv`);
  expect(csvAfterRevoke.status()).toBe(404);
});

test("an anonymous workshop's results, links and exports name nobody", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const workshop = await createWorkshop(page, {
    title: "Anonymous workflow check",
    anonymous: true,
  });
  const people = {
    Zelda: { role: "Data scientist", answers: [2, 5, 3, 2] as Answer[] },
    Yuri: { role: "ML engineer", answers: [1, 5, 4, 2] as Answer[] },
    Xavier: { role: "Compliance or risk", answers: [5, 2, 2, 1] as Answer[] },
  };
  await joinAndVote(browser, workshop.inviteLink, { ...people, Ada: team.Ada! });
  await reveal(page, workshop.workshopId);
  await page.goto(`/w/${workshop.workshopId}/results`);
  await expect(page.getByText(ADA_NOTE)).toBeVisible();
  await expect(page.getByText(/Who would pick what/)).toHaveCount(0);
  const everyone = [...Object.keys(people), "Ada"];
  const html = await page.content();
  for (const name of everyone) expect(html).not.toContain(name);
  await expectAccessible(page);

  const shareLink = await createShareLink(page, "Leadership", { csv: true });
  const shared = await openFresh(browser, shareLink);
  await unfold(shared.page);
  await expect(shared.page.getByText(ADA_NOTE)).toBeVisible();
  const sharedHtml = await shared.page.content();
  for (const name of everyone) expect(sharedHtml).not.toContain(name);

  const csv = await shared.page.request.get(`${shareLink}/ballots.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.split("\r\n")[0]).not.toContain("Role");
  expect(text).toContain("Participant 4");
  for (const name of everyone) expect(text).not.toContain(name);
  for (const role of ["Data scientist", "ML engineer", "Compliance or risk"]) {
    expect(text).not.toContain(role);
  }
});

test("a round revealed under scoring contract 1 is shown as version 2 scores it, and says so", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // Platform engineers, budget, no regulator: the case contract 2 was made for.
  const workshop = await createWorkshop(page, { title: "Scored before the change" });
  const platform: Answer[] = [2, 5, 5, 5];
  await joinAndVote(browser, workshop.inviteLink, {
    Ada: { role: "Data scientist", answers: platform },
    Grace: { role: "ML engineer", answers: platform },
    Linus: { role: "Platform or DevOps engineer", answers: platform },
  });
  await reveal(page, workshop.workshopId);
  await page.goto(`/w/${workshop.workshopId}/results`);
  const frozen = await createShareLink(page, "Board, before", { frozen: true });

  // As the migration to contract 2 left a workshop started, revealed and frozen before it.
  await query(
    `UPDATE workshops SET framework = jsonb_set(framework, '{options,2,profile,speed}', '4')
     WHERE id = $1`,
    [workshop.workshopId],
  );
  await query(`UPDATE rounds SET revealed_under_contract = 1 WHERE workshop_id = $1`, [
    workshop.workshopId,
  ]);
  await query(
    `UPDATE share_links SET snapshot = snapshot || '{"contract": 1}' WHERE workshop_id = $1`,
    [workshop.workshopId],
  );

  await page.reload();
  await expect(
    page.getByRole("heading", { level: 2, name: "Recommendation: Continuous Delivery Pipeline" }),
  ).toBeVisible();
  await expect(page.getByTestId("earlier-scoring")).toHaveText(
    "Scored with version 2 of Blueprint's scoring. When this round was revealed, version 1 recommended the Iterative Feedback Loop with high confidence.",
  );
  await expectAccessible(page);

  const shared = await openFresh(browser, frozen);
  await unfold(shared.page);
  await expect(
    shared.page.getByRole("heading", { level: 2, name: "Recommendation: Iterative Feedback Loop" }),
  ).toBeVisible();
  await expect(
    shared.page.getByText(/as it was when this link was made, scored with version 1/),
  ).toBeVisible();
  await expect(shared.page.getByTestId("earlier-scoring")).toHaveCount(0);
  await shared.context.close();
});
