import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "./generated/client";

// Kept on globalThis: in development it survives hot reload, which would otherwise open a new
// pool per edit; in production it guarantees one pool per process even if this module ends up
// in several server bundles.
const globalForPrisma = globalThis as typeof globalThis & { blueprintPrisma?: PrismaClient };

/**
 * The application's Prisma client, created on first use rather than at import: `next build`
 * loads server modules before the start script has opened a database.
 */
export function prisma(): PrismaClient {
  globalForPrisma.blueprintPrisma ??= createPrismaClient();
  return globalForPrisma.blueprintPrisma;
}

function createPrismaClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  if (!DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start` or set it.");
  }
  return new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE },
      { schema: schemaOf(DATABASE_URL) },
    ),
  });
}

/**
 * Prisma qualifies every table with a schema ("public" unless told), so a schema chosen the
 * PostgreSQL way, `?options=-c search_path=…` in the URL (as the test runs do), is passed on.
 */
export function schemaOf(url: string): string | undefined {
  const options = new URL(url).searchParams.get("options") ?? "";
  return /(?:^|\s)-c\s*search_path=([A-Za-z_][\w$]*)/.exec(options)?.[1];
}
