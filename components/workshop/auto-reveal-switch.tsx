"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { useFailureWords } from "@/components/ui/failure-words";
import { callApi } from "./api";

/**
 * The facilitator's switch for "reveal as soon as everyone has voted". It takes effect at once:
 * turned on when everyone has already voted, the round is revealed there and then. `autoReveal`
 * is the setting as the live state has it, so a change from another device shows here too.
 */
export function AutoRevealSwitch({
  workshopId,
  autoReveal,
  disabled,
}: {
  workshopId: string;
  autoReveal: boolean;
  disabled?: boolean;
}) {
  const t = useTranslations("facilitator");
  const failureWords = useFailureWords();
  const router = useRouter();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  // What this page set, until the live state says otherwise.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [seen, setSeen] = useState(autoReveal);
  if (seen !== autoReveal) {
    setSeen(autoReveal);
    setChosen(null);
  }
  const on = chosen ?? autoReveal;
  const messageRef = useRef<HTMLParagraphElement>(null);

  async function change(next: boolean) {
    setPending(true);
    setMessage(null);
    setChosen(next);
    const result = await callApi<{ autoReveal: boolean; revealed: boolean }>(
      `/api/workshops/${workshopId}/auto-reveal`,
      "PUT",
      { autoReveal: next },
    );
    setPending(false);
    if (!result.ok) {
      setChosen(null);
      setMessage({ tone: "error", text: failureWords(result.code) });
      messageRef.current?.focus();
      return;
    }
    if (result.data.revealed) {
      setMessage({ tone: "ok", text: t("autoReveal.revealedNow") });
      router.refresh();
      return;
    }
    setMessage({
      tone: "ok",
      text: next ? t("autoReveal.on") : t("autoReveal.off"),
    });
  }

  return (
    <div className="rounded-control border-line mt-4 border p-3">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={on}
          disabled={disabled || pending}
          onChange={(event) => void change(event.currentTarget.checked)}
          aria-describedby={`${id}-hint`}
          className="accent-accent mt-0.5 size-5 shrink-0"
        />
        <div className="min-w-0">
          <label htmlFor={id} className="font-semibold">
            {t("autoRevealLabel")}
          </label>
          <p id={`${id}-hint`} className="text-muted text-sm">
            {t("autoReveal.hint")}
          </p>
        </div>
      </div>
      <p
        ref={messageRef}
        tabIndex={-1}
        role="status"
        className={`mt-2 text-sm font-medium empty:hidden focus:outline-none ${message?.tone === "error" ? "text-danger" : "text-success"}`}
      >
        {message?.text}
      </p>
    </div>
  );
}
