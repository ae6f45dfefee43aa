import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { messages } from "./messages";

// Every language has exactly English's keys, every message says something and takes the same
// arguments in each language, and every key is used by some code: a key left behind by a
// change, or one a language forgot, fails here rather than showing a raw key to a user.

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/** The names of a message's ICU arguments: "{count, plural, …}" and "{name}" give count, name. */
function argumentsOf(message: string): string[] {
  return [
    ...new Set([...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!)),
  ].sort();
}

const english = new Map(leaves(messages.en as unknown as Tree));

describe("messages", () => {
  for (const locale of LOCALES) {
    const own = new Map(leaves(messages[locale] as unknown as Tree));

    it(`${locale} has exactly English's keys`, () => {
      expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it(`${locale} has no empty message, and each takes English's arguments`, () => {
      for (const [key, message] of own) {
        expect(message.trim(), key).not.toBe("");
        expect(argumentsOf(message), key).toEqual(argumentsOf(english.get(key) ?? ""));
      }
    });
  }

  it("every key is used by the code", () => {
    // A key "a.b.c" counts as used where one file quotes "a.b.c" whole, or quotes both a
    // namespace and the rest of the key ("a.b" and "c", or "a" and "b.c"): the ways
    // useTranslations/getTranslations and t() spell it.
    const sources = ["app", "components", "lib"].flatMap((dir) => sourceFiles(dir));
    const quoted = sources.map((file) => {
      const text = readFileSync(file, "utf8");
      return new Set([...text.matchAll(/["'`]([\w.-]+)["'`]/g)].map((m) => m[1]!));
    });
    const unused = [...english.keys()].filter((key) => {
      const parts = key.split(".");
      return !quoted.some((literals) =>
        parts.some((_, at) =>
          at === 0
            ? literals.has(key)
            : literals.has(parts.slice(0, at).join(".")) && literals.has(parts.slice(at).join(".")),
        ),
      );
    });
    expect(unused).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const code = /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name);
    return code && !relative("lib/i18n", path).startsWith("messages") ? [path] : [];
  });
}
