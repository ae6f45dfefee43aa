import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { recommend, type Framework, type RecommendOptions } from "@/lib/scoring";
import {
  ballotsFrom,
  makeFramework,
  version1Framework,
  workedBallots,
  workedFramework,
} from "@/lib/scoring/test-fixtures";
import { explain, explanationParts } from "./explanation";

// The words of the explanation. Which sentence applies and its numbers come from the scoring
// library (lib/scoring/explanation.test.ts); here they become English, exactly as before the
// explanation was translated, and German.

const sentences = (
  framework: Framework,
  rows: Record<string, (number | null)[]>,
  options: RecommendOptions = {},
  locale: Locale = "en",
) => explain(framework, recommend(framework, ballotsFrom(rows), options), locale);

/** Two options that mirror each other on x and y, so that a weight on x decides by a little. */
const mirrored = makeFramework(
  [
    { id: "x", kind: "need" },
    { id: "y", kind: "need" },
    { id: "z", kind: "need" },
  ],
  [
    { id: "a", profile: { x: 2, y: 4, z: 3 } },
    { id: "b", profile: { x: 4, y: 2, z: 3 } },
  ],
);
const mirroredBallots = ballotsFrom({ p1: [3, 3, 3] }, ["x", "y", "z"]);

describe("the worked example in English", () => {
  const english = explain(workedFramework, recommend(workedFramework, workedBallots), "en");

  it("opens with why the winner wins, against the runner-up, in rounded numbers", () => {
    expect(english[0]).toBe(
      "Option LINEAR-HANDOFF fits the team best: 86.7 of 100 against 81.3 for the runner-up, Option CONTINUOUS-DELIVERY, and neither has a critical gap.",
    );
  });

  it("is no close call, so it suggests no hybrid", () => {
    expect(english.join(" ")).not.toMatch(/close call|hybrid/);
  });

  it("suggests the close-call hybrid, borrowing where the runner-up is better", () => {
    const [, closeCall] = explain(
      version1Framework,
      recommend(version1Framework, workedBallots),
      "en",
    );
    expect(closeCall).toBe(
      "This is a close call: Option CONTINUOUS-DELIVERY has the same number of critical gaps and trails by only 3.9 points. Consider a hybrid: keep Option LINEAR-HANDOFF as the backbone and borrow from Option CONTINUOUS-DELIVERY on speed label and skills label, where it suits the team better.",
    );
  });

  it("puts the other options' critical gaps in words from the framework's phrases", () => {
    expect(english).toContain(
      "Critical gap: Option ITERATIVE-LOOP gives governance 2 against the team's 4.5.",
    );
  });

  it("turns flips into what-ifs, said in the fewest votes that would have to change", () => {
    expect(english.filter((s) => s.startsWith("If "))).toEqual([
      "If two people changed their governance label vote from 4 to 2, the answer would be Option CONTINUOUS-DELIVERY.",
      "If two people changed their speed label vote from 3 to 4, the answer would be Option CONTINUOUS-DELIVERY.",
      "If two people changed their cost label vote from 3 to 4, the answer would be Option CONTINUOUS-DELIVERY.",
    ]);
  });

  it("states the confidence with the stability behind it, and the tally", () => {
    // 72 of 81 combinations keep it: said without the statistics.
    expect(english).toContain(
      "Confidence is medium: the recommendation is fairly stable: most typical changes of votes leave it as it is.",
    );
    expect(english).toContain(
      "Scored on their own votes alone, all 4 voters would arrive at Option LINEAR-HANDOFF.",
    );
    expect(english.join(" ")).not.toMatch(/fewer than three/);
  });

  it("says how sure in a few words for the first screen", () => {
    const parts = explanationParts(
      workedFramework,
      recommend(workedFramework, workedBallots),
      "en",
    );
    expect(parts.sureness).toBe("fairly stable: most typical changes of votes leave it as it is");
    const leaning = explanationParts(
      workedFramework,
      recommend(workedFramework, ballotsFrom({ p1: [null, 3, 4, 4], p2: [5, null, null, null] })),
      "en",
    );
    expect(leaning.sureness).toBe("hinges on one person: without their ballot the answer changes");
    expect(
      explanationParts(workedFramework, recommend(workedFramework, []), "en").sureness,
    ).toBeNull();
  });

  it("never shows long decimals or statistics words", () => {
    expect(english.join(" ")).not.toMatch(/\d\.\d{3,}/);
    expect(english.join(" ")).not.toMatch(/quartile|middle half|combinations|rwg|median/i);
  });
});

