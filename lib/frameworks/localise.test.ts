import { describe, expect, it } from "vitest";
import type { Framework } from "@/lib/scoring";
import { frameworks, mlLifecycle } from "./index";
import { localiseFramework } from "./localise";

/** Every text of a framework by where it sits ("criteria.speed.anchors.3"), numbers left out. */
function textsOf(framework: Framework): Map<string, string> {
  const texts = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") texts.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}.${index}`));
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  /** The object without the keys that hold ids, numbers or conditions rather than words. */
  const wordsOf = (object: object, ...left: string[]) =>
    Object.fromEntries(Object.entries(object).filter(([key]) => !left.includes(key)));
  const byId = <T extends { id: string }>(items: T[], ...left: string[]) =>
    Object.fromEntries(items.map((item) => [item.id, wordsOf(item, "id", ...left)]));
  walk(
    {
      ...wordsOf(framework, "id", "language", "translations"),
      criteria: byId(framework.criteria, "kind"),
      options: byId(framework.options, "profile"),
      tradeOffs: byId(framework.tradeOffs, "criteria"),
      facts: byId(framework.facts, "appliesWhen"),
    },
    "",
  );
  return texts;
}

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([p]) => p).sort();

describe.each(frameworks.map((framework) => [framework.id, framework] as const))(
  "the German of %s",
  (_id, framework) => {
    const english = textsOf(framework);
    const german = textsOf(localiseFramework(framework, "de"));

    it("carries every text of the framework, and nothing else", () => {
      expect(framework.translations?.de).toBeDefined();
      expect([...german.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it("translates every text: none is empty, and only names may stay as in English", () => {
      for (const [path, text] of german) {
        expect(text.trim(), path).not.toBe("");
        // A name (an option's, a role's) may be the same word in both languages.
        if (!/(^|\.)name$|owners\.\d+$|^tradeOffs\.[\w-]+\.cells\./.test(path)) {
          expect(text, path).not.toBe(english.get(path));
        }
      }
    });

    it("keeps the placeholders of every shortfall", () => {
      for (const criterion of framework.criteria) {
        const translated = framework.translations?.de?.criteria[criterion.id]?.shortfall ?? "";
        expect(placeholders(translated), criterion.id).toEqual(placeholders(criterion.shortfall));
      }
    });

    it("leaves every number and condition as it is", () => {
      const localised = localiseFramework(framework, "de");
      const numbers = (f: Framework) => ({
        criteria: f.criteria.map(({ id, kind }) => ({ id, kind })),
        options: f.options.map(({ id, profile }) => ({ id, profile })),
        tradeOffs: f.tradeOffs.map(({ id, criteria }) => ({ id, criteria })),
        facts: f.facts.map(({ id, appliesWhen }) => ({ id, appliesWhen })),
      });
      expect(numbers(localised)).toEqual(numbers(framework));
      expect(localised.language).toBe("de");
      expect(localised.translations).toBeUndefined();
    });
  },
);

describe("localiseFramework", () => {
  it("gives the framework as written for its own language, without its translations", () => {
    const english = localiseFramework(mlLifecycle, "en");
    expect(english.name).toBe(mlLifecycle.name);
    expect(english.translations).toBeUndefined();
  });

  it("shows a framework without a translation into the language as its author wrote it", () => {
    const own: Framework = { ...mlLifecycle, translations: undefined, language: "de" };
    const asWritten: Framework = { ...own };
    delete asWritten.translations;
    expect(localiseFramework(own, "en")).toStrictEqual(asWritten);
  });
});
