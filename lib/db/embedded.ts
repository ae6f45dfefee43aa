import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  /** A postgresql:// URL for any client on this machine. */
  url: string;
  /** Where the data lives, or "memory" for a throwaway database. */
  location: string;
  stop(): Promise<void>;
}

/**
 * Opens PGlite (PostgreSQL compiled to WebAssembly) and serves it on 127.0.0.1 over the
 * PostgreSQL wire protocol, so the app and the migration runner talk to it exactly as they
 * talk to a real server. PGlite executes one query at a time; the socket server multiplexes
 * the connections onto it, which is why the app keeps its pool at a single connection here.
 */
export async function startEmbeddedDatabase(options: {
  dataDir?: string;
  port?: number;
}): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://");
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 16,
  });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  let stopped = false;
  return {
    url,
    location: options.dataDir ?? "memory",
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      // Closing PGlite flushes its files; skipping this on exit would risk the last writes.
      await db.close();
    },
  };
}
