// The decision record against a real PostgreSQL: versions, the rationale rule, the owners the
// chosen workflow needs, the checklist it starts, concurrent saves, and the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { localiseFramework, mlLifecycle } from "@/lib/frameworks";
import type { Framework } from "@/lib/scoring";
import { recommend } from "@/lib/scoring";
import { revealRound, saveVote } from "@/lib/workshops/mutations";
import {
  asFacilitator,
  criteria,
  refusal,
  startWorkshop,
  type StartedWorkshop,
} from "@/lib/workshops/test-fixtures";
import { loadDecision, recordDecision, updateStep } from "./record";
import type { RecordDecisionInput } from "./schema";

const db = testDatabase();

/** Everyone scores the same heavily governed team: the results recommend a Linear Handoff. */
const GOVERNED = [5, 1, 2, 1];

async function revealedWorkshop(): Promise<StartedWorkshop> {
  const w = await startWorkshop({ participants: 3 });
  for (const { participantId } of w.participants) {
    for (const [index, criterionId] of criteria.entries()) {
      await saveVote(
        w.workshopId,
        { participantId },
        { roundId: w.roundId, criterionId, score: GOVERNED[index]! },
      );
    }
  }
  await revealRound(await asFacilitator(w, "round.reveal"));
  return w;
}

const recommended = recommend(mlLifecycle, [
  { participantId: "a", votes: Object.fromEntries(criteria.map((c, i) => [c, GOVERNED[i]!])) },
]).recommended!;

function handoff(overrides: Partial<RecordDecisionInput> = {}): RecordDecisionInput {
  return {
    optionId: recommended,
    pilotModel: "Churn model",
    owners: [
      { role: "Stage-gate owner", name: "Priya" },
      { role: "Handoff template owner", name: "Tomás" },
      { role: "Monitoring owner", name: "Lee" },
    ],
    pilotStart: "2027-01-04",
    pilotEnd: "2027-01-25",
    reviewOn: "2027-04-05",
    ...overrides,
  };
}

