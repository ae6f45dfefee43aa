// Runs in every *.db.test.ts file (the `db` project's setupFiles) before the file itself is
// imported: it opens a fresh migrated schema (see test-database.ts) and points the app's own
// configuration at it, so `prisma()` and everything built on it run unmocked against it, as under
// `npm start`. Tests reach the same database through `testDatabase()`, e.g. for raw SQL.
import { afterAll, beforeAll } from "vitest";
import { env } from "../env";
import { prisma } from "./prisma";
import { createTestDatabase, setTestDatabase } from "./test-database";

// Signed links and sessions need a secret; any fixed one of the required length will do.
process.env.AUTH_SECRET ||= "a-test-secret-for-invite-links-0123456789";

// Set before the test file is imported, so before anything can call env() (which caches what it
// reads) or prisma(); a DATABASE_URL from the shell never gets a chance.
const database = await createTestDatabase();
setTestDatabase(database);
process.env.DATABASE_URL = database.url;
// The app's pool matches the test pool: one connection on PGlite's single session. A file whose
// code needs more sessions at once sets DATABASE_POOL_SIZE itself, at its top level.
process.env.DATABASE_POOL_SIZE = String(database.poolSize);

beforeAll(() => {
  if (env().DATABASE_URL !== database.url) {
    throw new Error(
      "The environment was read before lib/db/test-setup.ts pointed it at the test database.",
    );
  }
});

afterAll(async () => {
  await prisma().$disconnect();
  setTestDatabase(undefined);
  await database.drop();
});
