import { describe, expect, it } from "vitest";
import { asWritten, frameworks, localiseFramework } from "@/lib/frameworks";
import { frameworkProblems } from "@/lib/frameworks/schema";
import { firstShortfalls } from "@/lib/frameworks/shortfall";
import {
  blankDraft,
  definitionOf,
  draftFromTemplate,
  draftOf,
  inLanguage,
  slugify,
  withCriterion,
  withOption,
  withoutCriterion,
  withoutOption,
  type FrameworkDraft,
} from "./draft";

describe("the editor's working copy", () => {
  it("turns every built-in framework into a draft and back without losing anything", () => {
    for (const framework of frameworks) {
      // As written, the file names its language, English.
      const written = asWritten(framework);
      expect(definitionOf(draftOf(written, "en"))).toEqual({
        language: "en",
        ...JSON.parse(JSON.stringify(written)),
      });
      // A German author's copy is German from then on.
      const german = localiseFramework(framework, "de");
      expect(german.language).toBe("de");
      expect(definitionOf(draftOf(german, "en"))).toEqual(JSON.parse(JSON.stringify(german)));
    }
  });

  it("keeps profile values and trade-off cells when a criterion or an option is renamed", () => {
    const [framework] = frameworks;
    const draft: FrameworkDraft = draftOf(framework!, "en");
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
    const draft = draftOf(frameworks[0]!, "en");
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
    const blank = blankDraft("de");
    expect(blank.language).toBe("de");
    expect(blank.criteria.map((criterion) => criterion.shortfall)).toEqual([
      firstShortfalls("de").need,
      firstShortfalls("de").need,
    ]);
    const paths = frameworkProblems(definitionOf(blank)).map((p) => p.path);
    expect(paths).not.toContain("language");
    expect(paths).toContain("name");
    expect(paths).toContain("criteria.1.anchors.5");
    expect(paths).toContain("options.1.summary");
  });

  it("adds and removes criteria and options with their profile values and cells", () => {
    const draft = draftOf(frameworks[0]!, "en");
    const wider = withOption(withCriterion(draft));
    expect(wider.criteria.at(-1)!.shortfall).toBe(firstShortfalls("en").need);
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
    const copy = draftFromTemplate(frameworks[1]!, "en");
    expect(copy.id).toBe(`${frameworks[1]!.id}-ours`);
    expect(slugify("Who holds the pager?")).toBe("who-holds-the-pager");
  });

  it("takes a framework saved without a language to be in its author's", () => {
    const unnamed = asWritten(frameworks[0]!);
    expect(unnamed.language).toBeUndefined();
    expect(draftOf(unnamed, "de").language).toBe("de");
    expect(draftOf({ ...unnamed, language: "en" }, "de").language).toBe("en");
  });

  it("rewords the first gap sentences it has not been given, and nothing else, in a new language", () => {
    const draft = withCriterion(withCriterion(blankDraft("en")));
    draft.criteria[1] = {
      ...draft.criteria[1]!,
      kind: "capacity",
      shortfall: firstShortfalls("en").capacity,
    };
    draft.criteria[2] = { ...draft.criteria[2]!, shortfall: "{option} is too slow for us" };
    const german = inLanguage(draft, "de");
    expect(german.language).toBe("de");
    expect(german.criteria.map((criterion) => criterion.shortfall)).toEqual([
      firstShortfalls("de").need,
      firstShortfalls("de").capacity,
      "{option} is too slow for us",
      firstShortfalls("de").need,
    ]);
    // A language without first wordings of its own gets the English ones; none in any way.
    expect(inLanguage(german, "pt-BR").criteria[0]!.shortfall).toBe(firstShortfalls("en").need);
    expect(firstShortfalls("de-AT")).toEqual(firstShortfalls("de"));
    expect(firstShortfalls("__proto__")).toEqual(firstShortfalls("en"));
  });
});
