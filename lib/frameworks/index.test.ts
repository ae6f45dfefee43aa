import { describe, expect, it } from "vitest";
import { validateFramework } from "@/lib/scoring";
import { DEFAULT_FRAMEWORK_ID, frameworkIds, isFrameworkId } from "./catalogue";
import { frameworks, getFramework } from "./index";

describe("the built-in frameworks", () => {
  it("are listed in the catalogue the browser checks ids against, in the same order", () => {
    expect(frameworks.map((framework) => framework.id)).toEqual([...frameworkIds]);
    expect(frameworks[0]!.id).toBe(DEFAULT_FRAMEWORK_ID);
    for (const id of frameworkIds) expect(getFramework(id)?.id).toBe(id);
    expect(isFrameworkId("ml-lifecycle")).toBe(true);
    expect(isFrameworkId("length")).toBe(false);
  });

  it("are all valid, with criterion and option ids unique within each", () => {
    for (const framework of frameworks) {
      expect(() => validateFramework(framework)).not.toThrow();
      const ids = framework.criteria.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
