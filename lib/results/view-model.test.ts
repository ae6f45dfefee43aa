// The results page's view model over hand-built sources and the real built-in framework. Every
// number is checked against recommend() on the same ballots: the view model only chooses, orders
// and words what the scoring library computed. The only numbers written down here are the worked
// example's documented ones (docs/scoring.md, lib/scoring/recommend.test.ts).
import { describe, expect, it } from "vitest";
import { localiseFramework, mlLifecycle, scoredUnder } from "@/lib/frameworks";
import {
  formatNumber,
  recommend,
  type Ballot,
  type RecommendOptions,
  type ContractVersion,
  type Framework,
  type Recommendation,
} from "@/lib/scoring";
import { explanationParts as partsIn } from "./explanation";
import type { Rationale, ResultsParticipant, ResultsSource, RevealedRound } from "./source";
import { resultsSource } from "./test-fixtures";
import { buildResultsView, expandedReasons, type Audience, type ResultsView } from "./view-model";

const CRITERIA = ["governance", "speed", "skills", "cost"] as const;

/** Ballots from rows of votes in the order of CRITERIA; `undefined` leaves a criterion unanswered. */
function ballots(rows: Record<string, readonly (number | null | undefined)[]>): Ballot[] {
  return Object.entries(rows).map(([participantId, values]) => ({
    participantId,
    votes: Object.fromEntries(
      CRITERIA.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]]])),
    ),
  }));
}

const worked = ballots({
  p1: [5, 3, 4, 3],
  p2: [4, 3, 4, 3],
  p3: [5, 4, 3, 3],
  p4: [4, 2, 4, 4],
});

const NAMES: Record<string, string> = {
  p1: "Ana",
  p2: "Ben",
  p3: "Cleo",
  p4: "Dev",
  p5: "Eli",
};

function participantsOf(
  rounds: readonly { ballots: readonly Ballot[] }[],
  anonymous: boolean,
): ResultsParticipant[] {
  const ids = [...new Set(rounds.flatMap((r) => r.ballots.map((b) => b.participantId)))].sort();
  return ids.map((id) => ({
    id,
    displayName: anonymous ? null : (NAMES[id] ?? id),
    role: anonymous ? null : "ml_engineer",
  }));
}

function round(
  number: number,
  roundBallots: Ballot[],
  rationales: Rationale[] = [],
  revealedUnderContract: ContractVersion = 2,
): RevealedRound {
  return {
    id: `00000000-0000-4000-8000-00000000000${number}`,
    number,
    revealedAt: new Date(Date.UTC(2026, 0, number, 12)),
    revealedUnderContract,
    ballots: roundBallots,
    rationales,
  };
}

function sourceOf(
  options: {
    rounds?: RevealedRound[];
    ballots?: Ballot[];
    rationales?: Rationale[];
    anonymous?: boolean;
    weights?: Record<string, number> | null;
    teamSize?: number | null;
    participants?: ResultsParticipant[];
  } = {},
): ResultsSource {
  const anonymous = options.anonymous ?? false;
  const rounds = options.rounds ?? [round(1, options.ballots ?? worked, options.rationales ?? [])];
  return resultsSource({
    rounds,
    anonymous,
    weights: options.weights,
    teamSize: options.teamSize,
    participants: options.participants ?? participantsOf(rounds, anonymous),
  });
}

type ViewOptions = Parameters<typeof buildResultsView>[1];

/** The view in English unless another language is asked for. */
function view(
  source: ResultsSource,
  options: Omit<ViewOptions, "locale"> & Partial<Pick<ViewOptions, "locale">>,
) {
  const result = buildResultsView(source, { locale: "en", ...options });
  if (!result) throw new Error("Expected a results view.");
  return result;
}

/** The explanation's parts in English, as the English view shows them. */
const explanationParts = (framework: Framework, result: Recommendation) =>
  partsIn(framework, result, "en");

const facilitator = { audience: "facilitator", locale: "en" } as const;

function optionName(id: string | null): string {
  const option = mlLifecycle.options.find((o) => o.id === id);
  if (!option) throw new Error(`No option ${id}`);
  return option.name;
}

/** The ranking as the view model should show it, from recommend() itself. */
function expectedRanking(b: Ballot[], options?: RecommendOptions) {
  const rec = recommend(mlLifecycle, b, options);
  return rec.ranking.map((r) => ({
    optionId: r.optionId,
    name: optionName(r.optionId),
    fit: r.fit === null ? "–" : formatNumber(r.fit),
    recommended: r.optionId === rec.recommended,
  }));
}

function rankingOf(v: ResultsView) {
  return v.ranking.map(({ optionId, name, fit, recommended }) => ({
    optionId,
    name,
    fit,
    recommended,
  }));
}

describe("a round revealed under scoring contract 1", () => {
  // A team with platform engineers, budget and no regulator, in a workshop that froze the
  // pipeline's speed at 4 before contract 2: at the reveal they were sent to the loop.
  const votes = { governance: 2, speed: 5, skills: 5, cost: 5 };
  const ballotsOf3 = ["a", "b", "c"].map((participantId) => ({ participantId, votes }));
  const frozenBefore = scoredUnder(mlLifecycle, 1);
  const source = {
    ...sourceOf({ rounds: [round(1, ballotsOf3, [], 1)] }),
    framework: frozenBefore,
  };

  it("is scored under the current contract, and says what the team saw at the reveal", () => {
    const v = view(source, facilitator);
    expect(v.headline?.optionId).toBe("continuous-delivery");
    expect(v.scoring).toEqual({
      contract: 2,
      earlier:
        "Scored with version 2 of Blueprint's scoring. When this round was revealed, version 1 recommended the Iterative Feedback Loop with high confidence.",
    });
    const pipeline = v.radar.options.find((option) => option.id === "continuous-delivery");
    expect(pipeline?.values[1]).toBe(5);
  });

  it("stays as frozen on a snapshot of contract 1, with nothing to point out", () => {
    const v = view(source, { audience: "share", contract: 1 });
    expect(v.headline?.optionId).toBe("iterative-loop");
    expect(v.scoring).toEqual({ contract: 1, earlier: null });
  });

  it("says nothing when both contracts give the same answer", () => {
    const same = { ...sourceOf({ rounds: [round(1, worked, [], 1)] }), framework: frozenBefore };
    expect(view(same, facilitator).scoring).toEqual({ contract: 2, earlier: null });
  });
});

