import {
  chromium,
  type Browser as Chromium,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { databaseChoice, mlLifecycle } from "@/lib/frameworks";
import { LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { deadlineReminderMail } from "@/lib/mail/messages";
import { buildIfNeeded, root } from "./launch";
import {
  Browser,
  createBenchDatabase,
  startAppServer,
  type AppServer,
  type BenchDatabase,
} from "./bench/lib/app-server";
import { createWorkshop, openRoundOf } from "./bench/lib/workshop";

// The screenshot gallery of docs/screens: every screen of Blueprint at a laptop's and a phone's
// width, light and dark, taken from the production build with a seeded workshop. Re-made with
// `npm run screenshots` after a change to the look (BENCH_PORT picks the port; DATABASE_URL the
// PostgreSQL server, as for the benchmarks). Drives the system Chromium (CHROME_PATH).
//
// The gallery is committed, so it is kept small: JPEG at quality 70 and pages cut at a few
// screens' height (what a reader of the gallery looks at; the tests see whole pages).

const out = join(root, "docs", "screens");
const themes = ["light", "dark"] as const;
const widths = [1280, 390] as const;
/** Every screen is also taken in German, in the light theme: the name gets "-de". */
const GERMAN = "-de";
const JPEG_QUALITY = 70;
/** The README's own two pictures (docs/), light and whole, at one width each. */
const readmeShots: Record<string, { width: number; file: string }> = {
  facilitate: { width: 1280, file: "facilitator.png" },
  ballot: { width: 390, file: "ballot-phone.png" },
};
/** Where a long page is cut, in screen heights. */
const MAX_SCREENS = 2;

interface Screen {
  name: string;
  title: string;
  path: string;
  /** Cookies of the person looking at it. */
  cookies?: Record<string, string>;
}

async function seed(server: AppServer, database: BenchDatabase) {
  const { workshopId, facilitator, inviteToken } = await createWorkshop(
    server,
    "Pick our ML workflow",
  );
  const roundId = await openRoundOf(database, workshopId);
  const names = ["Amara", "Bo", "Chen", "Dana", "Eli", "Femi", "Gus", "Hana"];
  const participants: Browser[] = [];
  for (const [i, displayName] of names.entries()) {
    const participant = new Browser(server.origin);
    await participant.send("POST", "/api/workshops/join", {
      inviteToken,
      displayName,
      role: "other",
    });
    await participant.send("PUT", `/api/workshops/${workshopId}/votes`, {
      roundId,
      answers: mlLifecycle.criteria.map((criterion, c) => ({
        criterionId: criterion.id,
        score: ((i * 2 + c * 3) % 5) + 1,
        ...(i === 0 && c === 0 ? { rationale: "Audits ask us for every model's lineage." } : {}),
      })),
    });
    participants.push(participant);
  }
  const facilitatorCookies = {
    [`bp_facilitator_${workshopId}`]: facilitator.cookie(`bp_facilitator_${workshopId}`)!,
  };
  const guest = `bp_guest_${workshopId}`;
  const voter = { [guest]: participants[7]!.cookie(guest)! };
  // Someone still voting: joined, nothing answered yet.
  const newcomer = new Browser(server.origin);
  await newcomer.send("POST", "/api/workshops/join", {
    inviteToken,
    displayName: "Ivo",
    role: "other",
  });
  const before: Screen[] = [
    { name: "home", title: "Home: start a workshop", path: "/" },
    { name: "join", title: "Join a workshop", path: `/j/${inviteToken}` },
    {
      name: "ballot",
      title: "Ballot",
      path: `/w/${workshopId}`,
      cookies: { [guest]: newcomer.cookie(guest)! },
    },
    {
      name: "ballot-done",
      title: "Ballot, all answered",
      path: `/w/${workshopId}`,
      cookies: voter,
    },
    {
      name: "facilitate",
      title: "Facilitator console",
      path: `/w/${workshopId}/facilitate`,
      cookies: facilitatorCookies,
    },
    {
      name: "present",
      title: "Presenter view while the room votes",
      path: `/w/${workshopId}/present`,
      cookies: facilitatorCookies,
    },
  ];
  /** The moment of the reveal on the phone of someone who voted (shootMoment). */
  const moment: Screen = {
    name: "reveal-moment",
    title: "The moment of the reveal, on a voter's phone",
    path: `/w/${workshopId}`,
    cookies: voter,
  };
  /** Reveals the round, lets `revealed` look at it, then sets up what the later screens show. */
  const reveal = async (revealed: () => Promise<void>) => {
    await facilitator.send("POST", `/api/workshops/${workshopId}/reveal`);
    await revealed();
    const { token } = await facilitator.send<{ token: string }>(
      "POST",
      `/api/workshops/${workshopId}/share-links`,
      { label: "Leadership", mode: "live" },
    );
    // The decision the share page's brief leads with, and the decision page shows.
    const decided = await facilitator.send<{ version: number }>(
      "PUT",
      `/api/workshops/${workshopId}/decision`,
      {
        optionId: "iterative-loop",
        rationale: "We retrain every week, and our audits ask for little.",
        pilotModel: "Churn model",
        owners: ["Model driver", "On-call owner", "Monitoring owner"].map((role, index) => ({
          role,
          name: names[index]!,
        })),
        pilotStart: "2027-01-04",
        pilotEnd: "2027-01-25",
        reviewOn: "2027-04-05",
      },
    );
    if (decided.version !== 1) throw new Error("The decision was not recorded.");
    const signOffToken = await signOffLink(database.url, workshopId);
    // A second run of the workshop, still voting, so that the series page has two runs.
    await facilitator.send("POST", `/api/workshops/${workshopId}/rerun`, {});
    const account = await signedIn(database.url);
    const after: Screen[] = [
      {
        name: "room",
        title: "Room view: the results on the projector",
        path: `/w/${workshopId}/present`,
        cookies: facilitatorCookies,
      },
      {
        name: "facilitate-revealed",
        title: "Facilitator console after the reveal",
        path: `/w/${workshopId}/facilitate`,
        cookies: facilitatorCookies,
      },
      {
        name: "series",
        title: "Every run of the workshop (series)",
        path: `/w/${workshopId}/series`,
        cookies: facilitatorCookies,
      },
      {
        name: "decision",
        title: "Decision record and follow-through",
        path: `/w/${workshopId}/decision`,
        cookies: facilitatorCookies,
      },
      {
        name: "results",
        title: "Results",
        path: `/w/${workshopId}/results`,
        cookies: facilitatorCookies,
      },
      {
        name: "results-voter",
        title: "Results, as a participant",
        path: `/w/${workshopId}/results`,
        cookies: voter,
      },
      { name: "share", title: "Share page: leadership's brief", path: `/s/${token}` },
      {
        name: "sign-off",
        title: "Sign-off: a leader's personal link",
        path: `/d/${signOffToken}`,
      },
      { name: "workshops", title: "Your workshops", path: "/workshops", cookies: account },
      {
        name: "frameworks",
        title: "Your frameworks and the template gallery",
        path: "/frameworks",
        cookies: account,
      },
      {
        name: "framework-editor",
        title: "Framework editor, started from a template, with its preview",
        path: "/frameworks/new?from=on-call-model",
        cookies: account,
      },
      { name: "sign-in", title: "Sign in", path: "/sign-in" },
      { name: "check-email", title: "Sign in: check your e-mail", path: "/sign-in/check-email" },
      {
        name: "sign-in-error",
        title: "Sign in: link expired",
        path: "/sign-in/error?error=Verification",
      },
      {
        name: "unsubscribe",
        title: "Stop e-mails (the link in every workshop mail)",
        path: `/u/${await unsubscribeLink(database.url)}`,
      },
      { name: "not-found", title: "Link that does not work (404)", path: "/w/nothing-here" },
    ];
    return after;
  };
  return { before, moment, reveal };
}

/** A participant who left an address, and the token of their mails' unsubscribe link. */
async function unsubscribeLink(databaseUrl: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `UPDATE participants SET email = 'amara@example.test', reminder_opt_in = true,
        unsubscribe_token_hash = $1 WHERE id = (SELECT id FROM participants ORDER BY joined_at LIMIT 1)`,
      [createHash("sha256").update(token).digest("hex")],
    );
    return token;
  } finally {
    await client.end();
  }
}

