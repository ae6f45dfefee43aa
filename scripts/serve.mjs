// The production server: Next.js's request handler behind Node's own HTTP server, so that one
// hot path, the ballot lane (app/api/workshops/[workshopId]/votes/lane.ts), is answered before
// Next.js's routing. Everything else goes to Next.js as under `next start`. `npm start` runs it,
// and so do the browser tests and the benchmarks, so that they meet what users meet.
//
//   node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]
//
// Plain JavaScript on purpose: run through a TypeScript loader, the server would carry the
// loader's own thread and heap (about 80 MB) for as long as it runs.
import { createServer } from "node:http";
import { networkInterfaces } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import next from "next";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** How long a stop waits for requests in flight (live streams never end by themselves). */
const STOP_GRACE_MS = 2000;

function fail(message) {
  console.error(message);
  process.exit(1);
}

function options() {
  try {
    const { values } = parseArgs({
      options: {
        port: { type: "string", short: "p" },
        hostname: { type: "string", short: "H" },
      },
    });
    const port = Number(values.port ?? (process.env.PORT || 3000));
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      fail(`Not a port: ${values.port ?? process.env.PORT}`);
    }
    return { port, hostname: values.hostname };
  } catch (error) {
    fail(`${error.message}\nUsage: node scripts/serve.mjs [--port 3000] [--hostname 0.0.0.0]`);
  }
}

/** Like `next start`, every interface unless told, so that phones in the room can reach it. */
const { port, hostname } = options();
process.env.NODE_ENV = "production";
// As `next start` does: the app's default address (lib/env.ts APP_URL) is built from it.
process.env.PORT = String(port);

const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();
const LANE = Symbol.for("blueprint.ballot-lane");

const server = createServer((request, response) => {
  // Handed over by instrumentation.ts once Next.js has loaded the app, which it does on the
  // first request; until then (or should that fail) Next.js answers every ballot itself.
  if (globalThis[LANE]?.(request, response)) return;
  handle(request, response).catch((error) => {
    console.error(`${request.method} ${request.url} failed`, error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});

// A port in use or not allowed: stop, so that whoever started the server sees it fail.
server.once("error", (error) => fail(`Could not serve on port ${port}: ${error.message}`));
server.listen(port, hostname, () => {
  console.log(`Blueprint is serving on http://${hostname ?? "localhost"}:${port}`);
  if (hostname) return;
  for (const addresses of Object.values(networkInterfaces())) {
    for (const { address, family, internal } of addresses ?? []) {
      if (!internal && family === "IPv4")
        console.log(`  in your network: http://${address}:${port}`);
    }
  }
});

/** Takes no new requests, lets those in flight finish (a ballot being saved), then exits. */
async function stop() {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const grace = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
  await Promise.race([closed, grace]);
  server.closeAllConnections();
  await app.close();
  process.exit(0);
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
