// The ids of the built-in frameworks, without their texts: the forms' shared zod schemas run in
// the browser, and a voter's page must not download every framework to check an id.
// index.test.ts holds this list to the frameworks themselves.

export const frameworkIds = [
  "ml-lifecycle",
  "build-or-buy",
  "on-call-model",
  "database-choice",
] as const;

export type FrameworkId = (typeof frameworkIds)[number];

/** What the create form offers first; the e2e helpers create workshops on it without choosing. */
export const DEFAULT_FRAMEWORK_ID: FrameworkId = "ml-lifecycle";

export function isFrameworkId(id: string): id is FrameworkId {
  return (frameworkIds as readonly string[]).includes(id);
}