/**
 * Two leaders asked to sign off the decision: Grace approved it, Omar has not answered yet. His
 * personal link arrives by mail; planted here with a token the script knows.
 */
async function signOffLink(databaseUrl: string, workshopId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const hash = (secret: string) => createHash("sha256").update(secret).digest("hex");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const plant = (name: string, secret: string) =>
      client.query<{ id: string }>(
        `INSERT INTO signatories (workshop_id, name, email, token_hash, unsubscribe_token_hash,
           mail_off)
         VALUES ($1, $2, $3, $4, $5, true) RETURNING id`,
        [workshopId, name, `${name.toLowerCase()}@example.test`, hash(secret), hash(`${secret}u`)],
      );
    const grace = await plant("Grace", randomBytes(32).toString("base64url"));
    await client.query(
      `INSERT INTO sign_offs (signatory_id, workshop_id, decision_version, answer)
       VALUES ($1, $2, 1, 'approved')`,
      [grace.rows[0]!.id, workshopId],
    );
    await plant("Omar", token);
    return token;
  } finally {
    await client.end();
  }
}

/** A signed-in account owning the workshop, for the list of one's workshops. */
async function signedIn(databaseUrl: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const token = crypto.randomUUID().replaceAll("-", "");
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO users (email, name) VALUES ('facilitator@example.test', 'Facilitator') RETURNING id",
    );
    await client.query(
      "INSERT INTO sessions (session_token, user_id, expires) VALUES ($1, $2, now() + interval '1 day')",
      [token, rows[0]!.id],
    );
    await client.query("UPDATE workshops SET owner_id = $1, started_in_browser_hash = NULL", [
      rows[0]!.id,
    ]);
    // A framework of the account's own, in its list on /frameworks.
    const own = { ...databaseChoice, id: "datastore-for-billing", name: "Datastore for billing" };
    await client.query(
      `WITH f AS (INSERT INTO frameworks (owner_id) VALUES ($1) RETURNING id)
       INSERT INTO framework_versions (framework_id, version, definition)
       SELECT id, 1, $2::jsonb FROM f`,
      [rows[0]!.id, JSON.stringify(own)],
    );
    return { "next-auth.session-token": token };
  } finally {
    await client.end();
  }
}

