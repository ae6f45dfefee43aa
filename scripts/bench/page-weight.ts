import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
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

// First-load JavaScript of the pages a participant meets on their phone (join and ballot),
// against a bare Next.js App Router page (just a layout and a page) built by the same `next` in
// the same run: what the page's HTML loads from its own origin, each script gzipped, summed.
// And the charting library (recharts) must load only where charts are drawn: not on the join or
// ballot page at all, and on the results page on demand (a chunk its scripts can fetch when the
// chart comes near the screen), not with the page.

const TARGET_RATIO = 1.25;
/**
 * A string only recharts' own code carries (the class of the radar's angle axis); minifying keeps
 * it. Not "recharts-surface": the radar chart's print styles name that class themselves.
 */
const RECHARTS_MARKER = "recharts-polar-angle-axis";

interface Weight {
  route: string;
  scripts: number;
  gzipBytes: number;
  recharts: boolean;
  /** Whether a chunk the first-load scripts may fetch later carries recharts. */
  rechartsOnDemand: boolean;
}

async function pageWeight(origin: string, route: string, path: string, browser?: Browser) {
  const client = browser ?? new Browser(origin);
  const response = await client.get(path);
  const html = await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
  const sources = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) {
    const url = new URL(match[1]!.replaceAll("&amp;", "&"), origin);
    if (url.origin === origin) sources.add(url.href);
  }
  let gzipBytes = 0;
  let recharts = false;
  const later = new Set<string>();
  for (const source of sources) {
    const script = await fetch(source);
    const body = Buffer.from(await script.arrayBuffer());
    if (script.status !== 200) throw new Error(`GET ${source} answered ${script.status}`);
    gzipBytes += gzipSync(body).length;
    if (body.includes(RECHARTS_MARKER)) recharts = true;
    // Chunks a script names can be loaded on demand (dynamic import()).
    for (const chunk of body.toString("utf8").matchAll(/static\/chunks\/[\w.-]+\.js/g)) {
      const url = new URL(`/_next/${chunk[0]}`, origin).href;
      if (!sources.has(url)) later.add(url);
    }
  }
  let rechartsOnDemand = false;
  for (const source of later) {
    const script = await fetch(source);
    if (script.ok && Buffer.from(await script.arrayBuffer()).includes(RECHARTS_MARKER)) {
      rechartsOnDemand = true;
    }
  }
  return {
    route,
    scripts: sources.size,
    gzipBytes,
    recharts,
    rechartsOnDemand,
  } satisfies Weight;
}

/** The deepest folder holding both paths: Turbopack must see the symlinked node_modules. */
async function appWeights(server: AppServer, database: BenchDatabase): Promise<Weight[]> {
  const { workshopId, facilitator, inviteToken } = await createWorkshop(server, "Page weight");
  const roundId = await openRoundOf(database, workshopId);
  const join = await pageWeight(server.origin, "join page", `/j/${inviteToken}`);
  const participant = new Browser(server.origin);
  await participant.send("POST", "/api/workshops/join", {
    inviteToken,
    displayName: "Phone",
    role: "other",
  });
  const ballot = await pageWeight(server.origin, "ballot page", `/w/${workshopId}`, participant);
  await participant.send("PUT", `/api/workshops/${workshopId}/votes`, {
    roundId,
    answers: ["governance", "speed", "skills", "cost"].map((criterionId, i) => ({
      criterionId,
      score: i + 2,
    })),
  });
  await facilitator.send("POST", `/api/workshops/${workshopId}/reveal`);
  const results = await pageWeight(
    server.origin,
    "results page",
    `/w/${workshopId}/results`,
    facilitator,
  );
  return [join, ballot, results];
}

export async function main(): Promise<void> {
  let database: BenchDatabase | undefined;
  let server: AppServer | undefined;
  let bare: BareApp | undefined;
  try {
    await buildIfNeeded();
    bare = await bareApp();
    const baseline = await pageWeight(bare.origin, "bare Next.js page", "/");
    database = await createBenchDatabase();
    server = await startAppServer({ databaseUrl: database.url });
    const weights = await appWeights(server, database);

    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log("\nFirst-load JavaScript, same-origin <script src> of the HTML, each gzipped");
    console.log(`${"route".padEnd(20)}scripts   gzip      ratio   recharts  on demand`);
    for (const weight of [baseline, ...weights]) {
      console.log(
        `${weight.route.padEnd(20)}${String(weight.scripts).padStart(7)}` +
          `${kb(weight.gzipBytes).padStart(10)}` +
          `${(weight.gzipBytes / baseline.gzipBytes).toFixed(2).padStart(8)}×` +
          `${(weight.recharts ? "yes" : "no").padStart(10)}` +
          `${(weight.rechartsOnDemand ? "yes" : "no").padStart(11)}`,
      );
    }
    const checks: [string, boolean][] = [];
    for (const weight of weights.filter((w) => w.route !== "results page")) {
      const ratio = weight.gzipBytes / baseline.gzipBytes;
      checks.push([
        `${weight.route}: ${ratio.toFixed(2)}× the bare page (target ≤ ${TARGET_RATIO}×)`,
        ratio <= TARGET_RATIO,
      ]);
      checks.push([`${weight.route} loads no recharts`, !weight.recharts]);
    }
    const results = weights.find((w) => w.route === "results page");
    checks.push([
      "results page (charts drawn) loads recharts on demand, not with the page",
      results?.rechartsOnDemand === true && !results.recharts,
    ]);
    console.log("");
    for (const [label, pass] of checks) console.log(`${pass ? "PASS" : "FAIL"} ${label}`);
    if (checks.some(([, pass]) => !pass)) process.exitCode = 1;
  } catch (error) {
    process.exitCode = 1;
    console.error(error);
  } finally {
    await server?.stop();
    bare?.stop();
    await database?.drop().catch(() => {});
  }
  process.exit();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
