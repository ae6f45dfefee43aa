import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import pg from "pg";
import { migrate } from "../../../lib/db/migrate";
import { describeDatabaseUrl, root, SERVER_NODE_FLAGS, serverScript } from "../../launch";

// What the HTTP benchmarks share: a throwaway schema in a real PostgreSQL, the production build
// served by the production server (scripts/serve.mjs) on a free port, and a tiny cookie-keeping
// client that stands in for one browser. Lives in a subfolder so `npm run bench` (which runs every .ts directly in
// scripts/bench) does not run it as a benchmark of its own.

/** The PostgreSQL the benchmarks use when DATABASE_URL is not set (as `npm test` does). */
export const localServer = "postgresql://postgres@127.0.0.1:5432/postgres";

/** Fixed, so a run never depends on a secret file left in .data by `npm start`. */
const BENCH_AUTH_SECRET = "bench-only-secret-never-used-outside-benchmarks-0123456789";

const quoteIdent = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export interface BenchDatabase {
  /** The server's own URL, for admin work (creating and dropping the schema). */
  adminUrl: string;
  schema: string;
  /** The URL the app gets: the same server with `search_path` set to the schema. */
  url: string;
  /** Drops the schema and everything in it; safe to call twice. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated schema of its own, so a benchmark never sees (or leaves) other data. The app
 * reaches it through `?options=-c search_path=…`, which lib/db/prisma.ts `schemaOf` hands on to
 * Prisma, exactly as the browser tests of scripts/test.ts do.
 */
export async function createBenchDatabase(
  adminUrl = process.env.DATABASE_URL || localServer,
): Promise<BenchDatabase> {
  const schema = `bench_${process.pid}_${Date.now().toString(36)}`;
  console.log(`Database: ${describeDatabaseUrl(adminUrl)}, schema ${schema}`);
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
    } finally {
      await client.end();
    }
  };
  try {
    await migrate({ connectionString: adminUrl, schema });
  } catch (error) {
    // The migration may have created the schema before it failed.
    await drop().catch(() => {});
    throw error;
  }
  const url = new URL(adminUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { adminUrl, schema, url: url.toString(), drop };
}

/** A TCP port nobody listens on right now (the OS picks it; free again once we close it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("No port")),
      );
    });
  });
}

export interface AppServer {
  /** `http://127.0.0.1:<port>`, also the app's APP_URL. */
  origin: string;
  /** The spawned process, leader of the server's process group (the real server is a child). */
  pid: number;
  /** The server's latest output lines, for reporting a failure. */
  outputTail(): string;
  /** Stops the whole process group; safe to call twice. */
  stop(): Promise<void>;
}

export interface StartOptions {
  /** DATABASE_URL of the app (with the search_path of its schema). */
  databaseUrl: string;
  poolSize?: number;
  /** Extra environment variables for the server. */
  env?: Record<string, string>;
  /** How long to wait for GET /api/health to answer 200. */
  timeoutMs?: number;
  /** The port to serve on; BENCH_PORT, or else one the OS finds free. */
  port?: number;
}

/**
 * Serves the production build (build it first: `buildIfNeeded()` of scripts/launch.ts) with
 * the production server (scripts/serve.mjs) on a free port, and resolves once GET /api/health
 * answers 200. The server runs in a process group of its own, so stopping it also stops whatever it started, and Ctrl-C in the
 * terminal reaches only the benchmark, which then stops the server itself.
 */
export async function startAppServer(options: StartOptions): Promise<AppServer> {
  const port = options.port ?? (Number(process.env.BENCH_PORT) || (await freePort()));
  const origin = `http://127.0.0.1:${port}`;
  // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of the server there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE;
  // The server runs with the flags `npm start` gives it (scripts/launch.ts).
  const nodeArgs = [
    ...SERVER_NODE_FLAGS,
    ...(profile ? ["--cpu-prof", `--cpu-prof-dir=${profile}`] : []),
  ];
  const args = [...nodeArgs, serverScript, "--port", String(port), "--hostname", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      DATABASE_POOL_SIZE: String(options.poolSize ?? 10),
      AUTH_SECRET: BENCH_AUTH_SECRET,
      APP_URL: origin,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
  });

  // Kept quiet while all is well; the last lines explain a failed start or a 500.
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  // A last resort should the benchmark end without calling stop(): the process group would
  // otherwise outlive it, holding the port and database connections.
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);

  let stopped = false;
  const server: AppServer = {
    origin,
    pid: child.pid ?? 0,
    outputTail: () => lines.join("\n"),
    async stop() {
      if (stopped) return;
      stopped = true;
      process.off("exit", killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };

  try {
    await waitForHealth(origin, child, exited, options.timeoutMs ?? 60_000);
  } catch (error) {
    await server.stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\n` +
        `Last lines of the server's output:\n${server.outputTail()}`,
    );
  }
  return server;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    // A negative pid is the process group that `detached: true` made the child the leader of.
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

async function waitForHealth(
  origin: string,
  child: ChildProcess,
  exited: Promise<void>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone)
      throw new Error(`The server exited (${child.signalCode ?? `exit ${child.exitCode}`})`);
    try {
      const response = await fetch(`${origin}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`GET ${origin}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

export interface RequestOptions {
  /** Sent as the JSON body. */
  json?: unknown;
  headers?: Record<string, string>;
  /** Defaults to 30 s: a benchmark should fail, not hang. */
  timeoutMs?: number;
}

/**
 * One browser: keeps the cookies the app sets (per name, for the whole site, which is all this
 * app uses) and sends them back. Writes carry the app's own Origin, as a browser's would, since
 * the app refuses cross-site writes. Redirects are not followed: the caller sees the 3xx (and
 * its cookies are kept), which is what a benchmark wants to measure.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly origin: string) {}

  async request(method: string, path: string, options: RequestOptions = {}): Promise<Response> {
    const headers = new Headers(options.headers);
    if (this.cookies.size > 0) {
      headers.set(
        "Cookie",
        [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
      );
    }
    if (method !== "GET" && method !== "HEAD") headers.set("Origin", this.origin);
    let body: string | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers.set("Content-Type", "application/json");
    }
    const response = await fetch(new URL(path, this.origin), {
      method,
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    });
    this.keepCookies(response);
    return response;
  }

  get(path: string, options?: RequestOptions) {
    return this.request("GET", path, options);
  }

  /** Sends a JSON write and returns the JSON answer; anything but 2xx is an error. */
  async send<T = unknown>(method: "POST" | "PUT" | "DELETE", path: string, json?: unknown) {
    const response = await this.request(method, path, { json: json ?? {} });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return (text ? JSON.parse(text) : null) as T;
  }

  /** The value of a cookie this browser holds, if any. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private keepCookies(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = header.split(";");
      const separator = pair.indexOf("=");
      if (separator < 1) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      // Deleting a cookie is setting it expired (Max-Age=0 or an Expires in the past).
      const expired = attributes.some((attribute) => {
        const [key = "", setting = ""] = attribute.split("=").map((part) => part.trim());
        if (/^max-age$/i.test(key)) return Number(setting) <= 0;
        if (/^expires$/i.test(key)) return Date.parse(setting) <= Date.now();
        return false;
      });
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Runs `task` for every item with at most `limit` running at once; results keep input order. */
export async function inParallel<Item, Result>(
  items: readonly Item[],
  limit: number,
  task: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    // After one failure the others finish what they hold but start nothing new.
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as Item, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
