// The headers every response carries, whoever sends it: next.config.ts gives them to what
// Next.js serves, and the ballot lane (app/api/workshops/[workshopId]/votes/lane.ts), which
// answers before Next.js sees the request, sends them itself. Free of Next.js imports, because
// next.config.ts loads it. e2e/headers.spec.ts holds the exact values.

export interface Header {
  key: string;
  value: string;
}

/**
 * HSTS only in a production build: `next dev` on http://localhost must not pin that host to
 * HTTPS. Browsers ignore the header on plain HTTP, so a production build tried without TLS
 * still works.
 */
export function securityHeaders(production = process.env.NODE_ENV === "production"): Header[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(production
      ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
      : []),
  ];
}
