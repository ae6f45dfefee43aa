import { spawn } from "node:child_process";
import { EnvError, parseEnv } from "../lib/env";
import {
  bin,
  buildIfNeeded,
  migrateDatabase,
  nextCli,
  openDatabase,
  resolveAuthSecret,
  root,
  run,
  SERVER_NODE_FLAGS,
  serverScript,
  superviseChild,
} from "./launch";

// `npm start` serves the production build; `npm run dev` the dev server. Both use DATABASE_URL
// when it is set and otherwise an embedded PostgreSQL (PGlite) whose data survives restarts.
async function main() {
  const dev = process.argv.includes("--dev");
  const config = parseEnv(process.env);
  const authSecret = resolveAuthSecret({
    configured: config.AUTH_SECRET,
    dataDir: config.BLUEPRINT_DATA_DIR,
  });

  await run(process.execPath, [bin("tsx"), "scripts/db-generate.ts"]);
  if (!dev) await buildIfNeeded();

  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.BLUEPRINT_DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  try {
    await migrateDatabase(database.url);
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }

  const port = ["--port", String(config.PORT)];
  const command = dev ? [nextCli, "dev", ...port] : [...SERVER_NODE_FLAGS, serverScript, ...port];
  const child = spawn(process.execPath, command, {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: dev ? "development" : "production",
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
      AUTH_SECRET: authSecret,
      // PGlite's socket bridge does not pass notifications between connections.
      ...(database.embedded && { BLUEPRINT_EVENT_BUS: "memory" }),
    },
  });
  superviseChild(child, async () => {
    await database.embedded?.stop();
  });
}

main().catch((error: unknown) => {
  console.error(
    error instanceof EnvError
      ? error.message
      : `Could not start Blueprint: ${String(error instanceof Error ? error.message : error)}`,
  );
  process.exit(1);
});
