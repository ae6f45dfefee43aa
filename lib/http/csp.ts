// The Content-Security-Policy of Blueprint's pages, built per request around a fresh nonce
// (proxy.ts sets it). Kept free of Next.js imports so that it can be tested on its own.
//
// Scripts: only those carrying this response's nonce run ('strict-dynamic' then lets the
// chunks they load run too); Next.js puts the nonce on its own scripts when it finds it in the
// request's policy. An injected <script>, inline handler or javascript: URL does not run.
//
// Styles: 'self' only, with no nonce and no 'unsafe-inline'. Tailwind's CSS comes as files
// from /_next/static, and no page renders a <style> element or a style="…" attribute on the
// server: the bars of the results are SVG and the QR code is sized by class for exactly this
// reason (an injected style attribute would be refused, and so would ours). What React or
// recharts set from JavaScript goes through element.style, which a policy does not govern, so
// the radar chart needs nothing more. An injected <style> cannot restyle the page to trick
// anyone or read attributes out through selectors.
//
// Images: 'self', plus data: and blob: because the chart's PNG download draws the chart's SVG
// through an image and hands the result to the browser as a blob.
//
// `next dev` evaluates code for its error overlay and fast refresh, and injects styles as
// <style> elements while it hot-reloads them: only there do scripts get 'unsafe-eval' and
// styles 'unsafe-inline'. A production build never gets either.

export interface CspOptions {
  nonce: string;
  /** `next dev`: see above. */
  development?: boolean;
}

/** A new nonce: 128 random bits in base64, as a policy's nonce source wants them. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

const NONCE = /^[A-Za-z0-9+/]+={0,2}$/;

export function contentSecurityPolicy({ nonce, development = false }: CspOptions): string {
  // The nonce ends up inside the header: anything but base64 could smuggle in a directive.
  if (!NONCE.test(nonce)) throw new Error("A CSP nonce must be base64.");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", ...(development ? ["'unsafe-inline'"] : [])],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // Fetches, live updates (EventSource) and, in development, the hot-reload socket: 'self'
    // covers ws: and wss: on the same host.
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/**
 * Route handlers answer with JSON, CSV or event streams, never with a page: nothing in them
 * may load, run or frame anything.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";
