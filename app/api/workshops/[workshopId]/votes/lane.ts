import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { guestCookie } from "@/lib/auth/cookies";
import { isSessionCookie } from "@/lib/auth/session";
import { parseWorkshopId } from "@/lib/ids";
import { bodyText, cookiesOf, requestHead, sendAnswer } from "@/lib/http/node-request";
import {
  CROSS_SITE_ANSWER,
  failureAnswer,
  isCrossSiteWrite,
  parseJson,
  type Answer,
} from "@/lib/http/route";
import { saveAnswers } from "@/lib/workshops/mutations";
import { saveAnswersSchema } from "@/lib/workshops/schema";

// The ballot lane: a guest's ballot save, answered by the production server (scripts/serve.mjs)
// before Next.js sees the request. When a room of hundreds saves at once, Next.js's own handling
// of a request (routing, the Request and Response objects and their streams, its contexts) cost
// more than the save itself, about 3 of every 5 ms of server time, and the room waited in line
// for it (scripts/bench/burst.ts). The lane does what ./route.ts does for the same request: the
// same-origin check, the body limit, the schema, the one statement that authenticates the guest
// and saves (saveAnswers), the same answers and headers. It takes only what needs nothing from
// Next.js: a PUT to this address carrying the workshop's guest cookie and no session cookie.
// Anything else (an account's ballot, a request without a cookie) goes on to ./route.ts, as
// does every request under `next dev`, which has no lane; e2e/ballot-lane.spec.ts holds the two
// to the same answers.

const BALLOT_PATH =
  /^\/api\/workshops\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/votes(?:\?|$)/;

/** Answers the request and returns true when it is a guest's ballot save; false: not ours. */
export function takeBallotSave(request: IncomingMessage, response: ServerResponse): boolean {
  if (request.method !== "PUT") return false;
  const workshopId = BALLOT_PATH.exec(request.url ?? "")?.[1];
  if (!workshopId) return false;
  const cookies = cookiesOf(request);
  const guestToken = cookies.get(guestCookie(workshopId));
  if (!guestToken || [...cookies.keys()].some(isSessionCookie)) return false;
  void answer(request, workshopId, guestToken).then((answer) => sendAnswer(response, answer));
  return true;
}

async function answer(
  request: IncomingMessage,
  workshopId: string,
  guestToken: string,
): Promise<Answer> {
  const head = requestHead(request);
  try {
    if (isCrossSiteWrite(head)) return CROSS_SITE_ANSWER;
    const input = parseJson(await bodyText(request), saveAnswersSchema);
    const { savedAt } = await saveAnswers(parseWorkshopId(workshopId), { guestToken }, input);
    return { status: 200, body: { savedAt } };
  } catch (error) {
    return failureAnswer(error, `PUT ${new URL(head.url).pathname}`);
  }
}

const LANE = Symbol.for("blueprint.ballot-lane");

/**
 * Hands the lane to scripts/serve.mjs, which runs outside Next.js's bundle and finds it here
 * once Next.js has started (instrumentation.ts): this module, the database client and the live
 * updates' bus are then the very ones ./route.ts uses.
 */
export function openBallotLane(): void {
  (globalThis as Record<symbol, unknown>)[LANE] = takeBallotSave;
}
