// The project's migration runner. The Prisma CLI cannot run migrations on the
// build machines (it needs a native engine it cannot download), so this applies
// prisma/migrations/*/migration.sql itself and keeps the history in Prisma's own
// `_prisma_migrations` table and format, so `prisma migrate deploy` and
// `prisma migrate status` agree with it wherever the engine is available.
//
// Differences from Prisma, on purpose:
// - Each migration runs in one transaction together with its history row, so a
//   failure leaves nothing behind: fix the file and run again. (Migrations must
//   therefore be transaction-safe: no CREATE INDEX CONCURRENTLY.)
// - It refuses to run when history and disk disagree: an applied migration
//   edited or deleted, or a migration Prisma recorded as failed.
//
// Used by scripts (start, db:migrate, tests), hence no "server-only".
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { oneRow, rows } from "./rows";

export interface MigrateOptions {
  connectionString: string;
  /** Schema to migrate; created if missing and used as the search_path. */
  schema?: string;
  /** Defaults to prisma/migrations under the current working directory. */
  migrationsDir?: string;
  /** Progress messages (a migration applied, waiting for another runner). */
  log?: (message: string) => void;
}

export interface MigrateResult {
  /** Names of the migrations this run applied, in order. */
  applied: string[];
  /** How many migrations on disk were already applied before this run. */
  alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

// The key `prisma migrate` locks, so this runner and Prisma's never interleave.
const PRISMA_MIGRATE_LOCK_KEY = 72707369;

interface MigrationFile {
  name: string;
  script: string;
}

const historyRow = z.object({
  migration_name: z.string(),
  checksum: z.string(),
  finished_at: z.date().nullable(),
});
type HistoryRow = z.infer<typeof historyRow>;
const lockedRow = z.object({ locked: z.boolean() });
const schemaRow = z.object({ schema: z.string().nullable() });
const searchPathRow = z.object({ search_path: z.string() });

export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const migrationsDir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(migrationsDir);

  const client = new pg.Client({ connectionString: options.connectionString });
  // A lost connection also rejects the pending query, which reports it; without
  // a listener the 'error' event would crash the process instead.
  client.on("error", () => {});
  await client.connect();
  try {
    await lock(client, log);
    // Under the lock, so concurrent runners do not race to create the schema.
    if (options.schema !== undefined) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      await client.query(`SET search_path TO ${quoteIdent(options.schema)}`);
    }
    return await applyPending(client, migrations, log);
  } finally {
    // Closing the connection releases the lock on PostgreSQL, but behind
    // PGlite's socket the session outlives the connection, so unlock first.
    // A failure here means the connection is gone, and the lock with it.
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function readMigrations(dir: string): Promise<MigrationFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new MigrationError(`Cannot read the migrations directory ${dir}: ${String(error)}`);
  }
  // Prisma orders migrations by directory name, which starts with a timestamp.
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name, "migration.sql");
      try {
        return { name, script: await readFile(file, "utf8") };
      } catch {
        throw new MigrationError(`Migration ${name} has no readable ${file}.`, name);
      }
    }),
  );
}

async function lock(client: pg.Client, log: (message: string) => void): Promise<void> {
  const row = await oneRow(
    "lock migrations",
    lockedRow,
    client.query("SELECT pg_try_advisory_lock($1) AS locked", [PRISMA_MIGRATE_LOCK_KEY]),
  );
  if (row?.locked) return;
  log("Another migration runner is at work on this database; waiting for it to finish.");
  await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK_KEY]);
}

