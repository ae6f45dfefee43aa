"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { useFieldWords } from "@/components/ui/field-words";
import { callApi } from "@/components/workshop/api";
import type { DecisionStep } from "@/lib/decisions/record";
import { DECISION_LIMITS, stepStatuses, type StepStatus } from "@/lib/decisions/schema";

const statusLabels = {
  todo: "status.todo",
  doing: "status.doing",
  done: "status.done",
} as const satisfies Record<StepStatus, string>;

/**
 * The follow-through checklist: each step of the guide's path with its owner, due date and
 * status, each saved on its own. Read-only for everyone but the facilitator.
 */
export function FollowThrough({
  workshopId,
  steps,
  editable,
}: {
  workshopId: string;
  steps: DecisionStep[];
  editable: boolean;
}) {
  const t = useTranslations("decisions.steps");
  const format = useFormatter();
  return (
    <ol className="space-y-3">
      {steps.map((step, index) => (
        <li
          key={step.id}
          className="rounded-card border-line bg-surface-muted space-y-2 border p-4"
          data-testid={`step-${step.stage}`}
        >
          <h3 className="font-semibold">
            {index + 1}. {step.title}
          </h3>
          {step.guidance ? <p className="text-muted text-sm">{step.guidance}</p> : null}
          {/* Paper shows where each step stands, not the controls to change it. */}
          <p className={`text-sm ${editable ? "hidden print:block" : ""}`}>
            {t(statusLabels[step.status])} ·{" "}
            {step.owner ? t("ownerIs", { owner: step.owner }) : t("noOwner")}
            {step.dueOn
              ? ` · ${t("dueOn", {
                  // A calendar day, the same wherever the reader is.
                  date: format.dateTime(new Date(`${step.dueOn}T00:00:00Z`), {
                    dateStyle: "long",
                    timeZone: "UTC",
                  }),
                })}`
              : ""}
          </p>
          {editable ? (
            <div className="print:hidden">
              <StepForm workshopId={workshopId} step={step} />
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function StepForm({ workshopId, step }: { workshopId: string; step: DecisionStep }) {
  const t = useTranslations("decisions.steps");
  const errorWords = useFieldWords();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = (name: string) => `step-${step.id}-${name}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    const result = await callApi(`/api/workshops/${workshopId}/decision/steps/${step.id}`, "PUT", {
      status: data.get("status"),
      owner: data.get("owner"),
      dueOn: data.get("dueOn") || null,
    });
    setPending(false);
    setMessage(
      result.ok ? { ok: true, text: t("saved") } : { ok: false, text: errorWords.failure(result) },
    );
    if (result.ok) router.refresh();
  }

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto_auto]"
      aria-label={t("update", { step: step.title })}
    >
      <div className="space-y-1">
        <label htmlFor={id("owner")} className="text-sm font-semibold">
          {t("owner")}
        </label>
        <input
          id={id("owner")}
          name="owner"
          defaultValue={step.owner ?? ""}
          maxLength={DECISION_LIMITS.ownerName}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("due")} className="text-sm font-semibold">
          {t("due")}
        </label>
        <input
          id={id("due")}
          name="dueOn"
          type="date"
          defaultValue={step.dueOn ?? ""}
          className={inputClass}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={id("status")} className="text-sm font-semibold">
          {t("statusLabel")}
        </label>
        <select id={id("status")} name="status" defaultValue={step.status} className={inputClass}>
          {stepStatuses.map((status) => (
            <option key={status} value={status}>
              {t(statusLabels[status])}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2">
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          {pending ? t("saving") : t("save")}
        </button>
        <span
          role="status"
          className={`text-sm font-medium ${message?.ok ? "text-success" : "text-danger"}`}
        >
          {message?.text}
        </span>
      </div>
    </form>
  );
}
