import { randomInt } from "node:crypto";
import { request as apiRequest, type APIRequestContext } from "@playwright/test";
import { migrate } from "@/lib/db/migrate";
import { startExtraServer, type ExtraServer } from "./extra-server";
import { expect, test } from "./fixtures";
import { askForSignInLink, startWorkshopWith, workshopFields } from "./support/api";
import { bounded } from "./support/concurrency";
import { query } from "./support/database";
import { openMailbox, type Mailbox } from "./support/mailbox";
import { linkToken } from "./support/tokens";

// Issue 12, "anyone can lock the whole site out": with TRUSTED_PROXY_HOPS=0 (the default) the
// server cannot tell its clients apart, so every client counts as the one address "direct".
// This spec starts a production server of its own that way, on a database of its own (its
// floods fill the "direct" buckets, which the suite's other servers share with every spec that
// sends no X-Forwarded-For), floods it as an outside attacker did, and then checks that real
// people still join, open their links, sign in and start workshops.

const basePort = Number(process.env.E2E_PORT ?? 3100);
const port = basePort + 10;
const smtpPort = basePort + 11;
const origin = `http://127.0.0.1:${port}`;
// A schema of its own beside the suite's: the floods fill the "direct" buckets of its own
// rate_limit_buckets table. PGlite ignores a URL's search_path, so the spec needs a real
// PostgreSQL (@server).
const schema = `lockout_${process.pid}_${Date.now().toString(36)}`;
const databaseUrl = (() => {
  const url = new URL(process.env.E2E_DATABASE_URL ?? "");
  url.searchParams.set("options", `-c search_path=${schema}`);
  return url.toString();
})();

let mailbox: Mailbox | undefined;
let server: ExtraServer | undefined;
const clients: APIRequestContext[] = [];

async function client(): Promise<APIRequestContext> {
  const context = await apiRequest.newContext({ baseURL: origin });
  clients.push(context);
  return context;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await migrate({ connectionString: process.env.E2E_DATABASE_URL!, schema });

  mailbox = await openMailbox(smtpPort);

  server = await startExtraServer(port, {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "5",
    APP_URL: origin,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    EMAIL_FROM: "Blueprint <blueprint@e2e.test>",
    // The point of this spec: no proxy, so every client is the one address "direct".
    TRUSTED_PROXY_HOPS: "0",
  });
});

