import { useTranslations } from "next-intl";
import type { FailureCode } from "@/lib/errors";

// The API answers a failure with a code (lib/errors.ts); its English `message` is for API
// clients and logs. What the UI shows is its own words for the code, in the reader's language
// (lib/i18n/messages/<language>/errors.json, part "errors.failure").

/** What a call to the API can fail with, as the UI knows it: "offline" when it never got there. */
export type ApiFailureCode = FailureCode | "offline";

/** Each failure code's words. */
export const FAILURE_WORDS = {
  "invalid-input": "invalidInput",
  forbidden: "forbidden",
  "participant-removed": "participantRemoved",
  "not-found": "notFound",
  "workshop-closed": "workshopClosed",
  "round-not-open": "roundNotOpen",
  "deadline-passed": "deadlinePassed",
  "round-not-revealed": "roundNotRevealed",
  "already-revealed": "alreadyRevealed",
  "too-few-ballots": "tooFewBallots",
  "no-decision": "noDecision",
  "decision-changed": "decisionChanged",
  "already-answered": "alreadyAnswered",
  "framework-changed": "frameworkChanged",
  "rate-limited": "rateLimited",
  "too-soon": "tooSoon",
  "too-large": "tooLarge",
  unavailable: "unavailable",
  internal: "internal",
  "cross-site": "crossSite",
  offline: "offline",
} as const satisfies Record<ApiFailureCode, string>;

/**
 * A code as the API sent it, or "internal" for one this UI does not know (a newer server, or an
 * answer that was no API answer at all): the generic words fit both.
 */
export function knownFailure(code: unknown): ApiFailureCode {
  return typeof code === "string" && Object.hasOwn(FAILURE_WORDS, code)
    ? (code as ApiFailureCode)
    : "internal";
}

/** The words for a failed API call's code, in the reader's language. */
export function useFailureWords(): (code: ApiFailureCode) => string {
  const t = useTranslations("errors.failure");
  return (code) => t(FAILURE_WORDS[knownFailure(code)]);
}
