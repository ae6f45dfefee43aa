import type { z } from "zod";

/**
 * The app's one error vocabulary. Route handlers turn an AppError into its HTTP status; the UI
 * turns its code into words. Anything else thrown is an unexpected failure, logged and shown as
 * a generic message.
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
  /** For invalid-input: field path (e.g. "title") to a message fit to show next to that field. */
  readonly fields: Readonly<Record<string, string>>;

  constructor(code: ErrorCode, fields: Record<string, string> = {}) {
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
 * Something that may be done once in a while and was done too recently (a nudge: once an hour).
 * Carries when it may be done again; route handlers send it as Retry-After and `retryAt`.
 */
export class TooSoonError extends AppError {
  constructor(readonly retryAt: Date) {
    super("too-soon");
  }
}

/** Parses untrusted input or throws invalid-input with one message per offending field. */
export function parseInput<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
): z.output<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("invalid-input", fieldErrors(result.error));
}

/**
 * The first message per field path ("title", "answers.0.score"): what the API sends as `fields`
 * and what the forms show next to each field, whether the browser or the server found it.
 */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    fields[issue.path.join(".")] ??= issue.message;
  }
  return fields;
}
