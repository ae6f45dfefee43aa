import { request as httpRequest } from "node:http";
import { expect, test } from "./fixtures";
import { startExtraServer, type ExtraServer } from "./extra-server";
import { workshopFields } from "./support/api";
import { query } from "./support/database";

// Links carry secrets, so they must never point at a host that a request made up. This spec
// runs a server as a newcomer would: no APP_URL and no proxy in front (TRUSTED_PROXY_HOPS=0),
// and sends it forged Host and X-Forwarded-* headers, which a client that reaches Next.js
// directly can write. Links must fall back to the server's own address, and a forged
// X-Forwarded-Host must not make a cross-site write look same-origin.

let server: ExtraServer;
const port = Number(process.env.E2E_PORT ?? 3100) + 20;

test.beforeAll(async () => {
  server = await startExtraServer(port, {});
});
test.afterAll(async () => {
  await server?.stop();
});

interface Answer {
  status: number;
  text: string;
  setCookies: string[];
}

/** A raw HTTP request, so that the Host header is whatever the test says. */
function send(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        headers: {
          ...(payload === undefined
            ? {}
            : { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(payload) }),
          ...headers,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString("utf8"),
            setCookies: response.headers["set-cookie"] ?? [],
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(payload);
  });
}

const ownHost = () => `127.0.0.1:${port}`;
/** Forged headers, and the origin the links must then have instead. */
const forgeries: Record<string, { headers: Record<string, string>; links: string }> = {
  "a forged Host": { headers: { Host: "evil.example" }, links: `http://localhost:${port}` },
  "a forged Host with a port": {
    headers: { Host: `evil.example:${port}` },
    links: `http://localhost:${port}`,
  },
  // Without trusted proxies the forwarded headers are not read: the Host is the machine's own.
  "a forged X-Forwarded-Host": {
    headers: { Host: ownHost(), "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    links: `http://${ownHost()}`,
  },
};

test("no secret link is built on a forged host, and a forged forwarded host is no origin", async () => {
  // Created from the machine's own address: the links use it, as phones in a room need.
  const created = await send(
    "POST",
    "/api/workshops",
    { Host: ownHost(), Origin: `http://${ownHost()}` },
    workshopFields("Forged host drill"),
  );
  expect(created.status, created.text).toBe(201);
  const { workshopId, facilitatorLink } = JSON.parse(created.text) as {
    workshopId: string;
    facilitatorLink: string;
  };
  expect(new URL(facilitatorLink).origin).toBe(`http://${ownHost()}`);
  const cookie = created.setCookies.map((c) => c.split(";")[0]!).join("; ");

  for (const [what, { headers, links }] of Object.entries(forgeries)) {
    // The answer that hands out a facilitator link.
    const forgedCreate = await send(
      "POST",
      "/api/workshops",
      headers,
      workshopFields(`Forged ${what}`, "Team"),
    );
    expect(forgedCreate.status, `${what}: ${forgedCreate.text}`).toBe(201);
    const link = (JSON.parse(forgedCreate.text) as { facilitatorLink: string }).facilitatorLink;
    expect(new URL(link).origin, what).toBe(links);

    // The facilitator page: the invite link and its QR code.
    const page = await send("GET", `/w/${workshopId}/facilitate`, { ...headers, Cookie: cookie });
    expect(page.status, what).toBe(200);
    expect(page.text, what).not.toContain("evil.example");
    expect(page.text, what).toContain(`${links}/j/`);

    // A share link's address.
    const shared = await send(
      "POST",
      `/api/workshops/${workshopId}/share-links`,
      { ...headers, Cookie: cookie },
      { label: `For ${what}`, mode: "live" },
    );
    expect(shared.status, `${what}: ${shared.text}`).toBe(201);
    expect(new URL((JSON.parse(shared.text) as { url: string }).url).origin, what).toBe(links);
  }

  // Another site's page cannot borrow the facilitator's cookie by naming itself as the host the
  // proxy saw: there is no proxy to believe.
  const crossSite = await send("POST", `/api/workshops/${workshopId}/close`, {
    Host: ownHost(),
    Origin: "http://evil.example",
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "http",
    Cookie: cookie,
  });
  expect(crossSite.status, crossSite.text).toBe(403);
  expect(JSON.parse(crossSite.text)).toMatchObject({ error: { code: "cross-site" } });
  expect(await query("SELECT status FROM workshops WHERE id = $1", [workshopId])).toEqual([
    { status: "open" },
  ]);
});
