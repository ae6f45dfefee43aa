"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { InputField, secondaryButtonClass } from "@/components/ui/field";
import { useFieldWords } from "@/components/ui/field-words";
import { callApi } from "./api";

/** The moment as datetime-local shows it: the browser's own clock, to the minute. */
function localInputValue(iso: string): string {
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * Moves an async workshop's deadline, later for stragglers or sooner when everyone is in. The
 * participants' pages and the sweep follow the one deadline the server keeps; this page re-reads
 * itself to show it.
 */
export function DeadlineForm({
  workshopId,
  deadline,
}: {
  workshopId: string;
  /** The current deadline (ISO); null when the workshop has none yet. */
  deadline: string | null;
}) {
  const t = useTranslations("facilitator");
  const errorWords = useFieldWords();
  const router = useRouter();
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("deadline");
    setSaved(false);
    if (typeof typed !== "string" || typed === "") {
      setError(t("chooseDateTime"));
      return;
    }
    setPending(true);
    // datetime-local has no time zone: the browser's own is what the facilitator meant.
    const result = await callApi(`/api/workshops/${workshopId}/deadline`, "PUT", {
      deadline: new Date(typed).toISOString(),
    });
    setPending(false);
    if (!result.ok) {
      setError(errorWords.failure(result));
      return;
    }
    setError(undefined);
    setSaved(true);
    router.refresh();
  }

  return (
    <form onSubmit={(event) => void submit(event)} className="mt-4 space-y-3" noValidate>
      <InputField
        name="deadline"
        id="new-deadline"
        label={deadline ? t("deadline.move") : t("deadline.set")}
        hint={t("deadline.hint")}
        type="datetime-local"
        defaultValue={deadline ? localInputValue(deadline) : undefined}
        error={error}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          {pending ? t("deadline.saving") : deadline ? t("deadline.move") : t("deadline.submitSet")}
        </button>
        <span role="status" className="text-success text-sm font-medium">
          {saved ? t("deadline.saved") : ""}
        </span>
      </div>
    </form>
  );
}
