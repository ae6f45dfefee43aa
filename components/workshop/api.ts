// The browser side of the workshop API: one fetch wrapper so every control reports failures
// the same way. A failure comes back as its code and field codes, which the controls word in
// the reader's language (components/ui/failure-words.ts, field-words.ts); the server's English
// `message` is for API clients and logs, and never reaches the page.

import { knownFailure, type ApiFailureCode } from "@/components/ui/failure-words";
import { isFieldErrorCode, type FieldErrorCode } from "@/lib/errors";

export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ApiFailureCode;
      /** For invalid-input: field path to what is wrong there. */
      fields: Record<string, FieldErrorCode>;
      /** From Retry-After (rate limits, a database restart): seconds to wait before trying again. */
      retryAfterSeconds?: number;
      /** For too-soon: when it may be done again (ISO). */
      retryAt?: string;
    };

/** The field codes of an answer, each one this UI knows ("invalid" for any other). */
function fieldCodes(fields: unknown): Record<string, FieldErrorCode> {
  if (typeof fields !== "object" || fields === null) return {};
  return Object.fromEntries(
    Object.entries(fields).map(([path, code]) => [path, isFieldErrorCode(code) ? code : "invalid"]),
  );
}

export async function callApi<T = unknown>(
  path: string,
  method: "POST" | "PUT" | "DELETE",
  body?: unknown,
): Promise<ApiResult<T>> {
  let response: Response;
  const text = body === undefined ? undefined : JSON.stringify(body);
  try {
    response = await fetch(path, {
      method,
      headers: text === undefined ? undefined : { "Content-Type": "application/json" },
      body: text,
      // Lets a save sent as the page goes away still reach the server. Browsers refuse a
      // keepalive body over 64 KiB, which a long framework can be; those go as usual.
      keepalive: (text?.length ?? 0) < 32_000,
    });
  } catch {
    return { ok: false, code: "offline", fields: {} };
  }
  const payload = (await response.json().catch(() => null)) as
    (T & { error?: { code?: unknown; fields?: unknown; retryAt?: unknown } }) | null;
  if (response.ok) return { ok: true, data: payload as T };
  const retryAfter = Number(response.headers.get("retry-after") ?? Number.NaN);
  return {
    ok: false,
    code: knownFailure(payload?.error?.code),
    fields: fieldCodes(payload?.error?.fields),
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 && { retryAfterSeconds: retryAfter }),
    ...(typeof payload?.error?.retryAt === "string" && { retryAt: payload.error.retryAt }),
  };
}
