import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { E2E_AUTH_SECRET, participantHandle } from "./app-secret";
import { expect, test } from "./fixtures";
import { signedInAccount } from "./support/accounts";
import { appOrigin, send, startWorkshop, workshopFields } from "./support/api";
import { plantSignatory, plantUnsubscribeToken, query, withDatabase } from "./support/database";
import { sha256 } from "./support/tokens";
import { liveShareLink, workshopWithAVote } from "./support/worlds";
import { buildOrBuy } from "@/lib/frameworks";

// Every state-changing route handler, asked from another site: another origin, the opaque
// "null" origin of a sandboxed frame or file page, and this app's own host on another port.
// Each must answer 403 with the code "cross-site" and change nothing. The table below is
// checked against the handlers found under app/, so a new write fails this spec until it has
// a row. Blueprint has no server actions ("use server"); the spec fails if one appears.

const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof WRITES)[number];

interface World {
  workshopId: string;
  inviteToken: string;
  participantId: string;
  roundId: string;
  shareLinkId: string;
  unsubscribeToken: string;
  /** Someone asked to sign off, and the personal link that arrives by mail. */
  signatoryId: string;
  signOffToken: string;
  /** A sign-in link's token, planted as next-auth would store it, for `victimEmail`. */
  signInToken: string;
  victimEmail: string;
  ownerEmail: string;
  /** The title and display name a forged create or join would use. */
  forgedTitle: string;
  forgedName: string;
  /** A framework the owner wrote, shared by link. */
  frameworkId: string;
  frameworkShareToken: string;
  /** A workshop nobody owns, whose facilitator link the owner's browser also holds. */
  unownedWorkshopId: string;
  cookies: {
    owner: string;
    facilitator: string;
    participant: string;
    /** The owner's session and the unowned workshop's facilitator cookie: it could claim it. */
    ownerHoldingLink: string;
  };
}

interface Row {
  /** The handler: the route as its folder under app/ spells it, and the method. */
  route: string;
  method: Method;
  /** For next-auth's catch-all, which of its endpoints. */
  what?: string;
  /** Whose cookies ride along: the forged request is sent from their browser. */
  as: keyof World["cookies"] | "nobody";
  path: (w: World) => string;
  body?: (w: World) => unknown;
  /** Sent as an HTML form would send it (next-auth's endpoints). */
  form?: (w: World) => Record<string, string>;
}

const api = (w: World) => `/api/workshops/${w.workshopId}`;

