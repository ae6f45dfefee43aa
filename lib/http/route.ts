import "server-only";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import {
  isAppError,
  RateLimitedError,
  AppError,
  TooSoonError,
  type FailureCode,
  type FieldErrorCode,
} from "@/lib/errors";
import { parseInput } from "@/lib/errors";
import { requestOrigin } from "./origin";
import { illFormedPath } from "./well-formed";

// Every JSON route handler goes through `route`: one place that refuses cross-site writes, turns
// domain errors into their status, hides unexpected ones behind a generic message and keeps
// every answer out of caches.

export const MAX_BODY_BYTES = 16 * 1024;

/** A framework someone wrote (lib/frameworks/schema.ts TEXT_LIMITS) fits in this, with room. */
export const MAX_FRAMEWORK_BODY_BYTES = 256 * 1024;
/** What a 503 asks clients to wait: a database restart usually takes a few seconds. */
const RETRY_AFTER_SECONDS = 3;
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The body of every failed answer. `code` and the field codes are what the UI words in the
 * reader's language; `message` is English for API clients and logs, never shown in the UI.
 */
export interface ErrorBody {
  error: {
    code: FailureCode;
    message: string;
    /** For invalid-input: field path ("answers.0.rationale") to what is wrong there. */
    fields?: Record<string, FieldErrorCode>;
    /** For too-soon: when it may be done again (ISO). */
    retryAt?: string;
  };
}

/**
 * What every answer of the API carries besides the site-wide headers: never stored, and never
 * compressed on the way ("no-transform", which Next.js's compression honours). The API's
 * answers are a few hundred bytes, smaller than a compressed stream's own overhead, and
 * compressing each one cost the server a zlib stream (about 256 KB) and extra socket writes per
 * request, which a room's burst of ballots felt.
 */
export const API_CACHE_CONTROL = "no-store, no-transform";

/** A JSON answer of the API. */
export function json(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Cache-Control", API_CACHE_CONTROL);
  return Response.json(body, { ...init, headers });
}

/** An answer before it becomes a Response: what `route` sends, and the ballot lane too. */
export interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function errorAnswer(
  status: number,
  code: FailureCode,
  message: string,
  fields?: Record<string, FieldErrorCode>,
  retryAt?: Date,
): Answer {
  const body: ErrorBody = {
    error: {
      code,
      message,
      ...(fields && Object.keys(fields).length ? { fields } : {}),
      ...(retryAt ? { retryAt: retryAt.toISOString() } : {}),
    },
  };
  return { status, body };
}

const answerResponse = ({ status, body, headers }: Answer) => json(body, { status, headers });

/**
 * The answer to a request that failed with `error` (`where` names the request in the log):
 * a domain error's status and code, 413 for a body over the limit, 503 while the database is
 * away, and a logged, generic 500 for anything else.
 */
export function failureAnswer(error: unknown, where: string): Answer {
  if (isAppError(error)) {
    const retryAt = error instanceof TooSoonError ? error.retryAt : undefined;
    const answer = errorAnswer(error.status, error.code, error.message, error.fields, retryAt);
    if (error instanceof RateLimitedError) {
      answer.headers = { "Retry-After": String(error.retryAfterSeconds) };
    }
    if (retryAt) {
      const seconds = Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 1000));
      answer.headers = { "Retry-After": String(seconds) };
    }
    return answer;
  }
  if (error instanceof BodyTooLarge) {
    return errorAnswer(413, "too-large", "That request is too large.");
  }
  if (isDatabaseUnavailable(error)) {
    return {
      ...errorAnswer(
        503,
        "unavailable",
        "The server cannot reach its database right now, so this may not have been saved. Please try again in a moment.",
      ),
      headers: { "Retry-After": String(RETRY_AFTER_SECONDS) },
    };
  }
  console.error(`${where} failed`, error);
  return errorAnswer(500, "internal", "Something went wrong on our side. Please try again.");
}

/** The answer to a cross-site write (isCrossSiteWrite). */
export const CROSS_SITE_ANSWER = errorAnswer(
  403,
  "cross-site",
  "Requests from other sites are not accepted.",
);

