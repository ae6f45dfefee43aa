import type { z } from "zod";

/**
 * The app's one error vocabulary. Route handlers turn an AppError into its HTTP status; the UI
 * turns its code into words in the reader's language (components/ui/error-words.ts). Anything
 * else thrown is an unexpected failure, logged and shown as a generic message.
 */
const STATUS = {
  "invalid-input": 400,
  forbidden: 403,
  "participant-removed": 403,
  "not-found": 404,
  "workshop-closed": 409,
  "round-not-open": 409,
  "deadline-passed": 409,
  "round-not-revealed": 409,
  "already-revealed": 409,
  "too-few-ballots": 409,
  "no-decision": 409,
  "decision-changed": 409,
  "already-answered": 409,
  "framework-changed": 409,
  "rate-limited": 429,
  "too-soon": 429,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof STATUS;

/**
 * What the API answers with besides an ErrorCode: route handlers send these for a body over the
 * limit, the database away, an unexpected failure and a write from another site
 * (lib/http/route.ts).
 */
export type FailureCode = ErrorCode | "too-large" | "unavailable" | "internal" | "cross-site";

/**
 * What can be wrong with one field, as the API's `fields` sends it (path to code) and the forms
 * find it in the browser: the schemas give these codes as their messages, and the UI words each
 * in the reader's language, per field where the words differ. A message that names a number (a
 * maximum length) takes it from the limits the UI already sizes its inputs by, so the API sends
 * no numbers and the words cannot disagree with the input's own limit.
 */
export const FIELD_ERROR_CODES = [
  // Text.
  "required",
  "not-text",
  "too-long",
  "control-character",
  "broken-character",
  "direction-control",
  "invalid-email",
  // Numbers.
  "not-whole-number",
  "too-small",
  "too-big",
  "out-of-range",
  // Choices.
  "invalid-choice",
  "not-offered",
  "unknown-criterion",
  "unknown-option",
  // Dates and times.
  "invalid-date",
  "invalid-date-time",
  "not-in-future",
  "too-early",
  "async-only",
  // Lists.
  "not-a-list",
  "too-few",
  "too-many",
  "duplicate",
  "roles-mismatch",
  // A whole request or document.
  "not-json",
  "not-an-object",
  "nothing-changed",
  // A framework's file format (lib/frameworks/schema.ts).
  "invalid-id",
  "reserved-id",
  "not-a-score",
  "bounds-need-criterion",
  // Anything a schema names without a code of ours (an id, a link token).
  "invalid",
] as const;

export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

const FIELD_ERROR_CODE_SET: ReadonlySet<string> = new Set(FIELD_ERROR_CODES);

export function isFieldErrorCode(value: unknown): value is FieldErrorCode {
  return typeof value === "string" && FIELD_ERROR_CODE_SET.has(value);
}

/**
 * The message a schema gives a failed check: its field error code, typed, so that a misspelt
 * code fails to compile rather than reaching a form as "invalid".
 */
export function issue(code: FieldErrorCode): FieldErrorCode {
  return code;
}

/** English, for API clients and logs only: the UI words the code itself. */
const MESSAGES: Record<ErrorCode, string> = {
  "invalid-input": "Some of the input is not valid.",
  forbidden: "You are not allowed to do this.",
  "participant-removed": "You were removed from this workshop.",
  "not-found": "Not found.",
  "workshop-closed": "This workshop is closed.",
  "round-not-open": "Voting in this round has ended.",
  "deadline-passed": "The deadline has passed, so voting is closed.",
  "round-not-revealed": "Reveal the current round first.",
  "already-revealed": "This round has already been revealed.",
  "too-few-ballots":
    "An anonymous round is revealed once at least three people have voted: with fewer, people could tell whose answers are whose.",
  "no-decision": "Record the decision first: people sign off a decision on record.",
  "decision-changed":
    "The decision changed while you were reading it. Read the new version, then answer.",
  "already-answered": "You have already answered this version of the decision.",
  "framework-changed":
    "This framework was saved from somewhere else after you opened it. Reload to see that version, then make your change again.",
  "rate-limited": "Too many requests in a short time. Please wait a moment and try again.",
  "too-soon": "A reminder went out less than an hour ago.",
};

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: ErrorCode;
  readonly status: number;
  /** For invalid-input: field path (e.g. "title") to what is wrong with that field. */
  readonly fields: Readonly<Record<string, FieldErrorCode>>;

  constructor(code: ErrorCode, fields: Record<string, FieldErrorCode> = {}) {
    super(MESSAGES[code]);
    this.code = code;
    this.status = STATUS[code];
    this.fields = fields;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A request over one of the rate limits (lib/http/rate-limit.ts). Carries how long to wait,
 * which route handlers send as Retry-After.
 */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate-limited");
  }
}

/**
 * How long a rate-limited person is asked to wait, in whole minutes: 0 under 45 seconds ("a few
 * seconds"), else the minutes rounded, at least one. The plain 429 page (lib/http/rate-limit.ts)
 * and the pages' RateLimitedNotice both word it so.
 */
export function waitInMinutes(retryAfterSeconds: number): number {
  return retryAfterSeconds < 45 ? 0 : Math.max(1, Math.round(retryAfterSeconds / 60));
}

/**
 * Something that may be done once in a while and was done too recently (a nudge: once an hour).
 * Carries when it may be done again; route handlers send it as Retry-After and `retryAt`.
 */
export class TooSoonError extends AppError {
  constructor(readonly retryAt: Date) {
    super("too-soon");
  }
}

/** Parses untrusted input or throws invalid-input with one code per offending field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("invalid-input", fieldErrors(result.error));
}

/**
 * The first code per field path ("title", "answers.0.score"): what the API sends as `fields` and
 * what the forms word next to each field, whether the browser or the server found it. A check
 * whose message is no code of ours (zod's own, a link token's) is "invalid".
 */
export function fieldErrors(error: z.ZodError): Record<string, FieldErrorCode> {
  const fields: Record<string, FieldErrorCode> = {};
  for (const found of error.issues) {
    fields[found.path.join(".")] ??= isFieldErrorCode(found.message) ? found.message : "invalid";
  }
  return fields;
}
