import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { prisma } from "@/lib/db/prisma";
import { env } from "@/lib/env";

// Live updates between requests, and between app instances. A write publishes "workshop W
// changed, because of X" after it has committed; every instance listening hears it and the
// streams of that workshop re-read what they show. Nothing secret travels on the bus: only the
// workshop id and the kind of change.
//
// With PostgreSQL the bus is NOTIFY/LISTEN, so a vote saved through one instance reaches
// browsers connected to another. Each instance holds one LISTEN connection, reconnects with
// backoff when it drops and then tells every listener to catch up ("resync"), because
// notifications sent while it was away are lost. With the embedded database (one instance) the
// bus is an in-process emitter.

export type ChangeKind =
  | "joined"
  | "vote"
  | "revealed"
  | "round-opened"
  | "closed"
  | "removed"
  | "weights"
  | "deadline"
  | "auto-reveal"
  | "share-link-revoked"
  | "facilitator-link-replaced"
  | "deleted";

export interface WorkshopChange {
  workshopId: string;
  kind: ChangeKind;
}

/** A change of one workshop, or "resync": anything may have changed while the bus was down. */
export type BusMessage = WorkshopChange | { kind: "resync" };

type Listener = (message: BusMessage) => void;

const CHANNEL = "blueprint_workshop_changes";
const MIN_RETRY_MS = 500;
/**
 * How long a change waits to be published, so that a burst of identical changes (a room saving
 * its ballots: hundreds of "vote" changes a second) costs one NOTIFY instead of one per save.
 * Listeners only re-read the workshop (lib/realtime/hub.ts folds changes over a longer pause
 * anyway), so one message says as much as a hundred. It is a query of its own rather than part of
 * the write's statement on purpose: a transaction that has sent NOTIFY holds a database-wide lock
 * through its commit, so NOTIFY inside every save would serialise their commits (measured: about
 * a quarter of the throughput, see scripts/bench/burst.ts in the README).
 */
const PUBLISH_COALESCE_MS = 50;
const MAX_RETRY_MS = 15_000;

interface Bus {
  publish(change: WorkshopChange): Promise<void>;
  subscribe(listener: Listener): () => void;
}

function memoryBus(): Bus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(change) {
      emitter.emit("message", change);
    },
    subscribe(listener) {
      emitter.on("message", listener);
      return () => emitter.off("message", listener);
    },
  };
}

function postgresBus(connectionString: string): Bus {
  const listeners = new Set<Listener>();
  const deliver = (message: BusMessage) => {
    for (const listener of listeners) listener(message);
  };
  let client: pg.Client | null = null;
  let retryMs = MIN_RETRY_MS;
  let connecting = false;

  function parse(payload: string | undefined): WorkshopChange | null {
    try {
      const value = JSON.parse(payload ?? "") as Partial<WorkshopChange>;
      return typeof value.workshopId === "string" && typeof value.kind === "string"
        ? { workshopId: value.workshopId, kind: value.kind }
        : null;
    } catch {
      return null;
    }
  }

  async function connect(): Promise<void> {
    if (connecting || client) return;
    connecting = true;
    // keepAlive: a connection a NAT or load balancer silently dropped must fail, not hang.
    const next = new pg.Client({ connectionString, keepAlive: true });
    const discard = () => {
      next.removeAllListeners();
      // A late socket error on the discarded client must not become an uncaught exception.
      next.on("error", () => {});
      void next.end().catch(() => {});
    };
    const retry = () => {
      setTimeout(() => void connect(), retryMs).unref();
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
    const lost = () => {
      if (client !== next) return;
      client = null;
      discard();
      retry();
    };
    next.on("notification", (message) => {
      const change = parse(message.payload);
      if (change) deliver(change);
    });
    next.on("error", lost);
    next.on("end", lost);
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      const reconnected = retryMs > MIN_RETRY_MS;
      client = next;
      retryMs = MIN_RETRY_MS;
      if (reconnected) deliver({ kind: "resync" });
    } catch {
      discard();
      retry();
    } finally {
      connecting = false;
    }
  }

  // Changes waiting to be sent, by payload. An entry is removed just before its NOTIFY is sent,
  // so a change published later always gets a NOTIFY that starts after it, never an earlier one.
  const pending = new Map<string, Promise<void>>();

  return {
    publish(change) {
      const payload = JSON.stringify(change);
      const queued = pending.get(payload);
      if (queued) return queued;
      const sent = new Promise((resolve) => setTimeout(resolve, PUBLISH_COALESCE_MS)).then(
        async () => {
          pending.delete(payload);
          await prisma().$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
        },
      );
      pending.set(payload, sent);
      return sent;
    },
    subscribe(listener) {
      listeners.add(listener);
      void connect();
      return () => listeners.delete(listener);
    },
  };
}

// One bus per process, kept on globalThis for the same reasons as the Prisma client.
const globalForBus = globalThis as typeof globalThis & { blueprintBus?: Bus };

function bus(): Bus {
  if (!globalForBus.blueprintBus) {
    const { BLUEPRINT_EVENT_BUS, DATABASE_URL } = env();
    globalForBus.blueprintBus =
      BLUEPRINT_EVENT_BUS === "memory" || !DATABASE_URL ? memoryBus() : postgresBus(DATABASE_URL);
  }
  return globalForBus.blueprintBus;
}

/**
 * Tells every app instance that the workshop changed. Call it after the write committed; it
 * never throws, because a lost notification only delays what streams show (they also catch up
 * on reconnect), while failing the write that already happened would mislead its caller.
 */
export function publishChange(workshopId: string, kind: ChangeKind): void {
  bus()
    .publish({ workshopId, kind })
    .catch((error: unknown) => console.error("Could not publish a live update", error));
}

export function subscribeToChanges(listener: Listener): () => void {
  return bus().subscribe(listener);
}
