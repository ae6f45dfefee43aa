"use client";

import {
  ChartColumn,
  KeyRound,
  Presentation,
  QrCode,
  Stamp,
  Trash2,
  UserMinus,
  Users,
  Vote,
  type LucideIcon,
} from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { Badge, type badgeTones } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CopyButton } from "@/components/ui/copy-button";
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { useFailureWords } from "@/components/ui/failure-words";
import { Progress } from "@/components/ui/progress";
import { ConnectionNotice } from "@/components/realtime/connection-notice";
import { useLiveWorkshop } from "@/components/realtime/live-workshop";
import type { ParticipantStatus } from "@/lib/workshops/data";
import type { FacilitatorLiveState } from "@/lib/workshops/live-state";
import { callApi } from "./api";
import { AutoRevealSwitch } from "./auto-reveal-switch";
import { EveryoneVoted } from "./everyone-voted";
import { FacilitatorLinkShownOnce } from "./facilitator-link-shown-once";
import { NudgeButton } from "./nudge-button";
import { RevealButton } from "./reveal-button";
import { StartRoundButton } from "./start-round-button";
import type { ParticipantRole } from "@/lib/workshops/roles";

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
  mode: "live" | "async";
  /** The deadline governing the round, so that the page is read again when it moves. */
  deadline: string | null;
  inviteLink: string;
  qrCode: ReactNode;
  /** The join code and where to type it; absent for a workshop made before join codes. */
  joinCode?: ReactNode;
  round: { number: number; status: "open" | "revealed" | "closed" };
  /** Whether any round has been revealed, so there are results to open. */
  hasResults: boolean;
  participants: ConsoleParticipant[];
  counts: { joined: number; voted: number };
  /** How many of those who have not voted a reminder would reach: a count, never who. */
  nudgeRecipients: number;
  anonymous: boolean;
  /** Whether the round is revealed as soon as everyone has voted. */
  autoReveal: boolean;
  /** Which account, if any, keeps the workshop whatever happens to the link, in a sentence. */
  ownership: string;
  /** Whether this facilitator keeps the workshop: only its keeper may delete it. */
  keeps: boolean;
}

const statusLabels = {
  "not-started": "people.status.notStarted",
  "in-progress": "people.status.inProgress",
  voted: "people.status.voted",
} as const satisfies Record<ParticipantStatus, string>;

const roundTitles = {
  workshopClosed: "round.title.workshopClosed",
  open: "round.title.open",
  revealed: "round.title.revealed",
  closed: "round.title.closed",
} as const;

const statusTones: Record<ParticipantStatus, keyof typeof badgeTones> = {
  "not-started": "neutral",
  "in-progress": "warning",
  voted: "success",
};

/**
 * The facilitator's controls. It shows who has joined and who has voted, never what anyone
 * voted: the server sends no scores to this page before the reveal.
 */
