import type { ResultsView } from "@/lib/results/view-model";
import { capitalise, type Framework } from "@/lib/scoring";
import type { DecisionRecord } from "./record";
import type { SignOffAnswer } from "./schema";

// The leadership brief: one screen a busy reader takes in within seconds. What was decided (or,
// until then, recommended) in one paragraph with the dissent, how sure, who took part, when, the
// first step with its owner and dates, and what is at stake. Pure: it is made from the results
// view the reader may see and the decision record, so it says nothing the reader could not
// already learn.

export interface Brief {
  /** "decided" once the team recorded a decision; "recommended" before. */
  status: "decided" | "recommended" | "open";
  optionName: string | null;
  /** The decision (or recommendation) in one plain paragraph, with the dissent. */
  summary: string;
  confidence: string | null;
  takingPart: string;
  when: string;
  firstStep: string | null;
  /** What goes wrong while nothing is decided, or the first risks to watch once it is. */
  stakes: { heading: string; items: string[] };
  version: number | null;
  /** What moved since the previous run of a quarterly series; empty for a first run. */
  sinceLastRun: string[];
  /** Who was asked to sign off the version in force, and how each answered; null if nobody. */
  signOff: BriefSignOff | null;
}

export interface BriefSignOff {
  version: number;
  /** "2 of 3 approved version 2; 1 asked for changes." */
  summary: string;
  people: { name: string; answer: SignOffAnswer | "waiting"; at: Date | null }[];
}

/** "18 December 2026", for a calendar day given as 2026-12-18. */
export function formatDay(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** "5 December 2026", for a moment, in UTC. */
export function formatMoment(moment: Date): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(moment);
}

/** Who would pick what on their own, against the option in question: the dissent, in words. */
function dissentOf(view: ResultsView, optionId: string, optionName: string): string {
  const total = view.tally.reduce((sum, entry) => sum + entry.count, 0);
  if (total === 0) return "";
  const agree = view.tally.find((entry) => entry.optionId === optionId)?.count ?? 0;
  if (agree === total) {
    return total === 1
      ? " The one ballot points to it on its own."
      : ` Each of the ${total} ballots points to it on its own.`;
  }
  const others = view.tally
    .filter((entry) => entry.optionId !== optionId && entry.count > 0)
    .map((entry) => `${entry.count} to ${entry.name}`)
    .join(", ");
  return agree === 0
    ? ` No ballot points to ${optionName} on its own: ${others}.`
    : ` On their own, ${agree} of ${total} ballots point to ${optionName}; ${others}.`;
}

/** "High confidence (stable: …)": how sure the results are, in words. */
function confidenceOf(view: ResultsView): string | null {
  if (!view.headline) return null;
  return view.sureness
    ? `${view.headline.confidenceLabel} (${view.sureness})`
    : view.headline.confidenceLabel;
}

function takingPartOf(view: ResultsView): string {
  const people = `${view.voters} ${view.voters === 1 ? "person" : "people"} voted`;
  if (!view.takingPart) return `${people}; the workshop is anonymous, so roles are not kept.`;
  const groups = view.takingPart.map((group) =>
    group.names.length > 0
      ? `${group.role} ${group.count} (${group.names.join(", ")})`
      : `${group.role} ${group.count}`,
  );
  return `${people}: ${groups.join(", ")}.`;
}

/** The sign-off chain of the version in force, in words and per person. */
function signOffOf(record: DecisionRecord, version: number): BriefSignOff | null {
  const people = record.signatories.flatMap((person) => {
    const given = person.answers.find((answer) => answer.version === version);
    if (!given && person.removed) return [];
    const answer: SignOffAnswer | "waiting" = given?.answer ?? "waiting";
    return [{ name: person.name, answer, at: given?.at ?? null }];
  });
  if (people.length === 0) return null;
  const count = (answer: SignOffAnswer | "waiting") =>
    people.filter((person) => person.answer === answer).length;
  const approved = count("approved");
  const changes = count("changes_requested");
  const waiting = count("waiting");
  const parts = [
    approved === people.length
      ? `Approved by everyone asked (${approved} of ${people.length})`
      : `${approved} of ${people.length} approved version ${version}`,
    changes > 0 ? `${changes} asked for changes` : null,
    waiting > 0 ? `${waiting} not answered yet` : null,
  ].filter((part): part is string => part !== null);
  return { version, summary: `${parts.join("; ")}.`, people };
}

