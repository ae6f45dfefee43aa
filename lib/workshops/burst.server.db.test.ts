// The invariants of a live room's ballot burst, against a real PostgreSQL server (many sessions
// at once): a hundred guests save their full ballots at the same moment, by their guest
// credential as the votes route does, and the facilitator reveals the round half-way through.
// scripts/bench/burst.ts measures the same burst over HTTP, five times larger.
import { expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { isAppError } from "@/lib/errors";
import { revealRound, saveVote } from "./mutations";
import { asFacilitator, criteria, startWorkshop } from "./test-fixtures";

// Saves must really run side by side. Taken up because env() is first read in a hook
// (lib/db/test-setup.ts), after this top level has run.
process.env.DATABASE_POOL_SIZE = "16";

const PARTICIPANTS = 100;
const db = testDatabase();

it(
  "leaves one row per answer, every acknowledged save in the revealed round, every other refused",
  { timeout: 120_000 },
  async () => {
    const w = await startWorkshop({ participants: PARTICIPANTS });
    const attempts = w.participants.flatMap(({ guestToken, participantId }, index) =>
      criteria.map((criterionId, c) => ({
        guestToken,
        participantId,
        criterionId,
        score: ((index + c) % 5) + 1,
      })),
    );

    let settled = 0;
    let startReveal: () => void = () => {};
    const revealMayStart = new Promise<void>((resolve) => (startReveal = resolve));
    const reveal = revealMayStart.then(async () =>
      revealRound(await asFacilitator(w, "round.reveal")),
    );
    // Each guest saves their four answers one after another, all guests at once, as phones do.
    const outcomes = await Promise.all(
      w.participants.map(async ({ guestToken }) => {
        const mine = attempts.filter((attempt) => attempt.guestToken === guestToken);
        const results = [];
        for (const attempt of mine) {
          const result = await saveVote(
            w.workshopId,
            { guestToken },
            { roundId: w.roundId, criterionId: attempt.criterionId, score: attempt.score },
          ).then(
            () => ({ attempt, ok: true as const }),
            (error: unknown) => ({ attempt, ok: false as const, error }),
          );
          settled += 1;
          if (settled === attempts.length / 2) startReveal();
          results.push(result);
        }
        return results;
      }),
    ).then((perGuest) => perGuest.flat());
    await expect(reveal).resolves.toMatchObject({ roundId: w.roundId });

    const unexpected = outcomes.filter(
      (outcome) =>
        !outcome.ok && !(isAppError(outcome.error) && outcome.error.code === "round-not-open"),
    );
    expect(unexpected.map((outcome) => (outcome.ok ? null : String(outcome.error)))).toEqual([]);

    const acknowledged = outcomes.filter((outcome) => outcome.ok).map(({ attempt }) => attempt);
    const refused = outcomes.length - acknowledged.length;
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length + refused).toBe(PARTICIPANTS * criteria.length);

    const { rows: duplicates } = await db.pool.query(
      `SELECT round_id, participant_id, criterion_id, count(*)::int AS n FROM votes
       WHERE workshop_id = $1 GROUP BY 1, 2, 3 HAVING count(*) <> 1`,
      [w.workshopId],
    );
    expect(duplicates).toEqual([]);

    const { rows: stored } = await db.pool.query<{
      participant_id: string;
      criterion_id: string;
      score: number | null;
      round_status: string;
    }>(
      `SELECT v.participant_id, v.criterion_id, v.score, r.status::text AS round_status
       FROM votes v JOIN rounds r ON r.id = v.round_id WHERE v.workshop_id = $1`,
      [w.workshopId],
    );
    expect(new Set(stored.map((row) => row.round_status))).toEqual(new Set(["revealed"]));
    const key = (participantId: string, criterionId: string) => `${participantId}/${criterionId}`;
    expect(
      new Map(stored.map((row) => [key(row.participant_id, row.criterion_id), row.score])),
    ).toEqual(
      new Map(
        acknowledged.map((attempt) => [
          key(attempt.participantId, attempt.criterionId),
          attempt.score,
        ]),
      ),
    );
    console.log(
      `Burst of ${outcomes.length} saves: ${acknowledged.length} acknowledged and stored in the ` +
        `revealed round, ${refused} refused with round-not-open, ${unexpected.length} unexpected errors`,
    );
  },
);
