import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pg and the PGlite bridge are Node libraries; bundling them only slows the build.
  serverExternalPackages: ["pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  async headers() {
    // Pages whose address or content holds a link secret: never cached, never sent onwards
    // in a Referer header.
    const secretPages = ["/f/:path*", "/j/:path*", "/w/:path*", "/s/:path*", "/u/:path*"].map(
      (source) => ({
        source,
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex" },
        ],
      }),
    );
    return [{ source: "/:path*", headers: securityHeaders }, ...secretPages];
  },
};

export default nextConfig;
