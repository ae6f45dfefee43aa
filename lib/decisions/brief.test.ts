import { describe, expect, it } from "vitest";
import { localiseFramework, mlLifecycle } from "@/lib/frameworks";
import type { Locale } from "@/lib/i18n/locales";
import type { ResultsSource } from "@/lib/results/source";
import { resultsSource } from "@/lib/results/test-fixtures";
import { buildResultsView, type ResultsView } from "@/lib/results/view-model";
import { buildBrief, formatDay, formatMoment } from "./brief";
import { decisionMarkdown, markdownText, workshopArchive } from "./export";
import type { DecisionRecord } from "./record";

// The brief and the exports, from a four-person team that leans towards governance: the results
// recommend a Linear Handoff, one person would pick otherwise.

const CRITERIA = ["governance", "speed", "skills", "cost"];
const rows: Record<string, number[]> = {
  p1: [5, 3, 4, 3],
  p2: [4, 3, 4, 3],
  p3: [5, 4, 3, 3],
  p4: [2, 5, 4, 4],
};

function source(anonymous = false): ResultsSource {
  const ballots = Object.entries(rows).map(([participantId, values]) => ({
    participantId,
    votes: Object.fromEntries(CRITERIA.map((id, i) => [id, values[i]!])),
  }));
  return resultsSource({
    anonymous,
    rounds: [
      {
        id: "00000000-0000-4000-8000-000000000001",
        number: 1,
        revealedAt: new Date("2026-12-01T10:00:00Z"),
        revealedUnderContract: 2,
        ballots,
        rationales: [
          { participantId: "p4", criterionId: "speed", score: 5, text: "We ship *daily* [now]" },
        ],
      },
    ],
    participants: Object.keys(rows).map((id, index) => ({
      id,
      displayName: anonymous ? null : ["Ana", "Ben", "Cleo", "Dev"][index]!,
      role: anonymous ? null : "ml_engineer",
    })),
  });
}

function view(anonymous = false, locale: Locale = "en"): ResultsView {
  return buildResultsView(source(anonymous), { audience: "facilitator", locale })!;
}

const decided: DecisionRecord = {
  versions: [
    {
      version: 2,
      roundNumber: 1,
      option: { id: "iterative-loop", name: "Iterative Feedback Loop" },
      recommended: { id: "linear-handoff", name: "Linear Handoff" },
      differs: true,
      rationale: "Audits are light and we retrain weekly.",
      hybridNotes: null,
      pilotModel: "Churn model",
      owners: [
        { role: "Model driver", name: "Ana" },
        { role: "On-call owner", name: "Ben" },
      ],
      pilotStart: "2027-01-04",
      pilotEnd: "2027-01-25",
      reviewOn: "2027-04-05",
      recordedAt: new Date("2026-12-02T09:00:00Z"),
    },
  ],
  steps: [
    {
      id: "s1",
      stage: "pilot",
      title: "Run the pilot with Churn model",
      guidance: null,
      owner: "Ana",
      dueOn: "2027-01-25",
      status: "done",
    },
  ],
  signatories: [
    {
      id: "g",
      name: "Grace",
      askedAt: new Date("2026-12-02T09:05:00Z"),
      removed: false,
      answers: [
        { version: 2, answer: "approved", comment: null, at: new Date("2026-12-03T08:30:00Z") },
        {
          version: 1,
          answer: "changes_requested",
          comment: "Name the on-call owner.",
          at: new Date("2026-12-02T10:00:00Z"),
        },
      ],
    },
    {
      id: "h",
      name: "Hal",
      askedAt: new Date("2026-12-02T09:05:00Z"),
      removed: false,
      answers: [],
    },
    {
      id: "r",
      name: "Rae",
      askedAt: new Date("2026-12-02T09:05:00Z"),
      removed: true,
      answers: [],
    },
  ],
};

