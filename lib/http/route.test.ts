import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TooSoonError } from "@/lib/errors";
import { crossSiteRefusal, json, readJson, route } from "./route";

const echo = route(async (request) => json(await readJson(request, z.object({ a: z.string() }))));
const context = { params: Promise.resolve({}) };

/** A chunked upload: a stream with no Content-Length, counting how much of it was pulled. */
function chunkedBody(chunks: number, chunkBytes: number) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe("readJson", () => {
  it("reads a small JSON body", async () => {
    const response = await echo(
      new Request("http://app.test/x", { method: "PUT", body: JSON.stringify({ a: "b" }) }),
      context,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ a: "b" });
  });

  it("refuses a lone surrogate anywhere in the body, naming where, before the schema", async () => {
    const response = await echo(
      new Request("http://app.test/x", { method: "PUT", body: '{"a":"ok","b":["\\udfff"]}' }),
      context,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "invalid-input", fields: { "b.0": "broken-character" } },
    });
  });

  it("refuses a declared oversize body without reading it", async () => {
    const response = await echo(
      new Request("http://app.test/x", {
        method: "PUT",
        body: "{}",
        headers: { "Content-Length": String(17 * 1024) },
      }),
      context,
    );
    expect(response.status).toBe(413);
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const body = chunkedBody(10_000, 1024);
    const response = await echo(
      // Node requires duplex for a streamed body; the DOM typings do not know it yet.
      new Request("http://app.test/x", {
        method: "PUT",
        body: body.stream,
        duplex: "half",
      } as RequestInit),
      context,
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("too-large");
    expect(body.pulled()).toBeLessThan(32);
  });

  it("answers 400 for a body that is not JSON or not valid UTF-8", async () => {
    for (const body of ["{not json", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])]) {
      const response = await echo(
        new Request("http://app.test/x", { method: "PUT", body }),
        context,
      );
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({
        code: "invalid-input",
        fields: { "": "not-json" },
      });
    }
  });

  it("names what is wrong with each field as a code, with English words for API clients", async () => {
    const response = await echo(
      new Request("http://app.test/x", { method: "PUT", body: JSON.stringify({ a: 1 }) }),
      context,
    );
    // The schema here gives zod's own message, which is no code of ours.
    expect(await response.json()).toEqual({
      error: {
        code: "invalid-input",
        message: "Some of the input is not valid.",
        fields: { a: "invalid" },
      },
    });
  });
});

describe("crossSiteRefusal", () => {
  const request = (method: string, headers: Record<string, string>) =>
    new Request("http://app.test/api/auth/signout", {
      method,
      headers: { host: "app.test", ...headers },
    });

  it("refuses writes from another origin or an opaque one that the browser calls cross-site", async () => {
    delete process.env.APP_URL;
    for (const headers of <Record<string, string>[]>[
      { origin: "https://evil.example" },
      { origin: "null", "sec-fetch-site": "cross-site" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site" },
    ]) {
      const refusal = crossSiteRefusal(request("POST", headers));
      expect(refusal?.status, JSON.stringify(headers)).toBe(403);
      expect(await refusal!.json()).toMatchObject({ error: { code: "cross-site" } });
    }
  });

  it("lets same-origin writes, writes without Origin and reads through", () => {
    delete process.env.APP_URL;
    expect(crossSiteRefusal(request("POST", { origin: "http://app.test" }))).toBeNull();
    expect(
      crossSiteRefusal(request("POST", { origin: "null", "sec-fetch-site": "same-origin" })),
    ).toBeNull();
    expect(crossSiteRefusal(request("POST", {}))).toBeNull();
    expect(crossSiteRefusal(request("GET", { origin: "https://evil.example" }))).toBeNull();
  });
});

describe("too soon", () => {
  it("answers 429 with when it may be done again, as Retry-After and retryAt", async () => {
    const retryAt = new Date(Date.now() + 30 * 60_000);
    const handler = route(async () => {
      throw new TooSoonError(retryAt);
    });
    const response = await handler(new Request("http://app.test/x", { method: "POST" }), context);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(29 * 60);
    expect(Number(response.headers.get("Retry-After"))).toBeLessThanOrEqual(30 * 60);
    expect(await response.json()).toEqual({
      error: {
        code: "too-soon",
        message: "A reminder went out less than an hour ago.",
        retryAt: retryAt.toISOString(),
      },
    });
  });
});
