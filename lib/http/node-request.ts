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
    // scripts/serve.mjs speaks plain HTTP; TLS, when there is any, ends in a proxy in front
    // (TRUSTED_PROXY_HOPS), exactly as for `next start`.
    url: `http://localhost${request.url ?? "/"}`,
    headers: {
      get(name) {
        const value = request.headers[name.toLowerCase()];
        return Array.isArray(value) ? value.join(", ") : (value ?? null);
      },
    },
  };
}

/**
 * The request's cookies by name. As Next.js reads them: values are percent-decoded (one that
 * cannot be is left out), and of two cookies with one name the last counts.
 */
export function cookiesOf(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (request.headers.cookie ?? "").split(/;\s*/)) {
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

/** The body as text, refused (BodyTooLarge) as soon as it passes `maxBytes`, declared or not. */
export function bodyText(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers["content-length"] ?? 0) > maxBytes) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Without a listener the stream flows on and drops the rest, so the connection stays usable.
      request.off("data", onData);
      reject(new BodyTooLarge());
    };
    request.on("data", onData);
    request.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.once("error", reject);
  });
}

/** Sends an answer as `route` does: JSON, with the headers every API answer carries. */
export function sendAnswer(response: ServerResponse, { status, body, headers }: Answer): void {
  if (response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value])),
    "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
    "Cache-Control": API_CACHE_CONTROL,
    "Content-Type": "application/json",
    "Content-Length": Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}