describe("English sentences built from the codes", () => {
  it("follows the framework's own wording of a shortfall", () => {
    const framework = structuredClone(workedFramework);
    framework.criteria[0]!.shortfall =
      "{option} needs sign-off the team scored {team} of 5 (offers {profile})";
    expect(sentences(framework, { p1: [5, 3, 4, 3], p2: [4, 3, 4, 3] })).toContain(
      "Critical gap: Option ITERATIVE-LOOP needs sign-off the team scored 4.5 of 5 (offers 2).",
    );
  });

  it("explains a winner with fewer gaps but a lower fit", () => {
    const [why] = sentences(workedFramework, { p1: [1, 3, 1, 2] });
    expect(why).toBe(
      "Option LINEAR-HANDOFF is recommended because it has no critical gaps, while the next best, Option ITERATIVE-LOOP, has 1. Option ITERATIVE-LOOP has the higher fit (82.8 against 79.7), but fewer critical gaps come first.",
    );
  });

  it("explains a tie by framework order", () => {
    const [why, closeCall] = sentences(version1Framework, { p1: [4, 3, 4, 3] });
    expect(why).toContain("tie at a fit of 85.9");
    expect(why).toContain("listed first in the framework");
    expect(closeCall).toContain("has the same number of critical gaps and ties on fit.");
  });

  it("does not call a real lead of a fraction of a point a tie broken by framework order", () => {
    const result = recommend(mirrored, mirroredBallots, { weights: { x: 1.0000001 } });
    const [why] = explain(mirrored, result, "en");
    expect(why).toMatch(/^Option B fits the team best/);
    expect(why).not.toMatch(/tie|listed first/);
    expect(why).toContain("a fraction of a point");
  });

  it("shows the decimals the scoring chose where one would make two fits read equal", () => {
    const result = recommend(mirrored, mirroredBallots, { weights: { x: 1.002 } });
    expect(explain(mirrored, result, "en")[0]).toBe(
      "Option B fits the team best: 89.59 of 100 against 89.57 for the runner-up, Option A, and neither has a critical gap.",
    );
  });

  it("does not call an equal fit higher when fewer gaps decide", () => {
    // A falls 2 short on x (a critical gap), B 1 short on x and on y: both lose 2 points of 8.
    const framework = makeFramework(
      [
        { id: "x", kind: "need" },
        { id: "y", kind: "need" },
      ],
      [
        { id: "a", profile: { x: 3, y: 3 } },
        { id: "b", profile: { x: 4, y: 2 } },
      ],
    );
    const [why] = explain(
      framework,
      recommend(framework, ballotsFrom({ p1: [5, 3] }, ["x", "y"])),
      "en",
    );
    expect(why).toBe(
      "Option B is recommended because it has no critical gaps, while the next best, Option A, has 1. Their fits are the same: 75 of 100.",
    );
  });

  it("admits the recommendation's own critical gaps", () => {
    expect(sentences(workedFramework, { p1: [5, 5, 3, 2] })).toContain(
      "Even the recommendation has a critical gap: Option ITERATIVE-LOOP gives governance 2 against the team's 5.",
    );
  });

  it("sets the discussion agenda, weakest agreement first", () => {
    const rows = { a: [1, 2, 3, 3], b: [5, 5, 3, 3], c: [1, 2, 3, 3], d: [5, 2, 3, 3] };
    expect(sentences(workedFramework, rows)).toContain(
      "Discuss first where the team disagrees: governance label (votes from 1 to 5) and speed label (votes from 2 to 5).",
    );
  });

  it("adds the small-team note from the framework, or a generic one", () => {
    const framework = { ...workedFramework, smallTeamNote: "a checklist is plenty." };
    const pair = { a: [3, 3, 3, 3], b: [3, 3, 3, 3] };
    expect(sentences(framework, pair, { teamSize: 2 })).toContain(
      "For a team of two, a checklist is plenty.",
    );
    expect(sentences(workedFramework, { a: [3, 3, 3, 3] }, { teamSize: 1 })).toContain(
      "For a team of one, the lightest version of the recommendation is usually enough; add structure as the team grows.",
    );
    // Two people voting say nothing of how big the team is.
    expect(sentences(framework, pair).join(" ")).not.toContain("For a team of");
  });

  it("still gives the small-team note when there is nothing to score", () => {
    expect(explain(workedFramework, recommend(workedFramework, [], { teamSize: 2 }), "en")).toEqual(
      [
        "Nothing to score yet: nobody has voted on a criterion that counts.",
        "For a team of two, the lightest version of the recommendation is usually enough; add structure as the team grows.",
      ],
    );
  });

  it("says which caps kept the confidence from high", () => {
    expect(sentences(workedFramework, { a: [5, 2, 2, 1], b: [5, 2, 2, 1] }).join(" ")).toContain(
      "the team is not split on any criterion, but only 2 people voted for it to be high.",
    );
    const close = { p1: [4, 3, 4, 3], p2: [4, 3, 4, 3], p3: [4, 3, 4, 3] };
    expect(sentences(workedFramework, close).join(" ")).toContain(
      "but the runner-up is too close behind for it to be high.",
    );
    const both = { p1: [4, 3, 4, 3], p2: [4, 3, 4, 3] };
    expect(sentences(workedFramework, both).join(" ")).toContain(
      "but only 2 people voted and the runner-up is too close behind for it to be high.",
    );
  });

  it("falls back to the team's value where no move of like votes does it", () => {
    // Speed votes 1 and 2: the loop needs the team at 4, which takes both people moving from
    // different scores; moving the people of one score never gets there.
    expect(sentences(workedFramework, { x: [1, 1, 1, 1], y: [1, 2, 1, 1] })).toContain(
      "If the team's speed label were 4 rather than 1.5, the answer would be Option ITERATIVE-LOOP.",
    );
  });

  it("does not claim a cap at medium when the confidence is low anyway", () => {
    const all = sentences(workedFramework, { a: [1, 5, 2, 1], b: [5, 1, 5, 5] });
    expect(all.find((s) => s.startsWith("Confidence is low"))).toBe(
      "Confidence is low: the recommendation is fragile: typical changes of votes often change it. Only 2 people voted; with fewer than three it could not be high in any case.",
    );
  });

  it("says both voters rather than all 2", () => {
    expect(sentences(workedFramework, { a: [5, 2, 2, 1], b: [5, 2, 2, 1] })).toContain(
      "Scored on their own votes alone, both voters would arrive at Option LINEAR-HANDOFF.",
    );
  });

  it("says how many single voters could change the result", () => {
    expect(
      sentences(workedFramework, { p1: [null, 3, 4, 4], p2: [5, null, null, null] }),
    ).toContain(
      "The outcome leans on one voter: leaving out that single ballot would change the recommendation.",
    );
  });

  it("says there is nothing to score yet, and why", () => {
    expect(sentences(workedFramework, {})).toEqual([
      "Nothing to score yet: nobody has voted on a criterion that counts.",
    ]);
    const weights = { governance: 0, speed: 0, skills: 0, cost: 0 };
    const rows = { a: [3, 3, 3, 3], b: [1, 1, 1, 1], c: [2, 2, 2, 2] };
    expect(sentences(workedFramework, rows, { weights })).toEqual([
      "Nothing to score yet: every criterion has weight 0, so there is nothing to compare the options on.",
    ]);
  });
});