describe("the leadership brief", () => {
  it("gives the recommendation, its dissent and what is at stake while nothing is decided", () => {
    const v = view();
    expect(v.headline?.name).toBe("Linear Handoff");
    const brief = buildBrief(v, null, mlLifecycle);
    expect(brief.status).toBe("recommended");
    expect(brief.summary).toContain("The results recommend Linear Handoff");
    expect(brief.summary).toContain(
      "On their own, 3 of 4 ballots point to Linear Handoff; 1 to Continuous Delivery Pipeline.",
    );
    expect(brief.takingPart).toBe("4 people voted. ML engineer: Ana, Ben, Cleo, Dev.");
    expect(brief.stakes.heading).toBe("If nothing is decided");
    expect(brief.stakes.items).toEqual([mlLifecycle.withoutDecision]);
    expect(brief.when).toBe("Round 1, revealed 1 December 2026. No decision is recorded yet.");
  });

  it("leads with the decision, why it differs from the recommendation, and its first step", () => {
    const brief = buildBrief(view(), decided, mlLifecycle);
    expect(brief.status).toBe("decided");
    expect(brief.optionName).toBe("Iterative Feedback Loop");
    expect(brief.summary).toContain(
      "The results recommended Linear Handoff; the team chose otherwise because: Audits are light",
    );
    expect(brief.firstStep).toBe(
      "Pilot with Churn model from 4 January 2027 to 25 January 2027, led by Ana (Model driver). Review the decision on 5 April 2027.",
    );
    expect(brief.stakes.heading).toBe("Risks to watch");
    // The chosen workflow's own risks, not the recommended one's.
    const loop = mlLifecycle.options.find((option) => option.id === "iterative-loop")!;
    expect(brief.stakes.items).toEqual(loop.risks!.slice(0, 2));
    expect(brief.version).toBe(2);
  });

  it("counts an anonymous workshop's people without roles or names", () => {
    const brief = buildBrief(view(true), null, mlLifecycle);
    expect(brief.takingPart).toBe(
      "4 people voted; the workshop is anonymous, so roles are not kept.",
    );
    expect(JSON.stringify(brief)).not.toMatch(/Ana|Ben|Cleo|Dev/);
  });
});

describe("the sign-off chain in the brief", () => {
  it("counts the answers to the version in force and leaves out who was removed unanswered", () => {
    const signOff = buildBrief(view(), decided, mlLifecycle).signOff!;
    expect(signOff.version).toBe(2);
    expect(signOff.summary).toBe("1 of 2 approved version 2; 1 not answered yet.");
    expect(signOff.people.map((person) => [person.name, person.answer])).toEqual([
      ["Grace", "approved"],
      ["Hal", "waiting"],
    ]);
  });

  it("says so when everyone asked approved, and is absent while nobody is asked", () => {
    const allApproved = { ...decided, signatories: decided.signatories.slice(0, 1) };
    expect(buildBrief(view(), allApproved, mlLifecycle).signOff?.summary).toBe(
      "Approved by everyone asked (1 of 1).",
    );
    expect(buildBrief(view(), { ...decided, signatories: [] }, mlLifecycle).signOff).toBeNull();
    expect(buildBrief(view(), null, mlLifecycle).signOff).toBeNull();
  });
});

describe("the brief of a re-run", () => {
  it("says what moved since the last run, decided or not", () => {
    const moved = ["Speed of iteration: the team's median went up from 2 to 4."];
    expect(buildBrief(view(), decided, mlLifecycle, moved).sinceLastRun).toEqual(moved);
    expect(buildBrief(view(), null, mlLifecycle, moved).sinceLastRun).toEqual(moved);
    expect(buildBrief(view(), null, mlLifecycle).sinceLastRun).toEqual([]);
  });
});

describe("the decision record in Markdown", () => {
  it("follows the decision-record layout and carries the decision, owners and checklist", () => {
    const markdown = decisionMarkdown(view(), decided);
    const headings = markdown.split("\n").filter((line) => line.startsWith("#"));
    expect(headings).toEqual([
      "# How should our models reach production?: Iterative Feedback Loop",
      "## Context",
      "## Options considered",
      "## Decision",
      "## Consequences",
      "## Sign-offs",
    ]);
    expect(markdown).toContain("The results recommended Linear Handoff.");
    expect(markdown).toContain("- Model driver: Ana");
    expect(markdown).toContain(
      "- [x] Run the pilot with Churn model (owner Ana, due 25 January 2027, done)",
    );
    expect(markdown).toContain("- Grace, 2026-12-03 08:30 UTC, version 2: approved");
    expect(markdown).toContain(
      "- Grace, 2026-12-02 10:00 UTC, version 1: asked for changes: Name the on-call owner.",
    );
    expect(markdown).toContain("- Hal, asked 2026-12-02 09:05 UTC: no answer to version 2 yet");
    expect(markdown).not.toContain("Rae");
  });

  it("keeps what people typed from turning into Markdown", () => {
    expect(markdownText("# Not a *heading* [link](x)\nnext")).toBe(
      "\\# Not a \\*heading\\* \\[link\\]\\(x\\) next",
    );
    expect(markdownText("- not a list")).toBe("\\- not a list");
  });
});

