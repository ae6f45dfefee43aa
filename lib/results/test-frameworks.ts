// Frameworks at the edges of what the product supports, for the tests of every screen: the view
// model's unit tests and e2e/any-framework.spec.ts.
import type { Criterion, Framework, Score } from "@/lib/scoring";

/** Exactly `length` characters, starting with `start`. */
export const long = (start: string, length = 100) =>
  `${start} ${"x".repeat(length)}`.slice(0, length);

function criterion(index: number, kind: Criterion["kind"], name: string): Criterion {
  return {
    id: `c${index}`,
    name,
    kind,
    anchors: { 1: "Very little.", 5: "A great deal." },
    help: "Score what is true today.",
    label: `criterion ${index}`,
    shortfall: "{option} offers {profile} of 5 on this, while the team needs {team}",
  };
}

export const small: Framework = {
  id: "tabs-or-spaces",
  name: "Tabs or spaces",
  question: "Tabs or spaces?",
  summary: "The smallest decision the product supports.",
  criteria: [criterion(0, "need", "Alignment"), criterion(1, "capacity", "Patience")],
  options: [
    { id: "tabs", name: "Tabs", summary: "One character.", profile: { c0: 2, c1: 1 } },
    { id: "spaces", name: "Spaces", summary: "Four characters.", profile: { c0: 5, c1: 4 } },
  ],
  tradeOffs: [],
  facts: [],
};

const kinds = ["need", "capacity"] as const;
export const large: Framework = {
  id: "everything",
  name: long("A framework with every criterion and option the product allows"),
  question: long("Which of six options suits a team scored on eight criteria"),
  summary: "The largest decision the product supports, with names as long as people write them.",
  criteria: Array.from({ length: 8 }, (_, i) =>
    criterion(i, kinds[i % 2]!, long(`Criterion number ${i + 1} with a very long name`)),
  ),
  options: Array.from({ length: 6 }, (_, o) => ({
    id: `o${o}`,
    name: long(`Option number ${o + 1} with a long name`),
    summary: `Option ${o + 1}.`,
    profile: Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`c${i}`, (((o + i * (o + 1)) % 5) + 1) as Score]),
    ),
    implementation: {
      pilot: "Try it on one thing first.",
      roles: "Name someone.",
      scaling: "Grow it slowly.",
      review: "Look again in a quarter.",
      owners: ["Owner"],
    },
  })),
  tradeOffs: [
    {
      id: "cost",
      dimension: long("What it costs"),
      criteria: ["c1"],
      cells: Object.fromEntries(Array.from({ length: 6 }, (_, o) => [`o${o}`, long("Some")])),
    },
  ],
  facts: [{ id: "why", question: "Why eight?", answer: "Because the product allows eight." }],
};
