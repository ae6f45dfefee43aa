import { expect, test } from "./fixtures";
import { send, startWorkshop, workshopFields } from "./support/api";

// The security headers, as exact values: a change to any of them (lib/http/csp.ts, proxy.ts,
// next.config.ts, a route's own headers) has to change this file too. The nonce differs on
// every response, so it is written as 'nonce-…' here and checked on its own below.

let baseURL = "";

const NAMES = [
  "content-security-policy",
  "strict-transport-security",
  "x-content-type-options",
  "x-frame-options",
  "referrer-policy",
  "permissions-policy",
  "cache-control",
  "x-robots-tag",
] as const;

const NONCE = /'nonce-([A-Za-z0-9+/]+={0,2})'/;

const PAGE_POLICY =
  "default-src 'self'; script-src 'self' 'nonce-…' 'strict-dynamic'; style-src 'self'; " +
  "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

const everywhere = {
  "strict-transport-security": "max-age=63072000; includeSubDomains",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
};

const page = {
  ...everywhere,
  "content-security-policy": PAGE_POLICY,
  "referrer-policy": "strict-origin-when-cross-origin",
  "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
  "x-robots-tag": null,
};
/** A page or redirect whose address holds a secret. */
const tokenPage = {
  ...page,
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-robots-tag": "noindex",
};
const api = {
  ...everywhere,
  "content-security-policy": API_POLICY,
  "referrer-policy": "strict-origin-when-cross-origin",
  "cache-control": "no-store",
  "x-robots-tag": null,
};
/** The JSON API's answers (lib/http/route.ts json()), which are never compressed either. */
const jsonApi = { ...api, "cache-control": "no-store, no-transform" };

interface Got {
  status: number;
  headers: Headers;
  text: string;
}

async function get(path: string, init: RequestInit = {}): Promise<Got> {
  const response = await fetch(`${baseURL}${path}`, { redirect: "manual", ...init });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function securityHeaders(got: Got): Record<string, string | null> {
  return Object.fromEntries(
    NAMES.map((name) => [name, got.headers.get(name)?.replace(NONCE, "'nonce-…'") ?? null]),
  );
}

const nonceOf = (got: Got) => NONCE.exec(got.headers.get("content-security-policy") ?? "")?.[1];

/** A workshop made through the API, with its secrets: the links a test can open. */
async function workshopWithLinks() {
  const {
    workshopId,
    facilitatorToken,
    facilitatorCookie: cookie,
    inviteToken,
  } = await startWorkshop(workshopFields(`Headers ${Date.now()}`, "Header team"));
  // Revealed, so that the results and their CSV exist.
  const workshopApi = `/api/workshops/${workshopId}`;
  const reveal = await send({ method: "POST", path: `${workshopApi}/reveal`, cookie });
  expect(reveal.status).toBe(200);
  const share = await send({
    method: "POST",
    path: `${workshopApi}/share-links`,
    cookie,
    // With the CSV, whose answer's headers are checked too.
    body: { label: "Board", mode: "live", showCsv: true },
  });
  expect(share.status).toBe(201);
  const { token: shareToken } = JSON.parse(share.text) as { token: string };
  return { workshopId, cookie, facilitatorToken, inviteToken, shareToken };
}

test.beforeAll(({ baseURL: base }) => {
  baseURL = base!;
});

test("pages, secret-link pages and the API send exactly these security headers", async () => {
  const links = await workshopWithLinks();
  const seen = {
    home: await get("/"),
    signIn: await get("/sign-in"),
    signInElsewhere: await get(
      `/sign-in/confirm?email=someone%40example.test&token=${"0".repeat(64)}`,
    ),
    invite: await get(`/j/${links.inviteToken}`),
    share: await get(`/s/${links.shareToken}`),
    facilitatorLink: await get(`/f/${links.facilitatorToken}`),
    facilitatorPage: await get(`/w/${links.workshopId}/facilitate`, {
      headers: { Cookie: links.cookie },
    }),
    health: await get("/api/health"),
    crossSiteWrite: await get(`/api/workshops/${links.workshopId}/close`, {
      method: "POST",
      headers: { Origin: "https://evil.example", Cookie: links.cookie },
    }),
    csv: await get(`/s/${links.shareToken}/ballots.csv`),
  };
  expect(Object.fromEntries(Object.entries(seen).map(([name, got]) => [name, got.status]))).toEqual(
    {
      home: 200,
      signIn: 200,
      signInElsewhere: 200,
      invite: 200,
      share: 200,
      facilitatorLink: 307,
      facilitatorPage: 200,
      health: 200,
      crossSiteWrite: 403,
      csv: 200,
    },
  );
  expect(
    Object.fromEntries(Object.entries(seen).map(([name, got]) => [name, securityHeaders(got)])),
  ).toEqual({
    home: page,
    signIn: page,
    signInElsewhere: tokenPage,
    invite: tokenPage,
    share: tokenPage,
    facilitatorLink: tokenPage,
    facilitatorPage: tokenPage,
    health: api,
    crossSiteWrite: jsonApi,
    csv: { ...tokenPage, "content-security-policy": API_POLICY },
  });
});

test("every page response has a nonce of its own, and only its scripts carry it", async () => {
  const first = await get("/");
  const second = await get("/");
  const nonces = [nonceOf(first), nonceOf(second)];
  expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonces[1]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(nonces[0]).not.toBe(nonces[1]);

  for (const [got, nonce] of [
    [first, nonces[0]],
    [second, nonces[1]],
  ] as const) {
    const scripts = got.text.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // No inline style anywhere in the server's HTML: the policy would refuse it.
    expect(got.text).not.toMatch(/<style\b|\sstyle="/);
  }
});

test("the browser runs the page's own scripts and refuses injected ones", async ({
  page: tab,
  cspViolations,
}) => {
  const response = await tab.goto("/");
  const nonce = nonceOf({ status: 200, headers: new Headers(response!.headers()), text: "" })!;
  expect(
    await tab.evaluate(() => Array.from(document.scripts).map((script) => script.nonce)),
  ).toEqual(expect.arrayContaining([nonce]));
  // Hydrated: the nonce let Next.js's scripts run, so React answers the form.
  await tab.getByLabel("Workshop title").fill("Nonce check");
  await tab.getByLabel("Team name").fill("Header team");
  await tab.getByRole("button", { name: "Create workshop" }).click();
  await expect(tab.getByRole("heading", { name: "Your workshop is ready" })).toBeFocused();

  // What a stored injection would put into the server's HTML: an inline script, an inline
  // event handler and a style attribute. The page keeps its real headers.
  await tab.route(`${baseURL}/`, async (route) => {
    const real = await route.fetch();
    const injected = (await real.text()).replace(
      "</body>",
      `<script>window.injected = "script"</script>` +
        `<img src="data:," onerror="window.injected = 'handler'">` +
        `<p style="color: red">styled</p></body>`,
    );
    await route.fulfill({ response: real, body: injected });
  });
  await tab.goto("/");
  await expect
    .poll(() => cspViolations.filter((text) => text.startsWith("[csp-violation]")).length)
    .toBeGreaterThanOrEqual(3);
  expect(await tab.evaluate(() => (window as { injected?: string }).injected)).toBeUndefined();
  const found = cspViolations.join("\n");
  expect(found).toContain("script-src-elem refused inline");
  expect(found).toContain("script-src-attr refused inline");
  expect(found).toContain("style-src-attr refused inline");
  // Provoked on purpose: not a failure of this test.
  cspViolations.length = 0;
});
