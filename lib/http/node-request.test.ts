import { createServer, request as httpRequest, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyText, cookiesOf, requestHead, sendAnswer } from "./node-request";
import { BodyTooLarge } from "./route";

const withHeaders = (headers: IncomingMessage["headers"], url = "/") =>
  ({ headers, url, method: "PUT", socket: {} }) as IncomingMessage;

describe("cookiesOf", () => {
  it("reads cookies as Next.js does: decoded, the last of a name counting", () => {
    const cookies = cookiesOf(withHeaders({ cookie: "a=1; b=x%20y;c=%E0%A4%A; a=2; flag" }));
    expect(Object.fromEntries(cookies)).toEqual({ a: "2", b: "x y", flag: "true" });
  });

  it("splits where Next.js splits: at a semicolon and spaces; a tab stays in the name", () => {
    expect([...cookiesOf(withHeaders({ cookie: "a=1;\tb=2; c=3" })).keys()]).toEqual([
      "a",
      "\tb",
      "c",
    ]);
  });

  it("has none without a Cookie header", () => {
    expect(cookiesOf(withHeaders({})).size).toBe(0);
  });
});

describe("requestHead", () => {
  it("answers header names in any case, and several values as one list", () => {
    const head = requestHead(
      withHeaders({ origin: "http://localhost:3000", "x-forwarded-for": ["1.1.1.1", "2.2.2.2"] }),
    );
    expect(head.headers.get("Origin")).toBe("http://localhost:3000");
    expect(head.headers.get("X-Forwarded-For")).toBe("1.1.1.1, 2.2.2.2");
    expect(head.headers.get("sec-fetch-site")).toBeNull();
    expect(new URL(head.url).pathname).toBe("/");
  });

  it("gives the scheme Next.js gives a route handler: https when a proxy says so", () => {
    const socket = { encrypted: false } as unknown as IncomingMessage["socket"];
    const plain = { ...withHeaders({}), socket } as IncomingMessage;
    const proxied = { ...withHeaders({ "x-forwarded-proto": "https" }), socket } as IncomingMessage;
    expect(new URL(requestHead(plain).url).protocol).toBe("http:");
    expect(new URL(requestHead(proxied).url).protocol).toBe("https:");
  });
});

describe("bodyText and sendAnswer, over a real connection", () => {
  let origin = "";
  const server = createServer((request, response) => {
    bodyText(request, 64).then(
      (text) => sendAnswer(response, { status: 200, body: { text } }),
      (error: unknown) =>
        sendAnswer(response, {
          status: error instanceof BodyTooLarge ? 413 : 500,
          body: {},
          headers: { "Retry-After": "1" },
        }),
    );
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  /** Sends the body in the given pieces, with no declared length unless `length` is given. */
  function send(pieces: Buffer[], length?: number) {
    return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }>(
      (resolve, reject) => {
        const request = httpRequest(
          `${origin}/`,
          { method: "PUT", headers: length === undefined ? {} : { "Content-Length": length } },
          (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () =>
              resolve({
                status: response.statusCode ?? 0,
                headers: response.headers,
                body: Buffer.concat(chunks).toString("utf8"),
              }),
            );
          },
        );
        request.on("error", reject);
        for (const piece of pieces) request.write(piece);
        request.end();
      },
    );
  }

  it("reads a body in pieces as UTF-8, a character split between pieces included", async () => {
    const bytes = Buffer.from("Größe ✓", "utf8");
    const got = await send([bytes.subarray(0, 3), bytes.subarray(3, 9), bytes.subarray(9)]);
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toEqual({ text: "Größe ✓" });
  });

  it("drops a byte order mark, as Request.text() does", async () => {
    const got = await send([Buffer.from("\uFEFF{}", "utf8")]);
    expect(JSON.parse(got.body)).toEqual({ text: "{}" });
  });

  it("refuses a body over the limit, whether its length was declared or not", async () => {
    expect((await send([Buffer.alloc(65, "x")], 65)).status).toBe(413);
    expect((await send([Buffer.alloc(40, "x"), Buffer.alloc(40, "x")])).status).toBe(413);
    // The connection is still good for the next request.
    expect((await send([Buffer.from("ok")])).status).toBe(200);
  });

  it("answers with the API's headers, the answer's own last", async () => {
    const got = await send([Buffer.alloc(65, "x")], 65);
    expect(got.headers).toMatchObject({
      "cache-control": "no-store, no-transform",
      "content-type": "application/json",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "retry-after": "1",
      "content-length": "2",
    });
  });
});
