import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildIfNeeded } from "../launch";
import {
  Browser,
  createBenchDatabase,
  startAppServer,
  type AppServer,
  type BenchDatabase,
} from "./lib/app-server";
import { bareApp, type BareApp } from "./lib/bare-next";
import { createWorkshop, openRoundOf } from "./lib/workshop";

// Lighthouse (mobile emulation, its default) on the two pages a live room lives on: a
// participant's ballot and the facilitator's results, of a seeded workshop, served by the
// production build. Drives the system Chromium (CHROME_PATH, default /usr/bin/chromium). A bare
// Next.js page (scripts/bench/lib/bare-next.ts) is audited the same way first and printed, not
// judged: Lighthouse simulates a phone from what it measures on this machine, so what a page
// with nothing of ours scores shows how much of a shortfall is the machine's.

const targets = { performance: 95, accessibility: 100, "best-practices": 95 } as const;
const RUNS = 5;
type Category = keyof typeof targets;

function cookieHeader(browser: Browser, names: string[]): string {
  return names
    .map((name) => [name, browser.cookie(name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

async function seed(server: AppServer, database: BenchDatabase) {
  const { workshopId, facilitator, inviteToken } = await createWorkshop(server, "Lighthouse");
  const roundId = await openRoundOf(database, workshopId);
  const participants: Browser[] = [];
  for (let i = 0; i < 8; i++) {
    const participant = new Browser(server.origin);
    await participant.send("POST", "/api/workshops/join", {
      inviteToken,
      displayName: `Person ${i + 1}`,
      role: "other",
    });
    await participant.send("PUT", `/api/workshops/${workshopId}/votes`, {
      roundId,
      answers: ["governance", "speed", "skills", "cost"].map((criterionId, c) => ({
        criterionId,
        score: ((i + c) % 5) + 1,
      })),
    });
    participants.push(participant);
  }
  // The ballot is audited while the round is open; the results once it is revealed.
  const ballotCookie = cookieHeader(participants[0]!, [`bp_guest_${workshopId}`]);
  const facilitatorCookie = cookieHeader(facilitator, [`bp_facilitator_${workshopId}`]);
  return {
    ballot: { url: `${server.origin}/w/${workshopId}`, cookie: ballotCookie },
    results: { url: `${server.origin}/w/${workshopId}/results`, cookie: facilitatorCookie },
    reveal: () => facilitator.send("POST", `/api/workshops/${workshopId}/reveal`),
  };
}

export async function main(): Promise<void> {
  let database: BenchDatabase | undefined;
  let server: AppServer | undefined;
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  let bare: BareApp | undefined;
  try {
    await buildIfNeeded();
    bare = await bareApp();
    database = await createBenchDatabase();
    server = await startAppServer({ databaseUrl: database.url });
    const pages = await seed(server, database);
    chrome = await launch({
      chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
      chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
    });

    const audit = async (name: string, page: { url: string; cookie: string }) => {
      const result = await lighthouse(page.url, {
        port: chrome!.port,
        output: "json",
        logLevel: "error",
        onlyCategories: Object.keys(targets),
        extraHeaders: { Cookie: page.cookie },
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${name}`);
      // BENCH_LIGHTHOUSE_REPORTS=<dir> keeps each full report, to see what a score is made of.
      const reports = process.env.BENCH_LIGHTHOUSE_REPORTS;
      if (reports) {
        mkdirSync(reports, { recursive: true });
        writeFileSync(
          join(reports, `${name.replace(/\W+/g, "-")}-${Date.now()}.json`),
          JSON.stringify(lhr),
        );
      }
      if (lhr.finalDisplayedUrl !== page.url) {
        throw new Error(`${name}: ended on ${lhr.finalDisplayedUrl}, not ${page.url}`);
      }
      const scores = Object.fromEntries(
        Object.keys(targets).map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative")
        .filter((a) => a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "manual")
        .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
      return { name, scores, failing };
    };

    // Lighthouse's own advice for its variance: several runs, judged by the median.
    const median = async (name: string, page: { url: string; cookie: string }) => {
      const runs = [];
      for (let run = 0; run < RUNS; run += 1) runs.push(await audit(name, page));
      runs.sort((a, b) => a.scores.performance - b.scores.performance);
      return { ...runs[Math.floor(RUNS / 2)]!, all: runs.map((run) => run.scores.performance) };
    };
    // Each page in both themes: the light one as a first visit sees it, the dark one as
    // remembered by the theme cookie (rendered by the server, as the system setting would look).
    const dark = (page: { url: string; cookie: string }) => ({
      ...page,
      cookie: [page.cookie, "bp_theme=dark"].filter(Boolean).join("; "),
    });
    // The baseline, not judged: what this machine and Next.js score with nothing of ours.
    const baseline = await median("bare Next.js", { url: `${bare.origin}/`, cookie: "" });
    const reports = [
      await median("ballot, light", pages.ballot),
      await median("ballot, dark", dark(pages.ballot)),
    ];
    await pages.reveal();
    reports.push(await median("results, light", pages.results));
    reports.push(await median("results, dark", dark(pages.results)));

    console.log(
      `\nLighthouse 12, mobile emulation (default throttling), production build, median of ${RUNS} runs`,
    );
    console.log(`${"page".padEnd(16)}performance  accessibility  best-practices   (each run)`);
    for (const report of [baseline, ...reports]) {
      console.log(
        `${report.name.padEnd(16)}${String(report.scores.performance).padStart(11)}` +
          `${String(report.scores.accessibility).padStart(15)}` +
          `${String(report.scores["best-practices"]).padStart(16)}` +
          `   (${report.all.join(", ")})`,
      );
    }
    console.log("");
    for (const report of reports) {
      for (const [category, target] of Object.entries(targets) as [Category, number][]) {
        const score = report.scores[category];
        console.log(
          `${score >= target ? "PASS" : "FAIL"} ${report.name} ${category} ${score} (target ${target === 100 ? "100" : `≥ ${target}`})`,
        );
        if (score < target) process.exitCode = 1;
      }
      if (report.failing.length) {
        console.log(`  audits below 0.9 on the ${report.name}: ${report.failing.join(", ")}`);
      }
    }
  } catch (error) {
    process.exitCode = 1;
    console.error(error);
  } finally {
    chrome?.kill();
    bare?.stop();
    await server?.stop();
    await database?.drop().catch(() => {});
  }
  process.exit();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
