// The CSV export of a revealed round's ballots: its layout, RFC 4180 quoting, the guard against
// spreadsheet formulas, and that anonymous workshops export no names or roles.
import { describe, expect, it } from "vitest";
import { localiseFramework, mlLifecycle } from "@/lib/frameworks";
import type { Ballot } from "@/lib/scoring";
import { ballotsCsv, ballotsFileName, csvField } from "./csv";
import type { Rationale, ResultsParticipant, ResultsSource } from "./source";
import { resultsSource } from "./test-fixtures";

const BOM = "\uFEFF";

/** The roles as the English join form offers them (messages join.roles). */
const roleLabels = {
  data_scientist: "Data scientist",
  ml_engineer: "ML engineer",
  platform_devops: "Platform or DevOps engineer",
  product_business: "Product or business owner",
  compliance_risk: "Compliance or risk",
  other: "Something else",
};

/** A minimal RFC 4180 reader, so the tests look at fields rather than at characters. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(BOM)).toBe(true);
  const body = text.slice(BOM.length);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && body[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      // A bare line break outside quotes would break RFC 4180 records.
      expect(char).not.toBe("\n");
      expect(char).not.toBe("\r");
      field += char;
    }
  }
  expect(quoted).toBe(false);
  expect(field).toBe("");
  expect(row).toEqual([]);
  return rows;
}

const participants: ResultsParticipant[] = [
  { id: "c3", displayName: "Ana Álvarez", role: "data_scientist" },
  { id: "a1", displayName: "Ben, the engineer", role: "ml_engineer" },
  { id: "b2", displayName: "Cleo", role: null },
];

// In participant-id order, as lib/results/data.ts reads them; joining order is c3, a1, b2.
const ballots: Ballot[] = [
  { participantId: "a1", votes: { governance: 2, speed: 5, skills: 3, cost: 2 } },
  { participantId: "b2", votes: { governance: null, speed: 4 } },
  { participantId: "c3", votes: { governance: 5, speed: 2, skills: 2, cost: 1 } },
];

const rationales: Rationale[] = [
  {
    participantId: "c3",
    criterionId: "governance",
    score: 5,
    text: 'The regulator says "every release", twice a year',
  },
  { participantId: "a1", criterionId: "speed", score: 5, text: '=HYPERLINK("http://x")' },
  { participantId: "b2", criterionId: "governance", score: null, text: "Line one\nline two" },
];

function sourceOf(anonymous: boolean, people = participants): ResultsSource {
  return resultsSource({
    anonymous,
    participants: people,
    rounds: [
      {
        id: "00000000-0000-4000-8000-000000000001",
        number: 2,
        revealedAt: new Date("2026-01-02T12:00:00Z"),
        revealedUnderContract: 2,
        ballots,
        rationales,
      },
    ],
  });
}

const scoreAndReason = mlLifecycle.criteria.flatMap((c) => [
  `${c.name} (score)`,
  `${c.name} (reason)`,
]);

describe("csvField", () => {
  it("leaves plain text and numbers alone and writes null as empty", () => {
    expect(csvField("plain text")).toBe("plain text");
    expect(csvField(4)).toBe("4");
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("quotes separators, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField("one\ntwo")).toBe('"one\ntwo"');
    expect(csvField("one\r\ntwo")).toBe('"one\r\ntwo"');
  });

  it("keeps text that a spreadsheet would run as a formula as text", () => {
    expect(csvField("=1+2")).toBe("'=1+2");
    expect(csvField("+31 20 123")).toBe("'+31 20 123");
    expect(csvField("-5")).toBe("'-5");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tcmd")).toBe("'\tcmd");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Only at the start; and numbers are numbers, not text.
    expect(csvField("1+1=2")).toBe("1+1=2");
    expect(csvField("a-b")).toBe("a-b");
    expect(csvField(-1)).toBe("-1");
  });

  it("guards a formula wherever a spreadsheet splitting on ; , or tab would start a cell", () => {
    expect(csvField("x;=2+5;")).toBe("x;'=2+5;");
    expect(csvField("x; =2+5")).toBe("x; '=2+5");
    expect(csvField("a,@SUM(A1)")).toBe(`"a,'@SUM(A1)"`);
    expect(csvField("a\t+1")).toBe("a\t'+1");
    expect(csvField("\t\t=1")).toBe("'\t'\t'=1");
    expect(csvField("a;\r=1")).toBe(`"a;'\r'=1"`);
    expect(csvField("1;2;3")).toBe("1;2;3");
    expect(csvField("a - b; c")).toBe("a - b; c");
  });

  it("leaves no cell that starts a formula for readers that split on , ; tab or line breaks", () => {
    const hostile = ["x;=2+5;", "=1", "a,-1", "a;@x", "a\t=1", "b; ;=1", 'q"=1;=2', "a;\r\n=1"];
    for (const value of hostile) {
      const field = csvField(value);
      for (const separator of [";", ",", "\t", "\r", "\n"]) {
        // What a naive reader sees: the field split on its separator, quotes left in place.
        for (const cell of field.split(separator)) {
          expect(
            cell.replace(/^[ "]+/, ""),
            `${JSON.stringify(value)} split on ${JSON.stringify(separator)}`,
          ).not.toMatch(/^[=+\-@\t\r]/);
        }
      }
    }
  });
});

describe("ballotsCsv", () => {
  it("is null for a round that is not among the revealed ones", () => {
    expect(ballotsCsv(sourceOf(false), 1, "facilitator", "en")).toBeNull();
    expect(ballotsCsv(sourceOf(false), 3, "facilitator", "en")).toBeNull();
  });

  it("starts with a byte-order mark and ends every record with CRLF", () => {
    const csv = ballotsCsv(sourceOf(false), 2, "facilitator", "en") ?? "";
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    // Four records (header and three ballots); the rationale's own line break stays quoted.
    expect(csv.split("\r\n")).toHaveLength(5);
    expect(csv).toContain('"Line one\nline two"');
  });

  it("has a header with round, participant, role and a score and reason per criterion", () => {
    const [header] = parseCsv(ballotsCsv(sourceOf(false), 2, "facilitator", "en") ?? "");
    expect(header).toEqual(["Round", "Participant", "Role", ...scoreAndReason]);
  });

  it("writes one row per ballot, in joining order, with names and role labels", () => {
    const [, ...rows] = parseCsv(ballotsCsv(sourceOf(false), 2, "facilitator", "en") ?? "");
    expect(rows).toHaveLength(ballots.length);
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ["2", "Ana Álvarez", roleLabels.data_scientist],
      ["2", "Ben, the engineer", roleLabels.ml_engineer],
      ["2", "Cleo", ""],
    ]);
    for (const row of rows) expect(row).toHaveLength(3 + 2 * mlLifecycle.criteria.length);
  });

  it("writes scores, 'not sure' for null and nothing for an unanswered criterion", () => {
    const [, ana, ben, cleo] = parseCsv(ballotsCsv(sourceOf(false), 2, "facilitator", "en") ?? "");
    // governance, speed, skills, cost: each a score then a reason.
    expect(ana?.slice(3)).toEqual([
      "5",
      'The regulator says "every release", twice a year',
      "2",
      "",
      "2",
      "",
      "1",
      "",
    ]);
    expect(ben?.slice(3)).toEqual(["2", "", "5", '\'=HYPERLINK("http://x")', "3", "", "2", ""]);
    expect(cleo?.slice(3)).toEqual(["not sure", "Line one\nline two", "4", "", "", "", "", ""]);
  });

  it("quotes a name with a comma and guards a name that starts like a formula", () => {
    const people: ResultsParticipant[] = [
      { id: "c3", displayName: "=cmd|' /C calc'!A0", role: "other" },
      { id: "a1", displayName: "Ben, the engineer", role: "ml_engineer" },
      { id: "b2", displayName: "Cleo", role: null },
    ];
    const csv = ballotsCsv(sourceOf(false, people), 2, "facilitator", "en") ?? "";
    expect(csv).toContain(`\r\n2,'=cmd|' /C calc'!A0,${roleLabels.other},`);
    expect(csv).toContain('\r\n2,"Ben, the engineer",ML engineer,');
    const rows = parseCsv(csv);
    expect(rows[1]?.[1]).toBe("'=cmd|' /C calc'!A0");
    // No field of the file starts with a formula character.
    for (const field of rows.flat()) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("numbers anonymous participants and leaves out names and roles", () => {
    // lib/results/data.ts never reads names of an anonymous workshop; even if the source had
    // them, the export must not write them.
    for (const people of [
      participants.map((p) => ({ ...p, displayName: null, role: null })),
      participants,
    ]) {
      const csv = ballotsCsv(sourceOf(true, people), 2, "facilitator", "en") ?? "";
      for (const audience of ["member", "share"] as const) {
        expect(ballotsCsv(sourceOf(true, people), 2, audience, "en")).toBe(csv);
      }
      const [header, ...rows] = parseCsv(csv);
      expect(header).toEqual(["Round", "Participant", ...scoreAndReason]);
      expect(rows.map((row) => row.slice(0, 2))).toEqual([
        ["2", "Participant 1"],
        ["2", "Participant 2"],
        ["2", "Participant 3"],
      ]);
      // In the round's ballot order (participant ids), not in joining order.
      expect(rows.map((row) => row[2])).toEqual(["2", "not sure", "5"]);
      for (const row of rows) expect(row).toHaveLength(2 + 2 * mlLifecycle.criteria.length);
      for (const name of ["Ana", "Álvarez", "Ben", "Cleo", "Unknown"]) {
        expect(csv).not.toContain(name);
      }
      for (const label of Object.values(roleLabels)) expect(csv).not.toContain(label);
      expect(csv).not.toContain("Role");
      // The rationales are the round's content and stay.
      expect(rows[1]?.[3]).toBe("Line one\nline two");
    }
  });
});

describe("ballotsCsv of a named workshop, for anyone but its facilitator", () => {
  for (const audience of ["member", "share"] as const) {
    it(`gives ${audience === "member" ? "a participant" : "a share link"} scores that name nobody`, () => {
      const csv = ballotsCsv(sourceOf(false), 2, audience, "en") ?? "";
      const [header, ...rows] = parseCsv(csv);
      // The page names who wrote each reason: a row with the reasons would name its ballot.
      expect(header).toEqual([
        "Round",
        "Participant",
        ...mlLifecycle.criteria.map((c) => `${c.name} (score)`),
      ]);
      expect(rows.map((row) => row.slice(1))).toEqual([
        ["Participant 1", "2", "5", "3", "2"],
        ["Participant 2", "5", "2", "2", "1"],
        ["Participant 3", "not sure", "4", "", ""],
      ]);
      for (const name of ["Ana", "Álvarez", "Ben", "Cleo", "Unknown", "regulator", "Line one"]) {
        expect(csv).not.toContain(name);
      }
      for (const label of Object.values(roleLabels)) expect(csv).not.toContain(label);
    });
  }
});

describe("ballotsCsv in German", () => {
  it("writes the header and the words in cells in German, in the same columns", () => {
    const english = parseCsv(ballotsCsv(sourceOf(false), 2, "facilitator", "en") ?? "");
    const german = parseCsv(ballotsCsv(sourceOf(false), 2, "facilitator", "de") ?? "");
    const [governance, speed] = localiseFramework(mlLifecycle, "de").criteria;
    expect(german[0]?.slice(0, 7)).toEqual([
      "Runde",
      "Person",
      "Rolle",
      `${governance?.name} (Bewertung)`,
      `${governance?.name} (Begründung)`,
      `${speed?.name} (Bewertung)`,
      `${speed?.name} (Begründung)`,
    ]);
    expect(german[0]).toHaveLength(english[0]!.length);
    expect(german.slice(1).map((row) => row.slice(1, 4))).toEqual([
      ["Ana Álvarez", "Data Scientist", "5"],
      ["Ben, the engineer", "ML-Engineer", "2"],
      ["Cleo", "", "weiß nicht"],
    ]);
  });

  it("numbers the rows of those who may not see names", () => {
    const [header, ...rows] = parseCsv(ballotsCsv(sourceOf(true), 2, "member", "de") ?? "");
    expect(header?.slice(0, 2)).toEqual(["Runde", "Person"]);
    expect(rows.map((row) => row[1])).toEqual(["Person 1", "Person 2", "Person 3"]);
  });
});

describe("ballotsFileName", () => {
  it("names the file after the workshop's title in lower-case words and the round", () => {
    expect(ballotsFileName("How should our models reach production?", 1)).toBe(
      "blueprint-how-should-our-models-reach-production-round-1.csv",
    );
    expect(ballotsFileName("  Café: Q3 / 2026 review!  ", 12)).toBe(
      "blueprint-cafe-q3-2026-review-round-12.csv",
    );
  });

  it("falls back to 'workshop' when the title has no letters or digits to use", () => {
    expect(ballotsFileName("???", 2)).toBe("blueprint-workshop-round-2.csv");
    expect(ballotsFileName("日本語", 1)).toBe("blueprint-workshop-round-1.csv");
    expect(ballotsFileName('"; rm -rf /', 1)).toBe("blueprint-rm-rf-round-1.csv");
  });

  it("keeps long titles to 60 characters without a dangling dash", () => {
    const name = ballotsFileName(`${"a".repeat(59)} ${"b".repeat(20)}`, 1);
    const slug = name.slice("blueprint-".length, -"-round-1.csv".length);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(name).toMatch(/^blueprint-[a-z0-9-]+-round-1\.csv$/);
  });
});