test.afterAll(async () => {
  for (const context of clients) await context.dispose();
  await server?.stop();
  await mailbox?.close();
  await query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

/** A workshop started through the API; its facilitator and invite tokens. */
const startWorkshop = (facilitator: APIRequestContext) =>
  startWorkshopWith(facilitator, workshopFields("Lockout drill", "Platform"));

test("a flood of joins with made-up invite tokens does not stop a real join @server", async () => {
  test.setTimeout(120_000);
  const { inviteToken } = await startWorkshop(await client());
  const attacker = await client();
  const flood = await bounded(650, 20, async () =>
    (
      await attacker.post("/api/workshops/join", {
        data: { inviteToken: linkToken(), displayName: "Nobody", role: "data_scientist" },
        headers: { Cookie: "" },
      })
    ).status(),
  );
  // The flood is held back once its own bucket is full...
  expect(flood.filter((status) => status === 404).length).toBeGreaterThan(0);
  expect(flood.at(-1)).toBe(429);
  // ...and someone with the real invite link joins at once.
  const person = await client();
  const joined = await person.post("/api/workshops/join", {
    data: { inviteToken, displayName: "Real person", role: "ml_engineer" },
  });
  expect(joined.status()).toBe(201);
});

test("a flood of made-up links does not stop real links from opening @server", async () => {
  test.setTimeout(120_000);
  const facilitator = await client();
  const { inviteToken, facilitatorToken } = await startWorkshop(facilitator);
  const attacker = await client();
  const flood = await bounded(1250, 25, async (index) =>
    (
      await attacker.get(`/f/${index % 5 === 0 ? "garbage" : linkToken()}`, { maxRedirects: 0 })
    ).status(),
  );
  expect(flood.at(-1)).toBe(429);

  const person = await client();
  expect(await (await person.get(`/j/${inviteToken}`)).text()).toContain("Join the workshop");
  const opened = await person.get(`/f/${facilitatorToken}`, { maxRedirects: 0 });
  expect(opened.status()).toBe(307);
  expect(opened.headers()["location"]).toContain("/facilitate");
});

test("workshops started without an account are throttled per address @server", async () => {
  test.setTimeout(120_000);
  const attacker = await client();
  const statuses = await bounded(130, 10, async () =>
    (
      await attacker.post("/api/workshops", {
        data: { title: "Spam", teamName: "Spam", frameworkId: "ml-lifecycle", mode: "live" },
        headers: { Cookie: "" },
      })
    ).status(),
  );
  // 100 in 10 minutes per address, less the ones the tests before started.
  expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(100);
  expect(statuses.at(-1)).toBe(429);
  const refused = await attacker.post("/api/workshops", {
    data: { title: "Spam", teamName: "Spam", frameworkId: "ml-lifecycle", mode: "live" },
  });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect((await refused.json()).error.code).toBe("rate-limited");
});

const askForLink = (asker: APIRequestContext, email: string, as: "form" | "json" = "form") =>
  askForSignInLink(asker, email, { callbackUrl: "/workshops", as });

const mailsTo = (address: string) => mailbox!.mailsTo(address);

test("a flood of sign-in requests does not stop real sign-ins, and the new account starts a workshop @server", async () => {
  test.setTimeout(120_000);
  const attacker = await client();
  // One CSRF cookie first: requests racing for their first one would each set another.
  await attacker.get("/api/auth/csrf");
  // More than the 30 that used to lock everyone out for an hour: nine asks each for five inboxes.
  const victims = Array.from(
    { length: 5 },
    (_, index) => `victim${index}.${randomInt(1e9)}@e2e.test`,
  );
  const flood = await bounded(45, 5, async (index) =>
    (await askForLink(attacker, victims[index % 5]!)).status(),
  );
  expect(flood.filter((status) => status === 429)).toHaveLength(20);
  // Each inbox got its five links and no more.
  await expect.poll(() => victims.map((victim) => mailsTo(victim).length)).toEqual([5, 5, 5, 5, 5]);

  const email = `sam.${randomInt(1e9)}@e2e.test`;
  const sam = await client();
  const asked = await askForLink(sam, email);
  expect(asked.status()).toBe(200);
  expect(
    new URL(((await asked.json()) as { url: string }).url).searchParams.get("error"),
  ).toBeNull();
  await expect.poll(() => mailsTo(email).length).toBe(1);
  const link = /http:\/\/127\.0\.0\.1:\d+\/api\/auth\/callback\/email\?\S+/.exec(
    mailsTo(email)[0]!.text,
  )?.[0];
  expect(link).toBeDefined();
  const signedIn = await sam.get(new URL(link!).pathname + new URL(link!).search, {
    maxRedirects: 0,
  });
  expect(signedIn.status()).toBe(302);
  // The anonymous bucket is spent (the test before); an account has its own.
  const created = await sam.post("/api/workshops", {
    data: { title: "Real work", teamName: "Platform", frameworkId: "ml-lifecycle", mode: "live" },
  });
  expect(created.status()).toBe(201);
});

test("the recipient's limit holds whether the request is a form or JSON @server", async () => {
  test.setTimeout(60_000);
  const attacker = await client();
  const target = `inbox.${randomInt(1e9)}@e2e.test`;
  const statuses: number[] = [];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    statuses.push((await askForLink(attacker, target, "json")).status());
  }
  expect(statuses.filter((status) => status === 429)).toHaveLength(3);
  const refused = await askForLink(attacker, target, "form");
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  expect(new URL(((await refused.json()) as { url: string }).url).searchParams.get("error")).toBe(
    "RateLimited",
  );
  // Give stragglers a moment, then count: five mails, not eight.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(mailsTo(target)).toHaveLength(5);
});
