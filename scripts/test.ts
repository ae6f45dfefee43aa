import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { bin, buildIfNeeded, describeDatabaseUrl, run } from "./launch";

// `npm test`: every check a change must pass, in the order that fails fastest. Each stage runs
// even when an earlier one failed (except where it depends on it), so one run shows everything.

const localServer = "postgresql://postgres@127.0.0.1:5432/postgres";
const reports = mkdtempSync(join(tmpdir(), "blueprint-test-"));

interface Outcome {
  stage: string;
  ok: boolean;
  passed?: number;
  failed?: number;
}
const outcomes: Outcome[] = [];

async function stage(name: string, command: string, args: string[], env?: Record<string, string>) {
  console.log(`\n━━ ${name}`);
  try {
    await run(command, args, { ...process.env, ...env });
    outcomes.push({ stage: name, ok: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    outcomes.push({ stage: name, ok: false });
  }
}

/** Vitest and Playwright both write JSON reports; the counts feed the closing summary line. */
function countVitest(file: string): Pick<Outcome, "passed" | "failed"> {
  try {
    const report = JSON.parse(readFileSync(file, "utf8"));
    return { passed: report.numPassedTests, failed: report.numFailedTests };
  } catch {
    return {};
  }
}
function countPlaywright(file: string): Pick<Outcome, "passed" | "failed"> {
  try {
    const { stats } = JSON.parse(readFileSync(file, "utf8"));
    return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
  } catch {
    return {};
  }
}

async function vitest(
  name: string,
  project: string,
  env?: Record<string, string>,
  extra: string[] = [],
) {
  const report = join(reports, `${project}.json`);
  await stage(
    name,
    bin("vitest"),
    [
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...extra,
    ],
    env,
  );
  Object.assign(outcomes.at(-1)!, countVitest(report));
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL if set, else the local server if it answers, else an in-memory PGlite. */
async function testDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) {
    console.log(`Test database: ${describeDatabaseUrl(configured)}`);
    return { url: configured, embedded: null };
  }
  if (await answers(localServer)) {
    console.log(`Test database: PostgreSQL at ${describeDatabaseUrl(localServer)}`);
    return { url: localServer, embedded: null };
  }
  const embedded = await startEmbeddedDatabase({});
  console.log("Test database: no PostgreSQL answered on 127.0.0.1:5432, using embedded PGlite");
  return { url: embedded.url, embedded };
}

/** The end-to-end server gets a schema of its own, so runs never see each other's data. */
async function withE2eDatabase(
  adminUrl: string,
  embedded: boolean,
  run: (url: string) => Promise<void>,
) {
  // PGlite ignores the search_path in a URL, and its throwaway in-memory database has nothing
  // else in it: the default schema is the end-to-end server's own.
  if (embedded) {
    await migrate({ connectionString: adminUrl });
    return run(adminUrl);
  }
  const schema = `e2e_${process.pid}_${Date.now().toString(36)}`;
  await migrate({ connectionString: adminUrl, schema });
  const url = new URL(adminUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  try {
    await run(url.toString());
  } finally {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
}

/**
 * The local PostgreSQL cluster ("15 main") serving 127.0.0.1:5432, when this machine manages it
 * with Debian's pg_ctlcluster: the database-restart browser test stops and starts it.
 */
function restartableCluster(url: string): string | null {
  const { hostname, port } = new URL(url);
  if (hostname !== "127.0.0.1" && hostname !== "localhost") return null;
  try {
    const listing = execFileSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" });
    for (const line of listing.split("\n")) {
      const [version, name, clusterPort, status] = line.trim().split(/\s+/);
      if (clusterPort === (port || "5432") && status === "online") return `${version} ${name}`;
    }
  } catch {
    // No pg_lsclusters: not a Debian-managed server.
  }
  return null;
}

async function main() {
  await stage("Generate the Prisma client", process.execPath, [
    bin("tsx"),
    "scripts/db-generate.ts",
  ]);
  await stage("Format", bin("prettier"), ["--check", "--log-level=warn", "."]);
  await stage("Lint", bin("eslint"), ["."]);
  // The one-way layers and no cycles of docs/architecture.md (.dependency-cruiser.cjs).
  await stage("Import layers", bin("depcruise"), [
    ...["app", "components", "lib", "scripts", "e2e", "proxy.ts", "instrumentation.ts"],
    ...["--config", ".dependency-cruiser.cjs"],
  ]);
  await stage("Types", bin("tsc"), ["--noEmit"]);
  await vitest("Unit tests", "unit");

  const database = await testDatabase();
  const single: Record<string, string> = database.embedded ? { TEST_DATABASE_POOL_SIZE: "1" } : {};
  try {
    await vitest(
      "Database tests",
      "db",
      { TEST_DATABASE_URL: database.url, ...single },
      // PGlite is one session for every connection: files take turns, and the tests of what
      // only a server can do (several instances at once) need a real PostgreSQL.
      database.embedded ? ["--no-file-parallelism", "--exclude", "**/*.server.db.test.ts"] : [],
    );
    if (database.embedded) {
      console.log("Not run without a PostgreSQL server: **/*.server.db.test.ts");
    }

    console.log("\n━━ Production build");
    let built = true;
    try {
      await buildIfNeeded();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      built = false;
    }
    outcomes.push({ stage: "Production build", ok: built });

    if (built) {
      const report = join(reports, "playwright.json");
      const cluster = database.embedded ? null : restartableCluster(database.url);
      await withE2eDatabase(database.url, database.embedded !== null, (url) =>
        stage(
          "Browser tests",
          bin("playwright"),
          // Live updates between two app instances travel through PostgreSQL's NOTIFY, which the
          // embedded database's socket bridge does not carry.
          [
            "test",
            "--reporter=list,json",
            ...(database.embedded ? ["--grep-invert", "@server"] : []),
          ],
          {
            E2E_DATABASE_URL: url,
            E2E_DATABASE_POOL_SIZE: database.embedded ? "1" : "5",
            E2E_EVENT_BUS: database.embedded ? "memory" : "postgres",
            ...(cluster && { E2E_PG_CLUSTER: cluster }),
            PLAYWRIGHT_JSON_OUTPUT_FILE: report,
          },
        ),
      );
      if (database.embedded) {
        console.log("Not run without a PostgreSQL server: browser tests tagged @server");
      }
      if (!cluster) {
        console.log("Not run without a local pg_ctlcluster-managed PostgreSQL: e2e/outage.spec.ts");
      }
      Object.assign(outcomes.at(-1)!, countPlaywright(report));
    }
  } finally {
    await database.embedded?.stop();
    rmSync(reports, { recursive: true, force: true });
  }

  console.log("\n━━ Summary");
  for (const outcome of outcomes) {
    const counts =
      outcome.passed === undefined ? "" : ` (${outcome.passed} passed, ${outcome.failed} failed)`;
    console.log(`${outcome.ok ? "ok  " : "FAIL"} ${outcome.stage}${counts}`);
  }
  const passed = outcomes.reduce((sum, o) => sum + (o.passed ?? 0), 0);
  const failed = outcomes.reduce((sum, o) => sum + (o.failed ?? 0), 0);
  const failedStages = outcomes.filter((o) => !o.ok).length;
  console.log(`\n${passed} passed, ${failed} failed`);
  if (failedStages > 0) {
    console.error(`${failedStages} stage(s) failed.`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
