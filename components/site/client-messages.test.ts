import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { filesUnder, importsOf } from "@/lib/i18n/source-files";
import { SHARED_MESSAGES } from "./client-messages";

// Every page hands its client components the messages they ask for (useTranslations("…") in a
// "use client" module it renders, directly or through other components), and nothing more: a
// part missing would show a raw key, a part too many would send a phone words it never shows.

const routeFiles = (dir: string) =>
  filesUnder(dir, (name) => /^(page|layout|error|not-found)\.tsx$/.test(name));

/** The message paths the client components rendered from `entry` ask for. */
function clientNeeds(entry: string): Set<string> {
  const needs = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inClient: boolean) => {
    if (seen.has(`${file}:${inClient}`)) return;
    seen.add(`${file}:${inClient}`);
    const text = readFileSync(file, "utf8");
    const client = inClient || /^\s*["']use client["']/.test(text);
    if (client) for (const need of messagesAskedFor(text)) needs.add(need);
    for (const imported of importsOf(file))
      if (!imported.startsWith("lib/")) walk(imported, client);
  };
  walk(entry, false);
  return needs;
}

/**
 * What a client module asks for: for `const t = useTranslations("ns")`, each literal key's
 * first part ("ns.save" for t("save.done")); the whole namespace where a key is not literal.
 */
function messagesAskedFor(text: string): string[] {
  // A namespace this test cannot read would go unchecked: client code names it literally.
  if (/useTranslations\(\s*[^"\s)]/.test(text)) return ["a namespace that is not a literal"];
  return [...text.matchAll(/const (\w+) = useTranslations\(\s*"([\w.]+)"\s*\)/g)].flatMap(
    ([, name, namespace]) => {
      const calls = [...text.matchAll(new RegExp(`\\b${name}(?:\\.\\w+)?\\(\\s*([^)\\s])`, "g"))];
      const keys = [...text.matchAll(new RegExp(`\\b${name}(?:\\.\\w+)?\\(\\s*"([\\w.]+)"`, "g"))];
      if (calls.length !== keys.length) return [namespace!];
      return keys.map((key) => `${namespace}.${key[1]!.split(".")[0]}`);
    },
  );
}

const covers = (part: string, need: string) => need === part || need.startsWith(`${part}.`);

describe("the messages each page hands its client components", () => {
  for (const file of routeFiles("app")) {
    it(file, () => {
      const text = readFileSync(file, "utf8");
      const declared = /withClientMessages\(\s*\[([^\]]*)\]/.exec(text);
      const parts = declared ? [...declared[1]!.matchAll(/"([\w.]+)"/g)].map((m) => m[1]!) : [];
      const needs = [...clientNeeds(file)];
      const given = [...SHARED_MESSAGES, ...parts];
      expect(needs.filter((need) => !given.some((part) => covers(part, need)))).toEqual([]);
      expect(parts.filter((part) => !needs.some((need) => covers(part, need)))).toEqual([]);
    });
  }
});