export function FacilitatorConsole({
  workshopId,
  workshopOpen,
  mode,
  deadline,
  inviteLink,
  qrCode,
  joinCode,
  round,
  hasResults,
  participants: initialParticipants,
  counts: initialCounts,
  nudgeRecipients: initialNudgeRecipients,
  anonymous,
  autoReveal: initialAutoReveal,
  ownership,
  keeps,
}: ConsoleProps) {
  const t = useTranslations("facilitator.console");
  const roleLabel = useTranslations("join.roles");
  const failureWords = useFailureWords();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  // The button that was used is often gone or disabled afterwards (Reveal becomes Start round,
  // a removed person's row disappears), so focus moves to the message that says what happened.
  const messageRef = useRef<HTMLDivElement>(null);
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
      nudgeRecipients: initialNudgeRecipients,
      participants: initialParticipants,
      anonymous,
      autoReveal: initialAutoReveal,
      resultsVersion: "",
      deadline,
    },
    { credentials },
  );
  const { participants, counts, nudgeRecipients } = state;
  const autoReveal = state.autoReveal ?? initialAutoReveal;

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
    setMessage(
      result.ok ? { tone: "ok", text: done } : { tone: "error", text: failureWords(result.code) },
    );
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
      setMessage({ tone: "error", text: failureWords(result.code) });
      messageRef.current?.focus();
    }
  }

  const base = `/api/workshops/${workshopId}`;
  const presentHref = `/w/${workshopId}/present`;
  const resultsHref = `/w/${workshopId}/results`;

  return (
    <div className="space-y-6">
      <ConnectionNotice connection={connection} />
      <div
        ref={messageRef}
        tabIndex={-1}
        role="status"
        aria-live="polite"
        className="empty:hidden focus:outline-none"
      >
        {message ? (
          <Notice tone={message.tone === "ok" ? "success" : "danger"}>{message.text}</Notice>
        ) : null}
      </div>

      {/* On a wide screen, running the round and seeing the room on the left, the invite and
          the rarely used controls beside them. On a phone the sections stack, the invite first
          while people are still voting: that is when it is shown around. */}
      <div className="flex flex-col gap-6 lg:grid lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <div className="contents lg:block lg:space-y-6">
          <ConsoleSection
            id="round-heading"
            icon={Vote}
            title={t(roundTitles[workshopOpen ? round.status : "workshopClosed"], {
              number: round.number,
            })}
          >
            <p className="mt-3 text-lg tabular-nums" aria-live="polite">
              {t.rich("round.counts", {
                joined: counts.joined,
                voted: counts.voted,
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <Progress value={counts.voted} max={counts.joined} className="mt-2 h-2.5" />
            {workshopOpen && round.status === "open" ? (
              <div className="mt-3">
                <EveryoneVoted joined={counts.joined} voted={counts.voted} />
              </div>
            ) : null}
            {workshopOpen ? (
              <AutoRevealSwitch
                workshopId={workshopId}
                autoReveal={autoReveal}
                disabled={busy !== null}
              />
            ) : null}
            {workshopOpen ? (
              <div className="mt-4 flex flex-wrap gap-3">
                {round.status === "open" ? (
                  <RevealButton
                    workshopId={workshopId}
                    roundNumber={round.number}
                    counts={counts}
                    // The main action only once there is a ballot to reveal: before that, the
                    // work is getting people in.
                    className={counts.voted > 0 ? primaryButtonClass : secondaryButtonClass}
                    disabled={busy !== null}
                    // The results are what everyone looks at next: in a room on the projector's
                    // view, otherwise on the results page.
                    onRevealed={() => router.push(mode === "live" ? presentHref : resultsHref)}
                  />
                ) : null}
                {round.status === "open" && counts.voted < counts.joined ? (
                  <NudgeButton
                    workshopId={workshopId}
                    notVoted={counts.joined - counts.voted}
                    recipients={nudgeRecipients}
                    className={secondaryButtonClass}
                    disabled={busy !== null}
                    onResult={(result) => {
                      setMessage(result);
                      messageRef.current?.focus();
                    }}
                  />
                ) : null}
                {round.status === "open" ? null : (
                  <>
                    {round.status === "revealed" ? (
                      <Link
                        href={mode === "live" ? presentHref : resultsHref}
                        className={`${primaryButtonClass} gap-2 [&>svg]:size-5`}
                      >
                        {mode === "live" ? (
                          <Presentation aria-hidden="true" />
                        ) : (
                          <ChartColumn aria-hidden="true" />
                        )}
                        {t(mode === "live" ? "round.showToRoom" : "round.seeResults")}
                      </Link>
                    ) : null}
                    <StartRoundButton
                      workshopId={workshopId}
                      roundNumber={round.number}
                      className={secondaryButtonClass}
                      disabled={busy !== null}
                      onStarted={() => {
                        setMessage({
                          tone: "ok",
                          text: t("round.started", { number: round.number + 1 }),
                        });
                        messageRef.current?.focus();
                      }}
                    />
                  </>
                )}
                <ConfirmButton
                  label={busy === "close" ? t("close.busy") : t("close.label")}
                  title={t("close.title")}
                  confirmLabel={t("close.confirm")}
                  onConfirm={() => act("close", `${base}/close`, "POST", t("close.done"))}
                  className={secondaryButtonClass}
                  confirmClassName={dangerButtonClass}
                  disabled={busy !== null}
                >
                  {t("close.body")}
                </ConfirmButton>
              </div>
            ) : null}
            <p className="border-line mt-5 flex flex-col gap-2 border-t pt-4 sm:flex-row sm:flex-wrap sm:gap-x-6">
              {/* A projector is for a room; an async workshop has none. After a reveal the main
                  button above leads there. */}
              {workshopOpen && mode === "live" && round.status === "open" ? (
                <Link href={presentHref} className={consoleLinkClass}>
                  <Presentation aria-hidden="true" />
                  {t("round.present")}
                </Link>
              ) : null}
              {hasResults ? (
                <Link href={`/w/${workshopId}/decision`} className={consoleLinkClass}>
                  <Stamp aria-hidden="true" />
                  {t("round.decision")}
                </Link>
              ) : null}
              <Link href={resultsHref} className={consoleLinkClass}>
                <ChartColumn aria-hidden="true" />
                {t(hasResults ? "round.shareResults" : "round.prepareLinks")}
              </Link>
            </p>
          </ConsoleSection>

          <ConsoleSection id="people-heading" icon={Users} title={t("people.title")}>
            {anonymous && (
              <p className="text-muted mt-1" data-testid="anonymous-progress">
                {t("people.anonymous")}
              </p>
            )}
            {participants.length === 0 ? (
              <p className="text-muted mt-2">{t("people.none")}</p>
            ) : (
              <ul className="divide-line mt-3 divide-y">
                {participants.map((participant) => (
                  <li key={participant.handle} className="flex flex-wrap items-center gap-3 py-3">
                    <span className="min-w-0 flex-1">
                      <span className="block font-medium break-words">
                        {participant.displayName}
                      </span>
                      <span className="text-muted block text-sm">
                        {roleLabel(participant.role)}
                      </span>
                    </span>
                    {participant.status && (
                      <Badge tone={statusTones[participant.status]}>
                        {t(statusLabels[participant.status])}
                      </Badge>
                    )}
                    {workshopOpen ? (
                      <ConfirmButton
                        label={
                          <>
                            <UserMinus aria-hidden="true" />
                            {t("people.remove")}
                          </>
                        }
                        title={t("people.removeTitle", { name: participant.displayName })}
                        confirmLabel={t("people.remove")}
                        onConfirm={() =>
                          act(
                            `remove-${participant.handle}`,
                            `${base}/participants/${participant.handle}`,
                            "DELETE",
                            t("people.removed", { name: participant.displayName }),
                          )
                        }
                        className="rounded-control text-danger hover:bg-danger-soft inline-flex min-h-10 items-center gap-1.5 px-3 text-sm font-semibold [&>svg]:size-4"
                        confirmClassName={dangerButtonClass}
                        disabled={busy !== null}
                      >
                        {t("people.removeBody")}
                      </ConfirmButton>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </ConsoleSection>
        </div>
        <div className="contents lg:block lg:space-y-6">
          {workshopOpen ? (
            <ConsoleSection
              id="invite-heading"
              icon={QrCode}
              title={t("invite.title")}
              className={round.status === "open" ? "order-first lg:order-none" : undefined}
            >
              <p className="text-muted mt-1">{t("invite.body")}</p>
              <p
                data-testid="invite-link"
                className="rounded-control border-line-strong bg-surface-muted mt-3 border p-3 font-mono text-sm break-all"
              >
                {inviteLink}
              </p>
              {joinCode ? <div className="mt-3">{joinCode}</div> : null}
              <div className="mt-3 flex flex-wrap gap-3">
                <CopyButton value={inviteLink} label={t("invite.copy")} />
              </div>
              <div className="mt-5 flex justify-center">{qrCode}</div>
            </ConsoleSection>
          ) : null}

          <ConsoleSection id="facilitator-link-heading" icon={KeyRound} title={t("leak.title")}>
            <p className="text-muted mt-1">{t("leak.body")}</p>
            <p className="text-muted mt-2" data-testid="ownership">
              {ownership}
            </p>
            {newFacilitatorLink ? (
              <FacilitatorLinkShownOnce
                level={3}
                heading={t("leak.newHeading")}
                link={newFacilitatorLink}
                testId="new-facilitator-link"
                copyLabel={t("leak.newCopy")}
              >
                {t("leak.newBody")}
              </FacilitatorLinkShownOnce>
            ) : null}
            <div className="mt-3 flex flex-wrap gap-3">
              {workshopOpen ? (
                <ConfirmButton
                  label={busy === "rotate" ? t("leak.replacing") : t("leak.replaceInvite")}
                  title={t("leak.replaceInviteTitle")}
                  confirmLabel={t("leak.replaceConfirm")}
                  onConfirm={() =>
                    act("rotate", `${base}/invite`, "POST", t("leak.inviteReplaced"))
                  }
                  className={secondaryButtonClass}
                  confirmClassName={dangerButtonClass}
                  disabled={busy !== null}
                >
                  {t("leak.replaceInviteBody")}
                </ConfirmButton>
              ) : null}
              <ConfirmButton
                label={
                  busy === "facilitator-link" ? t("leak.replacing") : t("leak.replaceFacilitator")
                }
                title={t("leak.replaceFacilitatorTitle")}
                confirmLabel={t("leak.replaceConfirm")}
                onConfirm={() => void replaceFacilitatorLink()}
                className={secondaryButtonClass}
                confirmClassName={dangerButtonClass}
                disabled={busy !== null}
              >
                {t("leak.replaceFacilitatorBody")}
              </ConfirmButton>
            </div>
          </ConsoleSection>

          {keeps && (
            <ConsoleSection
              id="danger-heading"
              icon={Trash2}
              tone="danger"
              title={t("delete.title")}
            >
              <p className="text-muted mt-1">{t("delete.body")}</p>
              <div className="mt-3">
                <ConfirmButton
                  label={busy === "delete" ? t("delete.busy") : t("delete.label")}
                  title={t("delete.confirmTitle")}
                  confirmLabel={t("delete.confirm")}
                  onConfirm={() =>
                    act("delete", base, "DELETE", t("delete.done"), () => router.replace("/"))
                  }
                  className={dangerButtonClass}
                  confirmClassName={dangerButtonClass}
                  disabled={busy !== null}
                >
                  {t("delete.confirmBody")}
                </ConfirmButton>
              </div>
            </ConsoleSection>
          )}
        </div>
      </div>
    </div>
  );
}

const consoleLinkClass =
  "text-accent inline-flex items-center gap-2 font-semibold underline-offset-4 hover:underline [&>svg]:size-5 [&>svg]:shrink-0";

/** One titled part of the console: a region its heading names. */
function ConsoleSection({
  id,
  icon: Icon,
  title,
  tone = "plain",
  className,
  children,
}: {
  id: string;
  icon: LucideIcon;
  title: ReactNode;
  tone?: "plain" | "danger";
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card as="section" aria-labelledby={id} tone={tone} className={className}>
      <h2 id={id} className="flex items-center gap-2.5 text-xl font-semibold">
        <span
          className={`rounded-control grid size-9 shrink-0 place-items-center ${tone === "danger" ? "bg-danger-soft text-danger" : "bg-accent-soft text-accent"}`}
        >
          <Icon aria-hidden="true" className="size-5" />
        </span>
        <span>{title}</span>
      </h2>
      {children}
    </Card>
  );
}