/** Saves what `page` shows as the gallery's picture of `name` (and the README's, if it has one). */
async function capture(page: Page, name: string, theme: string, width: number) {
  const readme = readmeShots[name];
  if (theme === "light" && readme?.width === width) {
    await page.screenshot({ path: join(root, "docs", readme.file), fullPage: true });
  }
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({
    path: join(out, `${name}-${theme}-${width}.jpg`),
    type: "jpeg",
    quality: JPEG_QUALITY,
    fullPage: true,
    clip: {
      x: 0,
      y: 0,
      width: viewport.width,
      height: Math.min(height, viewport.height * MAX_SCREENS),
    },
  });
}

async function shoot(
  context: BrowserContext,
  origin: string,
  screen: Screen,
  theme: string,
  language: Locale = "en",
) {
  await context.clearCookies();
  const cookies = {
    ...screen.cookies,
    ...(theme === "dark" ? { bp_theme: "dark" } : {}),
    [LOCALE_COOKIE]: language,
  };
  const name = language === "en" ? screen.name : `${screen.name}${GERMAN}`;
  await context.addCookies(
    Object.entries(cookies).map(([name, value]) => ({ name, value, url: origin })),
  );
  const page = await context.newPage();
  try {
    for (const width of widths) {
      await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
      await page.goto(origin + screen.path, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      // Charts draw once they come near the screen: bring each one there and wait for its
      // drawing (the polar grid only the chart itself has), then go back to the top.
      // On a phone the chart is hidden (a dot plot stands in for it): only the ones shown.
      for (const chart of await page.locator(".radar-chart:visible").all()) {
        await chart.scrollIntoViewIfNeeded();
        await chart
          .locator(".recharts-polar-grid")
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => console.warn(`${screen.name}: a chart did not draw in time`));
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      await capture(page, name, theme, width);
      // The README shows the results' first screen, as someone opening them sees it.
      if (name === "results" && theme === "light") {
        await page.screenshot({
          path: join(root, "docs", width > 600 ? "results.png" : "results-phone.png"),
        });
      }
    }
  } finally {
    await page.close();
  }
}

/**
 * A screen that lasts a moment: a voter's ballot giving way to how the results open when the
 * round is revealed (components/workshop/reveal-handover.tsx). A page per theme and width waits
 * on the ballot with its live stream open; once `reveal` has revealed the round, each is taken
 * as soon as the opening shows, with the results page that follows it held back.
 */
async function shootMoment<T>(
  browser: Chromium,
  origin: string,
  screen: Screen,
  reveal: (revealed: () => Promise<void>) => Promise<T>,
): Promise<T> {
  const pages: { page: Page; theme: string; width: number }[] = [];
  const contexts: BrowserContext[] = [];
  try {
    for (const theme of themes) {
      const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: "reduce" });
      contexts.push(context);
      const cookies = { ...screen.cookies, ...(theme === "dark" ? { bp_theme: "dark" } : {}) };
      await context.addCookies(
        Object.entries(cookies).map(([name, value]) => ({ name, value, url: origin })),
      );
      // Never answered: the opening stays on the screen.
      await context.route(/\/w\/[^/]+\/results/, () => {});
      for (const width of widths) {
        const page = await context.newPage();
        await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
        const listening = page.waitForRequest(/\/events/);
        await page.goto(origin + screen.path, { waitUntil: "load" });
        await listening;
        await page.evaluate(() => document.fonts.ready);
        pages.push({ page, theme, width });
      }
    }
    return await reveal(async () => {
      for (const { page, theme, width } of pages) {
        await page.getByTestId("revealed-opening").waitFor({ timeout: 15_000 });
        await page.waitForTimeout(300);
        await capture(page, screen.name, theme, width);
      }
      console.log(`${screen.name}: done`);
    });
  } finally {
    for (const context of contexts) await context.close();
  }
}

