import { randomInt } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";

// The app's HTTP API as the specs call it without a page: plain requests with exactly the
// cookies and headers a spec names (send), and the worlds they build from them: workshops
// started, joined, and their secrets read off the pages that hand them out.

/** The origin of the app under test (playwright.config.ts), for the running test. */
export const appOrigin = () => test.info().project.use.baseURL!;

/**
 * An address of its own for a client, sent as X-Forwarded-For (the suite's servers trust one
 * proxy hop): its requests then use up only its own rate-limit buckets, never another spec's.
 */
export const someAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export interface Call {
  method: string;
  path: string;
  /** The whole Cookie header; none when empty. */
  cookie?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as a form, instead of `body`. */
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  location: string | null;
  type: string;
  text: string;
  setCookies: string[];
}

/**
 * One request with exactly the given cookies and headers, redirects not followed. A live stream
 * is closed once its status is known (it never ends by itself): its text is then empty.
 */
export async function send(call: Call, origin = appOrigin()): Promise<Answer> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.cookie) headers.Cookie = call.cookie;
  let body: string | undefined;
  if (call.form) {
    headers["Content-Type"] = "application/x-www-form-urlencoded";
    body = new URLSearchParams(call.form).toString();
  } else if (call.body !== undefined) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(call.body);
  }
  const response = await fetch(`${origin}${call.path}`, {
    method: call.method,
    redirect: "manual",
    headers,
    body,
  });
  const type = response.headers.get("content-type") ?? "";
  let text = "";
  if (type.startsWith("text/event-stream")) await response.body?.cancel();
  else text = await response.text();
  return {
    status: response.status,
    location: response.headers.get("location"),
    type,
    text,
    setCookies: response.headers.getSetCookie(),
  };
}

/** The answer, once it is a success (below 300); the failure names the call otherwise. */
export async function expectOk(answer: Promise<Answer>, what = ""): Promise<Answer> {
  const settled = await answer;
  expect(settled.status, `${what}${what && ": "}${settled.text.slice(0, 300)}`).toBeLessThan(300);
  return settled;
}

/** The cookie `name` an answer set, as `name=value` for a Cookie header. */
export function cookieFrom(setCookies: string[], name: string): string {
  const found = setCookies.find((c) => c.startsWith(`${name}=`));
  expect(found, `${name} in ${setCookies.join("; ")}`).toBeDefined();
  return found!.split(";")[0]!;
}

/** What POST /api/workshops takes for a live workshop of the ML lifecycle framework. */
export function workshopFields(title: string, teamName = "Platform team") {
  return { title, teamName, frameworkId: "ml-lifecycle", mode: "live" };
}

/** The invite token in a facilitator page (its invite link). */
export function inviteTokenIn(page: string): string {
  const found = /\/j\/([A-Za-z0-9_-]{43})/.exec(page)?.[1];
  expect(found, "an invite link on the facilitator page").toBeDefined();
  return found!;
}

/** The join code on a facilitator or presenter page, without the space that groups it. */
export function joinCodeIn(page: string): string {
  const found = /data-testid="join-code"[^>]*>([0-9A-Z]{3}) ([0-9A-Z]{3})</.exec(page);
  expect(found, "a join code on the page").not.toBeNull();
  return `${found![1]}${found![2]}`;
}

export interface StartedWorkshop {
  workshopId: string;
  facilitatorLink: string;
  facilitatorToken: string;
  /** The facilitator link's cookie, as `name=value`. */
  facilitatorCookie: string;
  inviteToken: string;
}

/**
 * Starts a workshop (201) with `cookie` and `headers` on every request, and reads its invite
 * token off the facilitator page, opened with the facilitator link's cookie (and `cookie`).
 */
export async function startWorkshop(
  fields: ReturnType<typeof workshopFields> & Record<string, unknown>,
  options: { cookie?: string; headers?: Record<string, string>; origin?: string } = {},
): Promise<StartedWorkshop> {
  const { cookie = "", headers, origin } = options;
  const created = await send(
    { method: "POST", path: "/api/workshops", cookie, headers, body: fields },
    origin,
  );
  expect(created.status, created.text).toBe(201);
  const { workshopId, facilitatorLink } = JSON.parse(created.text) as {
    workshopId: string;
    facilitatorLink: string;
  };
  const facilitatorToken = facilitatorLink.split("/f/")[1]!;
  const facilitatorCookie = `bp_facilitator_${workshopId}=${facilitatorToken}`;
  const page = await expectOk(
    send(
      { method: "GET", path: `/w/${workshopId}/facilitate`, cookie: facilitatorCookie, headers },
      origin,
    ),
  );
  return {
    workshopId,
    facilitatorLink,
    facilitatorToken,
    facilitatorCookie,
    inviteToken: inviteTokenIn(page.text),
  };
}

/** Joins a workshop (201) as someone new; their guest cookie, as `name=value`. */
export async function joinWorkshop(
  workshop: { workshopId: string; inviteToken: string },
  person: { displayName: string; role: string },
  headers?: Record<string, string>,
): Promise<string> {
  const joined = await send({
    method: "POST",
    path: "/api/workshops/join",
    headers,
    body: { inviteToken: workshop.inviteToken, ...person },
  });
  expect(joined.status, joined.text).toBe(201);
  return cookieFrom(joined.setCookies, `bp_guest_${workshop.workshopId}`);
}

/**
 * Starts a workshop (201) through a request context, which keeps the facilitator cookie; its
 * facilitator and invite tokens.
 */
export async function startWorkshopWith(
  request: APIRequestContext,
  fields: ReturnType<typeof workshopFields> & Record<string, unknown>,
) {
  const created = await request.post("/api/workshops", { data: fields });
  expect(created.status()).toBe(201);
  const { workshopId, facilitatorLink } = (await created.json()) as {
    workshopId: string;
    facilitatorLink: string;
  };
  const page = await (await request.get(`/w/${workshopId}/facilitate`)).text();
  return {
    workshopId,
    facilitatorToken: facilitatorLink.split("/f/")[1]!,
    inviteToken: inviteTokenIn(page),
  };
}

/** Asks for a sign-in link the way next-auth's signIn() does, as a form or as JSON. */
export async function askForSignInLink(
  request: APIRequestContext,
  email: string,
  options: { callbackUrl: string; as?: "form" | "json" },
) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as {
    csrfToken: string;
  };
  const fields = { email, csrfToken, callbackUrl: options.callbackUrl, json: "true" };
  return request.post(
    "/api/auth/signin/email",
    options.as === "json" ? { data: fields } : { form: fields },
  );
}
