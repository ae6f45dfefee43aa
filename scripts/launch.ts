import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";

export const root = join(import.meta.dirname, "..");

// Self-hosted installs often have no route out; Next.js would otherwise try to phone home.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
export const bin = (name: string) => join(root, "node_modules", ".bin", name);
/** Next.js's command line, run by `node` itself (`npm run dev`, `next build`). */
export const nextCli = join(root, "node_modules", "next", "dist", "bin", "next");
/** The production server (`node serve.mjs --port N`), run with SERVER_NODE_FLAGS. */
export const serverScript = join(root, "scripts", "serve.mjs");

/**
 * How Node runs the production server. Between two full collections V8 lets its heap grow to
 * several times what is live, and a room leaves much short-lived garbage behind (a results page
 * per phone); held at 1.5 times what is live instead, the server of a 300-phone reveal peaks at
 * about 380 MB rather than 420 MB (scripts/bench/reveal.ts), for somewhat more frequent
 * collections. It is a growth rate, not a limit: a bigger live heap still gets the room it needs.
 */
export const SERVER_NODE_FLAGS = ["--heap-growing-percent=50"];

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${[command, ...args].join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Hides the password of a connection URL so it can be logged. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return `${parsed.protocol}//${parsed.username ? `${parsed.username}${parsed.password ? ":" + parsed.password : ""}@` : ""}${parsed.host}${parsed.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

export interface Database {
  url: string;
  embedded: EmbeddedDatabase | null;
  poolSize: number;
}

/** Uses DATABASE_URL when set; otherwise opens the embedded PGlite database in dataDir. */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
  poolSize: number;
}): Promise<Database> {
  if (options.databaseUrl) {
    console.log(
      `Database: PostgreSQL at ${describeDatabaseUrl(options.databaseUrl)} (DATABASE_URL)`,
    );
    return { url: options.databaseUrl, embedded: null, poolSize: options.poolSize };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: join(options.dataDir, "pglite") });
  console.log(
    `Database: embedded PGlite at ${embedded.url}, data in ${embedded.location} (set DATABASE_URL to use your own PostgreSQL)`,
  );
  return { url: embedded.url, embedded, poolSize: 1 };
}

export async function migrateDatabase(url: string): Promise<void> {
  await migrate({ connectionString: url, log: console.log });
}

/**
 * AUTH_SECRET when set; otherwise the secret kept in `<dataDir>/auth-secret`, made on first start.
 * Keeping it on disk lets sessions and invite links survive a restart of a single instance.
 */
export function resolveAuthSecret(options: {
  configured: string | undefined;
  dataDir: string;
  log?: (line: string) => void;
}): string {
  if (options.configured) return options.configured;
  const log = options.log ?? console.log;
  const file = join(options.dataDir, "auth-secret");
  const advice = "set AUTH_SECRET instead when running several instances";
  try {
    mkdirSync(options.dataDir, { recursive: true });
    // "wx": two starts racing for the first secret must not overwrite each other's.
    writeFileSync(file, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
    log(`Auth secret: generated and kept in ${file} (${advice})`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    log(`Auth secret: read from ${file} (${advice})`);
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) {
    throw new Error(
      `${file} holds no usable secret (under 32 characters): delete it or set AUTH_SECRET.`,
    );
  }
  return secret;
}

const buildInputs = ["app", "components", "lib", "public", "prisma/schema.prisma"];
const buildFiles = ["package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];
const stampFile = join(root, ".next", "blueprint-build-stamp");

/** A fingerprint of everything the production build is made from. */
function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (entry !== "generated" && entry !== "node_modules") visit(join(path, entry));
      }
    } else if (!/\.test\.tsx?$/.test(path)) {
      hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
    }
  };
  for (const input of [...buildInputs, ...buildFiles]) visit(join(root, input));
  return hash.digest("hex");
}

/** Builds the production bundle unless the last build was made from the same sources. */
export async function buildIfNeeded(): Promise<void> {
  const fingerprint = sourceFingerprint();
  const current = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : "";
  if (current === fingerprint && existsSync(join(root, ".next", "BUILD_ID"))) {
    console.log("Production build is up to date.");
    return;
  }
  console.log("Building the app (first start or sources changed)…");
  await run(bin("next"), ["build"]);
  writeFileSync(stampFile, fingerprint);
}

/**
 * Forwards Ctrl-C / SIGTERM to the child once, waits for it to finish, then runs cleanup
 * (closing the embedded database last, so nothing the app wrote is lost).
 */
export function superviseChild(child: ChildProcess, cleanup: () => Promise<void>): void {
  let shuttingDown = false;
  const shutDown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`\nStopping (${signal})…`);
    if (child.exitCode === null) child.kill(signal);
  };
  process.on("SIGINT", shutDown);
  process.on("SIGTERM", shutDown);
  child.on("exit", async (code, signal) => {
    try {
      await cleanup();
    } finally {
      process.exit(shuttingDown ? 0 : (code ?? (signal ? 1 : 0)));
    }
  });
}
