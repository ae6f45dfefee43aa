import type { Framework } from "@/lib/scoring";
import { buildOrBuy } from "./build-or-buy";
import { databaseChoice } from "./database-choice";
import { localiseFramework } from "./localise";
import { mlLifecycle } from "./ml-lifecycle";
import { onCallModel } from "./on-call-model";

export { buildOrBuy, databaseChoice, mlLifecycle, onCallModel };

/** The built-in frameworks, in the order they are offered; the first is the default. */
export const frameworks: readonly Framework[] = [
  mlLifecycle,
  buildOrBuy,
  onCallModel,
  databaseChoice,
];

/** The built-in frameworks as a reader of `language` sees them, in the order they are offered. */
export function frameworksIn(language: string): Framework[] {
  return frameworks.map((framework) => localiseFramework(framework, language));
}

export function getFramework(id: string): Framework | undefined {
  return frameworks.find((framework) => framework.id === id);
}

export { scoredUnder } from "./contract";
export { asWritten, langAttribute, languageOfFramework, localiseFramework } from "./localise";
