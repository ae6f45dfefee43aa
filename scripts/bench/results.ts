import { pathToFileURL } from "node:url";
import pg from "pg";
import { mlLifecycle } from "@/lib/frameworks";
import { participantRoles } from "@/lib/workshops/roles";
import { buildIfNeeded } from "../launch";
import {
  Browser,
  createBenchDatabase,
  inParallel,
  startAppServer,
  type AppServer,
  type BenchDatabase,
} from "./lib/app-server";
import { seededRandom } from "./lib/random";

// How long the server takes to render a workshop's results, for its facilitator
// (/w/<id>/results) and through a live share link (/s/<token>), as the team grows. Everything
// runs for real: the production build on PostgreSQL, seeded through the same HTTP API the
// browsers use. The target is "well under a second" for 500 participants.

const SIZES = [10, 100, 500];
const WARM_UP = 3;
const SAMPLES = 20;
/** Requests in flight while seeding: enough to keep both cores busy, few enough to stay polite. */
const SEED_CONCURRENCY = 20;
const TARGET_MS = 1000;

const rationales = [
  "Our audit trail lives in three spreadsheets.",
  "Releases wait a week for a manual sign-off.",
  "Only two of us have run a model in production.",
  "The GPU budget is fixed for this year.",
  "We retrain monthly and it is always a scramble.",
];

/** The criterion whose answers are "not sure" about one time in five. */
const UNSURE_CRITERION = "skills";

export interface SeededVote {
  criterionId: string;
  score: number | null;
  rationale?: string;
}

/**
 * Deterministic ballots with some spread: the team leans one way on each criterion and each
 * person lands near the lean. One criterion gets "not sure" about 20% of the time, and about one
 * vote in ten carries a rationale.
 */
export function makeBallots(count: number, seed = 42): SeededVote[][] {
  const random = seededRandom(seed);
  const lean = new Map(mlLifecycle.criteria.map((c) => [c.id, 1 + random() * 4]));
  return Array.from({ length: count }, () =>
    mlLifecycle.criteria.map((criterion) => {
      const unsure = criterion.id === UNSURE_CRITERION && random() < 0.2;
      // The sum of three uniforms: a bell-ish spread of about ±1.5 around the lean.
      const noise = (random() + random() + random() - 1.5) * 1.4;
      const score = Math.min(5, Math.max(1, Math.round((lean.get(criterion.id) ?? 3) + noise)));
      const rationale =
        random() < 0.1 ? rationales[Math.floor(random() * rationales.length)] : undefined;
      return { criterionId: criterion.id, score: unsure ? null : score, rationale };
    }),
  );
}

export interface SeededWorkshop {
  workshopId: string;
  /** Holds the facilitator cookie. */
  facilitator: Browser;
  participants: number;
  shareToken: string;
}

/**
 * Creates a live workshop, has `count` people join (each a browser of their own) and vote on
 * every criterion, reveals the round and makes a live share link: all through the HTTP API.
 */
export async function seedWorkshop(
  server: AppServer,
  database: BenchDatabase,
  count: number,
): Promise<SeededWorkshop> {
  const facilitator = new Browser(server.origin);
  // Creating the workshop also hands this browser the facilitator cookie.
  const { workshopId } = await facilitator.send<{ workshopId: string }>("POST", "/api/workshops", {
    title: `Results benchmark, ${count} people`,
    teamName: "Benchmark team",
    frameworkId: mlLifecycle.id,
    mode: "live",
  });

  // Only the invite token's hash is stored; the facilitator page shows the link itself.
  const page = await facilitator.get(`/w/${workshopId}/facilitate`);
  const html = await page.text();
  const inviteToken = /data-testid="invite-link"[^>]*>[^<]*\/j\/([A-Za-z0-9_-]{43})/.exec(
    html,
  )?.[1];
  if (page.status !== 200 || !inviteToken) {
    throw new Error(
      `No invite link on the facilitator page (${page.status}): ${html.slice(0, 300)}`,
    );
  }

  // The ballot page hands the open round's id to its client component; reading it from the
  // database is simpler than digging it out of the page, and only seeding uses it.
  const client = new pg.Client({ connectionString: database.adminUrl });
  await client.connect();
  let roundId: string;
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM "${database.schema}".rounds WHERE workshop_id = $1 AND status = 'open'`,
      [workshopId],
    );
    if (!rows[0]) throw new Error(`Workshop ${workshopId} has no open round`);
    roundId = rows[0].id;
  } finally {
    await client.end();
  }

  const ballots = makeBallots(count, count);
  await inParallel(ballots, SEED_CONCURRENCY, async (votes, i) => {
    const participant = new Browser(server.origin);
    // Each person from an address of their own (the server trusts one proxy hop): the three
    // workshops' 610 joins from one address would go over the join rate limit.
    const joined = await participant.request("POST", "/api/workshops/join", {
      json: {
        inviteToken,
        displayName: `Person ${i + 1}`,
        role: participantRoles[i % participantRoles.length],
      },
      headers: { "X-Forwarded-For": `10.${count % 256}.${i >> 8}.${i & 255}` },
    });
    if (!joined.ok) {
      throw new Error(`Joining answered ${joined.status}: ${(await joined.text()).slice(0, 300)}`);
    }
    await participant.send("PUT", `/api/workshops/${workshopId}/votes`, {
      roundId,
      answers: votes,
    });
  });

  await facilitator.send("POST", `/api/workshops/${workshopId}/reveal`);
  const { token } = await facilitator.send<{ token: string }>(
    "POST",
    `/api/workshops/${workshopId}/share-links`,
    { label: "Leadership", mode: "live" },
  );
  return { workshopId, facilitator, participants: count, shareToken: token };
}

/** A page that answered something other than 200: the benchmark stops and says what. */
class PageError extends Error {}
/** Ctrl-C or SIGTERM: nothing to explain beyond the signal. */
class Interrupted extends Error {}

interface Target {
  page: "results page" | "share page";
  participants: number;
  path: string;
  /** The browser to ask with; a fresh one (no cookies) for every request when absent. */
  browser?: Browser;
  timings: number[];
  htmlBytes: number;
}

/** One GET, timed until the whole body has arrived. */
async function timeOnce(server: AppServer, target: Target): Promise<number> {
  const browser = target.browser ?? new Browser(server.origin);
  const start = performance.now();
  const response = await browser.get(target.path);
  const body = await response.text();
  const elapsed = performance.now() - start;
  if (response.status !== 200) {
    throw new PageError(
      `GET ${target.path} (${target.page}, ${target.participants} participants) answered ` +
        `${response.status}:\n${body.slice(0, 300)}`,
    );
  }
  target.htmlBytes = Buffer.byteLength(body);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return sorted.length % 2
    ? (sorted[Math.floor(middle)] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** Nearest-rank percentile: of 20 samples, p95 is the 19th fastest. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function benchmark(server: AppServer, database: BenchDatabase): Promise<Target[]> {
  const targets: Target[] = [];
  for (const size of SIZES) {
    const started = performance.now();
    const workshop = await seedWorkshop(server, database, size);
    console.log(
      `Seeded ${size} participants (${size * mlLifecycle.criteria.length} votes) in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    targets.push(
      {
        page: "results page",
        participants: size,
        path: `/w/${workshop.workshopId}/results`,
        browser: workshop.facilitator,
        timings: [],
        htmlBytes: 0,
      },
      {
        page: "share page",
        participants: size,
        path: `/s/${workshop.shareToken}`,
        timings: [],
        htmlBytes: 0,
      },
    );
  }

  for (const target of targets) {
    for (let i = 0; i < WARM_UP; i++) await timeOnce(server, target);
  }
  // One request at a time, but interleaving the pages and sizes spreads any machine noise
  // evenly over all of them.
  for (let sample = 0; sample < SAMPLES; sample++) {
    for (const target of targets) target.timings.push(await timeOnce(server, target));
  }
  return targets;
}

