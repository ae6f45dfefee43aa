// Database tests get a fresh schema each, migrated from scratch, so test files
// can run in parallel against one server and never see each other's rows.
//
// TEST_DATABASE_URL (default: the local PostgreSQL) may also point at embedded
// PGlite behind @electric-sql/pglite-socket. PGlite has a single session that
// every socket connection shares, and it ignores startup options (so `url` does
// not select the schema there). Hence, with PGlite: the pool holds one
// connection, the schema is selected once for the whole session, and only one
// test database may be in use at a time (run test files one after another).
// Creating one needs a single connection at a time; a test that migrates while
// its pool is open (migrate.db.test.ts) needs the server to accept two.
import { randomBytes } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";
import { migrate } from "./migrate";

const DEFAULT_TEST_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  /** A connection URL whose search_path selects the schema (PostgreSQL only, see above). */
  url: string;
  schema: string;
  /** True when the server is PGlite. */
  embedded: boolean;
  /** A pool whose connections use the schema. */
  pool: pg.Pool;
  /** How many connections `pool` may open (TEST_DATABASE_POOL_SIZE, else 1 on PGlite, else 4). */
  poolSize: number;
  /** A Prisma client over the schema, created once and shared with `pool`. */
  prisma(): PrismaClient;
  /** Disconnects everything and drops the schema. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Apply prisma/migrations (default true); false leaves the schema empty. */
  migrate?: boolean;
}

export async function createTestDatabase(
  options: CreateTestDatabaseOptions = {},
): Promise<TestDatabase> {
  const baseUrl = process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
  const schema = `test_${Date.now().toString(36)}_${randomBytes(6).toString("hex")}`;

  // One connection at a time until the pool exists (see above).
  const embedded = await withClient(baseUrl, async (client) => {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    await client.query(`CREATE SCHEMA "${schema}"`);
    return rows[0]?.version.includes("PGlite") ?? false;
  });
  if (options.migrate ?? true) {
    await migrate({ connectionString: baseUrl, schema });
  }

  const url = withSearchPath(baseUrl, schema);
  const size = poolSize(embedded);
  const pool = new pg.Pool({ connectionString: url, max: size });
  if (embedded) {
    // Once is enough: the setting belongs to PGlite's one shared session and
    // outlives this connection.
    await pool.query(`SET search_path TO "${schema}"`);
  }
  let prisma: PrismaClient | undefined;

  return {
    url,
    schema,
    embedded,
    pool,
    poolSize: size,
    prisma() {
      prisma ??= new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
      return prisma;
    },
    async drop() {
      await prisma?.$disconnect();
      await pool.end();
      await withClient(baseUrl, (client) => client.query(`DROP SCHEMA "${schema}" CASCADE`));
    },
  };
}

let fileDatabase: TestDatabase | undefined;

/**
 * The database lib/db/test-setup.ts created for the running *.db.test.ts file: the app's own
 * `prisma()` works in it, and its `pool` serves the file's raw SQL.
 */
export function testDatabase(): TestDatabase {
  if (!fileDatabase) {
    throw new Error(
      "No test database: only *.db.test.ts files get one (see lib/db/test-setup.ts).",
    );
  }
  return fileDatabase;
}

/** For lib/db/test-setup.ts, which opens and drops the file's database. */
export function setTestDatabase(database: TestDatabase | undefined): void {
  fileDatabase = database;
}

function withSearchPath(baseUrl: string, schema: string): string {
  const url = new URL(baseUrl);
  url.searchParams.delete("options");
  // Encoded by hand: URLSearchParams would write spaces as "+", which libpq
  // (psql) does not decode.
  const options = `options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return `${url.toString()}${url.search ? "&" : "?"}${options}`;
}

function poolSize(embedded: boolean): number {
  const raw = process.env.TEST_DATABASE_POOL_SIZE;
  if (raw) {
    const size = Number(raw);
    if (!Number.isInteger(size) || size < 1) {
      throw new Error(`TEST_DATABASE_POOL_SIZE must be a positive integer, got "${raw}".`);
    }
    return size;
  }
  return embedded ? 1 : 4;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