/** What the same-origin check reads of a request: a web Request, or a Node one adapted. */
export interface RequestHead {
  method: string;
  url: string;
  headers: Pick<Headers, "get">;
}

/**
 * Browsers send Origin with every cross-site write; a request whose Origin is not this site
 * (including the opaque "null" of sandboxed frames and file pages, unless the browser itself
 * marks it same-origin) is refused before any work. Clients that send no Origin at all are not
 * browsers riding someone's cookies.
 */
function isSameOrigin(request: RequestHead): boolean {
  const origin = request.headers.get("origin");
  const site = request.headers.get("sec-fetch-site");
  if (origin === null) return site !== "cross-site";
  // A form posted from one of our pages sent with Referrer-Policy: no-referrer carries the
  // opaque origin "null"; the browser's own Sec-Fetch-Site still says where it came from.
  if (origin === "null") return site === "same-origin";
  try {
    return new URL(origin).origin === requestOrigin(request.headers, request.url);
  } catch {
    return false;
  }
}

/** Whether this is a write another site's page sent: `route` refuses those before any work. */
export function isCrossSiteWrite(request: RequestHead): boolean {
  return UNSAFE_METHODS.has(request.method) && !isSameOrigin(request);
}

/**
 * The 403 for a cross-site write, or null when the request may go on. `route` applies it to
 * every JSON handler; handlers that cannot use `route` (next-auth's) call it themselves.
 */
export function crossSiteRefusal(request: Request): Response | null {
  return isCrossSiteWrite(request) ? answerResponse(CROSS_SITE_ANSWER) : null;
}

export function route<Params>(
  handler: (request: Request, params: Params) => Promise<Response>,
): (request: Request, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    try {
      const refusal = crossSiteRefusal(request);
      if (refusal) return refusal;
      return await handler(request, await context.params);
    } catch (error) {
      return answerResponse(
        failureAnswer(error, `${request.method} ${new URL(request.url).pathname}`),
      );
    }
  };
}

/** A body over the limit; `route` and the ballot lane answer it with 413. */
export class BodyTooLarge extends Error {}

/**
 * The body as text, refused as soon as it passes MAX_BODY_BYTES. A chunked upload declares no
 * length, so the stream itself is counted: reading it whole first (request.text()) would hold any
 * amount a client cares to send in memory before the size check.
 */
async function readBoundedText(request: Request, maxBytes = MAX_BODY_BYTES): Promise<string> {
  const length = request.headers.get("content-length");
  const declared = Number(length ?? 0);
  if (declared > maxBytes) throw new BodyTooLarge();
  // A declared length is held to by the HTTP server, so such a body is read whole: cheaper on
  // the ballot's hot path than pulling it chunk by chunk.
  if (length !== null && /^\d+$/.test(length)) return request.text();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * Reads a JSON body of bounded size and validates it; bad input, text that is not well-formed
 * Unicode included, is a 400 naming the fields.
 */
export async function readJson<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: { maxBytes?: number } = {},
): Promise<z.output<Schema>> {
  return parseJson(await readBoundedText(request, options.maxBytes), schema);
}

/**
 * A request body's text as JSON, validated: bad input, text that is not well-formed Unicode
 * included, is a 400 naming the fields.
 */
export function parseJson<Schema extends z.ZodType>(
  text: string,
  schema: Schema,
): z.output<Schema> {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("invalid-input", { "": "not-json" });
  }
  // Before the schema, so that no field, including one a schema reads without a text check (a
  // key, an id), can carry a lone surrogate any further.
  const broken = illFormedPath(body);
  if (broken !== null) {
    throw new AppError("invalid-input", { [broken]: "broken-character" });
  }
  return parseInput(schema, body);
}

/** Reads a URL-encoded form body of bounded size (a plain HTML form post) and validates it. */
export async function readForm<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  const fields = Object.fromEntries(new URLSearchParams(await readBoundedText(request)));
  return parseInput(schema, fields);
}

/** Whether the browser reached us over HTTPS (directly or through a proxy that says so). */
export function isSecure(request: Request): boolean {
  return requestOrigin(request.headers, request.url).startsWith("https:");
}
