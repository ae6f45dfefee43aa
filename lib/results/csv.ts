import { roleLabels } from "@/lib/workshops/roles";
import type { ResultsSource } from "./source";

// The ballots of one revealed round as CSV, for people who want the raw numbers in a
// spreadsheet. One row per participant, a score and a reason column per criterion. Anonymous
// workshops number their participants in an order unrelated to who joined when, and leave out
// names and roles.

/**
 * A character a spreadsheet takes as the start of a formula, where a cell may start: at the
 * start of the field, or after a separator some spreadsheet splits on (a comma, a semicolon, a
 * tab, a line break) and any spaces. A spreadsheet that splits on semicolons reads `x;=2+5` as two cells, the
 * second a formula, and the quotes written for comma readers only end up inside its cells.
 */
const FORMULA_TRIGGER = /(?<=(?:^|[,;\t\r\n]) *)[=+\-@\t\r]/g;

/**
 * One CSV field: quoted when it holds a separator, quote or line break; every formula trigger
 * where a cell may start (above) gets an apostrophe before it, so that it stays text in every
 * spreadsheet, whichever separator it splits on.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = value.replace(FORMULA_TRIGGER, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The round's ballots as CSV (RFC 4180, CRLF, with a byte-order mark for spreadsheets). */
export function ballotsCsv(source: ResultsSource, roundNumber: number): string | null {
  const round = source.rounds.find((r) => r.number === roundNumber);
  if (!round) return null;
  const { criteria } = source.framework;
  const anonymous = source.workshop.anonymous;
  const people = new Map(source.participants.map((p, index) => [p.id, { ...p, index }]));
  const notes = new Map(
    round.rationales.map((r) => [`${r.participantId}:${r.criterionId}`, r.text] as const),
  );

  const header = [
    "Round",
    "Participant",
    ...(anonymous ? [] : ["Role"]),
    ...criteria.flatMap((c) => [`${c.name} (score)`, `${c.name} (reason)`]),
  ];
  // Anonymous ballots come in the order of their pseudonyms (lib/results/data.ts), which nothing
  // outside the server can tie to a person; named ones in joining order.
  const ballots = anonymous
    ? round.ballots
    : [...round.ballots].sort(
        (a, b) =>
          (people.get(a.participantId)?.index ?? 0) - (people.get(b.participantId)?.index ?? 0),
      );
  const rows = ballots.map((ballot, index) => {
    const person = people.get(ballot.participantId);
    return [
      round.number,
      anonymous ? `Participant ${index + 1}` : (person?.displayName ?? "Unknown"),
      ...(anonymous ? [] : [person?.role ? roleLabels[person.role] : null]),
      ...criteria.flatMap((c) => {
        const answered = c.id in ballot.votes;
        const score = ballot.votes[c.id] ?? null;
        return [
          answered ? (score ?? "not sure") : null,
          notes.get(`${ballot.participantId}:${c.id}`) ?? null,
        ];
      }),
    ];
  });
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** The stem of an export's file name: the workshop title in lower-case words, and the round. */
export function exportName(title: string, roundNumber: number): string {
  const slug =
    title
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "workshop";
  return `blueprint-${slug}-round-${roundNumber}`;
}

export function ballotsFileName(title: string, roundNumber: number): string {
  return `${exportName(title, roundNumber)}.csv`;
}
