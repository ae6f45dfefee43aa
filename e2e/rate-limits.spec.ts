import { randomInt } from "node:crypto";
import { request as apiRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  appOrigin,
  askForSignInLink,
  joinCodeIn,
  someAddress,
  startWorkshopWith,
  workshopFields,
} from "./support/api";
import { bounded } from "./support/concurrency";
import { openRoundOf } from "./support/database";
import { linkToken } from "./support/tokens";

// The rate limits over HTTP, against both production servers sharing one database. The servers
// trust one proxy hop (playwright.config.ts), so each client here brings its own address in
// X-Forwarded-For and uses up only its own buckets, never those of the specs running beside it.
// Everything goes through the API: the point is the counting, not the pages.

const JOIN_LIMIT = 600;
const JOIN_WINDOW_SECONDS = 600;
const SAVE_LIMIT = 120;
const SAVE_WINDOW_SECONDS = 60;
const LINK_MISS_LIMIT = 600;
const LINK_WINDOW_SECONDS = 600;
const CODE_MISS_LIMIT = 120;
const CODE_WINDOW_SECONDS = 600;
/** lib/realtime/hub.ts: live streams one participant may hold at once. */
const STREAMS_PER_VIEWER = 4;

/**
 * Waits for a new window when the current one ends within `needSeconds`: fixed windows start on
 * multiples of their length, and a test that spans two would see its counts start again.
 */
async function roomInWindow(windowSeconds: number, needSeconds: number) {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < needSeconds) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 250));
}

async function clientAt(address: string): Promise<APIRequestContext> {
  return apiRequest.newContext({
    baseURL: appOrigin(),
    extraHTTPHeaders: { "X-Forwarded-For": address },
  });
}

/** A live workshop made through the API; returns its invite token and open round. */
async function startWorkshop(facilitator: APIRequestContext) {
  const { workshopId, inviteToken } = await startWorkshopWith(facilitator, {
    ...workshopFields("Rate limit drill"),
    anonymous: false,
  });
  return { workshopId, inviteToken, roundId: await openRoundOf(workshopId) };
}

