"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type ReactNode } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyButton } from "@/components/ui/copy-button";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ConnectionNotice } from "@/components/realtime/connection-notice";
import { useLiveWorkshop } from "@/components/realtime/live-workshop";
import type { ParticipantStatus } from "@/lib/workshops/data";
import type { FacilitatorLiveState } from "@/lib/workshops/live-state";
import { callApi } from "./api";
import { FacilitatorLinkShownOnce } from "./facilitator-link-shown-once";
import { roleLabels, type ParticipantRole } from "@/lib/workshops/roles";

export interface ConsoleParticipant {
  /** An opaque handle (lib/auth/tokens.ts): participant ids never reach this page. */
  handle: string;
  displayName: string;
  role: ParticipantRole;
  /** Null in an anonymous workshop, whose facilitator sees how many have voted, never who. */
  status: ParticipantStatus | null;
}

interface ConsoleProps {
  workshopId: string;
  workshopOpen: boolean;
  inviteLink: string;
  qrCode: ReactNode;
  /** The join code and where to type it; absent for a workshop made before join codes. */
  joinCode?: ReactNode;
  round: { number: number; status: "open" | "revealed" | "closed" };
  /** Whether any round has been revealed, so there are results to open. */
  hasResults: boolean;
  participants: ConsoleParticipant[];
  counts: { joined: number; voted: number };
  anonymous: boolean;
  /** Which account, if any, keeps the workshop whatever happens to the link, in a sentence. */
  ownership: string;
  /** Whether this facilitator keeps the workshop: only its keeper may delete it. */
  keeps: boolean;
}

const statusLabels: Record<ParticipantStatus, string> = {
  "not-started": "Not started",
  "in-progress": "Answering",
  voted: "Voted",
};

const statusStyles: Record<ParticipantStatus, string> = {
  "not-started": "bg-surface-sunken text-muted",
  "in-progress": "bg-warning-soft text-warning",
  voted: "bg-success-soft text-success",
};

/**
 * The facilitator's controls. It shows who has joined and who has voted, never what anyone
 * voted: the server sends no scores to this page before the reveal.
 */
