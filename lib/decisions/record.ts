import "server-only";
import { z } from "zod";
import type { Grant } from "@/lib/access/gate";
import { prisma } from "@/lib/db/prisma";
import { rows } from "@/lib/db/rows";
import { AppError, type FieldErrorCode } from "@/lib/errors";
import { loadResults } from "@/lib/results/data";
import type { ResultsSource } from "@/lib/results/source";
import type { Framework, FrameworkOption, ImplementationPath } from "@/lib/scoring";
import { actorColumns, type AuditAction } from "@/lib/workshops/audit";
import type { RecordDecisionInput, StepStatus, UpdateStepInput } from "./schema";
import { loadSignatories, type SignatorySummary } from "./sign-offs";
import { resultsView } from "@/lib/results/access";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { wordsFor } from "@/lib/i18n/words";
import { localiseFramework } from "@/lib/frameworks";

// The decision record of a workshop: what the team decided after a reveal, versioned (an edit
// adds a version; sign-offs refer to the version they saw), and the follow-through checklist
// made from the guide's implementation path for the chosen option.

export interface DecisionOwner {
  role: string;
  name: string;
}

export interface DecisionVersion {
  version: number;
  roundNumber: number;
  option: { id: string; name: string };
  /** What the round's results recommended when this version was recorded. */
  recommended: { id: string; name: string } | null;
  /** The decision differs from the recommendation: the rationale says why. */
  differs: boolean;
  rationale: string | null;
  hybridNotes: string | null;
  pilotModel: string;
  owners: DecisionOwner[];
  /** Calendar days, as 2026-12-24. */
  pilotStart: string;
  pilotEnd: string;
  reviewOn: string;
  recordedAt: Date;
}

export const stages = ["pilot", "roles", "scaling", "review"] as const;
export type Stage = (typeof stages)[number];

export interface DecisionStep {
  id: string;
  stage: Stage;
  title: string;
  /** What the guide says of this part of the path for the chosen option. */
  guidance: string | null;
  owner: string | null;
  dueOn: string | null;
  status: StepStatus;
}

export interface DecisionRecord {
  /** The version in force first, then the earlier ones. */
  versions: DecisionVersion[];
  steps: DecisionStep[];
  /** Who was asked to sign off, and what each answered per version (./sign-offs.ts). */
  signatories: SignatorySummary[];
}

/**
 * The roles a decision for `option` names owners for; one owner when the framework names none,
 * kept as "Owner" and shown to a reader of `locale` in their language.
 */
export function ownerRolesOf(option: FrameworkOption, locale?: Locale): string[] {
  return (
    option.implementation?.owners ?? [
      locale ? wordsFor(locale, "decisions")("steps.owner") : "Owner",
    ]
  );
}

function optionOf(framework: Framework, id: string): FrameworkOption | undefined {
  return framework.options.find((option) => option.id === id);
}

const dayText = (day: Date) => day.toISOString().slice(0, 10);

const versionRow = z.object({
  version: z.number().int(),
  roundNumber: z.number().int(),
  optionId: z.string(),
  recommendedOptionId: z.string().nullable(),
  rationale: z.string().nullable(),
  hybridNotes: z.string().nullable(),
  pilotModel: z.string(),
  owners: z.array(z.object({ role: z.string(), name: z.string() })),
  pilotStart: z.date(),
  pilotEnd: z.date(),
  reviewOn: z.date(),
  recordedAt: z.date(),
});

const stepRow = z.object({
  id: z.string(),
  stage: z.enum(stages),
  owner: z.string().nullable(),
  dueOn: z.date().nullable(),
  status: z.enum(["todo", "doing", "done"]),
});