const table: Row[] = [
  {
    route: "/api/workshops",
    method: "POST",
    as: "owner",
    path: () => "/api/workshops",
    body: (w) => ({
      title: w.forgedTitle,
      teamName: "Forged team",
      frameworkId: "ml-lifecycle",
      mode: "live",
    }),
  },
  {
    route: "/api/workshops/join",
    method: "POST",
    as: "nobody",
    path: () => "/api/workshops/join",
    body: (w) => ({ inviteToken: w.inviteToken, displayName: w.forgedName, role: "other" }),
  },
  {
    route: "/api/workshops/[workshopId]/votes",
    method: "PUT",
    as: "participant",
    path: (w) => `${api(w)}/votes`,
    body: (w) => ({ roundId: w.roundId, answers: [{ criterionId: "governance", score: 1 }] }),
  },
  {
    route: "/api/workshops/[workshopId]/reveal",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/reveal`,
  },
  {
    route: "/api/workshops/[workshopId]/rounds",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/rounds`,
  },
  {
    route: "/api/workshops/[workshopId]/weights",
    method: "PUT",
    as: "facilitator",
    path: (w) => `${api(w)}/weights`,
    body: () => ({ weights: { governance: 3, cost: 0 } }),
  },
  {
    route: "/api/workshops/[workshopId]/deadline",
    method: "PUT",
    as: "facilitator",
    path: (w) => `${api(w)}/deadline`,
    body: () => ({ deadline: "2999-01-01T00:00:00Z" }),
  },
  {
    route: "/api/workshops/[workshopId]/nudge",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/nudge`,
  },
  {
    route: "/api/workshops/[workshopId]/auto-reveal",
    method: "PUT",
    as: "facilitator",
    path: (w) => `${api(w)}/auto-reveal`,
    body: () => ({ autoReveal: false }),
  },
  {
    route: "/api/workshops/[workshopId]/decision",
    method: "PUT",
    as: "facilitator",
    path: (w) => `${api(w)}/decision`,
    body: () => ({ optionId: "linear-handoff", pilotModel: "Forged" }),
  },
  {
    route: "/api/workshops/[workshopId]/decision/steps/[stepId]",
    method: "PUT",
    as: "facilitator",
    path: (w) => `${api(w)}/decision/steps/00000000-0000-4000-8000-000000000000`,
    body: () => ({ status: "done" }),
  },
  {
    route: "/api/workshops/[workshopId]/sign-offs",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/sign-offs`,
    body: () => ({ signatories: [{ name: "Forged", email: "forged@example.test" }] }),
  },
  {
    route: "/api/workshops/[workshopId]/sign-offs/[signatoryId]",
    method: "DELETE",
    as: "facilitator",
    path: (w) => `${api(w)}/sign-offs/${w.signatoryId}`,
  },
  {
    route: "/api/sign-off/[token]",
    method: "POST",
    as: "nobody",
    path: (w) => `/api/sign-off/${w.signOffToken}`,
    body: () => ({ version: 1, answer: "approved" }),
  },
  {
    route: "/api/workshops/[workshopId]/rerun",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/rerun`,
    body: () => ({}),
  },
  {
    route: "/api/workshops/[workshopId]/share-links",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/share-links`,
    body: () => ({ label: "Forged", mode: "live" }),
  },
  {
    route: "/api/workshops/[workshopId]/share-links/[shareLinkId]",
    method: "DELETE",
    as: "facilitator",
    path: (w) => `${api(w)}/share-links/${w.shareLinkId}`,
  },
  {
    route: "/api/workshops/[workshopId]/invite",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/invite`,
  },
  {
    route: "/api/workshops/[workshopId]/facilitator-link",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/facilitator-link`,
  },
  {
    route: "/api/workshops/[workshopId]/participants/[participantHandle]",
    method: "DELETE",
    as: "facilitator",
    path: (w) => `${api(w)}/participants/${participantHandle(w.workshopId, w.participantId)}`,
  },
  {
    route: "/api/workshops/[workshopId]/close",
    method: "POST",
    as: "facilitator",
    path: (w) => `${api(w)}/close`,
  },
  {
    route: "/api/workshops/[workshopId]",
    method: "DELETE",
    as: "facilitator",
    path: (w) => api(w),
  },
  {
    route: "/api/workshops/claim",
    method: "POST",
    as: "ownerHoldingLink",
    path: () => "/api/workshops/claim",
    body: (w) => ({ workshopIds: [w.unownedWorkshopId] }),
  },
  {
    route: "/api/frameworks",
    method: "POST",
    as: "owner",
    path: () => "/api/frameworks",
    body: () => ({ definition: { ...buildOrBuy, id: "forged" } }),
  },
  {
    route: "/api/frameworks/[frameworkId]",
    method: "PUT",
    as: "owner",
    path: (w) => `/api/frameworks/${w.frameworkId}`,
    body: () => ({ definition: { ...buildOrBuy, id: "forged" }, basedOn: 1 }),
  },
  {
    route: "/api/frameworks/[frameworkId]",
    method: "DELETE",
    as: "owner",
    path: (w) => `/api/frameworks/${w.frameworkId}`,
  },
  {
    route: "/api/frameworks/[frameworkId]/share",
    method: "POST",
    as: "owner",
    path: (w) => `/api/frameworks/${w.frameworkId}/share`,
  },
  {
    route: "/api/frameworks/[frameworkId]/share",
    method: "DELETE",
    as: "owner",
    path: (w) => `/api/frameworks/${w.frameworkId}/share`,
  },
  {
    route: "/api/frameworks/copy",
    method: "POST",
    as: "owner",
    path: () => "/api/frameworks/copy",
    body: (w) => ({ token: w.frameworkShareToken }),
  },
  {
    route: "/api/auth/confirm-link",
    method: "POST",
    as: "nobody",
    path: () => "/api/auth/confirm-link",
    form: (w) => ({ email: w.victimEmail, token: w.signInToken }),
  },
  {
    route: "/u/[token]/confirm",
    method: "POST",
    as: "nobody",
    path: (w) => `/u/${w.unsubscribeToken}/confirm`,
  },
  // next-auth: its CSRF token (a double-submit cookie) is missing from every one of these, as
  // it would be from another site; the handler refuses them before next-auth reads them.
  {
    route: "/api/auth/[...nextauth]",
    method: "POST",
    what: "sign-in e-mail",
    as: "nobody",
    path: () => "/api/auth/signin/email",
    form: (w) => ({ email: w.victimEmail, callbackUrl: "/workshops", json: "true" }),
  },
  {
    route: "/api/auth/[...nextauth]",
    method: "POST",
    what: "sign-out",
    as: "owner",
    path: () => "/api/auth/signout",
    form: () => ({ callbackUrl: "/", json: "true" }),
  },
  {
    route: "/api/auth/[...nextauth]",
    method: "POST",
    what: "sign-in link callback",
    as: "nobody",
    path: (w) =>
      `/api/auth/callback/email?${new URLSearchParams({ token: w.signInToken, email: w.victimEmail })}`,
    form: () => ({}),
  },
  {
    route: "/api/auth/[...nextauth]",
    method: "POST",
    what: "client log",
    as: "nobody",
    path: () => "/api/auth/_log",
    form: () => ({ code: "forged", level: "error" }),
  },
];