export function FacilitatorConsole({
  workshopId,
  workshopOpen,
  inviteLink,
  qrCode,
  joinCode,
  round,
  hasResults,
  participants: initialParticipants,
  counts: initialCounts,
  anonymous,
  ownership,
  keeps,
}: ConsoleProps) {
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  // The button that was used is often gone or disabled afterwards (Reveal becomes Start round,
  // a removed person's row disappears), so focus moves to the message that says what happened.
  const messageRef = useRef<HTMLDivElement>(null);
  const [showQr, setShowQr] = useState(false);
  // Shown once, right after it was made: the server keeps only its hash.
  const [newFacilitatorLink, setNewFacilitatorLink] = useState<string | null>(null);
  // Counts the facilitator cookies this page was given: the live stream, opened with the old
  // one, ends when the link is replaced and is opened again with the new one.
  const [credentials, setCredentials] = useState(0);
  const { state, connection } = useLiveWorkshop<FacilitatorLiveState>(
    workshopId,
    { workshopStatus: workshopOpen ? "open" : "closed", round },
    {
      workshopStatus: workshopOpen ? "open" : "closed",
      round,
      counts: initialCounts,
      participants: initialParticipants,
      anonymous,
      resultsVersion: "",
    },
    { credentials },
  );
  const { participants, counts } = state;

  async function act(
    key: string,
    path: string,
    method: "POST" | "DELETE",
    done: string,
    after?: () => void,
  ) {
    setBusy(key);
    setMessage(null);
    const result = await callApi(path, method);
    setBusy(null);
    setMessage(result.ok ? { tone: "ok", text: done } : { tone: "error", text: result.message });
    messageRef.current?.focus();
    if (!result.ok) return;
    if (after) after();
    else router.refresh();
  }

  async function replaceFacilitatorLink() {
    setBusy("facilitator-link");
    setMessage(null);
    setNewFacilitatorLink(null);
    const result = await callApi<{ facilitatorLink: string }>(`${base}/facilitator-link`, "POST");
    setBusy(null);
    if (result.ok) {
      setNewFacilitatorLink(result.data.facilitatorLink);
      setCredentials((count) => count + 1);
    } else {
      setMessage({ tone: "error", text: result.message });
      messageRef.current?.focus();
    }
  }

  const base = `/api/workshops/${workshopId}`;
  const notVoted = counts.joined - counts.voted;

  return (
    <div className="space-y-8">
      <ConnectionNotice connection={connection} />
      <div
        ref={messageRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className="empty:hidden focus:outline-none"
      >
        {message ? (
          <p
            className={
              message.tone === "ok"
                ? "rounded-control border-success-line bg-success-soft text-success border p-3"
                : "rounded-control border-danger-line bg-danger-soft text-danger border p-3"
            }
          >
            {message.text}
          </p>
        ) : null}
      </div>

      <ConsoleSection
        id="round-heading"
        title={
          <>
            Round {round.number}:{" "}
            {!workshopOpen
              ? "workshop closed"
              : round.status === "open"
                ? "voting is open"
                : round.status === "revealed"
                  ? "votes revealed"
                  : "closed"}
          </>
        }
      >
        <p className="mt-1 text-lg" aria-live="polite">
          <strong>{counts.joined}</strong> joined · <strong>{counts.voted}</strong> voted
        </p>
        {workshopOpen ? (
          <div className="mt-4 flex flex-wrap gap-3">
            {round.status === "open" ? (
              <ConfirmButton
                label={busy === "reveal" ? "Revealing…" : "Reveal the votes"}
                title={`Reveal round ${round.number}?`}
                confirmLabel="Reveal now"
                onConfirm={() => act("reveal", `${base}/reveal`, "POST", "The votes are revealed.")}
                className={primaryButtonClass}
                confirmClassName={primaryButtonClass}
                disabled={busy !== null}
              >
                {notVoted > 0
                  ? `${notVoted} of ${counts.joined} have not finished voting. After the reveal nobody can change their ballot in this round.`
                  : "Everyone has voted. After the reveal nobody can change their ballot in this round."}
              </ConfirmButton>
            ) : (
              <ConfirmButton
                label={busy === "round" ? "Opening…" : `Start round ${round.number + 1}`}
                title={`Start round ${round.number + 1}?`}
                confirmLabel="Start the round"
                onConfirm={() =>
                  act("round", `${base}/rounds`, "POST", `Round ${round.number + 1} is open.`)
                }
                className={primaryButtonClass}
                confirmClassName={primaryButtonClass}
                disabled={busy !== null}
              >
                Everyone votes again, starting from their answers in round {round.number}. The
                earlier round stays on record.
              </ConfirmButton>
            )}
            <ConfirmButton
              label={busy === "close" ? "Closing…" : "Close the workshop"}
              title="Close the workshop?"
              confirmLabel="Close it"
              onConfirm={() => act("close", `${base}/close`, "POST", "The workshop is closed.")}
              className={secondaryButtonClass}
              confirmClassName={dangerButtonClass}
              disabled={busy !== null}
            >
              Nobody can join or vote any more. Revealed results stay available.
            </ConfirmButton>
          </div>
        ) : null}
        <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
          {workshopOpen ? (
            <Link href={`/w/${workshopId}/present`} className="text-accent font-medium underline">
              Open the presenter view for the projector
            </Link>
          ) : null}
          <Link href={`/w/${workshopId}/results`} className="text-accent font-medium underline">
            {hasResults
              ? "See the results and share them"
              : "Prepare read-only links for leadership"}
          </Link>
        </p>
      </ConsoleSection>

      {workshopOpen ? (
        <ConsoleSection id="invite-heading" title="Invite the team">
          <p className="text-muted mt-1">
            Anyone with this link can join. Share it in the room or in your team&apos;s chat.
          </p>
          <p
            data-testid="invite-link"
            className="rounded-control border-line-strong bg-surface-muted mt-3 border p-3 font-mono text-sm break-all"
          >
            {inviteLink}
          </p>
          {joinCode ? <div className="mt-3">{joinCode}</div> : null}
          <div className="mt-3 flex flex-wrap gap-3">
            <CopyButton value={inviteLink} label="Copy invite link" />
            <button
              type="button"
              className={secondaryButtonClass}
              aria-expanded={showQr}
              aria-controls="invite-qr"
              onClick={() => setShowQr((shown) => !shown)}
            >
              {showQr ? "Hide QR code" : "Show QR code"}
            </button>
            <ConfirmButton
              label={busy === "rotate" ? "Replacing…" : "Replace the link"}
              title="Replace the invite link?"
              confirmLabel="Replace it"
              onConfirm={() =>
                act(
                  "rotate",
                  `${base}/invite`,
                  "POST",
                  "A new invite link is ready; the old one no longer works.",
                )
              }
              className={secondaryButtonClass}
              confirmClassName={dangerButtonClass}
              disabled={busy !== null}
            >
              The current link stops working at once. People who already joined stay in.
            </ConfirmButton>
          </div>
          <div id="invite-qr" hidden={!showQr} className="mt-5 flex justify-center">
            {qrCode}
          </div>
        </ConsoleSection>
      ) : null}

      <ConsoleSection id="people-heading" title="Participants">
        {anonymous && (
          <p className="text-muted mt-1" data-testid="anonymous-progress">
            The workshop is anonymous: you see who joined and how many have voted, not who.
          </p>
        )}
        {participants.length === 0 ? (
          <p className="text-muted mt-2">Nobody has joined yet.</p>
        ) : (
          <ul className="divide-line mt-3 divide-y">
            {participants.map((participant) => (
              <li key={participant.handle} className="flex flex-wrap items-center gap-3 py-3">
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{participant.displayName}</span>{" "}
                  <span className="text-muted">· {roleLabels[participant.role]}</span>
                </span>
                {participant.status && (
                  <span
                    className={`rounded-full px-3 py-1 text-sm font-medium ${statusStyles[participant.status]}`}
                  >
                    {statusLabels[participant.status]}
                  </span>
                )}
                {workshopOpen ? (
                  <ConfirmButton
                    label="Remove"
                    title={`Remove ${participant.displayName}?`}
                    confirmLabel="Remove"
                    onConfirm={() =>
                      act(
                        `remove-${participant.handle}`,
                        `${base}/participants/${participant.handle}`,
                        "DELETE",
                        `${participant.displayName} was removed.`,
                      )
                    }
                    className="rounded-control text-danger hover:bg-danger-soft px-3 py-1.5 text-sm font-medium"
                    confirmClassName={dangerButtonClass}
                    disabled={busy !== null}
                  >
                    Their ballot no longer counts and their device can no longer vote or join again.
                    If they could join from another device, replace the invite link too.
                  </ConfirmButton>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </ConsoleSection>

      <ConsoleSection id="facilitator-link-heading" title="Your facilitator link">
        <p className="text-muted mt-1">
          Anyone with the private facilitator link can run this workshop. If it reached someone it
          should not have, replace it: the old link stops working on every device at once.
        </p>
        <p className="text-muted mt-2" data-testid="ownership">
          {ownership}
        </p>
        {newFacilitatorLink ? (
          <FacilitatorLinkShownOnce
            level={3}
            heading="Your new facilitator link"
            link={newFacilitatorLink}
            testId="new-facilitator-link"
            copyLabel="Copy the new facilitator link"
          >
            Keep it somewhere safe: it is shown only now. The old link and every device that used it
            no longer work; this browser keeps access.
          </FacilitatorLinkShownOnce>
        ) : null}
        <div className="mt-3">
          <ConfirmButton
            label={busy === "facilitator-link" ? "Replacing…" : "Replace the facilitator link"}
            title="Replace the facilitator link?"
            confirmLabel="Replace it"
            onConfirm={() => void replaceFacilitatorLink()}
            className={secondaryButtonClass}
            confirmClassName={dangerButtonClass}
            disabled={busy !== null}
          >
            The current facilitator link stops working at once, and so does every other device that
            opened it. You get a new link, shown once. A signed-in owner keeps access.
          </ConfirmButton>
        </div>
      </ConsoleSection>

      {keeps && (
        <ConsoleSection id="danger-heading" tone="danger" title="Delete the workshop">
          <p className="text-muted mt-1">
            Removes the workshop, its participants, every ballot and every share link for good.
          </p>
          <div className="mt-3">
            <ConfirmButton
              label={busy === "delete" ? "Deleting…" : "Delete workshop"}
              title="Delete this workshop for good?"
              confirmLabel="Delete everything"
              onConfirm={() =>
                act("delete", base, "DELETE", "The workshop was deleted.", () =>
                  router.replace("/"),
                )
              }
              className={dangerButtonClass}
              confirmClassName={dangerButtonClass}
              disabled={busy !== null}
            >
              This cannot be undone. Everyone loses access to the workshop and its results.
            </ConfirmButton>
          </div>
        </ConsoleSection>
      )}
    </div>
  );
}

/** One titled part of the console: a region its heading names. */
function ConsoleSection({
  id,
  title,
  tone = "plain",
  children,
}: {
  id: string;
  title: ReactNode;
  tone?: "plain" | "danger";
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-card bg-surface border p-5 ${tone === "danger" ? "border-danger-line" : "border-line shadow-card"}`}
    >
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
