import "server-only";
import {
  readLiveState,
  stateFor,
  type Audience,
  type LiveState,
  type WorkshopLiveState,
} from "@/lib/workshops/live-state";
import { resultsView } from "./access";
import { loadResults } from "./data";
import { openingOf } from "./view-model";

// The live state as every stream of a workshop reads it (lib/realtime/hub.ts reads once per
// change for all of them): the workshop's counts and rounds, and, while its current round is
// revealed, how the results open. So the reveal reaches each phone with the answer itself, and a
// room of hundreds shows its results without a single request: the results are read once, from
// the cache every results page shares (lib/results/cache.ts). Only a participant's view carries
// the opening (stateFor); nothing of it exists before the reveal.

export async function readLiveResults(workshopId: string): Promise<WorkshopLiveState | null> {
  const state = await readLiveState(workshopId);
  if (!state || state.round.status !== "revealed") return state;
  const view = resultsView(await loadResults(workshopId), { audience: "member" });
  return view ? { ...state, opening: openingOf(view) } : state;
}

/** Each audience's view of a state read, made once and shared by all its streams. */
const views = new Map<Audience, WeakMap<WorkshopLiveState, LiveState>>();

/** How a live stream of `audience` reads the workshop and narrows it (lib/realtime/stream.ts). */
export function liveViewFor(audience: Audience) {
  let made = views.get(audience);
  if (!made) {
    made = new WeakMap();
    views.set(audience, made);
  }
  const ofAudience = made;
  return {
    read: readLiveResults,
    view: (state: WorkshopLiveState): LiveState => {
      let view = ofAudience.get(state);
      if (!view) {
        view = stateFor(audience, state);
        ofAudience.set(state, view);
      }
      return view;
    },
  };
}
