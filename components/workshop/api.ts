// The browser side of the workshop API: one fetch wrapper so every control reports failures
// the same way, with the server's own words when it sent some.

export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: string;
      message: string;
      fields: Record<string, string>;
      /** From Retry-After (rate limits, a database restart): seconds to wait before trying again. */
      retryAfterSeconds?: number;
      /** For too-soon: when it may be done again (ISO). */
      retryAt?: string;
    };

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
    return {
      ok: false,
      code: "offline",
      message: "Could not reach the server. Check your connection and try again.",
      fields: {},
    };
  }
  const payload = (await response.json().catch(() => null)) as
    | (T & {
        error?: {
          code?: string;
          message?: string;
          fields?: Record<string, string>;
          retryAt?: string;
        };
      })
    | null;
  if (response.ok) return { ok: true, data: payload as T };
  const retryAfter = Number(response.headers.get("retry-after") ?? Number.NaN);
  return {
    ok: false,
    code: payload?.error?.code ?? "internal",
    message: payload?.error?.message ?? "Something went wrong on our side. Please try again.",
    fields: payload?.error?.fields ?? {},
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 && { retryAfterSeconds: retryAfter }),
    ...(typeof payload?.error?.retryAt === "string" && { retryAt: payload.error.retryAt }),
  };
}