describe("the worked example", () => {
  const rec = recommend(mlLifecycle, worked);
  const parts = explanationParts(mlLifecycle, rec);
  const v = view(sourceOf(), facilitator);

  it("is the documented result on the real framework", () => {
    // The framework's profiles are docs/scoring.md's, so the documented numbers hold here too.
    expect(rec.recommended).toBe("linear-handoff");
    expect(rec.ranking[0]?.fit).toBe(86.71875);
    expect(rec.ranking[1]).toMatchObject({ optionId: "continuous-delivery", fit: 81.25 });
    expect(rec.closeCall).toBeNull();
    expect(rec.confidence).toBe("medium");
  });

  it("headlines Linear Handoff at 86.7 with medium confidence", () => {
    expect(optionName("linear-handoff")).toBe("Linear Handoff");
    expect(v.headline).toEqual({
      optionId: "linear-handoff",
      name: "Linear Handoff",
      summary: mlLifecycle.options[0]?.summary,
      fit: "86.7",
      fitLabel: "86.7 of 100",
      confidence: "medium",
      confidenceLabel: "Medium confidence",
    });
    expect(v.reasons).toEqual(parts.summary);
    expect(v.reasons[0]).toContain("Linear Handoff");
    expect(v.confidence).toBe(parts.confidence);
    expect(v.confidence).toMatch(/^Confidence is medium/);
    expect(v.turnout).toBe("4 people voted");
    expect(v.round).toEqual({ number: 1, revealedAt: new Date(Date.UTC(2026, 0, 1, 12)) });
    expect(v.revealedRounds).toEqual([1]);
    expect(v.workshop).toEqual({
      title: "How should our models reach production?",
      teamName: "Fraud ML",
      anonymous: false,
    });
    expect(v.framework).toEqual({
      name: mlLifecycle.name,
      nameInSentence: mlLifecycle.name.toLowerCase(),
      question: mlLifecycle.question,
      summary: mlLifecycle.summary,
    });
  });

  it("is no close call: the runner-up trails by 5.5 points", () => {
    expect(v.closeCall).toBeNull();
    expect(parts.closeCall).toBeNull();
  });

  it("lists what would change it: the three documented flips, nearest first", () => {
    expect(v.changes).toEqual(parts.flips);
    expect(v.changes).toHaveLength(3);
    const pipeline = optionName("continuous-delivery");
    expect(v.changes[0]).toBe(
      `If two people changed their governance vote from 4 to 2, the answer would be ${pipeline}.`,
    );
    expect(v.changes[1]).toContain("two people changed their iteration speed vote from 3 to 4");
    expect(v.changes[2]).toContain(
      "two people changed their infrastructure capacity vote from 3 to 4",
    );
  });

  it("asks every question the guide answers, those that speak to this result first", () => {
    expect(v.questions.map((q) => q.question)).toEqual([
      // Apply to a handoff recommendation:
      "Where does monitoring fit in?",
      // For every result:
      "Can we switch to another workflow later?",
      "Will the right workflow fix our problems?",
      // The rest:
      "Should we pick the tooling first?",
      "Our models change only a few times a year. Do we need a pipeline?",
    ]);
    expect(v.questions.map((q) => q.applies)).toEqual([true, false, false, false, false]);
    expect(v.questions).toHaveLength(mlLifecycle.facts.length);
  });

  it("says what the guide says of each option beside its place in the ranking", () => {
    for (const ranked of v.ranking) {
      const option = mlLifecycle.options.find((o) => o.id === ranked.optionId);
      expect(ranked.habitat).toBe(option?.habitat);
      expect(ranked.strengths).toEqual(option?.strengths);
      expect(ranked.weaknesses).toEqual(option?.weaknesses);
      expect(ranked.strengths.length).toBeGreaterThan(0);
    }
  });

  it("offers no hybrid pilot without a close call, and the runner-up's with one", () => {
    expect(v.hybridPilot).toBeNull();
    const close = view(
      sourceOf({ ballots: ballots({ p1: [4, 3, 4, 3], p2: [4, 3, 4, 3] }) }),
      facilitator,
    );
    expect(close.closeCall).toContain("close call");
    expect(close.hybridPilot).toEqual({
      optionName: "Continuous Delivery Pipeline",
      pilot: mlLifecycle.options[2]?.implementation?.pilot,
    });
  });

  it("reads a fit of 100 as no gaps, since no workflow fits a real team perfectly", () => {
    const perfect = view(sourceOf({ ballots: ballots({ p1: [5, 2, 2, 1] }) }), facilitator);
    expect(perfect.headline?.fitLabel).toBe("no gaps");
    expect(perfect.ranking[0]?.fitLabel).toBe("no gaps");
    expect(perfect.ranking[1]?.fitLabel).toMatch(/^\d+(\.\d)? of 100$/);
  });

  it("ranks the options as recommend() does, with their critical gaps in words", () => {
    expect(rankingOf(v)).toEqual(expectedRanking(worked));
    expect(v.ranking.map((r) => r.optionId)).toEqual([
      "linear-handoff",
      "continuous-delivery",
      "iterative-loop",
    ]);
    expect(v.ranking.filter((r) => r.recommended).map((r) => r.optionId)).toEqual([
      "linear-handoff",
    ]);
    const loop = v.ranking.find((r) => r.optionId === "iterative-loop");
    expect(loop?.gaps).toEqual(
      (parts.gaps["iterative-loop"] ?? []).map((gap) => `${gap[0]?.toUpperCase()}${gap.slice(1)}.`),
    );
    expect(loop?.gaps).toHaveLength(1);
    // The governance shortfall, in the framework's words for it.
    expect(loop?.gaps[0]).toBe(
      "Iterative Feedback Loop offers audit and sign-off strength of only 2 of 5, while the team needs 4.5.",
    );
    for (const other of v.ranking.filter((r) => r.optionId !== "iterative-loop")) {
      expect(other.gaps).toEqual([]);
    }
  });

  it("draws the radar from the team's medians and quartiles and the options' profiles", () => {
    expect(v.radar.axes).toEqual(
      mlLifecycle.criteria.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
    );
    expect(v.radar.team).toEqual(
      mlLifecycle.criteria.map((c) => ({
        median: rec.profile[c.id],
        q1: rec.summaries[c.id]?.q1,
        q3: rec.summaries[c.id]?.q3,
      })),
    );
    expect(v.radar.team.map((t) => t.median)).toEqual([4.5, 3, 4, 3]);
    expect(v.radar.options).toEqual(
      mlLifecycle.options.map((o) => ({
        id: o.id,
        name: o.name,
        values: CRITERIA.map((c) => o.profile[c]),
        recommended: o.id === "linear-handoff",
      })),
    );
  });

  it("tallies every voter: all four would pick Linear Handoff", () => {
    expect(v.tally.map((t) => [t.optionId, t.count])).toEqual(
      mlLifecycle.options.map((o) => [o.id, rec.tally[o.id]]),
    );
    expect(v.tally.reduce((sum, t) => sum + t.count, 0)).toBe(rec.voters);
    expect(v.tally[0]?.text).toBe("4 of 4 would pick Linear Handoff");
    expect(v.tally[1]?.text).toBe(`0 of 4 would pick ${optionName("iterative-loop")}`);
    expect(v.tallySummary).toBe(parts.tally);
    expect(v.leaveOneOut).toEqual({ text: parts.leaveOneOut, pivotal: false, names: [] });
  });

  it("gives the recommendation's next steps and the facts that apply", () => {
    const handoff = mlLifecycle.options[0];
    expect(v.nextSteps).toEqual({
      optionName: "Linear Handoff",
      pilot: handoff?.implementation?.pilot,
      roles: handoff?.implementation?.roles,
      scaling: handoff?.implementation?.scaling,
      review: handoff?.implementation?.review,
      risks: [...(handoff?.risks ?? []), ...(mlLifecycle.commonRisks ?? [])],
    });
    expect(v.nextSteps?.pilot).toMatch(/^Pilot /);
    // The two risks every workflow carries, not only the handoff.
    expect(v.nextSteps?.risks.join(" ")).toMatch(/without a pilot/);
    expect(v.nextSteps?.risks.join(" ")).toMatch(/No workflow makes up for missing foundations/);
    expect(v.facts).toEqual(parts.facts);
    expect(v.agenda).toBeNull();
    expect(v.smallTeam).toBeNull();
    expect(v.history).toBeNull();
  });
});

