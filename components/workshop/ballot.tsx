"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { LIMITS } from "@/lib/workshops/limits";
import { saveAnswers, type SaveProblem, type VoteChoice } from "./ballot-save";
import { useFailureWords, type ApiFailureCode } from "@/components/ui/failure-words";
import { Notice } from "@/components/ui/notice";
import { inputClass, primaryButtonClass } from "@/components/ui/field";

export interface BallotCriterion {
  id: string;
  name: string;
  help?: string;
  anchors: Partial<Record<1 | 2 | 3 | 4 | 5, string>>;
}

export interface SavedVote {
  score: number | null;
  rationale: string | null;
}

interface BallotProps {
  workshopId: string;
  roundId: string;
  roundNumber: number;
  /**
   * Where the ballot stood when the page was read, as every count sees it (round_ballots): in a
   * round after the first, answers copied from the one before are "not-started" until kept or
   * changed.
   */
  initialStatus: "not-started" | "in-progress" | "voted";
  criteria: BallotCriterion[];
  /** The lang of the criteria's texts where it is not the page's (a team's own framework). */
  criteriaLang?: string;
  initialVotes: Record<string, SavedVote>;
  editable: boolean;
  /** Why the ballot cannot change (shown when `editable` is false). */
  lockedReason?: string;
}

type SaveState =
  | { kind: "idle" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "saved" }
  | { kind: "error"; problem: SaveProblem; code: ApiFailureCode };

const SCORES = [1, 2, 3, 4, 5] as const;
const RATIONALE_PAUSE_MS = 700;

/** The ballot's own words for a failed save; a refused one shows the words for its code. */
const PROBLEMS = { "rate-limited": "save.rateLimited", unreachable: "save.unreachable" } as const;

function toChoice(vote: SavedVote | undefined): VoteChoice | undefined {
  if (!vote) return undefined;
  return vote.score === null ? "unsure" : (vote.score as VoteChoice);
}

/**
 * The participant's ballot: one card per criterion, each a real radio group. Every change is
 * saved at once (notes after a short pause in typing); saves of one criterion go out one at a
 * time, newest last, so a slow network can never leave an older answer on the server.
 */
