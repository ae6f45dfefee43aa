import type { ResultsSource } from "@/lib/results/source";
import type { ResultsView } from "@/lib/results/view-model";
import { formatDay } from "./brief";
import type { DecisionRecord } from "./record";

// The decision record as Markdown, laid out as an architecture decision record (context,
// options, decision, consequences, sign-offs), so that it can live in a repository next to the
// code it shapes; and the whole workshop as JSON for the archive. Both are made for the
// facilitator, from what the facilitator may see.

/** Text as Markdown shows it: nothing anyone typed becomes a heading, a link or emphasis. */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n+/g, " ")
    .replace(/([\\`*_[\]{}()<>#+!|~])/g, "\\$1")
    .replace(/^(\s*)(-|\d+\.)(\s)/, "$1\\$2$3");
}

const STATUS_WORDS = { todo: "to do", doing: "in progress", done: "done" } as const;

const VERDICTS = { approved: "approved", changes_requested: "asked for changes" } as const;

const utcMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function decisionMarkdown(view: ResultsView, record: DecisionRecord): string {
  const decision = record.versions[0]!;
  const t = markdownText;
  const lines: string[] = [
    `# ${t(view.workshop.title)}: ${t(decision.option.name)}`,
    "",
    `- Status: decided, version ${decision.version}, recorded ${decision.recordedAt.toISOString().slice(0, 10)}`,
    `- Team: ${t(view.workshop.teamName)}`,
    `- Based on: round ${decision.roundNumber} of the workshop (${view.turnout})`,
    "",
    "## Context",
    "",
    `${t(view.framework.question)} ${t(view.framework.summary)}`,
    "",
    "The team's answers, as medians on a scale of 1 to 5:",
    "",
    ...view.criteria.map(
      (criterion) =>
        `- ${t(criterion.name)}: ${criterion.median} (${t(criterion.spread)})${criterion.disputed ? ", disputed" : ""}`,
    ),
    "",
    "## Options considered",
    "",
    ...view.ranking.map(
      (option) =>
        `- **${t(option.name)}**: fit ${option.fitLabel}${option.recommended ? " (recommended by the results)" : ""}${option.habitat ? `. ${t(option.habitat)}` : ""}`,
    ),
    "",
    "## Decision",
    "",
    `The team decided on **${t(decision.option.name)}**.`,
  ];
  if (decision.differs) {
    lines.push(
      "",
      `The results recommended ${t(decision.recommended?.name ?? "no option")}. The team's reason for choosing otherwise: ${t(decision.rationale ?? "")}`,
    );
  }
  if (decision.hybridNotes) lines.push("", `Hybrid notes: ${t(decision.hybridNotes)}`);
  lines.push(
    "",
    `- Pilot: ${t(decision.pilotModel)}, ${formatDay(decision.pilotStart)} to ${formatDay(decision.pilotEnd)}`,
    ...decision.owners.map((owner) => `- ${t(owner.role)}: ${t(owner.name)}`),
    `- Review of the decision: ${formatDay(decision.reviewOn)}`,
    "",
    "## Consequences",
    "",
  );
  const chosen = view.ranking.find((option) => option.optionId === decision.option.id);
  for (const strength of chosen?.strengths ?? []) lines.push(`- Good: ${t(strength)}`);
  for (const weakness of chosen?.weaknesses ?? []) lines.push(`- Bad: ${t(weakness)}`);
  for (const gap of chosen?.gaps ?? []) lines.push(`- Gap for this team: ${t(gap)}`);
  lines.push("", "Follow-through:", "");
  for (const step of record.steps) {
    const details = [
      step.owner ? `owner ${t(step.owner)}` : "no owner yet",
      step.dueOn ? `due ${formatDay(step.dueOn)}` : null,
      STATUS_WORDS[step.status],
    ].filter(Boolean);
    lines.push(
      `- [${step.status === "done" ? "x" : " "}] ${t(step.title)} (${details.join(", ")})`,
    );
  }
  lines.push("", "## Sign-offs", "");
  if (record.signatories.length === 0) lines.push("Nobody has been asked to sign off yet.");
  for (const person of record.signatories) {
    const waiting =
      !person.removed && !person.answers.some((answer) => answer.version === decision.version);
    if (waiting) {
      lines.push(
        `- ${t(person.name)}, asked ${utcMinute(person.askedAt)}: no answer to version ${decision.version} yet`,
      );
    }
    for (const answer of person.answers) {
      lines.push(
        `- ${t(person.name)}, ${utcMinute(answer.at)}, version ${answer.version}: ${VERDICTS[answer.answer]}${answer.comment ? `: ${t(answer.comment)}` : ""}${person.removed ? " (no longer asked)" : ""}`,
      );
    }
  }
  if (record.versions.length > 1) {
    lines.push("", "## Earlier versions", "");
    for (const version of record.versions.slice(1)) {
      lines.push(
        `- Version ${version.version}, ${version.recordedAt.toISOString().slice(0, 10)}: ${t(version.option.name)}, pilot ${formatDay(version.pilotStart)} to ${formatDay(version.pilotEnd)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** One entry of the workshop's audit trail, as the archive keeps it. */
export interface ArchivedEvent {
  at: Date;
  action: string;
  actorKind: string;
  data: unknown;
}

/**
 * The whole workshop for the archive: its settings, framework, every revealed round's ballots
 * and reasons (named as the facilitator sees them), the decision record and the audit trail.
 * E-mail addresses are left out: they were given for mails, not for archives.
 */
export function workshopArchive(
  source: ResultsSource,
  record: DecisionRecord | null,
  events: ArchivedEvent[],
  now: Date,
) {
  const people = new Map(source.participants.map((person) => [person.id, person]));
  const who = (id: string, index: number) =>
    source.workshop.anonymous
      ? `Participant ${index + 1}`
      : (people.get(id)?.displayName ?? "Someone who left");
  return {
    format: "blueprint-workshop-archive",
    formatVersion: 1,
    exportedAt: now.toISOString(),
    workshop: {
      id: source.workshop.id,
      title: source.workshop.title,
      teamName: source.workshop.teamName,
      description: source.workshop.description,
      mode: source.workshop.mode,
      anonymous: source.workshop.anonymous,
      teamSize: source.workshop.teamSize,
      status: source.workshop.status,
    },
    framework: source.framework,
    weights: source.weights,
    rounds: source.rounds.map((round) => ({
      number: round.number,
      revealedAt: round.revealedAt.toISOString(),
      ballots: round.ballots.map((ballot, index) => ({
        participant: who(ballot.participantId, index),
        role: source.workshop.anonymous ? null : (people.get(ballot.participantId)?.role ?? null),
        votes: ballot.votes,
        reasons: Object.fromEntries(
          round.rationales
            .filter((rationale) => rationale.participantId === ballot.participantId)
            .map((rationale) => [rationale.criterionId, rationale.text]),
        ),
      })),
    })),
    decision: record,
    auditTrail: events.map((event) => ({ ...event, at: event.at.toISOString() })),
  };
}
