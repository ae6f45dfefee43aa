import { wordsFor } from "@/lib/i18n/words";
import type { ResultsSource } from "@/lib/results/source";
import type { ResultsView } from "@/lib/results/view-model";
import { formatDay } from "./brief";
import type { DecisionRecord } from "./record";

// The decision record as Markdown, laid out as an architecture decision record (context,
// options, decision, consequences, sign-offs), so that it can live in a repository next to the
// code it shapes, in the language of the results view it is made from (the `decisions`
// messages, `markdown`); and the whole workshop as JSON for the archive, which is data and keeps
// its field names. Both are made for the facilitator, from what the facilitator may see.

/** Text as Markdown shows it: nothing anyone typed becomes a heading, a link or emphasis. */
export function markdownText(text: string): string {
  return text
    .replace(/\r?\n+/g, " ")
    .replace(/([\\`*_[\]{}()<>#+!|~])/g, "\\$1")
    .replace(/^(\s*)(-|\d+\.)(\s)/, "$1\\$2$3");
}

const STATUS_WORDS = {
  todo: "markdown.stepStatus.todo",
  doing: "markdown.stepStatus.doing",
  done: "markdown.stepStatus.done",
} as const;

const VERDICTS = {
  approved: "markdown.verdict.approved",
  changes_requested: "markdown.verdict.changesRequested",
} as const;

const utcMinute = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

/** The record as Markdown, in the language of `view`. */
export function decisionMarkdown(view: ResultsView, record: DecisionRecord): string {
  const decision = record.versions[0]!;
  const md = markdownText;
  const words = wordsFor(view.locale, "decisions");
  const day = (date: string) => formatDay(date, view.locale);
  const isoDay = (at: Date) => at.toISOString().slice(0, 10);
  const lines: string[] = [
    `# ${md(view.workshop.title)}: ${md(decision.option.name)}`,
    "",
    `- ${words("markdown.status", { version: decision.version, date: isoDay(decision.recordedAt) })}`,
    `- ${words("markdown.team", { team: md(view.workshop.teamName) })}`,
    `- ${words("markdown.basedOn", { round: decision.roundNumber, turnout: view.turnout })}`,
    "",
    `## ${words("markdown.context")}`,
    "",
    `${md(view.framework.question)} ${md(view.framework.summary)}`,
    "",
    words("markdown.mediansIntro"),
    "",
    ...view.criteria.map((criterion) => {
      const said = {
        name: md(criterion.name),
        median: criterion.median,
        spread: md(criterion.spread),
      };
      return `- ${criterion.disputed ? words("markdown.criterionDisputed", said) : words("markdown.criterion", said)}`;
    }),
    "",
    `## ${words("markdown.optionsConsidered")}`,
    "",
    ...view.ranking.map((option) => {
      const said = { name: `**${md(option.name)}**`, fit: option.fitLabel };
      const fit = option.recommended
        ? words("markdown.optionRecommended", said)
        : words("markdown.option", said);
      return `- ${fit}${option.habitat ? `. ${md(option.habitat)}` : ""}`;
    }),
    "",
    `## ${words("markdown.decision")}`,
    "",
    words("markdown.decidedOn", { option: `**${md(decision.option.name)}**` }),
  ];
  if (decision.differs) {
    lines.push(
      "",
      words("markdown.chosenOtherwise", {
        recommended: md(decision.recommended?.name ?? words("briefText.noOption")),
        rationale: md(decision.rationale ?? ""),
      }),
    );
  }
  if (decision.hybridNotes) {
    lines.push("", words("briefText.hybridNotes", { notes: md(decision.hybridNotes) }));
  }
  lines.push(
    "",
    `- ${words("markdown.pilot", { pilot: md(decision.pilotModel), start: day(decision.pilotStart), end: day(decision.pilotEnd) })}`,
    ...decision.owners.map((owner) => `- ${md(owner.role)}: ${md(owner.name)}`),
    `- ${words("markdown.review", { date: day(decision.reviewOn) })}`,
    "",
    `## ${words("markdown.consequences")}`,
    "",
  );
  const chosen = view.ranking.find((option) => option.optionId === decision.option.id);
  for (const strength of chosen?.strengths ?? []) {
    lines.push(`- ${words("markdown.good", { text: md(strength) })}`);
  }
  for (const weakness of chosen?.weaknesses ?? []) {
    lines.push(`- ${words("markdown.bad", { text: md(weakness) })}`);
  }
  for (const gap of chosen?.gaps ?? []) {
    lines.push(`- ${words("markdown.gap", { text: md(gap) })}`);
  }
  lines.push("", words("markdown.followThrough"), "");
  for (const step of record.steps) {
    const details = [
      step.owner
        ? words("markdown.stepOwner", { owner: md(step.owner) })
        : words("markdown.stepNoOwner"),
      step.dueOn ? words("markdown.stepDue", { date: day(step.dueOn) }) : null,
      words(STATUS_WORDS[step.status]),
    ].filter(Boolean);
    lines.push(
      `- [${step.status === "done" ? "x" : " "}] ${md(step.title)} (${details.join(", ")})`,
    );
  }
  lines.push("", `## ${words("markdown.signOffs")}`, "");
  if (record.signatories.length === 0) lines.push(words("markdown.noSignOffs"));
  for (const person of record.signatories) {
    const waiting =
      !person.removed && !person.answers.some((answer) => answer.version === decision.version);
    if (waiting) {
      lines.push(
        `- ${words("markdown.waiting", { name: md(person.name), at: utcMinute(person.askedAt), version: decision.version })}`,
      );
    }
    for (const answer of person.answers) {
      const said = words("markdown.answer", {
        name: md(person.name),
        at: utcMinute(answer.at),
        version: answer.version,
        verdict: words(VERDICTS[answer.answer]),
      });
      const comment = answer.comment ? `: ${md(answer.comment)}` : "";
      const removed = person.removed ? ` ${words("markdown.noLongerAsked")}` : "";
      lines.push(`- ${said}${comment}${removed}`);
    }
  }
  if (record.versions.length > 1) {
    lines.push("", `## ${words("markdown.earlierVersions")}`, "");
    for (const version of record.versions.slice(1)) {
      lines.push(
        `- ${words("markdown.earlierVersion", {
          version: version.version,
          date: isoDay(version.recordedAt),
          option: md(version.option.name),
          start: day(version.pilotStart),
          end: day(version.pilotEnd),
        })}`,
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