describe("domain facts in the explanation", () => {
  const framework: Framework = structuredClone(workedFramework);
  framework.options[1]!.implementation = {
    pilot: "try it on one model for a month.",
    roles: "Name a driver.",
    scaling: "One model at a time.",
    review: "Every quarter.",
  };
  framework.options[1]!.risks = ["Audits can surprise you.", "Roles blur."];
  framework.facts = [
    { id: "always", question: "Q1?", answer: "Reference only." },
    {
      id: "loop",
      question: "Q2?",
      answer: "Loop fact.",
      appliesWhen: { recommended: "iterative-loop" },
    },
    {
      id: "slow",
      question: "Q3?",
      answer: "Slow fact.",
      appliesWhen: { criterion: "speed", atMost: 2 },
    },
    {
      id: "fast",
      question: "Q4?",
      answer: "Fast fact.",
      appliesWhen: { criterion: "speed", atLeast: 4 },
    },
  ];

  it("adds the winner's pilot, its risks and the facts whose condition holds", () => {
    const all = sentences(framework, { a: [2, 5, 3, 2], b: [2, 5, 3, 2], c: [2, 5, 3, 2] });
    expect(all.slice(-4)).toEqual([
      "First step: try it on one model for a month.",
      "Typical risks with Option ITERATIVE-LOOP: Audits can surprise you. Roles blur.",
      "Loop fact.",
      "Fast fact.",
    ]);
  });

  it("leaves out another option's pilot and facts that do not apply", () => {
    const text = sentences(framework, {
      a: [5, 2, 2, 1],
      b: [5, 2, 2, 1],
      c: [5, 1, 2, 1],
    }).join(" ");
    expect(text).not.toContain("First step");
    expect(text).not.toContain("Loop fact");
    expect(text).not.toContain("Reference only");
    expect(text).toContain("Slow fact.");
  });
});

