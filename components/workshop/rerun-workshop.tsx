"use client";

import Link from "next/link";
import { useRef, useState, type FormEvent } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { InputField, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
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
      setError(result.fields.deadline ?? result.message);
      errorRef.current?.focus();
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = new FormData(event.currentTarget).get("deadline");
    if (typeof typed !== "string" || typed === "") {
      setError("Choose a date and time.");
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
          heading="The new run is ready"
          link={created.facilitatorLink}
          testId="rerun-facilitator-link"
          copyLabel="Copy the new run's facilitator link"
          actions={
            <Link href={`/w/${created.workshopId}/facilitate`} className={primaryButtonClass}>
              Open the new run
            </Link>
          }
        >
          This is the private facilitator link of the new run: keep it somewhere safe, it is shown
          only now. This browser can already run it. People of this run who left an e-mail address
          get the new invite link by e-mail.
        </FacilitatorLinkShownOnce>
        <p>{seriesLink(created.workshopId, "See every run")}</p>
      </div>
    );
  }

  return (
    <div className="space-y-3">
      <p className="text-muted">
        Review the decision again, next quarter for example: a new run with the same questions,
        settings and weights, and a new invite link. The series page then compares the runs.
      </p>
      <div ref={errorRef} tabIndex={-1} role="status" aria-live="polite" className="empty:hidden">
        {error && mode === "live" ? <Notice tone="danger">{error}</Notice> : null}
      </div>
      {mode === "live" ? (
        <ConfirmButton
          label={pending ? "Starting…" : "Run this again"}
          title="Run this workshop again?"
          confirmLabel="Start the new run"
          onConfirm={() => void rerun({})}
          className={secondaryButtonClass}
          confirmClassName={primaryButtonClass}
          disabled={pending}
        >
          A new workshop starts with the same questions, settings and weights, and a new invite
          link. This one stays as it is. People who left an e-mail address here are invited.
        </ConfirmButton>
      ) : (
        <form onSubmit={submit} className="space-y-3" noValidate>
          <InputField
            name="deadline"
            id="rerun-deadline"
            label="Deadline of the new run"
            hint="In your own time zone."
            type="datetime-local"
            error={error}
          />
          <button type="submit" className={secondaryButtonClass} disabled={pending}>
            {pending ? "Starting…" : "Run this again"}
          </button>
        </form>
      )}
      {inSeries ? <p>{seriesLink(workshopId, "See every run")}</p> : null}
    </div>
  );
}
