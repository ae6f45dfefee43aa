// The ballot save under concurrency, against a real PostgreSQL server (several sessions at once,
// which the embedded single-session database cannot give): concurrent saves of one answer, and
// saves racing the reveal.
import { describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { AppError } from "@/lib/errors";
import { revealRound, saveVote } from "./mutations";
import { asFacilitator, criteria, startWorkshop } from "./test-fixtures";

// Enough sessions in the app's pool for saves to really run side by side. Taken up because env()
// is first read in a hook (lib/db/test-setup.ts), after this top level has run.
process.env.DATABASE_POOL_SIZE = "12";

const db = testDatabase();

async function votesOf(roundId: string) {
  const { rows } = await db.pool.query<{
    participant_id: string;
    criterion_id: string;
    score: number | null;
  }>(`SELECT participant_id, criterion_id, score FROM votes WHERE round_id = $1`, [roundId]);
  return rows;
}

/** Settles after `ms`, or reports that the promise settled first. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    timeout,
  ]);
}

describe("concurrent saves", () => {
  it("of the same answer, 20 at once, leave exactly one row", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    const scores = Array.from({ length: 20 }, (_, index) => (index % 5) + 1);
    await Promise.all(
      scores.map((score) =>
        saveVote(w.workshopId, voter, { roundId: w.roundId, criterionId: "governance", score }),
      ),
    );
    const rows = await votesOf(w.roundId);
    expect(rows).toHaveLength(1);
    expect(scores).toContain(rows[0]?.score);
  });
});

describe("saves racing the reveal", () => {
  it("are each either in the revealed round or refused with round-not-open, never lost", async () => {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const w = await startWorkshop({ participants: 12 });
      const attempts = w.participants.flatMap(({ participantId }, index) =>
        criteria.map((criterionId) => ({
          participantId,
          criterionId,
          score: ((index + criterionId.length) % 5) + 1,
        })),
      );
      let settled = 0;
      let startReveal: () => void = () => {};
      const revealMayStart = new Promise<void>((resolve) => (startReveal = resolve));
      const saves = attempts.map((vote) =>
        saveVote(
          w.workshopId,
          { participantId: vote.participantId },
          { roundId: w.roundId, criterionId: vote.criterionId, score: vote.score },
        ).finally(() => {
          settled += 1;
          if (settled === Math.floor(attempts.length / 3)) startReveal();
        }),
      );
      const reveal = revealMayStart.then(async () =>
        revealRound(await asFacilitator(w, "round.reveal")),
      );
      const outcomes = await Promise.allSettled(saves);
      await expect(reveal).resolves.toMatchObject({ roundId: w.roundId });

      const stored = await votesOf(w.roundId);
      const acknowledged = outcomes.flatMap((outcome, index) =>
        outcome.status === "fulfilled" ? [attempts[index]!] : [],
      );
      for (const outcome of outcomes) {
        if (outcome.status === "rejected") {
          expect(outcome.reason).toBeInstanceOf(AppError);
          expect(outcome.reason).toMatchObject({ code: "round-not-open" });
        }
      }
      expect(acknowledged.length).toBeGreaterThan(0);
      expect(stored.toSorted(byKey)).toEqual(
        acknowledged
          .map(({ participantId, criterionId, score }) => ({
            participant_id: participantId,
            criterion_id: criterionId,
            score,
          }))
          .toSorted(byKey),
      );
    }
  });

  it("wait for a reveal in flight and are then refused", async () => {
    const w = await startWorkshop({ participants: 1 });
    const voter = { participantId: w.participants[0]!.participantId };
    const revealer = await db.pool.connect();
    try {
      await revealer.query("BEGIN");
      await revealer.query(
        `UPDATE rounds SET status = 'revealed', revealed_at = now() WHERE id = $1`,
        [w.roundId],
      );
      const save = saveVote(w.workshopId, voter, {
        roundId: w.roundId,
        criterionId: "cost",
        score: 3,
      });
      // Read on its own, the round still looks open; the lock makes the save wait for the outcome.
      expect(await settlesWithin(save, 300)).toBe(false);
      await revealer.query("COMMIT");
      await expect(save).rejects.toMatchObject({ code: "round-not-open" });
    } finally {
      revealer.release();
    }
    expect(await votesOf(w.roundId)).toEqual([]);
  });

  it("hold the reveal back until a save in flight has committed into the round", async () => {
    const w = await startWorkshop({ participants: 1 });
    const participantId = w.participants[0]!.participantId;
    const saver = await db.pool.connect();
    try {
      // What saveVote's statement holds while it runs: a share lock on the round row.
      await saver.query("BEGIN");
      await saver.query(`SELECT 1 FROM rounds WHERE id = $1 FOR SHARE`, [w.roundId]);
      await saver.query(
        `INSERT INTO votes (round_id, participant_id, criterion_id, workshop_id, score)
         VALUES ($1, $2, 'speed', $3, 4)`,
        [w.roundId, participantId, w.workshopId],
      );
      const reveal = revealRound(await asFacilitator(w, "round.reveal"));
      expect(await settlesWithin(reveal, 300)).toBe(false);
      await saver.query("COMMIT");
      await expect(reveal).resolves.toMatchObject({ roundId: w.roundId });
    } finally {
      saver.release();
    }
    expect(await votesOf(w.roundId)).toEqual([
      { participant_id: participantId, criterion_id: "speed", score: 4 },
    ]);
  });
});

function byKey(
  a: { participant_id: string; criterion_id: string },
  b: { participant_id: string; criterion_id: string },
): number {
  return `${a.participant_id}/${a.criterion_id}`.localeCompare(
    `${b.participant_id}/${b.criterion_id}`,
  );
}
