import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checksum, migrate, MigrationError, type MigrateOptions } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase;
let migrationsDir: string;

beforeEach(async () => {
  db = await createTestDatabase({ migrate: false });
  migrationsDir = await mkdtemp(path.join(tmpdir(), "blueprint-migrations-"));
});

afterEach(async () => {
  await db.drop();
  await rm(migrationsDir, { recursive: true, force: true });
});

function run(options: Partial<MigrateOptions> = {}) {
  return migrate({ connectionString: db.url, schema: db.schema, migrationsDir, ...options });
}

async function writeMigration(name: string, script: string): Promise<void> {
  await mkdir(path.join(migrationsDir, name), { recursive: true });
  await writeFile(path.join(migrationsDir, name, "migration.sql"), script);
}

async function tables(): Promise<string[]> {
  const { rows } = await db.pool.query<{ name: string }>(
    `SELECT tablename::text AS name FROM pg_tables WHERE schemaname = $1 ORDER BY 1`,
    [db.schema],
  );
  return rows.map((row) => row.name);
}

async function history() {
  const { rows } = await db.pool.query(
    `SELECT * FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
  return rows;
}

describe("migrate", () => {
  it("applies the project's migrations once; a second run applies nothing", async () => {
    const projectMigrations = path.join(process.cwd(), "prisma/migrations");
    const onDisk = (await readdir(projectMigrations, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .toSorted();
    expect(onDisk.length).toBeGreaterThan(0);

    const first = await run({ migrationsDir: projectMigrations });
    expect(first).toEqual({ applied: onDisk, alreadyApplied: 0 });
    const second = await run({ migrationsDir: projectMigrations });
    expect(second).toEqual({ applied: [], alreadyApplied: onDisk.length });
    expect((await history()).map((row) => row.migration_name)).toEqual(onDisk);
  });

  it("moves what was revealed and frozen before scoring contract 2 to contract 1", async () => {
    const projectMigrations = path.join(process.cwd(), "prisma/migrations");
    const contract2 = "20261204180000_scoring_contract_2";
    const before = (await readdir(projectMigrations)).filter((name) => name < contract2).sort();
    for (const name of before) {
      await mkdir(path.join(migrationsDir, name));
      await writeFile(
        path.join(migrationsDir, name, "migration.sql"),
        await readFile(path.join(projectMigrations, name, "migration.sql")),
      );
    }
    await run();
    const hash = (seed: string) => seed.repeat(64).slice(0, 64);
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO workshops (title, team_name, framework_id, framework, mode, invite_token_hash)
       VALUES ('Before', 'Team', 'ml-lifecycle', '{}', 'live', $1) RETURNING id`,
      [hash("a")],
    );
    const workshopId = rows[0]!.id;
    const revealed = await db.pool.query<{ id: string }>(
      `INSERT INTO rounds (workshop_id, number, status, revealed_at)
       VALUES ($1, 1, 'revealed', now()) RETURNING id`,
      [workshopId],
    );
    await db.pool.query(`INSERT INTO rounds (workshop_id, number) VALUES ($1, 2)`, [workshopId]);
    await db.pool.query(
      `INSERT INTO share_links (workshop_id, token_hash, label, mode, snapshot_round_id, snapshot)
       VALUES ($1, $2, 'Frozen', 'snapshot', $3, '{"weights": null}'),
              ($1, $4, 'Live', 'live', NULL, NULL)`,
      [workshopId, hash("b"), revealed.rows[0]!.id, hash("c")],
    );

    await mkdir(path.join(migrationsDir, contract2));
    await writeFile(
      path.join(migrationsDir, contract2, "migration.sql"),
      await readFile(path.join(projectMigrations, contract2, "migration.sql")),
    );
    await run();
    const rounds = await db.pool.query(
      `SELECT number, revealed_under_contract AS contract FROM rounds ORDER BY number`,
    );
    expect(rounds.rows).toEqual([
      { number: 1, contract: 1 },
      { number: 2, contract: 2 },
    ]);
    const links = await db.pool.query(`SELECT label, snapshot FROM share_links ORDER BY label`);
    expect(links.rows).toEqual([
      { label: "Frozen", snapshot: { weights: null, contract: 1 } },
      { label: "Live", snapshot: null },
    ]);
  });

  it("keeps its history in a table and rows Prisma's schema engine would write", async () => {
    const script = "CREATE TABLE a (id integer PRIMARY KEY);\n";
    await writeMigration("20240101000000_a", script);
    await run();

    const { rows: columns } = await db.pool.query(
      `SELECT column_name, data_type, character_maximum_length, is_nullable, column_default
       FROM information_schema.columns
       WHERE table_schema = $1 AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      [db.schema],
    );
    const column = (
      name: string,
      type: string,
      length: number | null,
      nullable: boolean,
      defaultValue: string | null = null,
    ) => ({
      column_name: name,
      data_type: type,
      character_maximum_length: length,
      is_nullable: nullable ? "YES" : "NO",
      column_default: defaultValue,
    });
    expect(columns).toEqual([
      column("id", "character varying", 36, false),
      column("checksum", "character varying", 64, false),
      column("finished_at", "timestamp with time zone", null, true),
      column("migration_name", "character varying", 255, false),
      column("logs", "text", null, true),
      column("rolled_back_at", "timestamp with time zone", null, true),
      column("started_at", "timestamp with time zone", null, false, "now()"),
      column("applied_steps_count", "integer", null, false, "0"),
    ]);
    const { rows: primaryKey } = await db.pool.query(
      `SELECT a.attname::text AS column FROM pg_index x
       JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY (x.indkey)
       WHERE x.indrelid = '_prisma_migrations'::regclass AND x.indisprimary`,
    );
    expect(primaryKey).toEqual([{ column: "id" }]);

    const [row] = await history();
    expect(row).toMatchObject({
      id: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      checksum: checksum(script),
      migration_name: "20240101000000_a",
      logs: null,
      rolled_back_at: null,
      applied_steps_count: 1,
    });
    expect(checksum(script)).toMatch(/^[0-9a-f]{64}$/);
    expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
  });

  it("applies each migration in its own transaction and names the one that failed", async () => {
    await writeMigration("20240101000000_good", "CREATE TABLE good (id integer);");
    await writeMigration(
      "20240102000000_broken",
      "CREATE TABLE half (id integer);\n\nCREATE TABLE broken (id no_such_type);\n",
    );
    await writeMigration("20240103000000_later", "CREATE TABLE later (id integer);");

    const failure = run();
    await expect(failure).rejects.toBeInstanceOf(MigrationError);
    await expect(failure).rejects.toMatchObject({
      migration: "20240102000000_broken",
      message: expect.stringMatching(
        /Migration 20240102000000_broken failed and was rolled back.*no_such_type.*line 3/,
      ),
    });
    expect(await tables()).toEqual(["_prisma_migrations", "good"]);
    expect((await history()).map((row) => row.migration_name)).toEqual(["20240101000000_good"]);

    await writeMigration("20240102000000_broken", "CREATE TABLE fixed (id integer);");
    expect(await run()).toEqual({
      applied: ["20240102000000_broken", "20240103000000_later"],
      alreadyApplied: 1,
    });
    expect(await tables()).toEqual(["_prisma_migrations", "fixed", "good", "later"]);
  });

  it("refuses to run when an applied migration was edited, but not for line endings", async () => {
    await writeMigration("20240101000000_a", "CREATE TABLE a (id integer);\nSELECT 1;\n");
    await run();

    await writeMigration("20240101000000_a", "CREATE TABLE a (id integer);\r\nSELECT 1;\r\n");
    await writeMigration("20240102000000_b", "CREATE TABLE b (id integer);");
    expect(await run()).toEqual({ applied: ["20240102000000_b"], alreadyApplied: 1 });

    await writeMigration("20240101000000_a", "CREATE TABLE a (id bigint);\nSELECT 1;\n");
    await writeMigration("20240103000000_c", "CREATE TABLE c (id integer);");
    await expect(run()).rejects.toMatchObject({
      migration: "20240101000000_a",
      message: expect.stringContaining("20240101000000_a was changed after it was applied"),
    });
    expect(await tables()).not.toContain("c");
  });

  it("refuses to run when an applied migration is missing from disk", async () => {
    await writeMigration("20240101000000_a", "CREATE TABLE a (id integer);");
    await run();
    await rm(path.join(migrationsDir, "20240101000000_a"), { recursive: true });
    await writeMigration("20240102000000_b", "CREATE TABLE b (id integer);");

    await expect(run()).rejects.toMatchObject({
      migration: "20240101000000_a",
      message: expect.stringContaining("20240101000000_a is recorded as applied but"),
    });
    expect(await tables()).not.toContain("b");
  });

  it("refuses to run after a migration that Prisma recorded as failed", async () => {
    const script = "CREATE TABLE a (id integer);";
    await writeMigration("20240101000000_a", script);
    // What `prisma migrate deploy` leaves behind when a script fails midway.
    await db.pool.query(
      `CREATE TABLE IF NOT EXISTS _prisma_migrations (
         id VARCHAR(36) PRIMARY KEY NOT NULL, checksum VARCHAR(64) NOT NULL,
         finished_at TIMESTAMPTZ, migration_name VARCHAR(255) NOT NULL, logs TEXT,
         rolled_back_at TIMESTAMPTZ, started_at TIMESTAMPTZ NOT NULL DEFAULT now(),
         applied_steps_count INTEGER NOT NULL DEFAULT 0)`,
    );
    await db.pool.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, logs)
       VALUES (gen_random_uuid(), $1, '20240101000000_a', 'error: boom')`,
      [checksum(script)],
    );

    await expect(run()).rejects.toMatchObject({
      migration: "20240101000000_a",
      message: expect.stringContaining("20240101000000_a is recorded as started but not finished"),
    });

    // Marked rolled back (`prisma migrate resolve --rolled-back`), it is retried.
    await db.pool.query(`UPDATE _prisma_migrations SET rolled_back_at = now()`);
    expect(await run()).toEqual({ applied: ["20240101000000_a"], alreadyApplied: 0 });
  });
});
