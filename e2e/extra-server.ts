import { spawn, type ChildProcess } from "node:child_process";
import { E2E_AUTH_SECRET } from "./app-secret";

// A production server of its own for a spec that needs other settings than the two that
// playwright.config.ts starts (for example no APP_URL, or no trusted proxy): the same build and
// database, on a port of its own.

export interface ExtraServer {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts the production server (scripts/serve.mjs) on `port` with the e2e database and secret, plus `env` (a value of
 * undefined leaves that variable out), and waits until it answers its health check.
 */
export async function startExtraServer(
  port: number,
  env: Record<string, string | undefined>,
): Promise<ExtraServer> {
  const base: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
    DATABASE_POOL_SIZE: "2",
    AUTH_SECRET: E2E_AUTH_SECRET,
    BLUEPRINT_EVENT_BUS: process.env.E2E_EVENT_BUS ?? "postgres",
    NEXT_TELEMETRY_DISABLED: "1",
    APP_URL: undefined,
    NEXTAUTH_URL: undefined,
    TRUSTED_PROXY_HOPS: undefined,
    SMTP_URL: undefined,
    EMAIL_FROM: undefined,
    ...env,
  };
  const child: ChildProcess = spawn(
    process.execPath,
    ["scripts/serve.mjs", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      env: Object.fromEntries(
        Object.entries(base).filter(([, v]) => v !== undefined),
      ) as NodeJS.ProcessEnv,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server on port ${port} exited`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`The server on port ${port} did not answer within a minute`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