function report(targets: Target[]): boolean {
  console.log(
    `\nGET, whole body read, ${WARM_UP} warm-up + ${SAMPLES} timed sequential requests each`,
  );
  console.log("participants   page            median ms    p95 ms    HTML KB");
  for (const target of targets) {
    console.log(
      `${String(target.participants).padStart(12)}   ${target.page.padEnd(14)}` +
        `${median(target.timings).toFixed(1).padStart(11)}` +
        `${percentile(target.timings, 95).toFixed(1).padStart(10)}` +
        `${(target.htmlBytes / 1024).toFixed(1).padStart(11)}`,
    );
  }

  console.log("");
  let underTarget = true;
  const largest = SIZES.at(-1);
  const finals: string[] = [];
  for (const page of ["results page", "share page"] as const) {
    const rows = targets.filter((target) => target.page === page);
    const baseline = median(rows[0]?.timings ?? []);
    const ratios = rows
      .slice(1)
      .map((row) => `${row.participants} → ${(median(row.timings) / baseline).toFixed(1)}×`);
    const last = median(rows.at(-1)?.timings ?? []);
    console.log(
      `${page}: ${ratios.join(", ")} (${largest} participants: ${last.toFixed(0)} ms median)`,
    );
    finals.push(`${page} ${last.toFixed(0)} ms`);
    if (!(last < TARGET_MS)) underTarget = false;
  }
  console.log(
    `${underTarget ? "OK" : "SLOW"}: medians at ${largest} participants (${finals.join(", ")}) ` +
      `are ${underTarget ? "" : "not "}under ${TARGET_MS} ms.`,
  );
  return underTarget;
}

export async function main(): Promise<void> {
  // Ctrl-C ends the benchmark through the same cleanup as a failure.
  const interrupted = new Promise<never>((_, reject) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => reject(new Interrupted(`Interrupted (${signal}), cleaning up.`)));
    }
  });
  let database: BenchDatabase | undefined;
  let server: AppServer | undefined;
  try {
    await Promise.race([
      interrupted,
      (async () => {
        await buildIfNeeded();
        database = await createBenchDatabase();
        server = await startAppServer({
          databaseUrl: database.url,
          poolSize: 10,
          env: { TRUSTED_PROXY_HOPS: "1" },
        });
        console.log(`Serving the production build at ${server.origin}`);
        report(await benchmark(server, database));
      })(),
    ]);
  } catch (error) {
    process.exitCode = 1;
    if (error instanceof PageError) {
      console.error(error.message);
      if (server) console.error(`\nLast lines of the server's output:\n${server.outputTail()}`);
    } else if (error instanceof Interrupted) {
      console.error(error.message);
    } else {
      console.error(error);
    }
  } finally {
    await server?.stop();
    await database?.drop().catch((error: unknown) => {
      console.error(`Could not drop schema ${database?.schema}:`, error);
      process.exitCode = 1;
    });
  }
  // Whatever is still in flight (an interrupted seeding) must not keep the process alive.
  process.exit();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