/** The repository: where playwright.config.ts is. */
const root = () => dirname(test.info().config.configFile!);

/** app/**\/route.ts → "METHOD /route" for each write it exports. */
function writeHandlers(): string[] {
  const app = join(root(), "app");
  const found: string[] = [];
  for (const file of readdirSync(app, { recursive: true, encoding: "utf8" })) {
    if (file !== "route.ts" && !file.endsWith(`${sep}route.ts`)) continue;
    const source = readFileSync(join(app, file), "utf8");
    const folder = dirname(file);
    const route = folder === "." ? "/" : `/${folder.split(sep).join("/")}`;
    const exported = new Set<string>();
    for (const match of source.matchAll(/export\s+(?:const|async\s+function|function)\s+(\w+)/g)) {
      exported.add(match[1]!);
    }
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of match[1]!.split(","))
        exported.add(
          part
            .trim()
            .split(/\s+as\s+/)
            .pop()!,
        );
    }
    for (const method of WRITES) if (exported.has(method)) found.push(`${method} ${route}`);
  }
  return found.sort();
}

/** Files under app/, components/ and lib/ with a "use server" directive. */
function serverActionFiles(): string[] {
  return ["app", "components", "lib"].flatMap((folder) =>
    readdirSync(join(root(), folder), { recursive: true, encoding: "utf8" })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .filter((file) =>
        /^\s*["']use server["']/m.test(readFileSync(join(root(), folder, file), "utf8")),
      )
      .map((file) => `${folder}/${file}`),
  );
}

/** One workshop with a participant who voted, a share link, and the secrets the rows need. */
async function createWorld(): Promise<World> {
  const tag = randomBytes(4).toString("hex");
  const { cookie: owner, email: ownerEmail } = await signedInAccount({
    name: "Owner",
    email: `cross-site-owner-${tag}@example.test`,
  });

  const made = await workshopWithAVote(workshopFields(`Cross-site ${tag}`), owner);
  const { workshopId, inviteToken, facilitatorCookie: facilitator, participant } = made;
  const shared = await liveShareLink(made, "Leadership");

  const unowned = await startWorkshop(workshopFields(`Cross-site unowned ${tag}`));
  const sameSite = { Origin: appOrigin(), "Sec-Fetch-Site": "same-origin" };
  const { frameworkId } = JSON.parse(
    (
      await send({
        method: "POST",
        path: "/api/frameworks",
        cookie: owner,
        body: { definition: { ...buildOrBuy, id: `cross-site-${tag}` } },
        headers: sameSite,
      })
    ).text,
  ) as { frameworkId: string };
  const { url: frameworkShareUrl } = JSON.parse(
    (
      await send({
        method: "POST",
        path: `/api/frameworks/${frameworkId}/share`,
        cookie: owner,
        headers: sameSite,
      })
    ).text,
  ) as { url: string };
  const ownerHoldingLink = `${owner}; ${unowned.facilitatorCookie}`;

  // The unsubscribe link and the sign-in link arrive by mail: planted with tokens the test knows
  // (next-auth's own sign-in tokens are 64 hex characters).
  const unsubscribeToken = await plantUnsubscribeToken(made.participantId);
  const signOff = await plantSignatory(workshopId);
  const signInToken = randomBytes(32).toString("hex");
  const victimEmail = `cross-site-victim-${tag}@example.test`;
  await query(
    "INSERT INTO verification_tokens (identifier, token, expires) VALUES ($1, $2, now() + interval '30 minutes')",
    [victimEmail, sha256(`${signInToken}${E2E_AUTH_SECRET}`)],
  );

  return {
    workshopId,
    inviteToken,
    participantId: made.participantId,
    roundId: made.roundId,
    shareLinkId: shared.shareLinkId,
    unsubscribeToken,
    signatoryId: signOff.signatoryId,
    signOffToken: signOff.token,
    signInToken,
    victimEmail,
    ownerEmail,
    forgedTitle: `Forged ${tag}`,
    forgedName: `Forged ${tag}`,
    frameworkId,
    frameworkShareToken: frameworkShareUrl.split("/").at(-1)!,
    unownedWorkshopId: unowned.workshopId,
    cookies: { owner, facilitator, participant, ownerHoldingLink },
  };
}

/**
 * Everything a forged write could touch: every row of every table that belongs to the
 * workshop, what a forged create or join would add, the owner's sessions (sign-out), and the
 * victim's sign-in tokens, account and sessions (sign-in mail, callback).
 */
async function state(w: World): Promise<unknown> {
  return withDatabase(async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.columns
       WHERE column_name = 'workshop_id' AND table_schema = current_schema()
       ORDER BY table_name`,
    );
    const rows = async (sql: string, values: unknown[]) =>
      (await client.query(sql, values)).rows.map((row) => JSON.stringify(row)).sort();
    const snapshot: Record<string, unknown> = {
      workshops: await rows("SELECT * FROM workshops WHERE id = ANY($1) OR title = $2", [
        [w.workshopId, w.unownedWorkshopId],
        w.forgedTitle,
      ]),
      forgedParticipants: await rows("SELECT id FROM participants WHERE display_name = $1", [
        w.forgedName,
      ]),
      sessions: await rows(
        `SELECT users.email, sessions.session_token, sessions.expires FROM sessions
         JOIN users ON users.id = sessions.user_id WHERE users.email = ANY($1)`,
        [[w.ownerEmail, w.victimEmail]],
      ),
      users: await rows("SELECT email FROM users WHERE email = ANY($1)", [
        [w.ownerEmail, w.victimEmail],
      ]),
      frameworks: await rows(
        `SELECT f.*, (SELECT json_agg(v.* ORDER BY v.version) FROM framework_versions v
           WHERE v.framework_id = f.id) AS versions
         FROM frameworks f JOIN users u ON u.id = f.owner_id WHERE u.email = $1`,
        [w.ownerEmail],
      ),
      signInTokens: await rows("SELECT * FROM verification_tokens WHERE identifier = $1", [
        w.victimEmail,
      ]),
    };
    for (const { table_name: table } of tables) {
      snapshot[table] = await rows(`SELECT * FROM "${table}" WHERE workshop_id = $1`, [
        w.workshopId,
      ]);
    }
    return snapshot;
  });
}

test("the table lists every state-changing route handler, and there are no server actions", () => {
  const listed = [...new Set(table.map((row) => `${row.method} ${row.route}`))].sort();
  expect(listed, "rows of the table (left) against the handlers under app/ (right)").toEqual(
    writeHandlers(),
  );
  expect(serverActionFiles(), "server actions need rows in this spec").toEqual([]);
});

test("writes from other sites are refused with 403 cross-site and change nothing", async () => {
  const world = await createWorld();
  const before = await state(world);
  // Only a foreign or opaque origin is refused: the same request without one goes through
  // (e2e/permissions.spec.ts runs each write from its own page's origin).
  const senders: Record<string, Record<string, string>> = {
    "another site": { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    "an opaque origin": { Origin: "null", "Sec-Fetch-Site": "cross-site" },
    "this host on another port": {
      Origin: process.env.E2E_SECOND_ORIGIN!,
      "Sec-Fetch-Site": "same-site",
    },
  };
  const answers: string[] = [];
  for (const row of table) {
    for (const [from, headers] of Object.entries(senders)) {
      const { status, type, text } = await send({
        method: row.method,
        path: row.path(world),
        cookie: row.as === "nobody" ? "" : world.cookies[row.as],
        body: row.body?.(world),
        form: row.form?.(world),
        headers,
      });
      const code = type.startsWith("application/json")
        ? (JSON.parse(text) as { error?: { code?: string } }).error?.code
        : undefined;
      answers.push(`${row.method} ${row.what ?? row.route} from ${from}: ${status} ${code}`);
    }
  }
  expect(answers.filter((answer) => !answer.endsWith(": 403 cross-site"))).toEqual([]);
  expect(answers).toHaveLength(table.length * Object.keys(senders).length);
  expect(await state(world)).toEqual(before);

  // The snapshot does notice a write: the participant's own ballot, from their own page.
  const own = await send({
    cookie: world.cookies.participant,
    method: "PUT",
    path: `/api/workshops/${world.workshopId}/votes`,
    body: { roundId: world.roundId, answers: [{ criterionId: "governance", score: 1 }] },
    headers: { Origin: appOrigin(), "Sec-Fetch-Site": "same-origin" },
  });
  expect(own.status, own.text).toBe(200);
  expect(await state(world)).not.toEqual(before);
});
