import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_CONTENT_SECURITY_POLICY } from "./csp";
import {
  API_CACHE_CONTROL,
  BodyTooLarge,
  MAX_BODY_BYTES,
  type Answer,
  type RequestHead,
} from "./route";
import { securityHeaders } from "./security-headers";

// What a request handler needs of Node's own request and response when it answers before
// Next.js sees the request (the ballot lane, scripts/serve.mjs): the same checks and the same
// answers as `route` gives, read from and written to Node's objects directly.

/** The request as the same-origin check reads it (lib/http/route.ts RequestHead). */
export function requestHead(request: IncomingMessage): RequestHead {
  return {
    method: request.method ?? "GET",
    // The scheme as Next.js gives it to a route handler's request.url (lib/http/origin.ts reads
    // it): https over TLS or when X-Forwarded-Proto says so, else http. Only the scheme counts.
    url: `${isHttps(request) ? "https" : "http"}://localhost${request.url ?? "/"}`,
    headers: {
      get(name) {
        const value = request.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(", ") : (value ?? null);
      },
    },
  };
}

function isHttps(request: IncomingMessage): boolean {
  const forwarded = request.headers["x-forwarded-proto"];
  return (
    ("encrypted" in request.socket && request.socket.encrypted === true) ||
    String(forwarded ?? "").includes("https")
  );
}

/**
 * The request's cookies by name. As Next.js reads them: values are percent-decoded (one that
 * cannot be is left out), and of two cookies with one name the last counts.
 */
export function cookiesOf(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (request.headers.cookie ?? "").split(/; */)) {
    if (!pair) continue;
    const equals = pair.indexOf("=");
    const name = equals < 0 ? pair : pair.slice(0, equals);
    try {
      cookies.set(name, equals < 0 ? "true" : decodeURIComponent(pair.slice(equals + 1)));
    } catch {
      // Not percent-encoded text: not a cookie this app set.
    }
  }
  return cookies;
}

/** How much of a body over the limit is still read (and dropped) to keep the connection. */
const MAX_DROPPED_BYTES = 1024 * 1024;

/**
 * The body as text (UTF-8, a byte order mark dropped, as Request.text() reads it), refused
 * (BodyTooLarge) as soon as it passes `maxBytes`, declared or not.
 */
export function bodyText(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    const declaredTooLarge = Number(request.headers["content-length"] ?? 0) > maxBytes;
    if (declaredTooLarge) reject(new BodyTooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.byteLength;
      if (!declaredTooLarge && size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      reject(new BodyTooLarge());
      // The rest is read and dropped, so that the client reads its 413 on a connection that is
      // still open, but not for ever.
      if (size > maxBytes + MAX_DROPPED_BYTES) request.destroy();
    });
    request.once("end", () => resolve(new TextDecoder().decode(Buffer.concat(chunks))));
    request.once("error", reject);
  });
}

/** The headers of every API answer, made once: they do not change while the server runs. */
let apiHeaders: Record<string, string> | undefined;

function apiHeadersOnce(): Record<string, string> {
  apiHeaders ??= {
    ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value])),
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
    "Cache-Control": API_CACHE_CONTROL,
    "Content-Type": "application/json",
  };
  return apiHeaders;
}

/** Sends an answer as `route` does: JSON, with the headers every API answer carries. */
export function sendAnswer(response: ServerResponse, { status, body, headers }: Answer): void {
  if (response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...apiHeadersOnce(),
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