async function shootMail(context: BrowserContext, theme: string, language: Locale = "en") {
  const { html } = deadlineReminderMail({
    appUrl: "https://blueprint.example",
    workshopId: "w1",
    title: "Pick our ML workflow",
    teamName: "Data platform",
    displayName: "Amara",
    locale: language,
    deadline: new Date("2026-12-04T17:00:00Z"),
    now: new Date("2026-12-03T15:00:00Z"),
    unsubscribeToken: "t",
  });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: theme === "dark" ? "dark" : "light" });
  for (const width of widths) {
    await page.setViewportSize({ width, height: 700 });
    await page.setContent(html);
    await page.screenshot({
      path: join(out, `email${language === "en" ? "" : GERMAN}-${theme}-${width}.jpg`),
      type: "jpeg",
      quality: JPEG_QUALITY,
      fullPage: true,
    });
  }
  await page.close();
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\w\s-]/g, "")
    .replace(/\s/g, "-");
}

function gallery(screens: Screen[]) {
  const lines = [
    "# Screens",
    "",
    "Every screen of Blueprint at 1280 and 390 pixels wide, light and dark. Made by",
    "`npm run screenshots` (scripts/screenshots.ts) from the production build with a seeded",
    "workshop; re-make them after changing the look. Long pages are cut after two screens.",
    "The last column is the same screen in German (light theme), as a German browser gets it.",
    "",
  ];
  const all = [...screens, { name: "email", title: "E-mail (deadline reminder)", path: "" }];
  for (const screen of all) lines.push(`- [${screen.title}](#${anchor(screen.title)})`);
  lines.push("");
  for (const screen of all) {
    const german = existsSync(join(out, `${screen.name}${GERMAN}-light-${widths[0]}.jpg`));
    lines.push(
      `## ${screen.title}`,
      "",
      german ? "| | Light | Dark | German |" : "| | Light | Dark |",
      german ? "| --- | --- | --- | --- |" : "| --- | --- | --- |",
    );
    for (const width of widths) {
      const cell = (file: string, what: string) =>
        `<a href="${file}"><img src="${file}" alt="${screen.title}, ${what}, ${width} px" width="${width > 600 ? 360 : 160}"></a>`;
      const shot = (theme: string) => cell(`${screen.name}-${theme}-${width}.jpg`, theme);
      const inGerman = cell(`${screen.name}${GERMAN}-light-${width}.jpg`, "German");
      lines.push(
        `| ${width} px | ${shot("light")} | ${shot("dark")} |${german ? ` ${inGerman} |` : ""}`,
      );
    }
    lines.push("");
  }
  writeFileSync(join(out, "README.md"), lines.join("\n"));
}

async function main() {
  let database: BenchDatabase | undefined;
  let server: AppServer | undefined;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  });
  try {
    await buildIfNeeded();
    database = await createBenchDatabase();
    server = await startAppServer({ databaseUrl: database.url });
    mkdirSync(out, { recursive: true });
    // `npm run screenshots room,ballot-done` re-makes only those screens (the gallery page stays).
    const only = process.argv[2]?.split(",");
    for (const file of only ? [] : readdirSync(out)) {
      if (file.endsWith(".jpg")) rmSync(join(out, file));
    }
    const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: "reduce" });
    const { before, moment, reveal } = await seed(server, database);
    const take = async (screens: Screen[]) => {
      for (const screen of screens) {
        if (only && !only.includes(screen.name)) continue;
        for (const theme of themes) await shoot(context, server!.origin, screen, theme);
        await shoot(context, server!.origin, screen, "light", "de");
        console.log(`${screen.name}: done`);
      }
    };
    await take(before);
    const after =
      only && !only.includes(moment.name)
        ? await reveal(async () => {})
        : await shootMoment(browser, server.origin, moment, reveal);
    await take(after);
    if (!only || only.includes("email"))
      for (const theme of themes) await shootMail(context, theme);
    if (!only || only.includes("email")) await shootMail(context, "light", "de");
    if (!only) {
      gallery([...before, moment, ...after]);
      const bytes = readdirSync(out).reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
      console.log(`docs/screens: ${(bytes / 1e6).toFixed(1)} MB`);
    }
  } finally {
    await browser.close();
    await server?.stop();
    await database?.drop();
  }
}

await main();