describe("criteria", () => {
  // Speed and cost split the room (1 against 5); p3 is not sure about speed; p4 left cost
  // unanswered.
  const b = ballots({
    p1: [3, 1, 3, 1],
    p2: [3, 5, 3, 5],
    p3: [3, null, 3, 3],
    p4: [3, 3, 3, undefined],
  });
  const rationales: Rationale[] = [
    { participantId: "p2", criterionId: "speed", score: 5, text: "We ship daily" },
    { participantId: "p1", criterionId: "speed", score: 1, text: "Quarterly at most" },
    { participantId: "p3", criterionId: "speed", score: null, text: "No idea, honestly" },
    { participantId: "p4", criterionId: "governance", score: 3, text: "Zebra crossing" },
    { participantId: "p1", criterionId: "governance", score: 3, text: "Apples" },
  ];
  const rec = recommend(mlLifecycle, b);

  it("name the one whose reasons a page shows in full, from the address, and nothing else", () => {
    const v = view(sourceOf({ ballots: b }), facilitator);
    expect(expandedReasons(v, "speed")).toBe("speed");
    for (const asked of ["nonsense", ["speed"], undefined, "", "speed "]) {
      expect(expandedReasons(v, asked)).toBeNull();
    }
  });

  it("come disputed first, in framework order, then the rest in framework order", () => {
    expect(rec.disputed).toEqual(["speed", "cost"]);
    const v = view(sourceOf({ ballots: b }), facilitator);
    expect(v.criteria.map((c) => c.id)).toEqual(["speed", "cost", "governance", "skills"]);
    expect(v.criteria.map((c) => c.disputed)).toEqual([true, true, false, false]);
    expect(v.criteria.map((c) => [c.name, c.kind])).toEqual(
      ["speed", "cost", "governance", "skills"].map((id) => {
        const criterion = mlLifecycle.criteria.find((c) => c.id === id);
        return [criterion?.name, criterion?.kind];
      }),
    );
    expect(v.agenda).toBe(explanationParts(mlLifecycle, rec).agenda);
    expect(v.agenda).toMatch(/^Discuss first/);
  });

  it("keep the framework's order when nothing is disputed", () => {
    const v = view(sourceOf(), facilitator);
    expect(v.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
  });

  it("count each score and explicit 'not sure', but not unanswered criteria", () => {
    const v = view(sourceOf({ ballots: b }), facilitator);
    const speed = v.criteria.find((c) => c.id === "speed");
    expect(speed?.histogram).toEqual([
      { score: 1, label: "1", count: 1, share: 0.25 },
      { score: 2, label: "2", count: 0, share: 0 },
      { score: 3, label: "3", count: 1, share: 0.25 },
      { score: 4, label: "4", count: 0, share: 0 },
      { score: 5, label: "5", count: 1, share: 0.25 },
      { score: null, label: "Not sure", count: 1, share: 0.25 },
    ]);
    expect(speed?.answers).toBe(4);
    const cost = v.criteria.find((c) => c.id === "cost");
    expect(cost?.histogram.map((bar) => bar.count)).toEqual([1, 0, 1, 0, 1, 0]);
    expect(cost?.answers).toBe(3);
    for (const criterion of v.criteria) {
      const summary = rec.summaries[criterion.id];
      expect(criterion.histogram.slice(0, 5).map((bar) => bar.count)).toEqual(
        [1, 2, 3, 4, 5].map((score) => summary?.histogram[score as 1 | 2 | 3 | 4 | 5]),
      );
      expect(criterion.histogram.reduce((sum, bar) => sum + bar.count, 0)).toBe(criterion.answers);
    }
  });

  it("show the median, its meaning and the spread in words", () => {
    const v = view(sourceOf({ ballots: b }), facilitator);
    const speed = v.criteria.find((c) => c.id === "speed");
    const summary = rec.summaries.speed;
    expect(speed?.median).toBe(formatNumber(summary?.median ?? NaN));
    expect(speed?.median).toBe("3");
    expect(speed?.medianMeaning).toBe(mlLifecycle.criteria[1]?.anchors[3]);
    expect(speed?.spread).toBe(`Votes from ${summary?.min} to ${summary?.max}`);
    const governance = v.criteria.find((c) => c.id === "governance");
    expect(governance?.median).toBe("3");
    expect(governance?.spread).toBe("All votes 3");
    expect(governance?.weight).toBe(1);
  });

  it("name the most common score only where one or two stand out", () => {
    const spread = (column: (number | null)[]) => {
      const rows = Object.fromEntries(column.map((vote, i) => [`p${i + 1}`, [vote, 3, 3, 3]]));
      const v = view(sourceOf({ ballots: ballots(rows) }), facilitator);
      return v.criteria.find((c) => c.id === "governance")?.spread;
    };
    expect(spread([2, 4, 4, 5])).toBe("Votes from 2 to 5, most often 4");
    expect(spread([2, 2, 4, 4, 5])).toBe("Votes from 2 to 5, most often 2 and 4");
    expect(spread([1, 2, 3])).toBe("Votes from 1 to 3");
    expect(spread([4, 4, null])).toBe("All votes 4");
  });

  it("read 'one vote' and 'no votes' where there are so few", () => {
    const few = ballots({ p1: [4, null, undefined, undefined] });
    const v = view(sourceOf({ ballots: few }), facilitator);
    const byId = Object.fromEntries(v.criteria.map((c) => [c.id, c]));
    expect(byId.governance?.spread).toBe("One vote");
    expect(byId.speed?.spread).toBe("No votes");
    expect(byId.speed?.median).toBe("–");
    expect(byId.speed?.medianMeaning).toBeNull();
    expect(byId.speed?.histogram.at(-1)).toEqual({
      score: null,
      label: "Not sure",
      count: 1,
      share: 1,
    });
    expect(byId.skills?.answers).toBe(0);
    expect(byId.skills?.histogram.every((bar) => bar.share === 0)).toBe(true);
  });

  it("name the authors of rationales in named workshops", () => {
    const v = view(sourceOf({ ballots: b, rationales }), facilitator);
    const speed = v.criteria.find((c) => c.id === "speed");
    expect(speed?.rationales).toEqual([
      { author: "Cleo", answer: "Not sure", text: "No idea, honestly" },
      { author: "Ana", answer: "1 of 5", text: "Quarterly at most" },
      { author: "Ben", answer: "5 of 5", text: "We ship daily" },
    ]);
    expect(v.criteria.find((c) => c.id === "skills")?.rationales).toEqual([]);
  });

  it("follow what a share link shows: no names, and reasons only when it allows them", () => {
    const source = sourceOf({ ballots: b, rationales });
    const noNames = view(source, {
      audience: "share",
      shows: { names: false, reasons: true, csv: false },
    });
    // Reasons without their authors, in the order that says nothing of who wrote them.
    expect(noNames.criteria.find((c) => c.id === "speed")?.rationales).toEqual([
      { author: null, answer: "Not sure", text: "No idea, honestly" },
      { author: null, answer: "1 of 5", text: "Quarterly at most" },
      { author: null, answer: "5 of 5", text: "We ship daily" },
    ]);
    expect(noNames.takingPart).toEqual([{ role: "ML engineer", count: 4, names: [] }]);
    expect(JSON.stringify(noNames)).not.toMatch(/Ana|Ben|Cleo|Dev/);

    const noReasons = view(source, {
      audience: "share",
      shows: { names: false, reasons: false, csv: false },
    });
    expect(noReasons.criteria.every((c) => c.rationales.length === 0)).toBe(true);
    expect(JSON.stringify(noReasons)).not.toMatch(/ship daily|Quarterly at most|Apples/);

    const everything = view(source, {
      audience: "share",
      shows: { names: true, reasons: true, csv: true },
    });
    expect(everything.criteria.find((c) => c.id === "speed")?.rationales[0]?.author).toBe("Cleo");
  });

  it("leave rationales unsigned in anonymous workshops, ordered by score and text", () => {
    // Names in the source (which lib/results/data.ts never reads for anonymous workshops)
    // must still not reach the view.
    const source = sourceOf({ ballots: b, rationales, anonymous: true });
    source.participants = participantsOf(source.rounds, false);
    for (const audience of ["facilitator", "member", "share"] as const) {
      const v = view(source, { audience });
      const speed = v.criteria.find((c) => c.id === "speed");
      expect(speed?.rationales).toEqual([
        { author: null, answer: "Not sure", text: "No idea, honestly" },
        { author: null, answer: "1 of 5", text: "Quarterly at most" },
        { author: null, answer: "5 of 5", text: "We ship daily" },
      ]);
      const governance = v.criteria.find((c) => c.id === "governance");
      expect(governance?.rationales).toEqual([
        { author: null, answer: "3 of 5", text: "Apples" },
        { author: null, answer: "3 of 5", text: "Zebra crossing" },
      ]);
      const json = JSON.stringify(v);
      for (const name of Object.values(NAMES)) expect(json).not.toContain(name);
    }
  });
});

describe("who is looking", () => {
  // Cleo and Dev's ballots each decide the outcome on their own (see recommend.test.ts).
  const pivotal = ballots({
    p1: [5, 1, 2, 1],
    p2: [2, 5, 3, 2],
    p3: [3, 4, 4, 4],
    p4: [null, 4, 4, null],
  });
  const rec = recommend(mlLifecycle, pivotal);
  const leaveOneOut = rec.leaveOneOut as string[];

  it("shows the facilitator of a named workshop who would pick what", () => {
    const v = view(sourceOf(), facilitator);
    expect(v.people).toEqual(
      ["Ana", "Ben", "Cleo", "Dev"].map((name) => ({
        name,
        role: "ml_engineer",
        choice: "Linear Handoff",
      })),
    );
    const split = view(sourceOf({ ballots: pivotal }), facilitator);
    expect(split.people).toEqual(
      Object.entries(rec.choices)
        .map(([id, choice]) => ({
          name: NAMES[id],
          role: "ml_engineer",
          choice: optionName(choice),
        }))
        .sort((a, b) => a.choice.localeCompare(b.choice) || String(a.name).localeCompare(b.name!)),
    );
    expect(new Set(split.people?.map((p) => p.choice)).size).toBeGreaterThan(1);
  });

  it("calls a voter who has since left 'Someone who left'", () => {
    const source = sourceOf();
    source.participants = source.participants.filter((p) => p.id !== "p4");
    const v = view(source, facilitator);
    expect(v.people).toContainEqual({
      name: "Someone who left",
      role: null,
      choice: "Linear Handoff",
    });
  });

  it("lists who took part by role in named workshops only", () => {
    const source = sourceOf();
    source.participants = [
      ...source.participants,
      { id: "p5", displayName: "Eve", role: "compliance_risk" },
    ];
    source.rounds = [round(1, [...worked, { participantId: "p5", votes: { governance: 5 } }])];
    expect(view(source, { audience: "share" }).takingPart).toEqual([
      { role: "ML engineer", count: 4, names: ["Ana", "Ben", "Cleo", "Dev"] },
      { role: "Compliance or risk", count: 1, names: ["Eve"] },
    ]);
    expect(view(sourceOf({ anonymous: true }), { audience: "share" }).takingPart).toBeNull();
  });

  it("lists under each round only those who voted in it, as its turnout counts them", () => {
    const first = round(1, worked);
    const second = round(2, worked.slice(0, 2));
    const v = view(sourceOf({ rounds: [first, second] }), { audience: "share" });
    expect(v.turnout).toBe("2 people voted");
    expect(v.takingPart).toEqual([{ role: "ML engineer", count: 2, names: ["Ana", "Ben"] }]);
  });

  it("shows nobody's choice to members, share links or anyone in an anonymous workshop", () => {
    for (const audience of ["member", "share"] as const) {
      expect(view(sourceOf(), { audience }).people).toBeNull();
    }
    for (const audience of ["facilitator", "member", "share"] as const) {
      expect(view(sourceOf({ anonymous: true }), { audience }).people).toBeNull();
    }
  });

  it("names pivotal voters to the facilitator of a named workshop only", () => {
    expect(leaveOneOut.length).toBeGreaterThan(0);
    const text = explanationParts(mlLifecycle, rec).leaveOneOut;
    const named = view(sourceOf({ ballots: pivotal }), facilitator);
    expect(named.leaveOneOut).toEqual({
      text,
      pivotal: true,
      names: leaveOneOut.map((id) => NAMES[id]),
    });
    for (const audience of ["member", "share"] as const) {
      expect(view(sourceOf({ ballots: pivotal }), { audience }).leaveOneOut).toEqual({
        text,
        pivotal: true,
        names: null,
      });
    }
    const anonymousRec = recommend(mlLifecycle, pivotal, { anonymous: true });
    for (const audience of ["facilitator", "member", "share"] as Audience[]) {
      expect(
        view(sourceOf({ ballots: pivotal, anonymous: true }), { audience }).leaveOneOut,
      ).toEqual({
        text: explanationParts(mlLifecycle, anonymousRec).leaveOneOut,
        pivotal: true,
        names: null,
      });
    }
  });
});

describe("weights", () => {
  it("count every criterion the same when none were set", () => {
    const v = view(sourceOf({ weights: null }), facilitator);
    expect(v.weights).toEqual({
      set: false,
      text: "Every criterion counts the same.",
      items: mlLifecycle.criteria.map((c) => ({ id: c.id, name: c.name, weight: 1 })),
    });
    expect(rankingOf(v)).toEqual(expectedRanking(worked));
  });

  it("score with the facilitator's weights", () => {
    const weights = { governance: 3 };
    const v = view(sourceOf({ weights }), facilitator);
    expect(v.weights.set).toBe(true);
    expect(v.weights.text).toBe(
      `The facilitator set the weights: ${mlLifecycle.criteria
        .map((c) => `${c.name} ×${c.id === "governance" ? 3 : 1}`)
        .join(", ")}.`,
    );
    expect(v.weights.items.map((i) => [i.id, i.weight])).toEqual([
      ["governance", 3],
      ["speed", 1],
      ["skills", 1],
      ["cost", 1],
    ]);
    expect(rankingOf(v)).toEqual(expectedRanking(worked, { weights }));
    // The weights make a difference here, so the comparison above can tell them apart.
    expect(rankingOf(v)).not.toEqual(expectedRanking(worked));
    expect(v.criteria.find((c) => c.id === "governance")?.weight).toBe(3);
    const rec = recommend(mlLifecycle, worked, { weights });
    expect(v.changes).toEqual(explanationParts(mlLifecycle, rec).flips);
  });

  it("take a snapshot's frozen weights over the workshop's current ones", () => {
    const source = sourceOf({ weights: { governance: 3 } });
    const frozen = { speed: 3, cost: 0 };
    const v = view(source, { audience: "share", weights: frozen });
    expect(v.weights.set).toBe(true);
    expect(v.weights.items.map((i) => i.weight)).toEqual([1, 3, 1, 0]);
    expect(rankingOf(v)).toEqual(expectedRanking(worked, { weights: frozen }));
    expect(rankingOf(v)).not.toEqual(expectedRanking(worked, { weights: { governance: 3 } }));
  });

  it("take a snapshot frozen without weights as equal weights", () => {
    const v = view(sourceOf({ weights: { governance: 3 } }), { audience: "share", weights: null });
    expect(v.weights.set).toBe(false);
    expect(v.weights.text).toBe("Every criterion counts the same.");
    expect(rankingOf(v)).toEqual(expectedRanking(worked));
  });

  it("leave the workshop's weights in force when no override is given", () => {
    const v = view(sourceOf({ weights: { governance: 3 } }), {
      audience: "share",
      weights: undefined,
    });
    expect(v.weights.set).toBe(true);
    expect(rankingOf(v)).toEqual(expectedRanking(worked, { weights: { governance: 3 } }));
  });
});

describe("rounds", () => {
  // In round 2 everyone moved to a fast, light team.
  const second = ballots({
    p1: [2, 5, 3, 2],
    p2: [2, 5, 3, 2],
    p3: [3, 5, 3, 2],
    p4: [2, 4, 3, 2],
  });
  const rounds = [round(1, worked), round(2, second)];

  it("show the newest round with the history of all of them", () => {
    const v = view(sourceOf({ rounds }), facilitator);
    const first = recommend(mlLifecycle, worked);
    const last = recommend(mlLifecycle, second);
    expect(first.recommended).not.toBe(last.recommended);
    expect(v.round.number).toBe(2);
    expect(v.revealedRounds).toEqual([1, 2]);
    expect(v.headline?.optionId).toBe(last.recommended);
    expect(rankingOf(v)).toEqual(expectedRanking(second));
    expect(v.history?.rounds).toEqual(
      [first, last].map((rec, i) => ({
        number: i + 1,
        recommended: optionName(rec.recommended),
        fit: formatNumber(rec.ranking[0]?.fit ?? NaN),
        confidence: `${rec.confidence[0]?.toUpperCase()}${rec.confidence.slice(1)} confidence`,
        confidenceInSentence: `${rec.confidence} confidence`,
        disputed: rec.disputed.length,
      })),
    );
    expect(v.history?.summary[0]).toBe(
      `From round 1 to round 2 the recommendation moved from ${optionName(first.recommended)} to ${optionName(last.recommended)}.`,
    );
    // Governance's middle half of the votes went from 1 point wide to none: they came closer.
    expect(first.summaries.governance?.iqr).toBeGreaterThan(last.summaries.governance?.iqr ?? 0);
    expect(v.history?.summary).toContainEqual(
      "Opinions on governance came closer between the rounds.",
    );
    expect(v.history?.criteria.map((c) => c.id)).toEqual([...CRITERIA]);
    const medians = [first, last].map((rec) => formatNumber(rec.profile.governance ?? NaN));
    expect(medians[0]).not.toBe(medians[1]);
    // Every one of the four answered governance otherwise in round 2; three moved on skills.
    expect(v.history?.criteria[0]?.cells).toEqual([
      { median: medians[0], spread: expect.any(String), medianWas: null, answersChanged: null },
      { median: medians[1], spread: expect.any(String), medianWas: medians[0], answersChanged: 4 },
    ]);
    expect(v.history?.criteria[2]?.cells[1]?.answersChanged).toBe(3);
    expect(v.history?.summary).toContainEqual("4 people changed at least one answer.");
    expect(v.history?.summary).toContainEqual(
      `The median on governance moved from ${medians[0]} to ${medians[1]}.`,
    );
  });

  it("count only the people who voted in both rounds as changing their answers", () => {
    // p4 sat round 2 out; p5 only voted in it. p1 moved on speed, p2 and p3 kept everything.
    const again = ballots({
      p1: [5, 4, 4, 3],
      p2: [4, 3, 4, 3],
      p3: [5, 4, 3, 3],
      p5: [1, 1, 1, 1],
    });
    const v = view(sourceOf({ rounds: [round(1, worked), round(2, again)] }), facilitator);
    expect(v.history?.criteria.map((c) => c.cells[1]?.answersChanged)).toEqual([0, 1, 0, 0]);
    expect(v.history?.summary).toContainEqual("1 person changed at least one answer.");
  });

  it("never follow a person from round to round in an anonymous workshop", () => {
    const v = view(sourceOf({ rounds, anonymous: true }), facilitator);
    expect(v.history?.criteria.flatMap((c) => c.cells.map((cell) => cell.answersChanged))).toEqual(
      Array(8).fill(null),
    );
    expect(v.history?.summary.join(" ")).not.toMatch(/changed/);
    // Medians are the team's, not a person's: they still show where they moved.
    expect(v.history?.criteria[0]?.cells[1]?.medianWas).not.toBeNull();
  });

  it("say the recommendation stayed when it did", () => {
    const v = view(sourceOf({ rounds: [round(1, worked), round(2, worked)] }), facilitator);
    expect(v.history?.summary).toEqual([
      "From round 1 to round 2 the recommendation stayed Linear Handoff.",
      "Nobody who voted in both rounds changed an answer.",
    ]);
    expect(v.history?.criteria.every((c) => c.cells[1]?.medianWas === null)).toBe(true);
  });

  it("look back at an earlier round without what came after it", () => {
    const v = view(sourceOf({ rounds }), { audience: "facilitator", roundNumber: 1 });
    expect(v.round).toEqual({ number: 1, revealedAt: rounds[0]?.revealedAt });
    expect(v.revealedRounds).toEqual([1, 2]);
    expect(v.history).toBeNull();
    expect(v.headline?.optionId).toBe("linear-handoff");
    expect(v.headline?.fit).toBe("86.7");
    expect(rankingOf(v)).toEqual(expectedRanking(worked));
  });

  it("give nothing for a round that was not revealed, or before any reveal", () => {
    expect(buildResultsView(sourceOf({ rounds }), { ...facilitator, roundNumber: 3 })).toBeNull();
    expect(buildResultsView(sourceOf({ rounds }), { ...facilitator, roundNumber: 0 })).toBeNull();
    expect(buildResultsView(sourceOf({ rounds: [] }), facilitator)).toBeNull();
  });
});

describe("trade-offs", () => {
  it("flag the recommended column and emphasise what the team needs most or has least of", () => {
    const v = view(sourceOf(), facilitator);
    expect(v.tradeOffs.columns).toEqual(
      mlLifecycle.options.map((o) => ({
        id: o.id,
        name: o.name,
        recommended: o.id === "linear-handoff",
      })),
    );
    expect(v.tradeOffs.rows.map((r) => r.id)).toEqual(mlLifecycle.tradeOffs.map((r) => r.id));
    for (const [i, row] of v.tradeOffs.rows.entries()) {
      const source = mlLifecycle.tradeOffs[i];
      expect(row.dimension).toBe(source?.dimension);
      expect(row.cells).toEqual(mlLifecycle.options.map((o) => source?.cells[o.id]));
    }
    const emphasis = Object.fromEntries(v.tradeOffs.rows.map((r) => [r.id, r.emphasis]));
    // The handoff beats the pipeline on governance (penalty 0.125 against 1.5) and cost (0.5
    // against 1); the pipeline does better on speed and skills. Only the first two decide it.
    expect(emphasis["governance-strength"]).toBe(
      "Decides it: with governance at 4.5 of 5, Linear Handoff fits the team better than Continuous Delivery Pipeline.",
    );
    expect(emphasis.reproducibility).toBe(emphasis["governance-strength"]);
    expect(emphasis["infrastructure-cost"]).toContain("infrastructure capacity at 3 of 5");
    expect(emphasis["iteration-speed"]).toBeNull();
    expect(emphasis["skill-requirements"]).toBeNull();
    expect(emphasis["production-risk"]).toBeNull();
  });

  it("mark nothing where everyone agrees on a flat profile, instead of everything", () => {
    // All 3s: every need is the highest and every capacity the scarcest, which used to mark
    // every row. Only criteria where the winner fits better than the runner-up are marked.
    const flat = ballots({ p1: [3, 3, 3, 3], p2: [3, 3, 3, 3], p3: [3, 3, 3, 3] });
    const v = view(sourceOf({ ballots: flat }), facilitator);
    const marked = v.tradeOffs.rows.filter((r) => r.emphasis !== null);
    expect(marked.length).toBeLessThan(v.tradeOffs.rows.length);
    const rec = recommend(mlLifecycle, flat);
    const [first, second] = rec.ranking;
    for (const row of v.tradeOffs.rows) {
      const source = mlLifecycle.tradeOffs.find((r) => r.id === row.id);
      const decides = (source?.criteria ?? []).some(
        (id) => (first?.penalties[id] ?? 0) < (second?.penalties[id] ?? 0),
      );
      expect(row.emphasis !== null, row.id).toBe(decides);
    }
  });
});

describe("nothing to score", () => {
  it("still counts who voted when every criterion is weighted 0", () => {
    const zero = { governance: 0, speed: 0, skills: 0, cost: 0 };
    const v = view(sourceOf({ weights: zero, teamSize: 6 }), facilitator);
    expect(v.headline).toBeNull();
    expect(v.turnout).toBe("4 of 6 people in the team voted");
    expect(v.voters).toBe(0);
    expect(v.tally).toEqual([]);
    expect(v.reasons).toEqual(
      explanationParts(mlLifecycle, recommend(mlLifecycle, worked, { weights: zero })).summary,
    );
  });

  const unsure = ballots({
    p1: [null, null, null, null],
    p2: [null, null, null, null],
  });

  it("shows no recommendation and says why", () => {
    const rec = recommend(mlLifecycle, unsure);
    expect(rec.recommended).toBeNull();
    const v = view(sourceOf({ ballots: unsure }), facilitator);
    expect(v.headline).toBeNull();
    expect(v.nextSteps).toBeNull();
    expect(v.reasons).toEqual(explanationParts(mlLifecycle, rec).summary);
    expect(v.reasons).toEqual([
      "Nothing to score yet: nobody has voted on a criterion that counts.",
    ]);
    expect(v.closeCall).toBeNull();
    expect(v.changes).toEqual([]);
    expect(v.confidence).toBeNull();
    expect(v.leaveOneOut).toBeNull();
    // Two people voted "not sure" throughout: they voted, as every other page counts them.
    expect(v.turnout).toBe("2 people voted");
    expect(v.ranking.map((r) => [r.fit, r.recommended, r.gaps])).toEqual([
      ["–", false, []],
      ["–", false, []],
      ["–", false, []],
    ]);
    expect(v.tally).toEqual([]);
    expect(v.tradeOffs.rows.every((r) => r.emphasis === null)).toBe(true);
    expect(v.tradeOffs.columns.every((c) => !c.recommended)).toBe(true);
    expect(v.radar.team.every((t) => t.median === null)).toBe(true);
    expect(v.criteria.every((c) => c.histogram.at(-1)?.count === 2)).toBe(true);
    expect(v.people).toEqual([]);
  });
});

describe("turnout and team size", () => {
  it("counts voters against the team's size when it is known", () => {
    expect(view(sourceOf({ teamSize: 6 }), facilitator).turnout).toBe(
      "4 of 6 people in the team voted",
    );
    // More voters than the size given: the size was wrong, so it is not quoted.
    expect(view(sourceOf({ teamSize: 3 }), facilitator).turnout).toBe("4 people voted");
    const one = view(sourceOf({ ballots: ballots({ p1: [5, 2, 2, 1] }) }), facilitator);
    expect(one.turnout).toBe("1 person voted");
  });

  it("scores with the team's size, as recommend() does", () => {
    const v = view(sourceOf({ teamSize: 2 }), facilitator);
    const rec = recommend(mlLifecycle, worked, { teamSize: 2 });
    expect(v.smallTeam).toBe(explanationParts(mlLifecycle, rec).smallTeam);
    expect(v.smallTeam).toMatch(/^For a team of two/);
  });
});

describe("in German", () => {
  const german = { audience: "facilitator", locale: "de" } as const;

  it("words the headline, the turnout and the tally, with a decimal comma", () => {
    const v = view(sourceOf({ teamSize: 6 }), german);
    expect(v.locale).toBe("de");
    expect(v.headline).toMatchObject({
      fit: "86,7",
      fitLabel: "86,7 von 100",
      confidence: "medium",
      confidenceLabel: "Mittlere Sicherheit",
    });
    expect(v.turnout).toBe("4 von 6 Personen im Team haben abgestimmt");
    expect(view(sourceOf(), german).turnout).toBe("4 Personen haben abgestimmt");
    expect(v.tally[0]?.text).toBe("4 von 4 würden Lineare Übergabe wählen");
    expect(v.criteria.find((c) => c.id === "governance")?.median).toBe("4,5");
    expect(v.weights.text).toBe("Alle Kriterien zählen gleich.");
    // German keeps a name's capitals inside a sentence; English writes it in lower case.
    expect(v.framework.nameInSentence).toBe(localiseFramework(mlLifecycle, "de").name);
    expect(v.takingPart).toEqual([
      { role: "ML-Engineer", count: 4, names: ["Ana", "Ben", "Cleo", "Dev"] },
    ]);
  });

  it("reads a fit of 100 as no gaps", () => {
    const perfect = view(sourceOf({ ballots: ballots({ p1: [5, 2, 2, 1] }) }), german);
    expect(perfect.headline?.fitLabel).toBe("keine Lücken");
    expect(perfect.turnout).toBe("1 Person hat abgestimmt");
  });

  it("says the spread of the votes and 'not sure' in words, with the same bars", () => {
    const spread = (column: (number | null)[]) => {
      const rows = Object.fromEntries(column.map((vote, i) => [`p${i + 1}`, [vote, 3, 3, 3]]));
      const v = view(sourceOf({ ballots: ballots(rows) }), german);
      return v.criteria.find((c) => c.id === "governance")!;
    };
    expect(spread([2, 4, 4, 5]).spread).toBe("Stimmen von 2 bis 5, am häufigsten 4");
    expect(spread([2, 2, 4, 4, 5]).spread).toBe("Stimmen von 2 bis 5, am häufigsten 2 und 4");
    expect(spread([1, 2, 3]).spread).toBe("Stimmen von 1 bis 3");
    expect(spread([4]).spread).toBe("Eine Stimme");
    const sure = spread([4, 4, null]);
    expect(sure.spread).toBe("Alle Stimmen: 4");
    expect(sure.histogram.at(-1)).toEqual({
      score: null,
      label: "Weiß nicht",
      count: 1,
      share: 1 / 3,
    });
    expect(sure.histogram.map((bar) => bar.score)).toEqual([1, 2, 3, 4, 5, null]);
  });

  it("words the reasons' answers, the weights and what decides the trade-offs", () => {
    const rationales: Rationale[] = [
      { participantId: "p1", criterionId: "governance", score: 5, text: "Audits" },
      { participantId: "p2", criterionId: "governance", score: null, text: "No idea" },
    ];
    const v = view(sourceOf({ rationales, weights: { governance: 1.5 } }), german);
    expect(v.criteria.find((c) => c.id === "governance")?.rationales).toEqual([
      { author: "Ben", answer: "Weiß nicht", text: "No idea" },
      { author: "Ana", answer: "5 von 5", text: "Audits" },
    ]);
    expect(v.weights.text).toMatch(
      /^Die Moderation hat die Gewichtung festgelegt: .* ×1,5, .* ×1, .*\.$/,
    );
    const decided = view(sourceOf(), german).tradeOffs.rows.find(
      (row) => row.id === "governance-strength",
    );
    expect(decided?.emphasis).toBe(
      "Gibt den Ausschlag: Lineare Übergabe passt bei Governance mit 4,5 von 5 besser zum Team als Continuous-Delivery-Pipeline.",
    );
  });

  it("says how the rounds moved", () => {
    const second = ballots({
      p1: [2, 5, 3, 2],
      p2: [2, 5, 3, 2],
      p3: [3, 5, 3, 2],
      p4: [2, 4, 3, 2],
    });
    const v = view(sourceOf({ rounds: [round(1, worked), round(2, second)] }), german);
    const last = recommend(mlLifecycle, second);
    expect(v.history?.summary[0]).toBe(
      `Von Runde 1 bis Runde 2 wechselte die Empfehlung von Lineare Übergabe zu ${
        localiseFramework(mlLifecycle, "de").options.find(({ id }) => id === last.recommended)?.name
      }.`,
    );
    expect(v.history?.summary[1]).toBe("4 Personen haben mindestens eine Antwort geändert.");
    expect(v.history?.summary).toContain(
      "Der Median bei Governance hat sich von 4,5 auf 2 verschoben.",
    );
    expect(v.history?.summary).toContain(
      "Bei Governance sind die Meinungen zwischen den Runden näher zusammengerückt.",
    );
    expect(v.history?.rounds[0]).toMatchObject({
      fit: "86,7",
      confidence: "Mittlere Sicherheit",
      confidenceInSentence: "mittlere Sicherheit",
    });
  });

  it("says what the team saw under an earlier scoring contract", () => {
    const votes = { governance: 2, speed: 5, skills: 5, cost: 5 };
    const ballotsOf3 = ["a", "b", "c"].map((participantId) => ({ participantId, votes }));
    const source = {
      ...sourceOf({ rounds: [round(1, ballotsOf3, [], 1)] }),
      framework: scoredUnder(mlLifecycle, 1),
    };
    expect(view(source, german).scoring.earlier).toBe(
      "Bewertet nach Version 2 der Blueprint-Bewertung. Als diese Runde aufgedeckt wurde, empfahl Version 1 die Option „Iterative Feedback-Schleife“ mit hoher Sicherheit.",
    );
  });

  it("builds the English view unchanged beside it", () => {
    const english = view(sourceOf(), facilitator);
    expect(english.headline?.fitLabel).toBe("86.7 of 100");
    expect(english.framework.nameInSentence).toBe(mlLifecycle.name.toLowerCase());
  });
});