/** The workshop's decision record, or null while none has been recorded. */
export async function loadDecision(
  workshopId: string,
  framework: Framework,
  locale: Locale,
): Promise<DecisionRecord | null> {
  const [versions, stepRows, signatories] = await Promise.all([
    rows(
      "loadDecision.versions",
      versionRow,
      prisma().$queryRaw`
      SELECT d.version, r.number AS "roundNumber", d.option_id AS "optionId",
        d.recommended_option_id AS "recommendedOptionId", d.rationale,
        d.hybrid_notes AS "hybridNotes", d.pilot_model AS "pilotModel", d.owners,
        d.pilot_start::timestamptz AS "pilotStart", d.pilot_end::timestamptz AS "pilotEnd",
        d.review_on::timestamptz AS "reviewOn", d.created_at AS "recordedAt"
      FROM decision_versions d JOIN rounds r ON r.id = d.round_id
      WHERE d.workshop_id = ${workshopId}::uuid
      ORDER BY d.version DESC`,
    ),
    rows(
      "loadDecision.steps",
      stepRow,
      prisma().$queryRaw`
      SELECT id, stage, owner, due_on::timestamptz AS "dueOn", status
      FROM decision_steps WHERE workshop_id = ${workshopId}::uuid ORDER BY position`,
    ),
    loadSignatories(workshopId),
  ]);
  if (versions.length === 0) return null;
  const named = (id: string) => ({ id, name: optionOf(framework, id)?.name ?? id });
  // Owners are kept with the roles as the framework is written; each reader is shown the roles in
  // their language, by position, where the option still names as many.
  const ownersShown = (row: z.infer<typeof versionRow>) => {
    const option = optionOf(framework, row.optionId);
    const roles = option ? ownerRolesOf(option, locale) : [];
    return roles.length === row.owners.length
      ? row.owners.map((owner, index) => ({ ...owner, role: roles[index]! }))
      : row.owners;
  };
  const current = optionOf(framework, versions[0]!.optionId);
  return {
    versions: versions.map((row) => ({
      version: row.version,
      roundNumber: row.roundNumber,
      option: named(row.optionId),
      recommended: row.recommendedOptionId === null ? null : named(row.recommendedOptionId),
      differs: row.optionId !== row.recommendedOptionId,
      rationale: row.rationale,
      hybridNotes: row.hybridNotes,
      pilotModel: row.pilotModel,
      owners: ownersShown(row),
      pilotStart: dayText(row.pilotStart),
      pilotEnd: dayText(row.pilotEnd),
      reviewOn: dayText(row.reviewOn),
      recordedAt: row.recordedAt,
    })),
    steps: stepRows.map((row) => ({
      id: row.id,
      stage: row.stage,
      // Worded from the stage, in the reader's language, for the pilot model of the version in force.
      title: stepTitle(row.stage, versions[0]!.pilotModel, locale),
      guidance: current?.implementation?.[row.stage as keyof ImplementationPath] as string | null,
      owner: row.owner,
      dueOn: row.dueOn && dayText(row.dueOn),
      status: row.status,
    })),
    signatories,
  };
}

const STEP_TITLES = {
  pilot: "stepTitles.pilot",
  roles: "stepTitles.roles",
  scaling: "stepTitles.scaling",
  review: "stepTitles.review",
} as const satisfies Record<Stage, string>;

/** A step of the checklist in words: what to do at `stage`, in `locale`. */
function stepTitle(stage: Stage, pilotModel: string, locale: Locale): string {
  return wordsFor(locale, "decisions")(STEP_TITLES[stage], { model: pilotModel });
}

/** The checklist a new decision starts with: the guide's path for its option, with its dates. */
export function firstSteps(
  input: RecordDecisionInput,
): { stage: Stage; owner: string | null; dueOn: string | null }[] {
  const due: Record<Stage, string | null> = {
    pilot: input.pilotEnd,
    roles: input.pilotEnd,
    scaling: null,
    review: input.reviewOn,
  };
  return stages.map((stage) => ({
    stage,
    owner: stage === "pilot" ? (input.owners[0]?.name ?? null) : null,
    dueOn: due[stage],
  }));
}

/** The newest revealed round and what its results recommend, with the workshop's weights. */
function recommendationOf(source: ResultsSource) {
  const view = resultsView(source, { audience: "facilitator", locale: DEFAULT_LOCALE });
  if (!view) throw new AppError("round-not-revealed");
  const round = source.rounds.find((candidate) => candidate.number === view.round.number)!;
  return { roundId: round.id, recommended: view.headline?.optionId ?? null };
}

/**
 * Checks what depends on the framework; every problem comes back next to its field. The owners
 * may name the option's roles in any language the frozen framework carries (the form shows them
 * in its reader's); they come back with the roles as the framework is written, which is what the
 * record keeps, so that every reader can be shown them in their own language by position.
 */
