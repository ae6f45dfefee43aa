import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import {
  readLiveState,
  stateFor,
  type Audience,
  type LiveState,
  type WorkshopLiveState,
} from "@/lib/workshops/live-state";
import { resultsView } from "./access";
import { loadResults } from "./data";
import type { ResultsSource } from "./source";
import { openingOf, type ResultsOpening } from "./view-model";

// The live state as every stream of a workshop reads it (lib/realtime/hub.ts reads once per
// change for all of them): the workshop's counts and rounds, and, while its current round is
// revealed, how the results open. So the reveal reaches each phone with the answer itself, and a
// room of hundreds shows its results without a single request: the results are read once, from
// the cache every results page shares (lib/results/cache.ts). Only a participant's view carries
// the opening (stateFor); nothing of it exists before the reveal. The opening is worded: the state
// read carries it in the default language, and each stream gets it in its own, from the same
// results (each language's view is built once, like every view).

/** The results each state read with an opening was made from, to word it in other languages. */
const sourcesOf = new WeakMap<WorkshopLiveState, ResultsSource>();

export async function readLiveResults(workshopId: string): Promise<WorkshopLiveState | null> {
  const state = await readLiveState(workshopId);
  if (!state || state.round.status !== "revealed") return state;
  const source = await loadResults(workshopId);
  const view = resultsView(source, { audience: "member", locale: DEFAULT_LOCALE });
  if (!view) return state;
  const read = { ...state, opening: openingOf(view) };
  sourcesOf.set(read, source);
  return read;
}

/** The opening of the state read, in `locale`; `opening` is the one it carries. */
function openingIn(
  state: WorkshopLiveState,
  opening: ResultsOpening,
  locale: Locale,
): ResultsOpening {
  const source = sourcesOf.get(state);
  if (locale === DEFAULT_LOCALE || !source) return opening;
  const view = resultsView(source, { audience: "member", locale });
  return view ? openingOf(view) : opening;
}

/** Each audience's view of a state read in each language, made once and shared by its streams. */
const views = new Map<string, WeakMap<WorkshopLiveState, LiveState>>();

/**
 * How a live stream of `audience` reads the workshop and narrows it (lib/realtime/stream.ts),
 * with what it says in the stream's `locale`.
 */
export function liveViewFor(audience: Audience, locale: Locale) {
  const key = `${audience}/${locale}`;
  let made = views.get(key);
  if (!made) {
    made = new WeakMap();
    views.set(key, made);
  }
  const ofAudience = made;
  return {
    read: readLiveResults,
    view: (state: WorkshopLiveState): LiveState => {
      let view = ofAudience.get(state);
      if (!view) {
        const narrowed = stateFor(audience, state);
        view =
          "opening" in narrowed && narrowed.opening
            ? { ...narrowed, opening: openingIn(state, narrowed.opening, locale) }
            : narrowed;
        ofAudience.set(state, view);
      }
      return view;
    },
  };
}
