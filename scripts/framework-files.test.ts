import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asWritten, frameworks } from "@/lib/frameworks";
import { frameworkWarnings } from "@/lib/frameworks/lint";
import { parseFrameworkJson } from "@/lib/frameworks/schema";
import { frameworkFiles, SCHEMA_PATH } from "./framework-files";

describe("the generated framework files", () => {
  it.each(frameworkFiles().map((file) => [file.path, file.content]))(
    "%s is up to date (run npm run framework-schema)",
    (path, content) => {
      expect(readFileSync(path, "utf8")).toBe(content);
    },
  );

  it("exports every built-in framework as a file that reads back as the same framework", () => {
    for (const framework of frameworks) {
      const text = readFileSync(`docs/frameworks/${framework.id}.json`, "utf8");
      expect(parseFrameworkJson(text)).toEqual(JSON.parse(JSON.stringify(asWritten(framework))));
    }
  });

  it("publishes a JSON Schema that names the required parts and the limits", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as {
      $schema: string;
      required: string[];
      properties: Record<string, { maxItems?: number }>;
    };
    expect(schema.$schema).toMatch(/json-schema\.org/);
    expect(schema.required).toEqual(
      expect.arrayContaining(["id", "name", "question", "summary", "criteria", "options"]),
    );
    expect(schema.properties.criteria?.maxItems).toBe(8);
    expect(schema.properties.options?.maxItems).toBe(6);
  });

  it("documents the format with an example that is a valid framework without warnings", () => {
    const doc = readFileSync("docs/frameworks.md", "utf8");
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const framework = parseFrameworkJson(example);
    expect(framework.id).toBe("release-cadence");
    expect(frameworkWarnings(framework)).toEqual([]);
  });
});