/** The record as it stood for the round `view` shows: versions decided on it or before it. */
export function decidedBy(
  record: DecisionRecord | null,
  view: Pick<ResultsView, "round">,
): DecisionRecord | null {
  const versions = record?.versions.filter((v) => v.roundNumber <= view.round.number) ?? [];
  return record && versions.length > 0 ? { ...record, versions } : null;
}

export function buildBrief(
  view: ResultsView,
  record: DecisionRecord | null,
  framework: Pick<Framework, "options" | "withoutDecision" | "commonRisks">,
  /** lib/results/series.ts driftSincePrevious, for the round `view` shows. */
  sinceLastRun: string[] = [],
): Brief {
  const decision = record?.versions[0] ?? null;
  const round = `round ${view.round.number}, revealed ${formatMoment(view.round.revealedAt)}`;
  const notDeciding = {
    heading: "If nothing is decided",
    items: [framework.withoutDecision ?? framework.commonRisks?.[0]].filter(
      (item): item is string => item !== undefined,
    ),
  };
  if (decision) {
    const reason = decision.differs
      ? ` The results recommended ${decision.recommended?.name ?? "no option"}; the team chose otherwise because: ${decision.rationale}`
      : " It is also what the results recommend.";
    const hybrid = decision.hybridNotes ? ` Hybrid notes: ${decision.hybridNotes}` : "";
    const owner = decision.owners[0];
    return {
      status: "decided",
      optionName: decision.option.name,
      summary: `The team decided on ${decision.option.name}.${reason}${dissentOf(view, decision.option.id, decision.option.name)}${hybrid}`,
      confidence: confidenceOf(view),
      takingPart: takingPartOf(view),
      when: `Decided ${formatMoment(decision.recordedAt)} (version ${decision.version}), on ${round}.`,
      firstStep: `Pilot with ${decision.pilotModel} from ${formatDay(decision.pilotStart)} to ${formatDay(decision.pilotEnd)}${owner ? `, led by ${owner.name} (${owner.role})` : ""}. Review the decision on ${formatDay(decision.reviewOn)}.`,
      stakes: {
        heading: "Risks to watch",
        items:
          framework.options
            .find((option) => option.id === decision.option.id)
            ?.risks?.slice(0, 2) ?? [],
      },
      version: decision.version,
      sinceLastRun,
      signOff: signOffOf(record!, decision.version),
    };
  }
  const headline = view.headline;
  if (!headline) {
    return {
      status: "open",
      optionName: null,
      summary: view.reasons.join(" "),
      confidence: null,
      takingPart: takingPartOf(view),
      when: `${capitalise(round)}. No decision is recorded yet.`,
      firstStep: null,
      stakes: notDeciding,
      version: null,
      sinceLastRun,
      signOff: null,
    };
  }
  return {
    status: "recommended",
    optionName: headline.name,
    summary: `The results recommend ${headline.name}; the team has not recorded its decision yet. ${view.reasons[0] ?? ""}${dissentOf(view, headline.optionId, headline.name)}`,
    confidence: confidenceOf(view),
    takingPart: takingPartOf(view),
    when: `${capitalise(round)}. No decision is recorded yet.`,
    firstStep: view.nextSteps?.pilot ?? null,
    stakes: notDeciding,
    version: null,
    sinceLastRun,
    signOff: null,
  };
}
