import "server-only";
import { createHash } from "node:crypto";
import { subscribeToChanges, type BusMessage } from "./bus";
import { readLiveState, stateFor, type Audience, type LiveState } from "./state";

// The streams open in this app instance, by workshop. A change heard on the bus is read once
// per workshop (after a short pause that folds a burst of votes into one read) and each stream
// is sent its audience's view, only when that view differs from what it last sent.

const SETTLE_MS = 150;

export interface LiveConnection {
  workshopId: string;
  audience: Audience;
  /** The id of the last state this browser has; nothing is sent while it is still current. */
  lastEventId: string | null;
  send(event: { id: string; state: LiveState }): void;
  /** The workshop is gone: the stream says so and ends. */
  end(): void;
}

interface Hub {
  connections: Map<string, Set<LiveConnection>>;
  pending: Map<string, NodeJS.Timeout>;
  unsubscribe: () => void;
}

const globalForHub = globalThis as typeof globalThis & { blueprintHub?: Hub };

function hub(): Hub {
  if (!globalForHub.blueprintHub) {
    const created: Hub = {
      connections: new Map(),
      pending: new Map(),
      unsubscribe: () => {},
    };
    created.unsubscribe = subscribeToChanges((message: BusMessage) => {
      if (message.kind === "resync") {
        for (const workshopId of created.connections.keys()) schedule(workshopId);
      } else if (created.connections.has(message.workshopId)) {
        schedule(message.workshopId);
      }
    });
    globalForHub.blueprintHub = created;
  }
  return globalForHub.blueprintHub;
}

/** A short, stable id of what a view shows, sent as the SSE event id (and Last-Event-ID). */
export function eventIdOf(state: LiveState): string {
  return createHash("sha1").update(JSON.stringify(state)).digest("base64url").slice(0, 16);
}

async function push(workshopId: string, only?: LiveConnection): Promise<void> {
  const connections = only ? [only] : [...(hub().connections.get(workshopId) ?? [])];
  if (connections.length === 0) return;
  let state;
  try {
    state = await readLiveState(workshopId);
  } catch (error) {
    // The database is away: the streams stay open and catch up on the next change or resync.
    console.error(`Could not read the live state of workshop ${workshopId}`, error);
    return;
  }
  for (const connection of connections) {
    if (!state) {
      connection.end();
      continue;
    }
    const view = stateFor(connection.audience, state);
    const id = eventIdOf(view);
    if (id === connection.lastEventId) continue;
    connection.lastEventId = id;
    connection.send({ id, state: view });
  }
}

function schedule(workshopId: string): void {
  const { pending } = hub();
  if (pending.has(workshopId)) return;
  pending.set(
    workshopId,
    setTimeout(() => {
      pending.delete(workshopId);
      void push(workshopId);
    }, SETTLE_MS),
  );
}

/** Registers a stream and sends it the current state unless its Last-Event-ID is current. */
export function connect(connection: LiveConnection): () => void {
  const { connections } = hub();
  let set = connections.get(connection.workshopId);
  if (!set) connections.set(connection.workshopId, (set = new Set()));
  set.add(connection);
  void push(connection.workshopId, connection);
  return () => {
    set.delete(connection);
    if (set.size === 0) connections.delete(connection.workshopId);
  };
}
