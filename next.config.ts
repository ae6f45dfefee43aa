import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY } from "./lib/http/csp";
import { securityHeaders } from "./lib/http/security-headers";

// Pages get their Content-Security-Policy, with a nonce per request, from proxy.ts; everything
// else here applies to every response. e2e/headers.spec.ts holds the exact values.

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and the PGlite bridge are Node libraries; bundling them only slows the build.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  async headers() {
    // Pages whose address or content holds a link secret: never cached, never sent onwards
    // in a Referer header.
    const secretPages = [
      "/f/:path*",
      "/j/:path*",
      "/w/:path*",
      "/s/:path*",
      "/d/:path*",
      "/u/:path*",
      "/sign-in/confirm",
    ].map((source) => ({
      source,
      headers: [
        { key: "Cache-Control", value: "no-store" },
        { key: "Referrer-Policy", value: "no-referrer" },
        { key: "X-Robots-Tag", value: "noindex" },
      ],
    }));
    // Route handlers that proxy.ts does not see: the JSON API and the CSV downloads.
    const nonPages = [
      "/api/:path*",
      "/w/:workshopId/results/ballots.csv",
      "/s/:token/ballots.csv",
    ].map((source) => ({
      source,
      headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
    }));
    return [{ source: "/:path*", headers: securityHeaders() }, ...secretPages, ...nonPages];
  },
};

// next-intl reads each request's language and messages from lib/i18n/request.ts. The messages
// are compiled when the app is built, so a browser gets no ICU parser, only a small formatter.
export default createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { path: "./lib/i18n/messages", format: "json", locales: "infer", precompile: true },
  },
})(nextConfig);
