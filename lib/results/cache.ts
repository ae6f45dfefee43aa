import "server-only";
import { subscribeToChanges, type BusMessage } from "@/lib/realtime/bus";
import type { ResultsSource } from "./source";

// A revealed round's results do not change until the workshop does: votes are saved only while a
// round is open, names and roles are fixed at joining, and a participant removed after a reveal
// still counts in it. So every request of a room at the reveal can share one read of the results
// and one view per audience, where each used to read and compute its own.
//
// Correctness does not hang on notifications: each entry is filed under the workshop's stamp
// (the row versions of the workshop and its rounds, which any update changes; data.ts), and
// every request reads the current stamp first, in one small query. An instance that missed a
// notification, or another instance's write, therefore never serves an old entry: the stamp
// differs and the entry is not found. Notifications only free an entry as soon as it is
// outdated. Views are cached per audience and what it may see (a share link's options), never
// shared between them, and hang on their source, so they go when it goes.

/** Workshops whose results are kept; the least recently read goes first. */
const MAX_WORKSHOPS = 64;

/** Kinds of change that alter what results are shown; votes and joins do not (before reveal). */
const RESULT_CHANGES = new Set<BusMessage["kind"]>([
  "revealed",
  "round-opened",
  "closed",
  "weights",
  "removed",
  "deleted",
  "resync",
]);

interface Entry {
  stamp: string;
  source: Promise<ResultsSource>;
}

interface Cache {
  /** Keyed by workshop id and, for a snapshot, its round: "workshopId" or "workshopId/roundId". */
  entries: Map<string, Entry>;
  views: WeakMap<ResultsSource, Map<string, unknown>>;
  unsubscribe: (() => void) | null;
}

// One per process, on globalThis: pages and route handlers are bundled apart, and each bundle
// would otherwise hold a cache of its own.
const globalForCache = globalThis as typeof globalThis & { blueprintResultsCache?: Cache };

function cache(): Cache {
  const existing = globalForCache.blueprintResultsCache;
  if (existing) return existing;
  const created: Cache = { entries: new Map(), views: new WeakMap(), unsubscribe: null };
  globalForCache.blueprintResultsCache = created;
  return created;
}

function forget(message: BusMessage): void {
  if (!RESULT_CHANGES.has(message.kind)) return;
  const { entries } = cache();
  if (message.kind === "resync") return entries.clear();
  const workshopId = (message as { workshopId: string }).workshopId;
  for (const key of entries.keys()) {
    if (key === workshopId || key.startsWith(`${workshopId}/`)) entries.delete(key);
  }
}

/** Everything freezes on the way in: one shared object must not be changed by any reader. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The results source filed under `stamp`, or `load`'s, which is then filed under the stamp it
 * was read at (`stampOf`): a load that raced a change is filed under the newer stamp, where it
 * belongs, and the request that asked still gets what the database holds now.
 */
export async function cachedSource(
  key: string,
  stamp: string,
  load: () => Promise<{ source: ResultsSource; stamp: string }>,
): Promise<ResultsSource> {
  const state = cache();
  state.unsubscribe ??= subscribeToChanges(forget);
  const found = state.entries.get(key);
  if (found?.stamp === stamp) {
    // Most recently read last, so that the first key is the one to drop.
    state.entries.delete(key);
    state.entries.set(key, found);
    return found.source;
  }
  const promise: Promise<ResultsSource> = load().then(({ source, stamp: readAt }) => {
    const frozen = deepFreeze(source);
    if (readAt !== stamp && state.entries.get(key)?.source === promise) {
      state.entries.set(key, { stamp: readAt, source: promise });
    }
    return frozen;
  });
  state.entries.set(key, { stamp, source: promise });
  // A failed read is not kept: the next request tries again.
  promise.catch(() => {
    if (state.entries.get(key)?.source === promise) state.entries.delete(key);
  });
  while (state.entries.size > MAX_WORKSHOPS) {
    state.entries.delete(state.entries.keys().next().value as string);
  }
  return promise;
}

/**
 * `build`'s result for this source and `viewKey` (the audience and everything it may see), built
 * once per source. The key must name every option the view depends on.
 */
export function cachedView<View>(source: ResultsSource, viewKey: string, build: () => View): View {
  const { views } = cache();
  let bySource = views.get(source);
  if (!bySource) views.set(source, (bySource = new Map()));
  if (bySource.has(viewKey)) return bySource.get(viewKey) as View;
  const view = deepFreeze(build());
  bySource.set(viewKey, view);
  return view;
}
