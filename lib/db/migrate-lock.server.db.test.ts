import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { migrate } from "./migrate";
import { createTestDatabase, type TestDatabase } from "./test-database";

// A `.server.db.test.ts` needs a real PostgreSQL server: PGlite runs every connection in one
// session, which holds all advisory locks at once and shares its search_path, so several
// instances migrating at the same moment is a situation only a server can have.

let db: TestDatabase;
let migrationsDir: string;

beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  migrationsDir = await mkdtemp(path.join(tmpdir(), "blueprint-migrations-"));
  for (const [name, script] of <[string, string][]>[
    ["20240101000000_slow", "CREATE TABLE slow (id integer);\nSELECT pg_sleep(0.5);\n"],
    ["20240102000000_next", "CREATE TABLE next (id integer);"],
  ]) {
    await mkdir(path.join(migrationsDir, name), { recursive: true });
    await writeFile(path.join(migrationsDir, name, "migration.sql"), script);
  }
});

afterAll(async () => {
  await db.drop();
  await rm(migrationsDir, { recursive: true, force: true });
});

it("serialises app instances that migrate at the same moment, so each migration runs once", async () => {
  const messages: string[] = [];
  const results = await Promise.all(
    Array.from({ length: 5 }, () =>
      migrate({
        connectionString: db.url,
        schema: db.schema,
        migrationsDir,
        log: (message) => messages.push(message),
      }),
    ),
  );

  expect(results.flatMap((result) => result.applied).toSorted()).toEqual([
    "20240101000000_slow",
    "20240102000000_next",
  ]);
  expect(results.filter((result) => result.alreadyApplied === 2)).toHaveLength(4);
  expect(messages.some((message) => message.includes("waiting"))).toBe(true);
  const { rows } = await db.pool.query(`SELECT migration_name FROM _prisma_migrations`);
  expect(rows).toHaveLength(2);
});