async function expectRateLimited(response: APIResponse, windowSeconds: number) {
  expect(response.status()).toBe(429);
  const retryAfter = Number(response.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

test("a room of 300 behind one address all join; past the workshop's join limit it has to wait", async () => {
  test.setTimeout(240_000);
  const facilitator = await clientAt(someAddress());
  const { inviteToken } = await startWorkshop(facilitator);
  const roomAddress = someAddress();
  const room = await clientAt(roomAddress);
  // No cookie jar: every join is someone new, as on 300 phones.
  const join = (index: number) =>
    room.post("/api/workshops/join", {
      data: { inviteToken, displayName: `Person ${index + 1}`, role: "data_scientist" },
      headers: { Cookie: "" },
    });
  await roomInWindow(JOIN_WINDOW_SECONDS, 90);

  const roomJoins = await bounded(300, 10, async (index) => (await join(index)).status());
  expect(roomJoins.filter((status) => status === 201)).toHaveLength(300);

  // The same address, on to the limit: every join up to it works, the next one is refused.
  const more = await bounded(JOIN_LIMIT - 300, 10, async (index) =>
    (await join(300 + index)).status(),
  );
  expect(more.filter((status) => status === 201)).toHaveLength(JOIN_LIMIT - 300);
  const refused = await join(JOIN_LIMIT);
  await expectRateLimited(refused, JOIN_WINDOW_SECONDS);
  expect((await refused.json()).error.code).toBe("rate-limited");

  // Through the other app instance too: the count lives in the database.
  const sameRoomElsewhere = await apiRequest.newContext({
    baseURL: process.env.E2E_SECOND_ORIGIN,
    extraHTTPHeaders: { "X-Forwarded-For": roomAddress },
  });
  await expectRateLimited(
    await sameRoomElsewhere.post("/api/workshops/join", {
      data: { inviteToken, displayName: "One more", role: "data_scientist" },
    }),
    JOIN_WINDOW_SECONDS,
  );

  // The limit is the workshop's: the same address joins another workshop at once.
  const other = await startWorkshop(await clientAt(someAddress()));
  const joined = await room.post("/api/workshops/join", {
    data: { inviteToken: other.inviteToken, displayName: "Someone else", role: "ml_engineer" },
  });
  expect(joined.status()).toBe(201);
});

test("a script hammering ballot saves is held back; another participant saves on", async () => {
  test.setTimeout(120_000);
  const address = someAddress();
  const { workshopId, inviteToken, roundId } = await startWorkshop(await clientAt(address));
  // Two people on one network (one address), each with their own cookie.
  const [script, person] = await Promise.all(
    ["Script", "Person"].map(async (displayName) => {
      const client = await clientAt(address);
      const joined = await client.post("/api/workshops/join", {
        data: { inviteToken, displayName, role: "ml_engineer" },
      });
      expect(joined.status()).toBe(201);
      return client;
    }),
  );
  const save = (client: APIRequestContext, score: number) =>
    client.put(`/api/workshops/${workshopId}/votes`, {
      data: { roundId, answers: [{ criterionId: "governance", score, rationale: null }] },
    });
  await roomInWindow(SAVE_WINDOW_SECONDS, 20);

  const statuses = await bounded(SAVE_LIMIT + 10, 5, async (index) =>
    (await save(script!, (index % 5) + 1)).status(),
  );
  expect(statuses.filter((status) => status === 200)).toHaveLength(SAVE_LIMIT);
  expect(statuses.filter((status) => status === 429)).toHaveLength(10);
  const refused = await save(script!, 1);
  await expectRateLimited(refused, SAVE_WINDOW_SECONDS);
  expect((await refused.json()).error.code).toBe("rate-limited");

  for (const score of [1, 2, 3]) expect((await save(person!, score)).status()).toBe(200);
});

test("made-up secret links are limited per address, with a page that says to wait", async () => {
  test.setTimeout(120_000);
  const { inviteToken } = await startWorkshop(await clientAt(someAddress()));
  const scraper = await clientAt(someAddress());
  await roomInWindow(LINK_WINDOW_SECONDS, 60);
  // Made-up facilitator links, of the right shape: each is looked up, not found and counted.
  const statuses = await bounded(LINK_MISS_LIMIT, 20, async () =>
    (await scraper.get(`/f/${linkToken()}`, { maxRedirects: 0 })).status(),
  );
  expect(statuses.filter((status) => status === 429)).toHaveLength(0);

  const refused = await scraper.get("/f/made-up", { maxRedirects: 0 });
  await expectRateLimited(refused, LINK_WINDOW_SECONDS);
  expect(refused.headers()["content-type"]).toContain("text/html");
  expect(await refused.text()).toContain("Please wait a moment");
  // A page cannot answer 429, but it says the same for a link that is not there.
  expect(await (await scraper.get(`/j/${linkToken()}`)).text()).toContain("Please wait a moment");
  expect((await scraper.get(`/s/${inviteToken}/ballots.csv`)).status()).toBe(429);

  // Real links are not counted per address: the same address still opens one.
  expect(await (await scraper.get(`/j/${inviteToken}`)).text()).toContain("Join the workshop");
});

test("join codes that stand for nothing are limited per address, sooner than links", async () => {
  test.setTimeout(120_000);
  const facilitator = await clientAt(someAddress());
  const { workshopId } = await startWorkshop(facilitator);
  const code = joinCodeIn(await (await facilitator.get(`/w/${workshopId}/facilitate`)).text());
  const guesser = await clientAt(someAddress());
  await roomInWindow(CODE_WINDOW_SECONDS, 60);
  // Guesses of the right shape that hit no workshop: each is looked up, not found and counted.
  const guess = (n: number) => `2${String(n).padStart(5, "2").replace(/[01]/g, "2")}`;
  const pages = await bounded(CODE_MISS_LIMIT, 10, async (n) =>
    (await guesser.get(`/j?code=${guess(n)}`, { maxRedirects: 0 })).text(),
  );
  expect(pages.filter((page) => page.includes("Please wait a moment"))).toHaveLength(0);
  expect(pages.every((page) => page.includes("No open workshop has this code"))).toBe(true);
  expect(await (await guesser.get("/j?code=ZZZZZZ")).text()).toContain("Please wait a moment");
  // A real code is not counted per address: the same address still gets to the join page.
  const found = await guesser.get(`/j?code=${code.toLowerCase()}`, { maxRedirects: 0 });
  expect(found.status()).toBe(307);
  expect(found.headers().location).toMatch(/^\/j\/[A-Za-z0-9_-]{43}$/);
});

test("sign-in e-mails are limited per recipient, and refused asks do not spend the address's", async () => {
  test.setTimeout(120_000);
  const askForLink = (client: APIRequestContext, email: string) =>
    askForSignInLink(client, email, { callbackUrl: "/" });
  const refusedWithMessage = async (response: APIResponse) => {
    await expectRateLimited(response, 3600);
    const { url } = (await response.json()) as { url: string };
    expect(new URL(url).searchParams.get("error")).toBe("RateLimited");
  };
  await roomInWindow(3600, 60);

  // One recipient: five links an hour. (With no mail server listening the sends themselves
  // fail, which next-auth reports in its own way: what matters is that they were let through.)
  const office = await clientAt(someAddress());
  const recipient = `sam.${randomInt(1e9)}@e2e.test`;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    expect((await askForLink(office, recipient)).status()).not.toBe(429);
  }
  await refusedWithMessage(await askForLink(office, recipient));
  // The same recipient asked for from elsewhere is still refused: it is their inbox.
  await refusedWithMessage(await askForLink(await clientAt(someAddress()), recipient));

  // Asks the recipient's limit refused do not count against the address (30 used to be all
  // it had for an hour): the office still asks for someone else's link.
  for (let attempt = 0; attempt < 30; attempt += 1) {
    expect((await askForLink(office, recipient)).status()).toBe(429);
  }
  const fresh = await askForLink(office, `new.${randomInt(1e9)}@e2e.test`);
  expect(fresh.status()).not.toBe(429);
});

test("the sign-in page explains a refused link in words", async ({ page }) => {
  await page.goto("/sign-in?error=RateLimited");
  await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in links" })).toBeVisible();
});

test("one participant cannot hold more than a few live streams; a closed one frees its slot", async () => {
  test.setTimeout(60_000);
  const { workshopId, inviteToken } = await startWorkshop(await clientAt(someAddress()));
  const participant = await clientAt(someAddress());
  const joined = await participant.post("/api/workshops/join", {
    data: { inviteToken, displayName: "Streamer", role: "ml_engineer" },
  });
  expect(joined.status()).toBe(201);
  const cookie = (await participant.storageState()).cookies
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
  const url = `${appOrigin()}/api/workshops/${workshopId}/events`;
  const opened: AbortController[] = [];
  /** Opens a stream and keeps it open when it was let in; what the answer was. */
  const openStream = async () => {
    const controller = new AbortController();
    const response = await fetch(url, { headers: { Cookie: cookie }, signal: controller.signal });
    if (response.status === 200) {
      opened.push(controller);
      return { status: 200, retryAfter: null, code: null };
    }
    const body = (await response.json()) as { error: { code: string } };
    return {
      status: response.status,
      retryAfter: Number(response.headers.get("retry-after")),
      code: body.error.code,
    };
  };
  try {
    for (let stream = 0; stream < STREAMS_PER_VIEWER; stream += 1) {
      expect((await openStream()).status).toBe(200);
    }
    const refused = await openStream();
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThanOrEqual(1);
    expect(refused.code).toBe("rate-limited");
    // Closing one stream gives its slot back: the phone's reconnect gets through.
    opened.shift()!.abort();
    await expect.poll(async () => (await openStream()).status, { timeout: 10_000 }).toBe(200);
    expect((await openStream()).status).toBe(429);
  } finally {
    for (const controller of opened) controller.abort();
  }
});
