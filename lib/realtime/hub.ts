import "server-only";
import { createHash } from "node:crypto";
import { subscribeToChanges, type BusMessage } from "./bus";
import { StreamSlots, type StreamViewer } from "./stream-slots";

// The streams open in this app instance, by workshop. A change heard on the bus is read once
// per workshop (after a short pause that folds a burst of votes into one read; never two reads
// of one workshop at a time) and each stream is sent its own view of it, only when that view
// differs from what it last sent. A stream whose viewer lost access (a participant removed, a
// share link revoked or expired) is ended instead. What a workshop's state is, and what each
// viewer may see of it, is the feature's business (lib/workshops/live-state.ts): the hub only
// reads it through the streams' `read` and hands each its `view`.

const SETTLE_MS = 150;

export interface LiveConnection<State = never> {
  workshopId: string;
  /** Reads the workshop's state; null once it is gone. The same for every stream of a workshop. */
  read(workshopId: string): Promise<State | null>;
  /** What this viewer may see of the state. */
  view(state: State): unknown;
  /** The id of the last state this browser has; nothing is sent while it is still current. */
  lastEventId: string | null;
  /** Whether the viewer may still watch, given the workshop's new state. */
  allowed(state: State): boolean | Promise<boolean>;
  /** Sends a state: its id and its JSON text. */
  send(event: LiveEvent): void;
  /** The workshop is gone or the viewer lost access: the stream says so and ends. */
  end(): void;
}

export interface LiveEvent {
  id: string;
  /** The viewer's state as JSON. */
  data: string;
}

interface WorkshopStreams {
  // Each stream of a workshop reads and views the same kind of state.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  connections: Set<LiveConnection<any>>;
  /** A read is scheduled or running. */
  busy: boolean;
  /** Something changed while the read ran: read once more when it ends. */
  dirty: boolean;
}

const globalForHub = globalThis as typeof globalThis & {
  blueprintHub?: Map<string, WorkshopStreams>;
  blueprintStreamSlots?: StreamSlots;
};

/**
 * Streams per viewer and per workshop in this instance (stream-slots.ts): a participant or a
 * facilitator has a phone and a laptop open and briefly a reconnect beside them; a share link
 * is handed round a leadership team; a workshop has a room of 300 with two devices each, its
 * facilitators and its share viewers.
 */
export const STREAMS_PER_VIEWER = 4;
export const STREAMS_PER_SHARE_LINK = 50;
export const STREAMS_PER_WORKSHOP = 1000;
/** What a refused stream is told to wait: slots free up as other streams end, at any time. */
export const STREAM_RETRY_AFTER_SECONDS = 30;

/**
 * A slot for one more stream of `viewer` in the workshop, or null when the viewer or the
 * workshop holds as many as it may. The slot must be given back when the stream ends.
 */
export function takeStreamSlot(workshopId: string, viewer: StreamViewer): (() => void) | null {
  globalForHub.blueprintStreamSlots ??= new StreamSlots({
    perViewer: STREAMS_PER_VIEWER,
    perWorkshop: STREAMS_PER_WORKSHOP,
  });
  return globalForHub.blueprintStreamSlots.take(workshopId, viewer);
}

function workshops(): Map<string, WorkshopStreams> {
  if (!globalForHub.blueprintHub) {
    const created = new Map<string, WorkshopStreams>();
    subscribeToChanges((message: BusMessage) => {
      if (message.kind === "resync") {
        for (const workshopId of created.keys()) schedule(workshopId);
      } else if (created.has(message.workshopId)) {
        schedule(message.workshopId);
      }
    });
    globalForHub.blueprintHub = created;
  }
  return globalForHub.blueprintHub;
}

/** A short, stable id of what a view shows, sent as the SSE event id (and Last-Event-ID). */
/** A state's event: its JSON, and an id that changes whenever that does. */
export function eventOf(state: unknown): LiveEvent {
  const data = JSON.stringify(state);
  return { id: createHash("sha1").update(data).digest("base64url").slice(0, 16), data };
}

async function push(workshopId: string, streams: WorkshopStreams): Promise<void> {
  const [first] = streams.connections;
  if (!first) return;
  let state: unknown;
  try {
    state = await first.read(workshopId);
  } catch (error) {
    // The database is away: the streams stay open and catch up on the next change or resync.
    console.error(`Could not read the live state of workshop ${workshopId}`, error);
    return;
  }
  // Viewers of one kind share one view of the state (the streams' `view` hands out the same
  // object for them), so a room of hundreds serialises and hashes it once, not once a phone.
  const events = new Map<unknown, LiveEvent>();
  for (const connection of [...streams.connections]) {
    if (!state || !(await connection.allowed(state))) {
      connection.end();
      continue;
    }
    const view = connection.view(state);
    let event = events.get(view);
    if (!event) {
      event = eventOf(view);
      events.set(view, event);
    }
    if (event.id === connection.lastEventId) continue;
    connection.lastEventId = event.id;
    connection.send(event);
  }
}

function schedule(workshopId: string): void {
  const streams = workshops().get(workshopId);
  if (!streams) return;
  if (streams.busy) {
    streams.dirty = true;
    return;
  }
  streams.busy = true;
  setTimeout(() => {
    void push(workshopId, streams).finally(() => {
      streams.busy = false;
      if (streams.dirty) {
        streams.dirty = false;
        schedule(workshopId);
      }
    });
  }, SETTLE_MS);
}

/**
 * Registers a stream. It gets the current state with the next read of its workshop (a room
 * reconnecting at once shares one read), unless its Last-Event-ID is already current.
 */
export function connect<State>(connection: LiveConnection<State>): () => void {
  const all = workshops();
  let streams = all.get(connection.workshopId);
  if (!streams) {
    streams = { connections: new Set(), busy: false, dirty: false };
    all.set(connection.workshopId, streams);
  }
  streams.connections.add(connection);
  schedule(connection.workshopId);
  const registered = streams;
  return () => {
    registered.connections.delete(connection);
    if (registered.connections.size === 0 && all.get(connection.workshopId) === registered) {
      all.delete(connection.workshopId);
    }
  };
}
