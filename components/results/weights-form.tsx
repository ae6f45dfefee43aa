"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { useFieldWords } from "@/components/ui/field-words";
import { StatusMessage, type Message } from "@/components/ui/status-message";
import { callApi } from "@/components/workshop/api";

const WEIGHT_CHOICES = [
  { value: 0, label: "leaveOut" },
  { value: 1, label: "normal" },
  { value: 2, label: "double" },
  { value: 3, label: "triple" },
] as const;

/**
 * The facilitator's criterion weights. Everyone sees the weights that were set (the results say
 * so), and each change is in the audit trail.
 */
export function WeightsForm({
  workshopId,
  criteria,
  set,
}: {
  workshopId: string;
  criteria: { id: string; name: string; weight: number }[];
  set: boolean;
}) {
  const t = useTranslations("results.weights");
  const choiceLabel = useTranslations("results.weights.choices");
  const errorWords = useFieldWords();
  const router = useRouter();
  const [weights, setWeights] = useState(() =>
    Object.fromEntries(criteria.map((criterion) => [criterion.id, criterion.weight])),
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);

  async function save(next: Record<string, number> | null) {
    setBusy(true);
    setMessage(null);
    const result = await callApi(`/api/workshops/${workshopId}/weights`, "PUT", {
      weights: next,
    });
    setBusy(false);
    if (result.ok) {
      if (next === null) setWeights(Object.fromEntries(criteria.map((c) => [c.id, 1])));
      setMessage({
        tone: "ok",
        text: next === null ? t("reset") : t("saved"),
      });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: errorWords.failure(result) });
    }
    messageRef.current?.focus();
  }

  return (
    <form
      className="space-y-4"
      onSubmit={(event) => {
        event.preventDefault();
        void save(weights);
      }}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        {criteria.map((criterion) => (
          <div key={criterion.id} className="space-y-1">
            <label htmlFor={`weight-${criterion.id}`} className="block font-medium">
              {criterion.name}
            </label>
            <select
              id={`weight-${criterion.id}`}
              className={inputClass}
              value={weights[criterion.id] ?? 1}
              onChange={(event) =>
                setWeights({ ...weights, [criterion.id]: Number(event.target.value) })
              }
            >
              {WEIGHT_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choiceLabel(choice.label)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass} disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
        {set ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={busy}
            onClick={() => void save(null)}
          >
            {t("countSame")}
          </button>
        ) : null}
      </div>
      <StatusMessage message={message} ref={messageRef} />
    </form>
  );
}
