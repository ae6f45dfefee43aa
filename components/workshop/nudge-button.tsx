"use client";

import { Mail } from "lucide-react";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { primaryButtonClass } from "@/components/ui/field";
import { callApi } from "./api";

/** "16:05": the reader's own clock, 24-hour, as the rest of the app writes times. */
function clockTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

function people(count: number): string {
  return count === 1 ? "1 person" : `${count} people`;
}

/**
 * E-mails those who have not voted in the open round, after saying how many will get the mail.
 * Only a count: in an anonymous workshop the facilitator must not learn who has not voted.
 */
export function NudgeButton({
  workshopId,
  notVoted,
  recipients,
  className,
  disabled,
  onResult,
}: {
  workshopId: string;
  /** How many have not voted, with or without an address. */
  notVoted: number;
  /** How many of them left an address and still want the workshop's mails. */
  recipients: number;
  className: string;
  disabled?: boolean;
  onResult: (message: { tone: "ok" | "error"; text: string }) => void;
}) {
  const [busy, setBusy] = useState(false);

  async function nudge() {
    setBusy(true);
    const result = await callApi<{ recipients: number; nextNudgeAt: string }>(
      `/api/workshops/${workshopId}/nudge`,
      "POST",
    );
    setBusy(false);
    if (result.ok) {
      const { recipients: sent, nextNudgeAt } = result.data;
      onResult({
        tone: "ok",
        text:
          sent === 0
            ? "Nobody who has not voted left an e-mail address, so no reminder went out."
            : `Reminder sent to ${people(sent)}. You can send the next one at ${clockTime(nextNudgeAt)}.`,
      });
      return;
    }
    onResult({
      tone: "error",
      text:
        result.code === "too-soon" && result.retryAt
          ? `${result.message} You can send the next one at ${clockTime(result.retryAt)}.`
          : result.message,
    });
  }

  const withoutAddress = notVoted - recipients;
  return (
    <ConfirmButton
      label={
        <>
          <Mail aria-hidden="true" />
          {busy ? "Sending…" : "Remind those who have not voted"}
        </>
      }
      title="Remind those who have not voted?"
      confirmLabel={recipients === 1 ? "Send 1 e-mail" : `Send ${recipients} e-mails`}
      onConfirm={() => void nudge()}
      className={`${className} gap-2 [&>svg]:size-5`}
      confirmClassName={primaryButtonClass}
      disabled={disabled || busy}
    >
      <p>
        {recipients === 0
          ? `None of the ${people(notVoted)} who have not voted left an e-mail address, so nobody would get a reminder.`
          : `${people(recipients)} who ${recipients === 1 ? "has" : "have"} not voted will get an e-mail with a link to their ballot.`}
        {recipients > 0 && withoutAddress > 0
          ? ` ${people(withoutAddress)} left no address and will not.`
          : ""}
      </p>
      <p className="mt-2">You can send one reminder an hour.</p>
    </ConfirmButton>
  );
}
