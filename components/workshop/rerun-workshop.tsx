"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InputField, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { useFieldWords } from "@/components/ui/field-words";
import { Notice } from "@/components/ui/notice";
import { callApi } from "./api";
import { FacilitatorLinkShownOnce } from "./facilitator-link-shown-once";

/**
 * "Run this again": makes a new run of the workshop with the same settings, for the next
 * quarter's review. A live run needs nothing more than a yes; an async one needs its own
 * deadline. The new run's facilitator link is shown once, as after creating a workshop.
 */
export function RerunWorkshop({
  workshopId,
  mode,
  inSeries,
}: {
  workshopId: string;
  mode: "live" | "async";
  /** Whether the workshop already has other runs, which the series page lists. */
  inSeries: boolean;
}) {
  const t = useTranslations("facilitator");
  const errorWords = useFieldWords();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ workshopId: string; facilitatorLink: string } | null>(
    null,
  );
  const errorRef = useRef<HTMLDivElement>(null);

  async function rerun(body: { deadline?: string }) {
    setPending(true);
    const result = await callApi<{ workshopId: string; facilitatorLink: string }>(
      `/api/workshops/${workshopId}/rerun`,
      "POST",
      body,
    );
    setPending(false);
    if (result.ok) {
      setError(undefined);
      setCreated(result.data);
    } else {
      setError(errorWords.failure(result));
      errorRef.current?.focus();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("deadline");
    if (typeof typed !== "string" || typed === "") {
      setError(t("chooseDateTime"));
      return;
    }
    // datetime-local has no time zone: the browser's own is what the facilitator meant.
    void rerun({ deadline: new Date(typed).toISOString() });
  }

  const seriesLink = (id: string, label: string) => (
    <Link href={`/w/${id}/series`} className="text-accent font-semibold underline">
      {label}
    </Link>
  );

  if (created) {
    return (
      <div className="space-y-4">
        <FacilitatorLinkShownOnce
          level={3}
          heading={t("rerun.readyHeading")}
          link={created.facilitatorLink}
          testId="rerun-facilitator-link"
          copyLabel={t("rerun.readyCopy")}
          actions={
            <Link href={`/w/${created.workshopId}/facilitate`} className={primaryButtonClass}>
              {t("rerun.open")}
            </Link>
          }
        >
          {t("rerun.readyBody")}
        </FacilitatorLinkShownOnce>
        <p>{seriesLink(created.workshopId, t("seeEveryRun"))}</p>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <p className="text-muted">{t("rerun.intro")}</p>
      <div ref={errorRef} tabIndex={-1} role="status" aria-live="polite" className="empty:hidden">
        {error && mode === "live" ? <Notice tone="danger">{error}</Notice> : null}
      </div>
      {mode === "live" ? (
        <ConfirmButton
          label={pending ? t("rerun.starting") : t("rerun.start")}
          title={t("rerun.confirmTitle")}
          confirmLabel={t("rerun.confirm")}
          onConfirm={() => void rerun({})}
          className={secondaryButtonClass}
          confirmClassName={primaryButtonClass}
          disabled={pending}
        >
          {t("rerun.confirmBody")}
        </ConfirmButton>
      ) : (
        <form onSubmit={submit} className="space-y-3" noValidate>
          <InputField
            name="deadline"
            id="rerun-deadline"
            label={t("rerun.deadline")}
            hint={t("ownTimeZone")}
            type="datetime-local"
            error={error}
          />
          <button type="submit" className={secondaryButtonClass} disabled={pending}>
            {pending ? t("rerun.starting") : t("rerun.start")}
          </button>
        </form>
      )}
      {inSeries ? <p>{seriesLink(workshopId, t("seeEveryRun"))}</p> : null}
    </div>
  );
}
