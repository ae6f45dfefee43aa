// The rate limiter against a real PostgreSQL server: windows that open and close on the clock,
// exact counts under concurrency, two app instances sharing buckets, and the ballot save's own
// limit inside its one statement.
import { describe, expect, it } from "vitest";
import { countHit } from "@/lib/db/rate-limit-buckets";
import { testDatabase } from "@/lib/db/test-database";
import { RateLimitedError } from "@/lib/errors";
import { saveAnswers, saveVote } from "@/lib/workshops/mutations";
import { startWorkshop } from "@/lib/workshops/test-fixtures";
import {
  bucketKey,
  hit,
  sweepRateLimits,
  VOTE_SAVES_PER_PARTICIPANT,
  windowAt,
  type RateLimit,
} from "./rate-limit";

// Enough sessions for hits to really run side by side.
process.env.DATABASE_POOL_SIZE = "12";

const db = testDatabase();
let next = 0;
/** A limit of its own per test, so that tests never share buckets. */
const limitOf = (limit: number, windowSeconds: number): RateLimit => ({
  name: `test-${(next += 1)}`,
  limit,
  windowSeconds,
});
const at = (iso: string) => new Date(iso);

describe("a fixed window", () => {
  it("allows the limit, refuses the next hit until the window ends, then allows again", async () => {
    const limit = limitOf(3, 60);
    const outcomes = [];
    for (const time of ["10:00:00.000", "10:00:20.000", "10:00:59.000", "10:00:59.999"]) {
      outcomes.push(await hit(limit, "a", at(`2026-11-26T${time}Z`)));
    }
    expect(outcomes.map((outcome) => outcome.allowed)).toEqual([true, true, true, false]);
    expect(outcomes.map((outcome) => outcome.count)).toEqual([1, 2, 3, 4]);
    // Retry-After counts whole seconds to the window's end, and is never 0.
    expect(outcomes.map((outcome) => outcome.retryAfterSeconds)).toEqual([60, 40, 1, 1]);

    const nextWindow = await hit(limit, "a", at("2026-11-26T10:01:00.000Z"));
    expect(nextWindow).toEqual({ allowed: true, count: 1, retryAfterSeconds: 60 });
  });

  it("counts each subject on its own", async () => {
    const limit = limitOf(1, 60);
    const now = at("2026-11-26T10:00:00.000Z");
    expect((await hit(limit, "a", now)).allowed).toBe(true);
    expect((await hit(limit, "a", now)).allowed).toBe(false);
    expect((await hit(limit, "b", now)).allowed).toBe(true);
  });

  it("starts on a multiple of its length, the same on every instance", () => {
    const limit = limitOf(1, 600);
    expect(windowAt(limit, at("2026-11-26T10:07:30.250Z"))).toEqual({
      start: at("2026-11-26T10:00:00.000Z"),
      retryAfterSeconds: 150,
    });
  });
});

describe("under concurrency", () => {
  it("counts 200 simultaneous hits exactly, and allows exactly the limit", async () => {
    const limit = limitOf(150, 600);
    const now = at("2026-11-26T10:00:00.000Z");
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => hit(limit, "a", now)));
    expect(outcomes.map((outcome) => outcome.count).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 200 }, (_, index) => index + 1),
    );
    expect(outcomes.filter((outcome) => outcome.allowed)).toHaveLength(150);
  });

  it("shares one bucket between two app instances", async () => {
    const limit = limitOf(100, 600);
    const now = at("2026-11-26T10:00:00.000Z");
    const key = bucketKey(limit, "a");
    const { start } = windowAt(limit, now);
    // The app's own pool is one instance; the test database's separate pool and client play
    // the other.
    const other = db.prisma();
    const counts = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        index % 2 === 0 ? countHit(key, start) : countHit(key, start, other),
      ),
    );
    expect(new Set(counts).size).toBe(100);
    expect(await hit(limit, "a", now)).toMatchObject({ allowed: false, count: 101 });
  });
});

describe("the sweep", () => {
  it("deletes only buckets whose windows ended for every limit", async () => {
    const limit = limitOf(5, 60);
    await hit(limit, "old", at("2026-11-26T08:00:00.000Z"));
    await hit(limit, "recent", at("2026-11-26T09:30:00.000Z"));
    await sweepRateLimits(at("2026-11-26T10:00:00.000Z"));
    const { rows } = await db.pool.query<{ key: string }>(
      "SELECT key FROM rate_limit_buckets WHERE key LIKE $1",
      [`${limit.name}:%`],
    );
    expect(rows.map((row) => row.key)).toEqual([`${limit.name}:recent`]);
  });
});

describe("ballot saves", () => {
  const answer = (roundId: string, score: number) => ({
    roundId,
    criterionId: "governance",
    score,
  });

  it("are refused over the participant's limit with a Retry-After, other participants unaffected", async () => {
    const w = await startWorkshop({ participants: 2 });
    const [script, person] = w.participants.map((p) => ({ participantId: p.participantId }));
    const now = at("2099-01-01T10:00:30.000Z");
    const { limit } = VOTE_SAVES_PER_PARTICIPANT;
    for (let index = 0; index < limit; index += 1) {
      await saveVote(w.workshopId, script!, answer(w.roundId, (index % 5) + 1), now);
    }
    const refused = await saveVote(w.workshopId, script!, answer(w.roundId, 1), now).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(30);
    // The refused save wrote nothing: the last allowed one stands.
    const { rows } = await db.pool.query<{ score: number }>(
      "SELECT score FROM votes WHERE participant_id = $1",
      [script!.participantId],
    );
    expect(rows).toEqual([{ score: ((limit - 1) % 5) + 1 }]);

    await expect(saveVote(w.workshopId, person!, answer(w.roundId, 4), now)).resolves.toBeDefined();
    await expect(
      saveVote(w.workshopId, script!, answer(w.roundId, 2), at("2099-01-01T10:01:00.000Z")),
    ).resolves.toBeDefined();
  });

  it("count each answer of a whole ballot", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    const now = at("2099-01-01T12:00:00.000Z");
    const ballot = ["governance", "speed", "skills", "cost"].map((criterionId) => ({
      criterionId,
      score: 3,
    }));
    await saveAnswers(w.workshopId, voter, { roundId: w.roundId, answers: ballot }, now);
    const { rows } = await db.pool.query<{ count: number }>(
      "SELECT count FROM rate_limit_buckets WHERE key = $1",
      [bucketKey(VOTE_SAVES_PER_PARTICIPANT, voter.participantId)],
    );
    expect(rows).toEqual([{ count: 4 }]);
  });

  it("count only saves that pass every other check", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    const now = at("2099-01-01T11:00:00.000Z");
    for (let index = 0; index < 5; index += 1) {
      await expect(
        saveVote(w.workshopId, voter, { ...answer(w.roundId, 3), criterionId: "happiness" }, now),
      ).rejects.toMatchObject({ code: "invalid-input" });
    }
    const { rows } = await db.pool.query("SELECT 1 FROM rate_limit_buckets WHERE key = $1", [
      bucketKey(VOTE_SAVES_PER_PARTICIPANT, voter.participantId),
    ]);
    expect(rows).toHaveLength(0);
  });
});
