import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";

// Kept on globalThis in every environment: in development it survives hot
// reload, which would otherwise open a new pool per edit; in production it
// guarantees one pool per process even if this module ends up in several
// server bundles.
const globalForPrisma = globalThis as typeof globalThis & { blueprintPrisma?: PrismaClient };

/**
 * The application's Prisma client. Created on first use rather than at import:
 * `next build` imports server modules before DATABASE_URL exists (the start
 * script builds first, then opens the embedded database).
 */
export const prisma: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = (globalForPrisma.blueprintPrisma ??= createPrismaClient());
    const value: unknown = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

function createPrismaClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error("DATABASE_URL is not set: the server cannot reach its database.");
  }
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize() }),
  });
}

function poolSize(): number {
  const raw = process.env.DATABASE_POOL_SIZE;
  if (raw === undefined || raw === "") return 10;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`DATABASE_POOL_SIZE must be a positive integer, got "${raw}".`);
  }
  return size;
}
