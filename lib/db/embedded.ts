import { chmodSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  /** A postgresql:// URL for the clients of this user on this machine. */
  url: string;
  /** Where the data lives, or "memory" for a throwaway database. */
  location: string;
  stop(): Promise<void>;
}

/** The name PostgreSQL clients (pg, psql) look for in a socket directory, for port 5432. */
const SOCKET_NAME = ".s.PGSQL.5432";

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly) and serves it over the PostgreSQL wire
 * protocol, so the app and the migration runner talk to it exactly as they talk to a real
 * server. PGlite executes one query at a time; the socket server multiplexes the connections
 * onto it, which is why the app keeps its pool at a single connection here.
 *
 * The bridge has no passwords: whoever reaches it is in, with every vote and session token.
 * So it listens on no TCP port, only on a Unix socket inside a fresh directory that only this
 * user may enter (mkdtemp makes it 0700, atomically and under a name nobody can guess), and the
 * socket itself is 0600: other users of the machine cannot connect (issue 12).
 */
export async function startEmbeddedDatabase(options: {
  dataDir?: string;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://");
  // In the system's temporary directory rather than the data directory: a socket's path must stay
  // under about 100 bytes, and a data directory may be anywhere.
  const socketDir = mkdtempSync(join(tmpdir(), "blueprint-db-"));
  chmodSync(socketDir, 0o700);
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, SOCKET_NAME),
    maxConnections: 16,
  });
  try {
    await server.start();
    chmodSync(join(socketDir, SOCKET_NAME), 0o600);
  } catch (error) {
    await server.stop().catch(() => {});
    rmSync(socketDir, { recursive: true, force: true });
    await db.close();
    throw error;
  }
  // pg (and so Prisma's adapter) reads a host that is a path as the directory of a Unix socket.
  const url = `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}`;
  let stopped = false;
  return {
    url,
    location: options.dataDir ?? "memory",
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      rmSync(socketDir, { recursive: true, force: true });
      // Closing PGlite flushes its files; skipping this on exit would risk the last writes.
      await db.close();
    },
  };
}