async function applyPending(
  client: pg.Client,
  migrations: MigrationFile[],
  log: (message: string) => void,
): Promise<MigrateResult> {
  const current = await oneRow(
    "current schema",
    schemaRow,
    client.query("SELECT current_schema() AS schema"),
  );
  const schema = current?.schema;
  if (!schema) {
    throw new MigrationError(
      "No schema to migrate: none of the schemas in the search_path exists.",
    );
  }
  // Qualified, because a migration may change the search_path.
  const historyTable = `${quoteIdent(schema)}."_prisma_migrations"`;
  const setting = await oneRow(
    "search path",
    searchPathRow,
    client.query("SELECT current_setting('search_path') AS search_path"),
  );
  const searchPath = setting?.search_path ?? "";

  // Prisma's own definition of the table, column for column.
  await client.query(`
    CREATE TABLE IF NOT EXISTS ${historyTable} (
      id                  VARCHAR(36) PRIMARY KEY NOT NULL,
      checksum            VARCHAR(64) NOT NULL,
      finished_at         TIMESTAMPTZ,
      migration_name      VARCHAR(255) NOT NULL,
      logs                TEXT,
      rolled_back_at      TIMESTAMPTZ,
      started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
      applied_steps_count INTEGER NOT NULL DEFAULT 0
    )`);
  // Rows marked rolled back (`prisma migrate resolve --rolled-back`) do not count.
  const history = await rows(
    "migration history",
    historyRow,
    client.query(
      `SELECT migration_name, checksum, finished_at FROM ${historyTable}
       WHERE rolled_back_at IS NULL ORDER BY started_at`,
    ),
  );

  checkHistory(history, migrations);

  const appliedNames = new Set(history.map((row) => row.migration_name));
  const pending = migrations.filter((migration) => !appliedNames.has(migration.name));
  const applied: string[] = [];
  for (const migration of pending) {
    const started = Date.now();
    await applyOne(client, historyTable, migration);
    await client.query("SELECT set_config('search_path', $1, false)", [searchPath]);
    applied.push(migration.name);
    log(`Applied migration ${migration.name} (${Date.now() - started} ms)`);
  }
  return { applied, alreadyApplied: migrations.length - pending.length };
}

function checkHistory(history: HistoryRow[], migrations: MigrationFile[]): void {
  const onDisk = new Map(migrations.map((migration) => [migration.name, migration]));
  for (const row of history) {
    const name = row.migration_name;
    if (row.finished_at === null) {
      throw new MigrationError(
        `Migration ${name} is recorded as started but not finished: a previous attempt failed ` +
          "outside this runner and may have left partial changes. Repair the database, then " +
          "mark the row rolled back (set rolled_back_at in _prisma_migrations) to retry it.",
        name,
      );
    }
    const migration = onDisk.get(name);
    if (!migration) {
      throw new MigrationError(
        `Migration ${name} is recorded as applied but its directory is missing from the ` +
          "migrations directory. Restore it: applied migrations are never deleted.",
        name,
      );
    }
    if (!scriptMatchesChecksum(migration.script, row.checksum)) {
      throw new MigrationError(
        `Migration ${name} was changed after it was applied (checksum mismatch). Revert the ` +
          "edit and put the change in a new migration.",
        name,
      );
    }
  }
}

async function applyOne(
  client: pg.Client,
  historyTable: string,
  migration: MigrationFile,
): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO ${historyTable} (id, checksum, migration_name, started_at)
       VALUES ($1, $2, $3, clock_timestamp())`,
      [id, checksum(migration.script), migration.name],
    );
    try {
      // No parameters: the simple query protocol runs a multi-statement script.
      await client.query(migration.script);
    } catch (error) {
      throw new MigrationError(
        `Migration ${migration.name} failed and was rolled back, nothing of it was applied: ` +
          describeScriptError(error, migration.script),
        migration.name,
      );
    }
    await client.query(
      `UPDATE ${historyTable} SET finished_at = clock_timestamp(), applied_steps_count = 1
       WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

function describeScriptError(error: unknown, script: string): string {
  if (!(error instanceof Error)) return String(error);
  const position = Number((error as { position?: string }).position);
  if (!Number.isInteger(position) || position < 1) return error.message;
  const line = script.slice(0, position - 1).split("\n").length;
  return `${error.message} (migration.sql line ${line})`;
}

/** Prisma's checksum: the SHA-256 of the script, as 64 lowercase hex digits. */
export function checksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

// Like Prisma, accept the same script with other line endings, so a checkout
// that converted LF to CRLF (or back) is not mistaken for an edit.
function scriptMatchesChecksum(script: string, expected: string): boolean {
  return [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")].some(
    (variant) => checksum(variant) === expected,
  );
}

function quoteIdent(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}
