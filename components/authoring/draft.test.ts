import { describe, expect, it } from "vitest";
import { asWritten, frameworks, localiseFramework } from "@/lib/frameworks";
import { frameworkProblems } from "@/lib/frameworks/schema";
import {
  blankDraft,
  definitionOf,
  draftFromTemplate,
  draftOf,
  slugify,
  withCriterion,
  withOption,
  withoutCriterion,
  withoutOption,
  type FrameworkDraft,
} from "./draft";

const SHORTFALLS = { need: "{option} lacks {profile}", capacity: "{option} needs {profile}" };

describe("the editor's working copy", () => {
  it("turns every built-in framework into a draft and back without losing anything", () => {
    for (const framework of frameworks) {
      // As written, the file names its language, English.
      const written = asWritten(framework);
      expect(definitionOf(draftOf(written))).toEqual({
        language: "en",
        ...JSON.parse(JSON.stringify(written)),
      });
      // A German author's copy is German from then on.
      const german = localiseFramework(framework, "de");
      expect(german.language).toBe("de");
      expect(definitionOf(draftOf(german))).toEqual(JSON.parse(JSON.stringify(german)));
    }
  });

  it("keeps profile values and trade-off cells when a criterion or an option is renamed", () => {
    const [framework] = frameworks;
    const draft: FrameworkDraft = draftOf(framework!);
    draft.criteria[0] = { ...draft.criteria[0]!, id: "audit" };
    draft.options[1] = { ...draft.options[1]!, id: "loop" };
    const renamed = definitionOf(draft);
    expect(renamed.options[0]!.profile.audit).toBe(
      framework!.options[0]!.profile[framework!.criteria[0]!.id],
    );
    expect(renamed.tradeOffs[0]!.cells.loop).toBe(
      framework!.tradeOffs[0]!.cells[framework!.options[1]!.id],
    );
    expect(frameworkProblems(renamed)).toEqual([]);
  });

  it("leaves out an implementation path left blank, and names a half-written one field by field", () => {
    const draft = draftOf(frameworks[0]!);
    draft.options[0] = {
      ...draft.options[0]!,
      pilot: "",
      roles: "",
      scaling: "",
      review: "",
      owners: "",
    };
    expect(definitionOf(draft).options[0]!.implementation).toBeUndefined();
    draft.options[0] = { ...draft.options[0]!, pilot: "Two weeks on one model." };
    expect(frameworkProblems(definitionOf(draft)).map((p) => p.path)).toEqual([
      "options.0.implementation.roles",
      "options.0.implementation.scaling",
      "options.0.implementation.review",
    ]);
  });

  it("starts a blank framework with every required field named as a problem", () => {
    const blank = blankDraft("de", SHORTFALLS);
    expect(blank.language).toBe("de");
    expect(blank.criteria.map((criterion) => criterion.shortfall)).toEqual([
      SHORTFALLS.need,
      SHORTFALLS.need,
    ]);
    const paths = frameworkProblems(definitionOf(blank)).map((p) => p.path);
    expect(paths).not.toContain("language");
    expect(paths).toContain("name");
    expect(paths).toContain("criteria.1.anchors.5");
    expect(paths).toContain("options.1.summary");
  });

  it("adds and removes criteria and options with their profile values and cells", () => {
    const draft = draftOf(frameworks[0]!);
    const wider = withOption(withCriterion(draft, SHORTFALLS));
    expect(wider.criteria.at(-1)!.shortfall).toBe(SHORTFALLS.need);
    expect(wider.options.every((o) => o.profile.length === draft.criteria.length + 1)).toBe(true);
    expect(wider.tradeOffs.every((row) => row.cells.length === draft.options.length + 1)).toBe(
      true,
    );
    const back = withoutOption(
      withoutCriterion(wider, draft.criteria.length),
      draft.options.length,
    );
    expect(definitionOf(back)).toEqual(definitionOf(draft));
    // Removing the first criterion takes its value out of every profile, the rest stay in place.
    const narrower = withoutCriterion(draft, 0);
    expect(narrower.options.map((o) => o.profile)).toEqual(
      draft.options.map((o) => o.profile.slice(1)),
    );
  });

  it("gives a template's copy an id of its own", () => {
    const copy = draftFromTemplate(frameworks[1]!);
    expect(copy.id).toBe(`${frameworks[1]!.id}-ours`);
    expect(slugify("Who holds the pager?")).toBe("who-holds-the-pager");
  });
});
