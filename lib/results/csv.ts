import type { Locale } from "@/lib/i18n/locales";
import type { Ballot } from "@/lib/scoring";
import type { ResultsSource } from "./source";
import type { Audience } from "./view-model";
import { resultsWords, roleLabel } from "./words";
import { localiseFramework } from "@/lib/frameworks";

// The ballots of one revealed round as CSV, for people who want the raw numbers in a
// spreadsheet. One row per ballot, a score (and, where it cannot single anyone out, a reason)
// column per criterion. Only the facilitator of a named workshop gets names and roles, as only
// they see whose own votes point where on the results page. Everyone else gets numbered rows in
// an order that no one can tie to a person: anonymous workshops' in the order of their
// pseudonyms, with the reasons (shown without names on the page too); named workshops' in the
// order of their scores, without the reasons, which the page shows with their authors' names
// and would otherwise name the row. The header and the words in cells ("not sure", roles) are
// in the downloader's language; the columns are the same in every language.

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
export function ballotsCsv(
  source: ResultsSource,
  roundNumber: number,
  audience: Audience,
  /** The downloader's language. */
  locale: Locale,
  /** A share link's choice; a link that hides the reasons gets none in the file either. */
  showReasons = true,
): string | null {
  const round = source.rounds.find((r) => r.number === roundNumber);
  if (!round) return null;
  const { criteria } = localiseFramework(source.framework, locale);
  const anonymous = source.workshop.anonymous;
  const named = !anonymous && audience === "facilitator";
  const withReasons = (named || anonymous) && showReasons;
  const people = new Map(source.participants.map((p, index) => [p.id, { ...p, index }]));
  const t = resultsWords(locale);
  const notes = new Map(
    round.rationales.map((r) => [`${r.participantId}:${r.criterionId}`, r.text] as const),
  );

  const header = [
    t("csv.round"),
    t("csv.participant"),
    ...(named ? [t("csv.role")] : []),
    ...criteria.flatMap((c) => {
      const score = t("csv.score", { criterion: c.name });
      return withReasons ? [score, t("csv.reason", { criterion: c.name })] : [score];
    }),
  ];
  const notSure = t("csv.notSure");
  const answers = (ballot: Ballot) =>
    criteria.flatMap((c) => {
      const answered = c.id in ballot.votes;
      const score = ballot.votes[c.id] ?? null;
      const cell = answered ? (score ?? notSure) : null;
      return withReasons ? [cell, notes.get(`${ballot.participantId}:${c.id}`) ?? null] : [cell];
    });
  const rows = named
    ? [...round.ballots]
        .sort(
          (a, b) =>
            (people.get(a.participantId)?.index ?? 0) - (people.get(b.participantId)?.index ?? 0),
        )
        .map((ballot) => {
          const person = people.get(ballot.participantId);
          return [
            round.number,
            person?.displayName ?? t("csv.unknown"),
            person?.role ? roleLabel(locale, person.role) : null,
            ...answers(ballot),
          ];
        })
    : (anonymous ? round.ballots.map(answers) : round.ballots.map(answers).sort(byCells)).map(
        (cells, index) => [round.number, t("csv.numbered", { number: index + 1 }), ...cells],
      );
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** Rows of answers in the order of what they say, so that nothing else can be read from it. */
function byCells(a: (string | number | null)[], b: (string | number | null)[]): number {
  return a.map(String).join("\u0000").localeCompare(b.map(String).join("\u0000"));
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
