"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useFailureWords } from "@/components/ui/failure-words";
import { primaryButtonClass } from "@/components/ui/field";
import { callApi } from "./api";

/**
 * Opens the next round, after asking. Whatever page it is on is read again, and the live
 * updates take every other screen of the workshop along.
 */
export function StartRoundButton({
  workshopId,
  roundNumber,
  className,
  disabled,
  onStarted,
}: {
  workshopId: string;
  /** The round that was revealed last. */
  roundNumber: number;
  className: string;
  disabled?: boolean;
  onStarted?: () => void;
}) {
  const t = useTranslations("facilitator.startRound");
  const failureWords = useFailureWords();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = roundNumber + 1;

  async function start() {
    setBusy(true);
    setError(null);
    const result = await callApi(`/api/workshops/${workshopId}/rounds`, "POST");
    setBusy(false);
    if (!result.ok) {
      setError(failureWords(result.code));
      return;
    }
    onStarted?.();
    router.refresh();
  }

  return (
    <>
      <ConfirmButton
        label={busy ? t("busy") : t("label", { number: next })}
        title={t("title", { number: next })}
        confirmLabel={t("confirm")}
        onConfirm={() => void start()}
        className={className}
        confirmClassName={primaryButtonClass}
        disabled={disabled || busy}
      >
        {t("body", { previous: roundNumber })}
      </ConfirmButton>
      {error ? (
        <p role="alert" className="text-danger basis-full font-medium">
          {error}
        </p>
      ) : null}
    </>
  );
}
