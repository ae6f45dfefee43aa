import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signedInAccount } from "./support/accounts";
import { appOrigin, cookieFrom, expectOk, send, workshopFields } from "./support/api";
import { query, withDatabase } from "./support/database";
import { openMailbox } from "./support/mailbox";
import { linkToken, sha256 } from "./support/tokens";
import { expectAccessible } from "./workshop-steps";

// The app under test sends its sign-in e-mails to 127.0.0.1:E2E_SMTP_PORT (playwright.config.ts).
// The desktop and phone runs of these tests may run at the same time in two workers, and only
// one can listen on that port: holding it doubles as a lock, so each test opens the mailbox,
// waits for the port if the other worker has it, and closes it as soon as its mail arrived.
const smtpPort = Number(process.env.E2E_SMTP_PORT);

async function sessionRowsOf(email: string): Promise<number> {
  const rows = await query<{ count: string }>(
    "SELECT count(*) FROM sessions JOIN users ON users.id = sessions.user_id WHERE users.email = $1",
    [email],
  );
  return Number(rows[0]!.count);
}

const accountMenu = (page: Page) => page.getByRole("navigation", { name: "Account" });

/** Asks for a sign-in link on the page, which is /sign-in, and returns the link from the mail. */
async function requestSignInLink(
  page: Page,
  email: string,
  checkPage?: (page: Page) => Promise<void>,
): Promise<string> {
  const mailbox = await openMailbox(smtpPort, 90_000);
  try {
    // Typed in capitals: the address is normalised, so the mail goes to the lower-case form.
    await page.getByLabel("E-mail address").fill(email.toUpperCase());
    await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();
    await expect(page).toHaveURL(/\/sign-in\/check-email$/);
    await expect(page.getByRole("heading", { level: 1, name: "Check your e-mail" })).toBeVisible();
    await checkPage?.(page);

    const mail = await mailbox.nextMailTo(email);
    expect(mail.subject).toBe("Your sign-in link for Blueprint");
    const found = /https?:\/\/\S+\/api\/auth\/callback\/email\?\S+/.exec(mail.text);
    expect(found, mail.text).not.toBeNull();
    return found![0];
  } finally {
    await mailbox.close();
  }
}

test("a facilitator signs in with an e-mailed link and signing out ends the session", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(150_000);
  const email = `facilitator-${testInfo.project.name}-${Date.now()}@example.test`;

  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByText(/don.t need an account to run a workshop/)).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expectAccessible(page);

  const link = await requestSignInLink(page, email, expectAccessible);
  // Built from APP_URL, not from whatever Host header the request carried.
  expect(new URL(link).origin).toBe(baseURL);

  await page.goto(link);
  await expect(page).toHaveURL(/\/workshops$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your workshops" })).toBeVisible();
  await expect(accountMenu(page)).toContainText(email);
  await expect(page.getByText("You have no workshops yet.")).toBeVisible();
  await expectAccessible(page);
  expect(await sessionRowsOf(email)).toBe(1);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(accountMenu(page).getByRole("button", { name: "Sign out" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );

  // A link works once: the same link again lands on the error page, in any browser.
  const elsewhere = await browser.newContext();
  const second = await elsewhere.newPage();
  await second.goto(link);
  await expect(second).toHaveURL(/\/sign-in\/error\?error=Verification$/);
  await expect(
    second.getByRole("heading", { level: 1, name: "This sign-in link no longer works" }),
  ).toBeVisible();
  await expectAccessible(second);
  await elsewhere.close();

  const [sessionCookie] = (await page.context().cookies()).filter(
    (cookie) => cookie.name === "next-auth.session-token",
  );
  expect(sessionCookie).toBeDefined();

  await accountMenu(page).getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/workshops");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)workshops$/);
  expect(await sessionRowsOf(email)).toBe(0);

  // Even a copy of the old cookie no longer signs anyone in: the session is gone on the server.
  const replay = await browser.newContext();
  await replay.addCookies([sessionCookie!]);
  const replayed = await replay.newPage();
  await replayed.goto(`${baseURL}/workshops`);
  await expect(replayed).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)workshops$/);
  await replay.close();
});

test("a mistyped address is explained and nothing is sent", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=/workshops");
  const input = page.getByLabel("E-mail address");
  await input.fill("sam.example.com");
  await page.getByRole("button", { name: "E-mail me a sign-in link" }).click();

  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Enter an e-mail address like name@example.com.",
  );
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expectAccessible(page);
});

