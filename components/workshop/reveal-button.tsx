"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFailureWords } from "@/components/ui/failure-words";
import { primaryButtonClass } from "@/components/ui/field";
import { callApi } from "./api";

/**
 * Reveals the open round, after saying who has not voted yet and what that means for them. A
 * round someone else revealed in the meantime counts as revealed too.
 */
export function RevealButton({
  workshopId,
  roundNumber,
  counts,
  className,
  disabled,
  onRevealed,
}: {
  workshopId: string;
  roundNumber: number;
  counts: { joined: number; voted: number };
  className: string;
  disabled?: boolean;
  onRevealed: () => void;
}) {
  const t = useTranslations("facilitator.reveal");
  const failureWords = useFailureWords();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const notVoted = counts.joined - counts.voted;

  async function reveal() {
    setBusy(true);
    setError(null);
    const result = await callApi(`/api/workshops/${workshopId}/reveal`, "POST");
    if (result.ok || result.code === "already-revealed") {
      onRevealed();
      return;
    }
    setBusy(false);
    setError(failureWords(result.code));
    errorRef.current?.focus();
  }

  return (
    <>
      <ConfirmButton
        label={busy ? t("busy") : t("label")}
        title={t("title", { number: roundNumber })}
        confirmLabel={t("confirm")}
        onConfirm={() => void reveal()}
        className={className}
        confirmClassName={primaryButtonClass}
        disabled={disabled || busy}
      >
        {notVoted > 0 ? t("notAllVoted", { notVoted, joined: counts.joined }) : t("allVoted")}
      </ConfirmButton>
      <p
        ref={errorRef}
        tabIndex={-1}
        role="alert"
        className="text-danger basis-full font-medium empty:hidden"
      >
        {error}
      </p>
    </>
  );
}