export function Ballot({
  workshopId,
  roundId,
  roundNumber,
  initialStatus,
  criteria,
  criteriaLang,
  initialVotes,
  editable,
  lockedReason,
}: BallotProps) {
  const t = useTranslations("ballot");
  const failureWords = useFailureWords();
  const router = useRouter();
  const [choices, setChoices] = useState<Record<string, VoteChoice | undefined>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, toChoice(initialVotes[c.id])])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(criteria.map((c) => [c.id, initialVotes[c.id]?.rationale ?? ""])),
  );
  const [states, setStates] = useState<Record<string, SaveState>>({});
  // A failed save can lock the ballot before the page's data says so (the round was revealed
  // a moment ago); otherwise the server's view decides.
  const [lockedBySave, setLockedBySave] = useState<string | null>(null);
  const locked = lockedBySave ?? (editable ? null : (lockedReason ?? t("locked")));
  // What the participant last chose and wrote per criterion, read when a save is sent, so a
  // save always carries the newest answer however the requests queue up.
  const latest = useRef(
    new Map(
      criteria.map((c) => [
        c.id,
        { choice: toChoice(initialVotes[c.id]), note: initialVotes[c.id]?.rationale ?? "" },
      ]),
    ),
  );
  // Answers changed since they were last sent. One save is in flight at a time, and whatever
  // changed meanwhile goes out together in the next one: on a slow or busy server a phone sends
  // its whole ballot in one request instead of queueing one per answer.
  const unsent = useRef(new Set<string>());
  const sending = useRef(false);
  const noteTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // Failed saves in a row, for the pause before the next automatic try.
  const retries = useRef(0);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const mounted = useRef(true);

  const answered = criteria.filter((c) => choices[c.id] !== undefined).length;
  // Whether anything was saved in this round: until then, answers copied from the round before
  // are a starting point, and the participant has not voted.
  const [touched, setTouched] = useState(initialStatus !== "not-started");
  const startingPoint = !touched && answered > 0;
  const done = touched && answered === criteria.length;

  /** Saves every answer as it stands, in one request: "keep my answers" confirms them all. */
  function keepAll() {
    const kept = criteria.filter((criterion) => choices[criterion.id] !== undefined);
    for (const { id } of kept) unsent.current.add(id);
    setStates((s) => ({
      ...s,
      ...Object.fromEntries(kept.map(({ id }) => [id, { kind: "saving" }])),
    }));
    void sendUnsent();
  }

  function persist(criterionId: string) {
    unsent.current.add(criterionId);
    setStates((s) => ({ ...s, [criterionId]: { kind: "saving" } }));
    void sendUnsent();
  }

  async function sendUnsent() {
    if (sending.current || retryTimer.current !== null) return;
    const answers = [...unsent.current].flatMap((criterionId) => {
      const { choice, note } = latest.current.get(criterionId) ?? { choice: undefined, note: "" };
      return choice === undefined ? [] : [{ criterionId, choice, rationale: note }];
    });
    unsent.current.clear();
    if (answers.length === 0) return;
    sending.current = true;
    const result = await saveAnswers({ workshopId, roundId, answers });
    sending.current = false;
    if (result.ok) setTouched(true);
    if (!result.ok && result.locked) {
      setLockedBySave(problemText(result));
      router.refresh();
    }
    // An answer changed again meanwhile keeps "Saving…": its newer save speaks for it.
    const settled = answers.filter(({ criterionId }) => !unsent.current.has(criterionId));
    const state: SaveState = result.ok
      ? { kind: "saved" }
      : { kind: "error", problem: result.problem, code: result.code };
    setStates((s) => ({ ...s, ...Object.fromEntries(settled.map((a) => [a.criterionId, state])) }));
    // Offline, the database restarting or over the save rate limit: the answers are kept and
    // sent again by themselves (with any newer ones), with growing pauses and never before the
    // server's Retry-After.
    if (!result.ok && result.retryable && mounted.current) {
      for (const { criterionId } of answers) unsent.current.add(criterionId);
      retries.current += 1;
      retryTimer.current = setTimeout(
        () => {
          retryTimer.current = null;
          void sendUnsent();
        },
        Math.max(Math.min(1000 * 2 ** (retries.current - 1), 15_000), result.retryAfterMs ?? 0),
      );
    } else if (result.ok) {
      retries.current = 0;
    }
    void sendUnsent();
  }

  // Leaving the page (or a new round replacing this ballot) sends notes still waiting for the
  // typing pause; the request outlives the page.
  useEffect(() => {
    const timers = noteTimers.current;
    mounted.current = true;
    return () => {
      // A ballot replaced by the next round must not resend this round's answers.
      mounted.current = false;
      if (retryTimer.current !== null) clearTimeout(retryTimer.current);
      timers.forEach((timer, criterionId) => {
        clearTimeout(timer);
        persist(criterionId);
      });
      timers.clear();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once, on unmount
  }, []);

  function remember(criterionId: string, change: { choice?: VoteChoice; note?: string }) {
    const current = latest.current.get(criterionId) ?? { choice: undefined, note: "" };
    latest.current.set(criterionId, { ...current, ...change });
  }

  function choose(criterionId: string, choice: VoteChoice) {
    setChoices((c) => ({ ...c, [criterionId]: choice }));
    remember(criterionId, { choice });
    clearTimeout(noteTimers.current.get(criterionId));
    noteTimers.current.delete(criterionId);
    persist(criterionId);
  }

  function writeNote(criterionId: string, text: string) {
    setNotes((n) => ({ ...n, [criterionId]: text }));
    remember(criterionId, { note: text });
    clearTimeout(noteTimers.current.get(criterionId));
    if (choices[criterionId] === undefined) return;
    setStates((s) => ({ ...s, [criterionId]: { kind: "pending" } }));
    noteTimers.current.set(
      criterionId,
      setTimeout(() => {
        noteTimers.current.delete(criterionId);
        persist(criterionId);
      }, RATIONALE_PAUSE_MS),
    );
  }

  function flushNote(criterionId: string) {
    const timer = noteTimers.current.get(criterionId);
    if (timer === undefined) return;
    clearTimeout(timer);
    noteTimers.current.delete(criterionId);
    persist(criterionId);
  }

  const disabled = locked !== null;

  function problemText({ problem, code }: { problem: SaveProblem; code: ApiFailureCode }) {
    return problem === "refused" ? failureWords(code) : t(PROBLEMS[problem]);
  }

  return (
    <div className="space-y-6">
      <div className="bg-canvas/95 border-line sticky top-0 z-10 -mx-4 border-b px-4 py-3 backdrop-blur">
        <label htmlFor="ballot-progress" className="text-sm font-medium">
          {startingPoint
            ? t("progress.startingPoint", { round: roundNumber - 1 })
            : done
              ? t("progress.done", { total: criteria.length })
              : t("progress.answered", { answered, total: criteria.length })}
        </label>
        <progress
          id="ballot-progress"
          max={criteria.length}
          value={startingPoint ? 0 : answered}
          className="[&::-webkit-progress-value]:bg-accent [&::-webkit-progress-bar]:bg-line mt-1 block h-2 w-full overflow-hidden rounded-full"
        />
      </div>

      {locked ? (
        <Notice tone="warning" role="status">
          {locked}
        </Notice>
      ) : startingPoint ? (
        <Notice tone="info">
          <p>{t("startingPoint", { round: roundNumber - 1 })}</p>
          <button
            type="button"
            className={`${primaryButtonClass} mt-3`}
            onClick={keepAll}
            disabled={disabled}
          >
            {t("keep")}
          </button>
        </Notice>
      ) : done ? (
        // Someone coming back to a finished ballot learns first that there is nothing left to do.
        <Notice tone="success">{t("doneTop")}</Notice>
      ) : null}

      <ol className="space-y-6">
        {criteria.map((criterion, index) => {
          const choice = choices[criterion.id];
          const state = states[criterion.id] ?? { kind: "idle" };
          const describedBy = `criterion-${criterion.id}-anchors`;
          return (
            <li
              key={criterion.id}
              className="rounded-card border-line bg-surface shadow-card border p-4 sm:p-6"
            >
              <fieldset disabled={disabled} aria-describedby={describedBy} className="min-w-0">
                <legend className="flex items-center gap-2.5 text-lg font-semibold">
                  <span
                    aria-hidden="true"
                    className="bg-accent-soft text-accent grid size-7 shrink-0 place-items-center rounded-full text-sm font-bold"
                  >
                    {index + 1}
                  </span>
                  <span className="min-w-0">
                    <span className="sr-only">
                      {t("criterion.question", { number: index + 1 })}{" "}
                    </span>
                    <span lang={criteriaLang}>{criterion.name}</span>
                  </span>
                </legend>
                {criterion.help ? (
                  <p className="text-muted mt-1" lang={criteriaLang}>
                    {criterion.help}
                  </p>
                ) : null}
                <dl id={describedBy} className="text-muted mt-3 grid gap-2 text-sm sm:grid-cols-3">
                  {([1, 3, 5] as const).map((score) =>
                    criterion.anchors[score] ? (
                      <div key={score} className="rounded-control bg-surface-muted p-3">
                        <dt className="font-semibold">{t("criterion.anchor", { score })}</dt>
                        <dd lang={criteriaLang}>{criterion.anchors[score]}</dd>
                      </div>
                    ) : null,
                  )}
                </dl>
                <div className="mt-4 grid grid-cols-5 gap-2 sm:gap-3">
                  {SCORES.map((score) => (
                    <label key={score} className="relative">
                      <input
                        type="radio"
                        name={`score-${criterion.id}`}
                        value={score}
                        checked={choice === score}
                        onChange={() => choose(criterion.id, score)}
                        className="peer sr-only"
                      />
                      <span className="peer-checked:border-accent peer-checked:bg-accent peer-focus-visible:outline-accent rounded-control border-line-strong bg-surface hover:border-accent peer-checked:text-on-accent flex h-14 cursor-pointer items-center justify-center border-2 text-xl font-semibold tabular-nums transition-colors peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-disabled:cursor-not-allowed peer-disabled:opacity-60">
                        {score}
                      </span>
                    </label>
                  ))}
                </div>
                <label className="relative mt-2 block">
                  <input
                    type="radio"
                    name={`score-${criterion.id}`}
                    value="unsure"
                    checked={choice === "unsure"}
                    onChange={() => choose(criterion.id, "unsure")}
                    className="peer sr-only"
                  />
                  <span className="peer-checked:border-accent peer-checked:text-accent-strong peer-focus-visible:outline-accent rounded-control border-line-strong text-muted peer-checked:bg-accent-soft flex h-12 cursor-pointer items-center justify-center border-2 border-dashed font-medium peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-disabled:cursor-not-allowed peer-disabled:opacity-60">
                    {t("criterion.unsure")}
                  </span>
                </label>
                <label htmlFor={`note-${criterion.id}`} className="mt-4 block text-sm font-medium">
                  {t.rich("criterion.why", {
                    muted: (chunks) => <span className="text-muted font-normal">{chunks}</span>,
                  })}
                </label>
                <textarea
                  id={`note-${criterion.id}`}
                  value={notes[criterion.id] ?? ""}
                  maxLength={LIMITS.rationale}
                  rows={2}
                  onChange={(event) => writeNote(criterion.id, event.target.value)}
                  onBlur={() => flushNote(criterion.id)}
                  aria-describedby={`note-${criterion.id}-hint`}
                  className={`${inputClass} mt-1`}
                />
                <p id={`note-${criterion.id}-hint`} className="text-muted mt-1 text-xs">
                  {choice === undefined
                    ? t("criterion.noteFirst")
                    : t("criterion.noteLength", {
                        length: (notes[criterion.id] ?? "").length,
                        max: LIMITS.rationale,
                      })}
                </p>
              </fieldset>
              <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm">
                {state.kind === "pending" ? (
                  <span className="text-muted">{t("save.pending")}</span>
                ) : null}
                {state.kind === "saving" ? (
                  <span className="text-muted">{t("save.saving")}</span>
                ) : null}
                {state.kind === "saved" ? (
                  <span className="text-success">{t("save.saved")}</span>
                ) : null}
                {state.kind === "error" ? (
                  <span className="text-danger">{problemText(state)}</span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
      <div role="status" aria-live="polite" className="empty:hidden">
        {done && !locked ? <Notice tone="success">{t("doneBottom")}</Notice> : null}
      </div>
    </div>
  );
}
