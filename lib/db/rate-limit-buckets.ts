import "server-only";
import { z } from "zod";
import type { PrismaClient } from "./generated/client";
import { prisma } from "./prisma";
import { oneRow } from "./rows";

// The counters behind lib/http/rate-limit.ts, in PostgreSQL so that every app instance counts
// into the same buckets. The table is UNLOGGED (see the init migration): a crash that empties
// it only resets the limits.

const bucketRow = z.object({ count: z.number().int() });

/**
 * Counts one hit in the bucket (key, windowStart) and returns the bucket's count including it.
 * One statement: the primary key makes concurrent hits, from any instance, queue on the row,
 * so each sees its own exact count. `client` is for tests that play a second app instance.
 */
export async function countHit(
  key: string,
  windowStart: Date,
  client: PrismaClient = prisma(),
): Promise<number> {
  const row = await oneRow(
    "countHit",
    bucketRow,
    client.$queryRaw`
    INSERT INTO rate_limit_buckets AS b (key, window_start, count)
    VALUES (${key}, ${windowStart}::timestamptz, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = b.count + 1
    RETURNING b.count`,
  );
  return row!.count;
}

/** Takes one hit back out of the bucket (key, windowStart), if it is there. */
export async function uncountHit(key: string, windowStart: Date): Promise<void> {
  await prisma().$executeRaw`
    UPDATE rate_limit_buckets SET count = count - 1
    WHERE key = ${key} AND window_start = ${windowStart}::timestamptz AND count > 0`;
}

/** Deletes the buckets of windows that started before `cutoff`; returns how many. */
export async function deleteBucketsBefore(cutoff: Date): Promise<number> {
  return prisma().$executeRaw`
    DELETE FROM rate_limit_buckets WHERE window_start < ${cutoff}::timestamptz`;
}