/** The worked example's framework as a German reader gets it: its texts in German. */
const german: Framework = {
  ...workedFramework,
  language: "de",
  criteria: workedFramework.criteria.map((criterion) => ({
    ...criterion,
    label: { governance: "Governance", speed: "Tempo", skills: "Kompetenz", cost: "Kosten" }[
      criterion.id
    ] as string,
    shortfall: "{option} bietet nur {profile} von 5, das Team braucht {team}",
  })),
  options: workedFramework.options.map((option) => ({
    ...option,
    name: {
      "linear-handoff": "Lineare Übergabe",
      "iterative-loop": "Iterative Schleife",
      "continuous-delivery": "Continuous Delivery",
    }[option.id] as string,
  })),
};

const inGerman = (rows: Record<string, (number | null)[]>, options: RecommendOptions = {}) =>
  sentences(german, rows, options, "de");

describe("the explanation in German", () => {
  it("words the worked example", () => {
    expect(explain(german, recommend(german, workedBallots), "de")).toEqual([
      "Lineare Übergabe passt am besten zum Team: 86,7 von 100 gegenüber 81,3 bei der zweitbesten Option, Continuous Delivery, und keine von beiden hat eine kritische Lücke.",
      "Kritische Lücke: Iterative Schleife bietet nur 2 von 5, das Team braucht 4,5.",
      "Wenn zwei Personen ihre Stimmen bei Governance von 4 auf 2 ändern würden, wäre die Antwort Continuous Delivery.",
      "Wenn zwei Personen ihre Stimmen bei Tempo von 3 auf 4 ändern würden, wäre die Antwort Continuous Delivery.",
      "Wenn zwei Personen ihre Stimmen bei Kosten von 3 auf 4 ändern würden, wäre die Antwort Continuous Delivery.",
      "Die Sicherheit ist mittel: Die Empfehlung ist ziemlich stabil – die meisten typischen Änderungen der Stimmen lassen sie, wie sie ist.",
      "Keine einzelne Person entscheidet das Ergebnis: Fehlt irgendein Stimmzettel, bleibt die Empfehlung dieselbe.",
      "Allein nach den eigenen Stimmen kämen alle 4 Personen, die abgestimmt haben, auf Lineare Übergabe.",
    ]);
  });

  it("writes numbers with a decimal comma, as many decimals as the scoring chose", () => {
    const result = recommend(mirrored, mirroredBallots, { weights: { x: 1.002 } });
    expect(explain(mirrored, result, "de")[0]).toContain("89,59 von 100 gegenüber 89,57");
    expect(inGerman({ x: [1, 1, 1, 1], y: [1, 2, 1, 1] })).toContain(
      "Hätte das Team bei Tempo den Wert 4 statt 1,5, wäre die Antwort Iterative Schleife.",
    );
    const [, closeCall] = explain(german, recommend(version1Framework, workedBallots), "de");
    expect(closeCall).toBe(
      "Das ist knapp: Continuous Delivery hat gleich viele kritische Lücken und liegt bei der Passung nur 3,9 Punkte zurück. Eine Mischform ist eine Überlegung wert: Lineare Übergabe als Grundgerüst, dazu Continuous Delivery bei Tempo und Kompetenz, wo diese Option besser zum Team passt.",
    );
  });

  it("counts people and gaps in German plural forms", () => {
    const one = inGerman({ p1: [5, 5, 3, 2] });
    expect(one[0]).toBe(
      "Iterative Schleife passt am besten zum Team: 81,3 von 100 gegenüber 78,1 bei der zweitbesten Option, Lineare Übergabe, und jede hat eine kritische Lücke.",
    );
    expect(one).toContain(
      "Wenn eine Person ihre Stimme bei Tempo von 5 auf 4 ändern würde, wäre die Antwort Lineare Übergabe.",
    );
    expect(one).toContain(
      "Selbst die Empfehlung hat eine kritische Lücke: Iterative Schleife bietet nur 2 von 5, das Team braucht 5.",
    );
    expect(one).toContain(
      "Allein nach den eigenen Stimmen käme die einzige Person, die abgestimmt hat, auf Iterative Schleife.",
    );
    expect(one.join(" ")).toContain(
      "Hoch ist die Sicherheit trotzdem nicht, weil nur eine Person abgestimmt hat und die zweitbeste Option zu knapp dahinterliegt.",
    );
    const [fewerGaps] = inGerman({ p1: [1, 3, 1, 2] });
    expect(fewerGaps).toBe(
      "Lineare Übergabe wird empfohlen, weil sie keine kritische Lücke hat, die nächstbeste Option, Iterative Schleife, dagegen 1. Iterative Schleife passt zwar besser (82,8 gegenüber 79,7), aber weniger kritische Lücken gehen vor.",
    );
    const pair = inGerman({ a: [1, 5, 2, 1], b: [5, 1, 5, 5] });
    expect(pair.find((s) => s.startsWith("Die Sicherheit"))).toBe(
      "Die Sicherheit ist gering: Die Empfehlung ist wackelig – typische Änderungen der Stimmen ändern sie oft. Nur 2 Personen haben abgestimmt; mit weniger als drei könnte die Sicherheit ohnehin nicht hoch sein.",
    );
    expect(pair).toContain(
      "Das Ergebnis hängt an einer Person: Ohne diesen einen Stimmzettel würde sich die Empfehlung ändern.",
    );
  });

  it("lists with the German 'und'", () => {
    const rows = { a: [1, 2, 3, 3], b: [5, 5, 3, 3], c: [1, 2, 3, 3], d: [5, 2, 3, 3] };
    const all = inGerman(rows);
    expect(all).toContain(
      "Besprecht zuerst, wo das Team uneins ist: Governance (Stimmen von 1 bis 5) und Tempo (Stimmen von 2 bis 5).",
    );
    expect(all).toContain(
      "Allein nach den eigenen Stimmen sind die Abstimmenden geteilt: 3 für Iterative Schleife und 1 für Lineare Übergabe.",
    );
  });

  it("starts the small-team note as a sentence of its own", () => {
    const noted = { ...german, smallTeamNote: "eine Checkliste genügt." };
    expect(inGerman({ a: [3, 3, 3, 3] }, { teamSize: 1 })).toContain(
      "Für ein Team aus einer Person gilt: Die schlankste Form der Empfehlung reicht meist; mehr Struktur kommt dazu, wenn das Team wächst.",
    );
    expect(sentences(noted, {}, { teamSize: 2 }, "de")).toEqual([
      "Noch nichts zu bewerten: Niemand hat über ein Kriterium abgestimmt, das zählt.",
      "Für ein Team aus zwei Personen gilt: Eine Checkliste genügt.",
    ]);
  });

  it("says how sure in a few words", () => {
    const parts = explanationParts(german, recommend(german, workedBallots), "de");
    expect(parts.sureness).toBe(
      "ziemlich stabil – die meisten typischen Änderungen der Stimmen lassen sie, wie sie ist",
    );
  });
});
