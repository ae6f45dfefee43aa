import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isCallbackUrl, malformedAuthRequest } from "./auth-request";

/** As the route handler calls it: with the endpoint next-auth will read from the path. */
const check = (request: NextRequest, appUrl: string) =>
  malformedAuthRequest(
    request,
    appUrl,
    new URL(request.url).pathname.replace(/^\/api\/auth\//, ""),
  );

const app = "https://blueprint.example.com";

function post(path: string, body: string, type = "application/x-www-form-urlencoded") {
  return new NextRequest(`${app}${path}`, {
    method: "POST",
    body,
    headers: { "Content-Type": type },
  });
}

describe("isCallbackUrl", () => {
  it("accepts what next-auth accepts: http(s) URLs and paths", () => {
    for (const value of ["/workshops", "/", "https://blueprint.example.com/w/1", "http://x.test"]) {
      expect(isCallbackUrl(value, app), value).toBe(true);
    }
  });

  it("refuses what would make next-auth throw", () => {
    for (const value of ["", "\u0000", "workshops", "g$K#] ", "javascript:alert(1)", 5, null]) {
      expect(isCallbackUrl(value, app), String(value)).toBe(false);
    }
  });

  it("refuses an address longer than the sign-in link's check reads", () => {
    const longest = `/workshops?x=${"a".repeat(2048 - "/workshops?x=".length)}`;
    expect(isCallbackUrl(longest, app)).toBe(true);
    expect(isCallbackUrl(`${longest}a`, app)).toBe(false);
  });
});

describe("malformedAuthRequest", () => {
  it("lets well-formed requests through", async () => {
    expect(await check(new NextRequest(`${app}/api/auth/session`), app)).toBeNull();
    expect(
      await check(
        post(
          "/api/auth/signin/email",
          "email=sam%40example.com&csrfToken=x&callbackUrl=%2Fworkshops&json=true",
        ),
        app,
      ),
    ).toBeNull();
    expect(
      await check(
        post("/api/auth/signin/email", '{"email":"sam@example.com"}', "application/json"),
        app,
      ),
    ).toBeNull();
  });

  it("refuses a sign-in e-mail request without a valid address, as next-auth reports one", async () => {
    const asJson = await check(
      post("/api/auth/signin/email", "email=not-an-address&json=true"),
      app,
    );
    expect(asJson?.status).toBe(400);
    expect(await asJson?.json()).toEqual({ url: `${app}/sign-in?error=EmailSignin` });

    const asForm = await check(post("/api/auth/signin/email", "email="), app);
    expect(asForm?.status).toBe(303);
    expect(asForm?.headers.get("location")).toBe(`${app}/sign-in?error=EmailSignin`);

    const wrongType = await check(
      post("/api/auth/signin/email", '{"email":5}', "application/json"),
      app,
    );
    expect(wrongType?.status).toBe(303);
  });

  it("refuses bodies next-auth cannot read", async () => {
    for (const body of ["{", "[]", "null", "5"]) {
      const answer = await check(post("/api/auth/signin/email", body, "application/json"), app);
      expect(answer?.status, body).toBe(400);
    }
  });

  it("refuses a callback URL that is no URL, in the query, the body or the cookie", async () => {
    const inQuery = new NextRequest(`${app}/api/auth/session?callbackUrl=%00`);
    const inBody = post("/api/auth/signin/email", "email=sam%40example.com&callbackUrl=abc");
    const inCookie = new NextRequest(`${app}/api/auth/session`, {
      headers: { Cookie: "next-auth.callback-url=g%24K%23%5D%20" },
    });
    const notText = post(
      "/api/auth/signin/email",
      '{"email":"sam@example.com","callbackUrl":1}',
      "application/json",
    );
    for (const request of [inQuery, inBody, inCookie, notText]) {
      expect((await check(request, app))?.status).toBe(400);
    }
  });

  it("refuses a JSON body with a lone surrogate in any field", async () => {
    for (const body of [
      '{"email":"sam@example.com","callbackUrl":"/workshops\\udfff"}',
      '{"email":"sam@example.com","csrfToken":"\\ud800"}',
    ]) {
      const answer = await check(post("/api/auth/signin/email", body, "application/json"), app);
      expect(answer?.status, body).toBe(400);
    }
  });
});
