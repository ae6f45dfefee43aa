import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import pg from "pg";
import { E2E_AUTH_SECRET, participantHandle } from "./app-secret";
import { expect, test } from "./fixtures";

// Every state-changing route handler, asked from another site: another origin, the opaque
// "null" origin of a sandboxed frame or file page, and this app's own host on another port.
// Each must answer 403 with the code "cross-site" and change nothing. The table below is
// checked against the handlers found under app/, so a new write fails this spec until it has
// a row. Blueprint has no server actions ("use server"); the spec fails if one appears.

const WRITES = ["POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof WRITES)[number];

let baseURL = "";

interface World {
  workshopId: string;
  inviteToken: string;
  participantId: string;
  roundId: string;
  shareLinkId: string;
  unsubscribeToken: string;
  /** A sign-in link's token, planted as next-auth would store it, for `victimEmail`. */
  signInToken: string;
  victimEmail: string;
  ownerEmail: string;
  /** The title and display name a forged create or join would use. */
  forgedTitle: string;
  forgedName: string;
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

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const token = () => randomBytes(32).toString("base64url");

async function send(
  cookie: string,
  call: {
    method: string;
    path: string;
    body?: unknown;
    form?: Record<string, string>;
    headers?: Record<string, string>;
  },
) {
  const headers: Record<string, string> = { ...call.headers };
  if (cookie) headers.Cookie = cookie;
  let body: string | undefined;
  if (call.form) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(call.form).toString();
  } else if (call.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(call.body);
  }
  const response = await fetch(`${baseURL}${call.path}`, {
    method: call.method,
    redirect: "manual",
    headers,
    body,
  });
  return { status: response.status, response, text: await response.text() };
}

function cookieFrom(response: Response, name: string): string {
  const found = response.headers.getSetCookie().find((c) => c.startsWith(`${name}=`));
  expect(found, `${name} in the answer's cookies`).toBeDefined();
  return found!.split(";")[0]!;
}

/** One workshop with a participant who voted, a share link, and the secrets the rows need. */
async function createWorld(): Promise<World> {
  const tag = randomBytes(4).toString("hex");
  const ownerEmail = `cross-site-owner-${tag}@example.test`;
  const session = randomBytes(32).toString("hex");
  await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO users (email, name) VALUES ($1, 'Owner') RETURNING id",
      [ownerEmail],
    );
    await client.query(
      "INSERT INTO sessions (session_token, user_id, expires) VALUES ($1, $2, now() + interval '1 day')",
      [session, rows[0]!.id],
    );
  });
  const owner = `next-auth.session-token=${session}`;

  const created = await send(owner, {
    method: "POST",
    path: "/api/workshops",
    body: {
      title: `Cross-site ${tag}`,
      teamName: "Platform team",
      frameworkId: "ml-lifecycle",
      mode: "live",
    },
  });
  expect(created.status, created.text).toBe(201);
  const { workshopId, facilitatorLink } = JSON.parse(created.text) as {
    workshopId: string;
    facilitatorLink: string;
  };
  const facilitator = `bp_facilitator_${workshopId}=${facilitatorLink.split("/f/")[1]!}`;
  const page = await send(facilitator, { method: "GET", path: `/w/${workshopId}/facilitate` });
  const inviteToken = /\/j\/([A-Za-z0-9_-]{43})/.exec(page.text)![1]!;

  const joined = await send("", {
    method: "POST",
    path: "/api/workshops/join",
    body: { inviteToken, displayName: "Pat", role: "data_scientist" },
  });
  expect(joined.status, joined.text).toBe(201);
  const participant = cookieFrom(joined.response, `bp_guest_${workshopId}`);
  const [ids] = await withDatabase((client) =>
    client
      .query<{ participantId: string; roundId: string }>(
        `SELECT p.id AS "participantId", r.id AS "roundId" FROM participants p
         JOIN rounds r ON r.workshop_id = p.workshop_id AND r.number = 1
         WHERE p.workshop_id = $1`,
        [workshopId],
      )
      .then((result) => result.rows),
  );
  const voted = await send(participant, {
    method: "PUT",
    path: `/api/workshops/${workshopId}/votes`,
    body: { roundId: ids!.roundId, answers: [{ criterionId: "governance", score: 4 }] },
  });
  expect(voted.status, voted.text).toBe(200);
  const shared = await send(facilitator, {
    method: "POST",
    path: `/api/workshops/${workshopId}/share-links`,
    body: { label: "Leadership", mode: "live" },
  });
  expect(shared.status, shared.text).toBe(201);

  const unowned = await send("", {
    method: "POST",
    path: "/api/workshops",
    body: {
      title: `Cross-site unowned ${tag}`,
      teamName: "Platform team",
      frameworkId: "ml-lifecycle",
      mode: "live",
    },
  });
  expect(unowned.status, unowned.text).toBe(201);
  const unownedWorkshop = JSON.parse(unowned.text) as {
    workshopId: string;
    facilitatorLink: string;
  };
  const ownerHoldingLink = `${owner}; bp_facilitator_${unownedWorkshop.workshopId}=${unownedWorkshop.facilitatorLink.split("/f/")[1]!}`;

  // The unsubscribe link and the sign-in link arrive by mail: planted with tokens the test knows
  // (next-auth's own sign-in tokens are 64 hex characters).
  const unsubscribeToken = token();
  const signInToken = randomBytes(32).toString("hex");
  const victimEmail = `cross-site-victim-${tag}@example.test`;
  await withDatabase(async (client) => {
    await client.query("UPDATE participants SET unsubscribe_token_hash = $2 WHERE id = $1", [
      ids!.participantId,
      sha256(unsubscribeToken),
    ]);
    await client.query(
      "INSERT INTO verification_tokens (identifier, token, expires) VALUES ($1, $2, now() + interval '30 minutes')",
      [victimEmail, sha256(`${signInToken}${E2E_AUTH_SECRET}`)],
    );
  });

  return {
    workshopId,
    inviteToken,
    participantId: ids!.participantId,
    roundId: ids!.roundId,
    shareLinkId: (JSON.parse(shared.text) as { shareLinkId: string }).shareLinkId,
    unsubscribeToken,
    signInToken,
    victimEmail,
    ownerEmail,
    forgedTitle: `Forged ${tag}`,
    forgedName: `Forged ${tag}`,
    unownedWorkshopId: unownedWorkshop.workshopId,
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

test.beforeAll(({ baseURL: base }) => {
  baseURL = base!;
});

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
      const { status, response, text } = await send(
        row.as === "nobody" ? "" : world.cookies[row.as],
        {
          method: row.method,
          path: row.path(world),
          body: row.body?.(world),
          form: row.form?.(world),
          headers,
        },
      );
      const code = response.headers.get("content-type")?.startsWith("application/json")
        ? (JSON.parse(text) as { error?: { code?: string } }).error?.code
        : undefined;
      answers.push(`${row.method} ${row.what ?? row.route} from ${from}: ${status} ${code}`);
    }
  }
  expect(answers.filter((answer) => !answer.endsWith(": 403 cross-site"))).toEqual([]);
  expect(answers).toHaveLength(table.length * Object.keys(senders).length);
  expect(await state(world)).toEqual(before);

  // The snapshot does notice a write: the participant's own ballot, from their own page.
  const own = await send(world.cookies.participant, {
    method: "PUT",
    path: `/api/workshops/${world.workshopId}/votes`,
    body: { roundId: world.roundId, answers: [{ criterionId: "governance", score: 1 }] },
    headers: { Origin: baseURL, "Sec-Fetch-Site": "same-origin" },
  });
  expect(own.status, own.text).toBe(200);
  expect(await state(world)).not.toEqual(before);
});
