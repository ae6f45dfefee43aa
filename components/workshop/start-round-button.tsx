"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
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
      setError(result.message);
      return;
    }
    onStarted?.();
    router.refresh();
  }

  return (
    <>
      <ConfirmButton
        label={busy ? "Opening…" : `Start round ${next}`}
        title={`Start round ${next}?`}
        confirmLabel="Start the round"
        onConfirm={() => void start()}
        className={className}
        confirmClassName={primaryButtonClass}
        disabled={disabled || busy}
      >
        Everyone votes again. Their ballots start from their answers in round {roundNumber}, and
        count once they keep or change them. Round {roundNumber} stays on record.
      </ConfirmButton>
      {error ? (
        <p role="alert" className="text-danger basis-full font-medium">
          {error}
        </p>
      ) : null}
    </>
  );
}
