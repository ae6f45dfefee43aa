import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../scripts/launch";

// Issue 12: the embedded database (PGlite behind a PostgreSQL wire-protocol bridge, which has
// no passwords) listened on 127.0.0.1, so any user of the machine could connect and read
// pre-reveal votes and session tokens. It is opened here exactly as `npm start` opens it.

/**
 * What another local user gets from the database at `url`: a raw PostgreSQL startup message
 * sent with Node's own `net` (no module to load, so a refusal can only be the connection's),
 * printing the first answer or the error code.
 */
const PROBE = `
const net = require("node:net");
const url = new URL(process.argv[1]);
const socketDir = url.searchParams.get("host");
const target = socketDir
  ? { path: socketDir + "/.s.PGSQL." + (url.port || "5432") }
  : { host: url.hostname, port: Number(url.port || 5432) };
const params = Buffer.from("user\\0postgres\\0database\\0postgres\\0\\0");
const startup = Buffer.alloc(8 + params.length);
startup.writeInt32BE(startup.length, 0);
startup.writeInt32BE(196608, 4);
params.copy(startup, 8);
const socket = net.connect(target, () => socket.write(startup));
socket.once("data", (data) => {
  const kind = String.fromCharCode(data[0]);
  console.log(kind === "R" ? "authentication " + data.readInt32BE(5) : "answer " + kind);
  socket.destroy();
});
socket.on("error", (error) => console.log("error " + error.code));
`;

const NOBODY = 65534;

/** Runs the probe in a process of its own (asynchronously: this process serves the database). */
async function probe(url: string, as?: number): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ["-e", PROBE, url], {
    ...(as !== undefined && { uid: as, gid: as, cwd: "/" }),
    encoding: "utf8",
    timeout: 10_000,
  });
  return stdout.trim();
}

describe("the embedded database", () => {
  let dataDir: string;
  let database: Database;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "blueprint-embedded-test-"));
    database = await openDatabase({ databaseUrl: undefined, dataDir, poolSize: 10 });
  }, 60_000);

  afterAll(async () => {
    await database?.embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("answers the app's own clients", async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ answer: number }>("SELECT 41 + 1 AS answer");
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await client.end();
    }
  });

  it("listens on no TCP port, only on a socket in a directory only its owner can enter", () => {
    const url = new URL(database.url);
    const socketDir = url.searchParams.get("host");
    expect(socketDir, database.url).toMatch(/^\//);
    const dir = statSync(socketDir!);
    expect(dir.uid).toBe(process.getuid!());
    expect(dir.mode & 0o777).toBe(0o700);
    const socket = statSync(join(socketDir!, ".s.PGSQL.5432"));
    expect(socket.isSocket()).toBe(true);
    expect(socket.mode & 0o777).toBe(0o600);
  });

  it("refuses another local user, who before got in without a password", async () => {
    // Switching to another user needs root, which this suite's machines run as; elsewhere the
    // kernel's check of the modes asserted above is the same refusal.
    if (process.getuid!() !== 0) {
      expect(statSync(new URL(database.url).searchParams.get("host")!).mode & 0o077).toBe(0);
      return;
    }
    expect(await probe(database.url, NOBODY)).toBe("error EACCES");
    // The same probe as the owner does get in: the refusal above is the permissions'.
    expect(await probe(database.url)).toBe("authentication 0");
  });
});
