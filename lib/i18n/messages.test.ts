import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { messages } from "./messages";
import { filesUnder, importsOf } from "./source-files";

// Every language has exactly English's keys, every message says something and takes the same
// arguments in each language, and every key is used by some code: a key left behind by a
// change, or one a language forgot, fails here rather than showing a raw key to a user.

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * What a message takes and marks up, parsed as ICU: "{count, plural, one {# vote} …}" and
 * "<strong>{name}</strong>" give count, name and <strong>.
 */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if ("value" in element && typeof element.value === "string" && element.type !== 0) {
        names.add(element.type === TYPE.tag ? `<${element.value}>` : element.value);
      }
      if ("options" in element) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
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
    // A key "a.b.c" counts as used where one file quotes "a.b.c" whole, or quotes the rest of
    // the key ("c" or "b.c") while it or a file it imports quotes the namespace ("a.b" or "a"):
    // the ways useTranslations/getTranslations (or a helper such as mailWords) and t() spell it.
    const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(dir));
    const quoted = new Map(
      files.map((file) => {
        const text = readFileSync(file, "utf8");
        return [file, new Set([...text.matchAll(/["'`]([\w.-]+)["'`]/g)].map((m) => m[1]!))];
      }),
    );
    const namespaces = new Map(
      files.map((file) => {
        const own = [quoted.get(file)!];
        const imported = importsOf(file).flatMap((path) => quoted.get(path) ?? []);
        return [file, new Set(own.concat(imported).flatMap((set) => [...set]))];
      }),
    );
    const unused = [...english.keys()].filter((key) => {
      const parts = key.split(".");
      return !files.some((file) =>
        parts.some((_, at) =>
          at === 0
            ? quoted.get(file)!.has(key)
            : namespaces.get(file)!.has(parts.slice(0, at).join(".")) &&
              quoted.get(file)!.has(parts.slice(at).join(".")),
        ),
      );
    });
    expect(unused).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return filesUnder(dir, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)).filter(
    (path) => !relative("lib/i18n", path).startsWith("messages"),
  );
}
