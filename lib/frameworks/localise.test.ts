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
  const { id: _id, language: _language, translations: _translations, ...rest } = framework;
  walk(
    {
      ...rest,
      criteria: Object.fromEntries(rest.criteria.map(({ id, kind: _k, ...c }) => [id, c])),
      options: Object.fromEntries(rest.options.map(({ id, profile: _p, ...o }) => [id, o])),
      tradeOffs: Object.fromEntries(rest.tradeOffs.map(({ id, criteria: _c, ...t }) => [id, t])),
      facts: Object.fromEntries(rest.facts.map(({ id, appliesWhen: _a, ...f }) => [id, f])),
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
    const { translations: _t, ...asWritten } = own;
    expect(localiseFramework(own, "en")).toStrictEqual(asWritten);
  });
});