describe("a decision record", () => {
  let w: StartedWorkshop;
  beforeAll(async () => {
    w = await revealedWorkshop();
  });

  it("is refused before any round is revealed", async () => {
    const fresh = await startWorkshop({ participants: 1 });
    const error = await refusal(
      recordDecision(await asFacilitator(fresh, "decision.record"), handoff()),
    );
    expect(error.code).toBe("round-not-revealed");
    expect(await loadDecision(fresh.workshopId, mlLifecycle, "en")).toBeNull();
  });

  it("records the recommended workflow with its owners and starts the guide's checklist", async () => {
    expect(recommended).toBe("linear-handoff");
    const { version } = await recordDecision(await asFacilitator(w, "decision.record"), handoff());
    expect(version).toBe(1);
    const record = (await loadDecision(w.workshopId, mlLifecycle, "en"))!;
    expect(record.versions[0]).toMatchObject({
      version: 1,
      roundNumber: 1,
      option: { id: "linear-handoff", name: "Linear Handoff" },
      recommended: { id: "linear-handoff" },
      differs: false,
      pilotStart: "2027-01-04",
      pilotEnd: "2027-01-25",
      reviewOn: "2027-04-05",
    });
    expect(record.steps.map((step) => [step.stage, step.owner, step.dueOn])).toEqual([
      ["pilot", "Priya", "2027-01-25"],
      ["roles", null, "2027-01-25"],
      ["scaling", null, null],
      ["review", null, "2027-04-05"],
    ]);
    expect(record.steps[0]?.title).toBe("Run the pilot with Churn model");
    expect(record.steps[0]?.guidance).toContain("two to four weeks");
  });

  it("needs the team's reason to choose other than the recommendation", async () => {
    const grant = await asFacilitator(w, "decision.record");
    const loop = {
      optionId: "iterative-loop",
      owners: [
        { role: "Model driver", name: "Ana" },
        { role: "On-call owner", name: "Bo" },
        { role: "Monitoring owner", name: "Lee" },
      ],
    };
    const missing = await refusal(recordDecision(grant, handoff(loop)));
    expect(missing.code).toBe("invalid-input");
    expect(missing.fields).toEqual({ rationale: "required" });

    const { version } = await recordDecision(
      grant,
      handoff({ ...loop, rationale: "We retrain weekly and audits are light." }),
    );
    expect(version).toBe(2);
    const record = (await loadDecision(w.workshopId, mlLifecycle, "en"))!;
    expect(record.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(record.versions[0]).toMatchObject({
      differs: true,
      rationale: "We retrain weekly and audits are light.",
      recommended: { name: "Linear Handoff" },
    });
    // Another workflow, another path: the checklist starts again from its guide.
    expect(record.steps[0]?.owner).toBe("Ana");
    expect(record.steps[1]?.guidance).toContain("on-call");
  });

  it("asks an owner for exactly the roles the chosen workflow names", async () => {
    const grant = await asFacilitator(w, "decision.record");
    const error = await refusal(
      recordDecision(grant, handoff({ owners: [{ role: "Stage-gate owner", name: "Priya" }] })),
    );
    expect(error.fields).toEqual({ owners: "roles-mismatch" });
    const unknown = await refusal(recordDecision(grant, handoff({ optionId: "no-such-option" })));
    expect(unknown.fields).toEqual({ optionId: "not-offered" });
  });

  it("takes the roles in the language the facilitator reads them, and shows them in each reader's", async () => {
    const german = localiseFramework(mlLifecycle, "de");
    const roles = (language: Framework) =>
      language.options.find(({ id }) => id === recommended)!.implementation!.owners!;
    const deRoles = roles(german);
    expect(deRoles).not.toEqual(roles(mlLifecycle));
    // A workshop of its own: the versions below are the other tests' business.
    const own = await revealedWorkshop();
    const grant = await asFacilitator(own, "decision.record");
    const mixed = deRoles.map((role, index) => ({
      role: index === 0 ? roles(mlLifecycle)[0]! : role,
      name: `Person ${index}`,
    }));
    // One list in one language: a mix of the two is not the option's roles.
    expect((await refusal(recordDecision(grant, handoff({ owners: mixed })))).fields).toEqual({
      owners: "roles-mismatch",
    });
    await recordDecision(
      grant,
      handoff({ owners: deRoles.map((role, index) => ({ role, name: `Person ${index}` })) }),
    );
    const { rows: stored } = await db.pool.query<{ owners: { role: string }[] }>(
      `SELECT owners FROM decision_versions WHERE workshop_id = $1 ORDER BY version DESC LIMIT 1`,
      [own.workshopId],
    );
    expect(stored[0]?.owners.map(({ role }) => role)).toEqual(roles(mlLifecycle));
    const inGerman = (await loadDecision(own.workshopId, german, "de"))!;
    expect(inGerman.versions[0]?.owners.map(({ role }) => role)).toEqual(deRoles);
    expect(inGerman.steps[0]?.title).toBe("Pilotphase mit Churn model durchführen");
    const inEnglish = (await loadDecision(own.workshopId, mlLifecycle, "en"))!;
    expect(inEnglish.versions[0]?.owners.map(({ role }) => role)).toEqual(roles(mlLifecycle));
    expect(inEnglish.steps[0]?.title).toBe("Run the pilot with Churn model");
  });

  it("keeps the checklist's progress when a new version keeps the workflow", async () => {
    const grant = await asFacilitator(w, "decision.record");
    const loop = handoff({
      optionId: "iterative-loop",
      rationale: "We retrain weekly.",
      owners: [
        { role: "Model driver", name: "Ana" },
        { role: "On-call owner", name: "Bo" },
        { role: "Monitoring owner", name: "Lee" },
      ],
    });
    const before = (await loadDecision(w.workshopId, mlLifecycle, "en"))!;
    await updateStep(await asFacilitator(w, "decision.follow-up"), before.steps[0]!.id, {
      status: "doing",
      owner: "Ana and Bo",
    });
    await recordDecision(grant, { ...loop, pilotEnd: "2027-02-01" });
    const after = (await loadDecision(w.workshopId, mlLifecycle, "en"))!;
    expect(after.steps[0]).toMatchObject({ status: "doing", owner: "Ana and Bo" });
    expect(after.versions[0]?.pilotEnd).toBe("2027-02-01");
  });

  it("numbers versions without gaps when two saves race", async () => {
    const other = await revealedWorkshop();
    const grant = await asFacilitator(other, "decision.record");
    const versions = await Promise.all([
      recordDecision(grant, handoff()),
      recordDecision(grant, handoff({ pilotModel: "Fraud model" })),
    ]);
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it("updates a step of its own workshop only, and audits every change", async () => {
    const other = await revealedWorkshop();
    await recordDecision(await asFacilitator(other, "decision.record"), handoff());
    const mine = (await loadDecision(w.workshopId, mlLifecycle, "en"))!.steps[2]!;
    // A facilitator of another workshop cannot reach this one's steps through their own.
    const error = await refusal(
      updateStep(await asFacilitator(other, "decision.follow-up"), mine.id, { status: "done" }),
    );
    expect(error.code).toBe("not-found");
    await updateStep(await asFacilitator(w, "decision.follow-up"), mine.id, {
      status: "done",
      dueOn: "2027-03-01",
    });
    const step = (await loadDecision(w.workshopId, mlLifecycle, "en"))!.steps[2]!;
    expect(step).toMatchObject({ status: "done", dueOn: "2027-03-01", owner: null });
    const { rows } = await db.pool.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE workshop_id = $1 AND action LIKE 'decision.%'
       ORDER BY id`,
      [w.workshopId],
    );
    expect(rows.map((row) => row.action)).toEqual([
      "decision.recorded",
      "decision.recorded",
      "decision.step-updated",
      "decision.recorded",
      "decision.step-updated",
    ]);
  });
});
