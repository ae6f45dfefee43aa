import type { Framework } from "@/lib/scoring";
import { mlLifecycle } from "./ml-lifecycle";

export { mlLifecycle };

/** The built-in frameworks, in the order they are offered. */
export const frameworks: readonly Framework[] = [mlLifecycle];

export function getFramework(id: string): Framework | undefined {
  return frameworks.find((framework) => framework.id === id);
}

export { scoredUnder } from "./contract";
