import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_AUTH_SECRET } from "./e2e/app-secret";

// This machine cannot download Playwright's browsers, so Debian's Chromium is the default.
// CHROMIUM_PATH overrides it; without either, Playwright's own browser is used.
const chromiumPath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const secondPort = port + 1;
// Read by e2e/live.spec.ts.
process.env.E2E_SECOND_ORIGIN = `http://127.0.0.1:${secondPort}`;
// The server sends sign-in e-mails here; e2e/sign-in.spec.ts runs the mail server on this port.
// Set on process.env so the workers, which inherit it, read the same value.
process.env.E2E_SMTP_PORT ??= "3125";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      // The machines have no route to the internet; without these flags Chromium keeps
      // trying to reach Google's services in the background.
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: ["**/outage.spec.ts", "**/fuzz.spec.ts"],
    },
    {
      name: "phone",
      use: { ...devices["Pixel 7"] },
      // The workshop specs already put every participant on a 390 px phone and screenshot
      // both widths; running them twice would only double the slowest part of the suite.
      testIgnore: [
        "**/outage.spec.ts",
        "**/workshop.spec.ts",
        "**/secrecy.spec.ts",
        "**/results.spec.ts",
        // Its participants are on 390 px phones already, and it holds the mail server a while.
        "**/german.spec.ts",
        // Sets a laptop's and a phone's viewport itself, and prints from the laptop.
        "**/results-page.spec.ts",
        // Sets a laptop's and a phone's viewport itself for its screenshots.
        "**/series.spec.ts",
        "**/live.spec.ts",
        "**/async.spec.ts",
        // HTTP only, no pages to see at another width.
        "**/rate-limits.spec.ts",
        // HTTP only: the browser's size makes no difference.
        "**/permissions.spec.ts",
        "**/forged-host.spec.ts",
        "**/lockout.spec.ts",
        "**/anonymity.spec.ts",
        "**/cookie-bomb.spec.ts",
        "**/fuzz.spec.ts",
        "**/unicode.spec.ts",
      ],
    },
    // Compares the whole database before and after its requests, so it runs when no other spec
    // is writing: after the desktop and phone runs.
    {
      name: "fuzz",
      testMatch: "**/fuzz.spec.ts",
      dependencies: ["desktop", "phone"],
    },
    // Stops and starts the real PostgreSQL cluster, so only after everything else has finished,
    // and only where scripts/test.ts found a local cluster it may restart.
    ...(process.env.E2E_PG_CLUSTER
      ? [
          {
            name: "outage",
            use: { ...devices["Desktop Chrome"] },
            testMatch: "**/outage.spec.ts",
            dependencies: ["desktop", "phone", "fuzz"],
          },
        ]
      : []),
  ],
  // Two instances of the production build on one database, as behind a load balancer: live
  // updates must cross from one to the other (e2e/live.spec.ts). Everything else uses the first.
  webServer: [port, secondPort].map((serverPort) => ({
    command: `node scripts/serve.mjs --port ${serverPort} --hostname 127.0.0.1`,
    url: `http://127.0.0.1:${serverPort}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NODE_ENV: "production",
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      DATABASE_POOL_SIZE: process.env.E2E_DATABASE_POOL_SIZE ?? "5",
      // Fixed so that a run never depends on a secret file left in .data by `npm start`.
      AUTH_SECRET: E2E_AUTH_SECRET,
      APP_URL: `http://127.0.0.1:${serverPort}`,
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      EMAIL_FROM: "Blueprint <blueprint@e2e.test>",
      // The embedded database cannot carry notifications between instances; the second
      // instance is then only a second server of the same data (see scripts/test.ts).
      BLUEPRINT_EVENT_BUS: process.env.E2E_EVENT_BUS ?? "postgres",
      // As behind one proxy: e2e/rate-limits.spec.ts gives each of its clients an address of its
      // own in X-Forwarded-For, so using up a limit never reaches the other specs, whose
      // requests (without the header) share the one bucket of direct clients.
      TRUSTED_PROXY_HOPS: "1",
    },
  })),
});