test("the sign-in and error pages explain what next-auth reports", async ({ page }) => {
  await page.goto("/sign-in?error=OAuthAccountNotLinked");
  await expect(page.getByRole("main").getByRole("alert")).toContainText(
    "Please sign in the way you did before.",
  );
  await expectAccessible(page);

  await page.goto("/sign-in/error?error=Configuration");
  await expect(
    page.getByRole("heading", { level: 1, name: "Sign-in is not set up correctly" }),
  ).toBeVisible();
  await page.goto("/sign-in/error?error=SomethingNew");
  await expect(page.getByRole("heading", { level: 1, name: "Sign-in did not work" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to sign-in" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("workshops started in this browser before signing in join the account once asked", async ({
  page,
}, testInfo) => {
  test.setTimeout(150_000);
  const email = `claimer-${testInfo.project.name}-${Date.now()}@example.test`;
  const tag = `${testInfo.project.name} ${Date.now()}`;
  // Arranged in SQL, as starting them would leave them: each workshop with its facilitator
  // capability and the hash of the starter key of the browser it was started in, only hashes
  // stored. This browser started the first; of the second it holds only the facilitator link,
  // as anyone would whom that link reached.
  const starterKey = linkToken();
  const [mine, notMine] = await withDatabase(async (client) => {
    const created: Array<{ id: string; token: string; title: string }> = [];
    for (const [title, key] of [
      [`Ours ${tag}`, starterKey],
      [`Someone else's ${tag}`, linkToken()],
    ] as const) {
      const token = linkToken();
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO workshops (title, team_name, framework_id, framework, mode, invite_token_hash, started_in_browser_hash)
         VALUES ($1, 'Platform team', 'ml-lifecycle', '{}', 'live', $2, $3) RETURNING id`,
        [title, sha256(`invite ${token}`), sha256(key)],
      );
      const id = rows[0]!.id;
      await client.query(
        "INSERT INTO facilitator_capabilities (workshop_id, token_hash) VALUES ($1, $2)",
        [id, sha256(token)],
      );
      created.push({ id, token, title });
    }
    return created;
  });
  await page.context().addCookies(
    [
      { name: "bp_starter", value: starterKey },
      { name: `bp_facilitator_${notMine!.id}`, value: notMine!.token },
    ].map((cookie) => ({
      ...cookie,
      url: testInfo.project.use.baseURL!,
      httpOnly: true,
      sameSite: "Lax" as const,
    })),
  );

  await page.goto("/workshops");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=(%2F|\/)workshops$/);
  const link = await requestSignInLink(page, email);
  await page.goto(link);

  // Signing in adds nothing by itself: the page names the workshop and the account, and asks.
  await expect(page).toHaveURL(/\/workshops$/);
  const offer = page.getByRole("region", {
    name: "Workshops in this browser that no account holds",
  });
  await expect(offer).toContainText(mine!.title);
  await expect(offer).toContainText(email);
  await expect(page.getByText(notMine!.title)).toHaveCount(0);
  await expect(page.getByText("You have no workshops yet.")).toBeVisible();
  await expectAccessible(page);
  expect(await ownersOf([mine!.id, notMine!.id])).toEqual({
    [mine!.id]: null,
    [notMine!.id]: null,
  });

  await offer.getByRole("button", { name: `Add to ${email}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 workshop added." })).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: mine!.title })).toBeVisible();
  await expect(offer).toHaveCount(0);
  expect(await ownersOf([mine!.id, notMine!.id])).toEqual({
    [mine!.id]: email,
    [notMine!.id]: null,
  });
});

async function ownersOf(workshopIds: string[]): Promise<Record<string, string | null>> {
  const rows = await query<{ id: string; email: string | null }>(
    "SELECT workshops.id, users.email FROM workshops LEFT JOIN users ON users.id = workshops.owner_id WHERE workshops.id = ANY($1::uuid[])",
    [workshopIds],
  );
  return Object.fromEntries(rows.map((row) => [row.id, row.email]));
}

test("a sign-in link asked for in another browser signs nobody in and hands over no workshop", async ({
  page,
  browser,
  baseURL,
  playwright,
}, testInfo) => {
  test.setTimeout(150_000);
  const attackerEmail = `attacker-${testInfo.project.name}-${Date.now()}@example.test`;

  // The victim runs a workshop in this browser, through its facilitator link's cookie.
  const created = await page.request.post("/api/workshops", {
    data: {
      title: `Victim's workshop ${testInfo.project.name}`,
      teamName: "Risk team",
      frameworkId: "ml-lifecycle",
      mode: "live",
      anonymous: false,
    },
  });
  expect(created.status()).toBe(201);
  const { workshopId } = (await created.json()) as { workshopId: string };

  // The attacker asks for a link to their own address, in their own browser.
  const attacker = await browser.newContext();
  const attackerPage = await attacker.newPage();
  await attackerPage.goto("/sign-in");
  const link = await requestSignInLink(attackerPage, attackerEmail);
  await attacker.close();

  // The victim is made to open it (a plain cross-site GET): nothing happens but a question.
  await page.goto(link);
  await expect(page).toHaveURL(/\/sign-in\/confirm\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Sign in here?" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(attackerEmail);
  await expectAccessible(page);
  expect(await sessionRowsOf(attackerEmail)).toBe(0);
  const sessionCookies = async () =>
    (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"));
  expect(await sessionCookies()).toEqual([]);

  // A link made too long for the check to read (a padded callbackUrl) is refused, not handed
  // to next-auth, which would sign the victim in without asking.
  const padded = new URL(link);
  padded.searchParams.set("callbackUrl", `/workshops?x=${"a".repeat(2100)}`);
  const refused = await page.request.get(padded.toString(), { maxRedirects: 0 });
  expect(refused.status()).toBe(400);
  padded.searchParams.set("callbackUrl", "/workshops");
  padded.searchParams.delete("email");
  expect((await page.request.get(padded.toString(), { maxRedirects: 0 })).status()).toBe(400);
  expect(await sessionRowsOf(attackerEmail)).toBe(0);
  expect(await sessionCookies()).toEqual([]);

  // Another site cannot press the button for the victim.
  const url = new URL(link);
  const outsider = await playwright.request.newContext({ baseURL });
  const forged = await outsider.post("/api/auth/confirm-link", {
    headers: { Origin: "https://evil.example" },
    form: {
      email: url.searchParams.get("email")!,
      token: url.searchParams.get("token")!,
    },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  await outsider.dispose();
  expect(await sessionRowsOf(attackerEmail)).toBe(0);

  // Even a victim who clicks through is only signed in: the workshop stays theirs until they
  // add it to that account themselves, on a page that names the account.
  await page.getByRole("button", { name: `Sign in as ${attackerEmail}` }).click();
  await expect(accountMenu(page)).toContainText(attackerEmail);
  expect(await sessionRowsOf(attackerEmail)).toBe(1);
  expect(await ownersOf([workshopId])).toEqual({ [workshopId]: null });
  await page.goto("/workshops");
  await expect(
    page.getByRole("region", { name: "Workshops in this browser that no account holds" }),
  ).toContainText(attackerEmail);
  expect(await ownersOf([workshopId])).toEqual({ [workshopId]: null });
});

test("a leaked facilitator link lets its holder run the workshop, never add it to their account", async ({}, testInfo) => {
  // The facilitator starts a workshop without an account; the answer gives their browser the
  // facilitator link's cookie and its starter key.
  const created = await send({
    method: "POST",
    path: "/api/workshops",
    body: workshopFields(`Leaked link ${testInfo.project.name} ${Date.now()}`),
  });
  expect(created.status, created.text).toBe(201);
  const { workshopId, facilitatorLink } = JSON.parse(created.text) as {
    workshopId: string;
    facilitatorLink: string;
  };
  const facilitator = [
    cookieFrom(created.setCookies, `bp_facilitator_${workshopId}`),
    cookieFrom(created.setCookies, "bp_starter"),
  ].join("; ");

  // The link reaches a stranger, who opens it and signs in to their own account.
  const opened = await send({ method: "GET", path: new URL(facilitatorLink).pathname });
  expect(opened.status).toBe(307);
  const stranger = await signedInAccount({ name: "Stranger" });
  const strangerCookie = [
    cookieFrom(opened.setCookies, `bp_facilitator_${workshopId}`),
    stranger.cookie,
  ].join("; ");
  const facilitatorPage = (cookie: string) =>
    send({ method: "GET", path: `/w/${workshopId}/facilitate`, cookie });
  await expectOk(facilitatorPage(strangerCookie), "the link works, as links do");

  // Their /workshops offers nothing, and naming the workshop adds nothing.
  const offered = await expectOk(
    send({ method: "GET", path: "/workshops", cookie: strangerCookie }),
  );
  expect(offered.text).not.toContain(workshopId);
  const claim = (cookie: string) =>
    send({
      method: "POST",
      path: "/api/workshops/claim",
      cookie,
      headers: { Origin: appOrigin() },
      body: { workshopIds: [workshopId] },
    });
  expect(JSON.parse((await expectOk(claim(strangerCookie))).text)).toEqual({ claimed: [] });
  // Replacing the link first, to lock the facilitator out, gains them nothing either.
  const replaced = await expectOk(
    send({
      method: "POST",
      path: `/api/workshops/${workshopId}/facilitator-link`,
      cookie: strangerCookie,
      headers: { Origin: appOrigin() },
    }),
  );
  const strangerNow = [
    cookieFrom(replaced.setCookies, `bp_facilitator_${workshopId}`),
    stranger.cookie,
  ].join("; ");
  expect(JSON.parse((await expectOk(claim(strangerNow))).text)).toEqual({ claimed: [] });
  expect(await ownersOf([workshopId])).toEqual({ [workshopId]: null });

  // The browser that started it still can: it signs in and adds it, and from then on the
  // account keeps access, which its page says, while the stranger's page names it masked.
  const owner = await signedInAccount({ name: "Starter" });
  const ownerCookie = `${facilitator}; ${owner.cookie}`;
  expect(JSON.parse((await expectOk(claim(ownerCookie))).text)).toEqual({
    claimed: [workshopId],
  });
  expect(await ownersOf([workshopId])).toEqual({ [workshopId]: owner.email });
  expect((await expectOk(facilitatorPage(owner.cookie))).text).toContain(
    "Your account keeps this workshop",
  );
  const [name, domain] = owner.email.split("@");
  const strangerSees = (await expectOk(facilitatorPage(strangerNow))).text;
  expect(strangerSees).toContain(
    `The account ${name!.slice(0, 1)}•••@${domain} keeps this workshop`,
  );
  expect(strangerSees).not.toContain(owner.email);
  // Running it is all the link still does: the stranger cannot delete what the account keeps,
  // and their page offers no way to (no such control in the markup; the words themselves come
  // with the page's messages, which are the same for every facilitator).
  expect(strangerSees).not.toMatch(/>\s*Delete workshop\s*</);
  const deleted = await send({
    method: "DELETE",
    path: `/api/workshops/${workshopId}`,
    cookie: strangerNow,
    headers: { Origin: appOrigin() },
  });
  expect(deleted.status).toBe(403);
  expect(await ownersOf([workshopId])).toEqual({ [workshopId]: owner.email });
});

test("a sign-in link or mail request on a longer or encoded path is refused, not handled unguarded", async ({
  page,
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const attackerEmail = `longer-path-${testInfo.project.name}-${Date.now()}@example.test`;
  const attacker = await browser.newContext();
  const attackerPage = await attacker.newPage();
  await attackerPage.goto("/sign-in");
  const link = new URL(await requestSignInLink(attackerPage, attackerEmail));
  await attacker.close();

  // next-auth reads only the first two segments: these were its callback, past the checks.
  for (const path of ["/api/auth/callback/email/x", "/api/auth/callback/email/x/y"]) {
    const response = await page.request.get(`${path}${link.search}`, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  const encoded = await page.request.get(`/api/auth/callback/%65mail${link.search}`, {
    maxRedirects: 0,
  });
  expect(encoded.status()).toBe(303);
  expect(encoded.headers().location).toMatch(/^\/sign-in\/confirm\?/);
  expect(await sessionRowsOf(attackerEmail)).toBe(0);

  // A mail request on a longer path skipped the per-recipient limit and the address check.
  const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const flood = await page.request.post("/api/auth/signin/email/x", {
    headers: { Origin: baseURL! },
    form: { email: attackerEmail, csrfToken: csrf.csrfToken, json: "true" },
    maxRedirects: 0,
  });
  expect(flood.status()).toBe(404);
});