function checkAgainstFramework(
  framework: Framework,
  input: RecordDecisionInput,
  recommended: string | null,
): RecordDecisionInput["owners"] {
  const option = optionOf(framework, input.optionId);
  if (!option) {
    throw new AppError("invalid-input", { optionId: "not-offered" });
  }
  const fields: Record<string, FieldErrorCode> = {};
  // Choosing differently from the recommendation needs a reason: leadership will ask.
  if (input.optionId !== recommended && input.rationale == null) fields.rationale = "required";
  const written = ownerRolesOf(option);
  const spellings = [
    written,
    ...LOCALES.map((language) =>
      ownerRolesOf(optionOf(localiseFramework(framework, language), option.id) ?? option, language),
    ),
  ];
  const given = input.owners.map((owner) => owner.role);
  const named = spellings.some(
    (roles) => roles.length === given.length && roles.every((role, index) => given[index] === role),
  );
  if (!named) fields.owners = "roles-mismatch";
  if (Object.keys(fields).length > 0) throw new AppError("invalid-input", fields);
  return input.owners.map((owner, index) => ({ role: written[index]!, name: owner.name }));
}

const recordedRow = z.object({ version: z.number().int() });

/**
 * Records a new version of the decision. The first version, and any that changes the option,
 * starts the checklist afresh from the guide's path; otherwise the checklist keeps its progress.
 * The workshop row is locked first, so versions number without gaps or races.
 */
export async function recordDecision(
  grant: Grant<"decision.record">,
  input: RecordDecisionInput,
): Promise<{ version: number }> {
  const { workshopId, by } = grant;
  const source = await loadResults(workshopId);
  const { roundId, recommended } = recommendationOf(source);
  const owners = checkAgainstFramework(source.framework, input, recommended);
  const rationale = input.optionId === recommended ? (input.rationale ?? null) : input.rationale;
  return prisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM workshops WHERE id = ${workshopId}::uuid FOR NO KEY UPDATE`;
    const previous = await tx.$queryRaw<{ optionId: string }[]>`
      SELECT option_id AS "optionId" FROM decision_versions
      WHERE workshop_id = ${workshopId}::uuid ORDER BY version DESC LIMIT 1`;
    const [row] = await rows(
      "recordDecision",
      recordedRow,
      tx.$queryRaw`
      WITH added AS (
        INSERT INTO decision_versions (workshop_id, version, round_id, recommended_option_id,
          option_id, rationale, hybrid_notes, pilot_model, owners, pilot_start, pilot_end,
          review_on)
        SELECT ${workshopId}::uuid, coalesce(max(version), 0) + 1, ${roundId}::uuid,
          ${recommended}, ${input.optionId}, ${rationale}, ${input.hybridNotes ?? null},
          ${input.pilotModel}, ${JSON.stringify(owners)}::jsonb, ${input.pilotStart}::date,
          ${input.pilotEnd}::date, ${input.reviewOn}::date
        FROM decision_versions WHERE workshop_id = ${workshopId}::uuid
        RETURNING version
      ), audited AS (
        INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
        SELECT ${workshopId}::uuid, ${actorColumns(by)},
          ${"decision.recorded" satisfies AuditAction},
          jsonb_build_object('version', version, 'optionId', ${input.optionId}::text)
        FROM added
      )
      SELECT version FROM added`,
    );
    if (previous[0]?.optionId !== input.optionId) {
      await tx.$executeRaw`DELETE FROM decision_steps WHERE workshop_id = ${workshopId}::uuid`;
      for (const [position, step] of firstSteps(input).entries()) {
        await tx.$executeRaw`
          INSERT INTO decision_steps (workshop_id, position, stage, owner, due_on)
          VALUES (${workshopId}::uuid, ${position}, ${step.stage}, ${step.owner}, ${step.dueOn}::date)`;
      }
    }
    return { version: row!.version };
  });
}

/** Changes one step of the checklist: its status, owner or due date. Audited. */
export async function updateStep(
  grant: Grant<"decision.follow-up">,
  stepId: string,
  input: UpdateStepInput,
): Promise<void> {
  const { workshopId, by } = grant;
  const changed = await prisma().$executeRaw`
    WITH updated AS (
      UPDATE decision_steps SET
        status = coalesce(${input.status ?? null}, status),
        owner = CASE WHEN ${input.owner !== undefined} THEN ${input.owner ?? null} ELSE owner END,
        due_on = CASE WHEN ${input.dueOn !== undefined} THEN ${input.dueOn ?? null}::date
          ELSE due_on END,
        updated_at = CURRENT_TIMESTAMP
      WHERE id = ${stepId}::uuid AND workshop_id = ${workshopId}::uuid
      RETURNING id, stage, status
    )
    INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action, data)
    SELECT ${workshopId}::uuid, ${actorColumns(by)}, ${"decision.step-updated" satisfies AuditAction},
      jsonb_build_object('stepId', id, 'stage', stage, 'status', status)
    FROM updated`;
  if (changed === 0) throw new AppError("not-found");
}