describe("in German", () => {
  const mlLifecycleDe = localiseFramework(mlLifecycle, "de");

  it("writes days as German does", () => {
    expect(formatDay("2026-12-18", "de")).toBe("18. Dezember 2026");
    expect(formatDay("2026-12-18", "en")).toBe("18 December 2026");
    expect(formatMoment(new Date("2026-03-05T23:30:00Z"), "de")).toBe("5. März 2026");
  });

  it("gives the recommendation, its dissent and who took part", () => {
    const brief = buildBrief(view(false, "de"), null, mlLifecycleDe);
    expect(brief.summary).toMatch(
      /^Die Ergebnisse empfehlen Lineare Übergabe; das Team hat seine Entscheidung noch nicht festgehalten\. /,
    );
    expect(brief.summary).toContain(
      "Für sich genommen sprechen 3 von 4 Stimmzetteln für Lineare Übergabe; 1 für Continuous-Delivery-Pipeline.",
    );
    expect(brief.takingPart).toBe("4 Personen haben abgestimmt. ML-Engineer: Ana, Ben, Cleo, Dev.");
    expect(brief.stakes.heading).toBe("Wenn nichts entschieden wird");
    expect(brief.when).toBe(
      "Runde 1, aufgedeckt am 1. Dezember 2026. Noch ist keine Entscheidung festgehalten.",
    );
    expect(buildBrief(view(true, "de"), null, mlLifecycleDe).takingPart).toBe(
      "4 Personen haben abgestimmt; der Workshop ist anonym, daher werden keine Rollen gespeichert.",
    );
  });

  it("leads with the decision, its first step with German dates, and the sign-offs", () => {
    // The record's option names are the fixture's (English); the framework's are German.
    const brief = buildBrief(view(false, "de"), decided, mlLifecycleDe);
    expect(brief.summary).toMatch(
      /^Das Team hat sich für Iterative Feedback Loop entschieden\. Die Ergebnisse empfahlen Linear Handoff; /,
    );
    expect(brief.when).toBe(
      "Entschieden am 2. Dezember 2026 (Version 2), auf Basis von Runde 1, aufgedeckt am 1. Dezember 2026.",
    );
    expect(brief.firstStep).toBe(
      "Pilotphase mit Churn model vom 4. Januar 2027 bis zum 25. Januar 2027, geleitet von Ana (Model driver). Überprüfung der Entscheidung am 5. April 2027.",
    );
    expect(brief.stakes.heading).toBe("Risiken im Blick");
    expect(brief.signOff?.summary).toBe("1 von 2 hat Version 2 freigegeben; 1 noch ohne Antwort.");
  });

  it("writes the decision record in German", () => {
    const markdown = decisionMarkdown(view(false, "de"), decided);
    const headings = markdown.split("\n").filter((line) => line.startsWith("#"));
    expect(headings.slice(1)).toEqual([
      "## Kontext",
      "## Betrachtete Optionen",
      "## Entscheidung",
      "## Konsequenzen",
      "## Freigaben",
    ]);
    expect(markdown).toContain("- Status: entschieden, Version 2, festgehalten am 2026-12-02");
    expect(markdown).toContain(
      "- **Lineare Übergabe**: Passung 83,6 von 100 (von den Ergebnissen empfohlen).",
    );
    expect(markdown).toContain(
      "- [x] Run the pilot with Churn model (verantwortlich: Ana, fällig am 25. Januar 2027, erledigt)",
    );
    expect(markdown).toContain("- Grace, 2026-12-03 08:30 UTC, Version 2: freigegeben");
    expect(markdown).toContain(
      "- Hal, angefragt 2026-12-02 09:05 UTC: noch keine Antwort zu Version 2",
    );
  });
});

describe("the archive", () => {
  it("keeps every ballot with its reasons, and numbers the people of an anonymous workshop", () => {
    const named = workshopArchive(source(), decided, [], new Date("2026-12-04T00:00:00Z"));
    expect(named.rounds[0]?.ballots.map((ballot) => ballot.participant)).toEqual([
      "Ana",
      "Ben",
      "Cleo",
      "Dev",
    ]);
    expect(named.rounds[0]?.ballots[3]?.reasons).toEqual({ speed: "We ship *daily* [now]" });
    expect(named.decision).toBe(decided);
    const anonymous = workshopArchive(source(true), null, [], new Date());
    expect(anonymous.rounds[0]?.ballots.map((ballot) => ballot.participant)).toEqual([
      "Participant 1",
      "Participant 2",
      "Participant 3",
      "Participant 4",
    ]);
    expect(JSON.stringify(anonymous)).not.toMatch(/Ana|"p1"|"p4"/);
  });
});
