"use client";

import { CircleAlert } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { EmailField } from "@/components/ui/email-field";
import { Field, InputField, inputClass, primaryButtonClass } from "@/components/ui/field";
import { FormProblem, optionalFields, useFormErrors } from "@/components/ui/form-errors";
import { LIMITS } from "@/lib/workshops/limits";
import { createWorkshopSchema } from "@/lib/workshops/schema";
import { callApi } from "./api";
import { FacilitatorLinkShownOnce } from "./facilitator-link-shown-once";

const optional = optionalFields(createWorkshopSchema);

interface Created {
  workshopId: string;
  facilitatorLink: string;
}

/** What the form shows of a framework; the page passes only these texts, not whole frameworks. */
export interface FrameworkChoice {
  id: string;
  name: string;
  question: string;
  summary: string;
  /** Written by the signed-in facilitator (lib/authoring), not a built-in template. */
  own?: boolean;
}

/** Starts a workshop without an account, then shows the private facilitator link once. */
export function CreateWorkshopForm({
  frameworks,
  defaultFrameworkId,
}: {
  frameworks: FrameworkChoice[];
  defaultFrameworkId: string;
}) {
  const t = useTranslations("facilitator");
  const [mode, setMode] = useState<"live" | "async">("live");
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(form);
  const { fields } = errors;
  const [created, setCreated] = useState<Created | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const teamSize = text("teamSize");
    const deadline = text("deadline");
    const input = {
      title: text("title"),
      teamName: text("teamName"),
      description: text("description") || undefined,
      teamSize: teamSize ? Number(teamSize) : undefined,
      frameworkId: text("frameworkId"),
      mode,
      // datetime-local has no time zone: the browser's own is what the facilitator meant.
      deadline: mode === "async" && deadline ? new Date(deadline).toISOString() : undefined,
      deadlineAction: mode === "async" ? text("deadlineAction") : undefined,
      notifyEmail: (mode === "async" && text("notifyEmail")) || undefined,
      anonymous: text("anonymity") === "anonymous",
      autoReveal: data.get("autoReveal") === "on",
    };
    if (!errors.validate(createWorkshopSchema, input)) return;
    setPending(true);
    const result = await callApi<Created>("/api/workshops", "POST", input);
    setPending(false);
    if (result.ok) setCreated(result.data);
    else errors.fail(result);
  }

  if (created) {
    return (
      <FacilitatorLinkShownOnce
        level={2}
        heading={t("create.ready.heading")}
        link={created.facilitatorLink}
        testId="facilitator-link"
        copyLabel={t("create.ready.copy")}
        actions={
          <Link href={`/w/${created.workshopId}/facilitate`} className={primaryButtonClass}>
            {t("create.ready.open")}
          </Link>
        }
      >
        {t("create.ready.body")}
      </FacilitatorLinkShownOnce>
    );
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      className="space-y-5"
      aria-describedby="create-problem"
    >
      <FormProblem id="create-problem" problem={errors.problem} />
      <div className="grid gap-5 sm:grid-cols-2">
        <InputField
          name="title"
          label={t("create.title")}
          optional={optional.title}
          maxLength={LIMITS.title}
          placeholder={t("create.titlePlaceholder")}
          error={fields.title}
        />
        <InputField
          name="teamName"
          label={t("create.teamName")}
          optional={optional.teamName}
          maxLength={LIMITS.teamName}
          error={fields.teamName}
        />
      </div>
      <Field
        id="description"
        label={t("create.description")}
        optional={optional.description}
        error={fields.description}
      >
        {(describedBy, invalid) => (
          <textarea
            id="description"
            name="description"
            rows={3}
            maxLength={LIMITS.description}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <InputField
          name="teamSize"
          label={t("create.teamSize")}
          optional={optional.teamSize}
          hint={t("create.teamSizeHint")}
          type="number"
          inputMode="numeric"
          min={LIMITS.teamSize.min}
          max={LIMITS.teamSize.max}
          error={fields.teamSize}
        />
      </div>
      <DecisionChoice
        frameworks={frameworks}
        defaultFrameworkId={defaultFrameworkId}
        error={fields.frameworkId}
      />

      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{t("create.modeLegend")}</legend>
        <Choice name="mode" value="live" checked={mode === "live"} onChange={() => setMode("live")}>
          {t("create.modeLive")}
        </Choice>
        <Choice
          name="mode"
          value="async"
          checked={mode === "async"}
          onChange={() => setMode("async")}
        >
          {t("create.modeAsync")}
        </Choice>
      </fieldset>

      {mode === "async" ? (
        <div className="rounded-control border-line bg-surface grid gap-5 border p-4 sm:grid-cols-2">
          <InputField
            name="deadline"
            label={t("create.deadline")}
            optional={optional.deadline}
            hint={t("ownTimeZone")}
            type="datetime-local"
            error={fields.deadline}
          />
          <fieldset className="space-y-2">
            <legend className="mb-1 font-semibold">{t("create.deadlineActionLegend")}</legend>
            <Choice name="deadlineAction" value="reveal" defaultChecked>
              {t("create.deadlineReveal")}
            </Choice>
            <Choice name="deadlineAction" value="close">
              {t("create.deadlineClose")}
            </Choice>
          </fieldset>
          <div className="sm:col-span-2">
            <EmailField
              name="notifyEmail"
              label={t("create.notifyEmail")}
              hint={t("create.notifyEmailHint")}
              error={fields.notifyEmail}
            />
          </div>
        </div>
      ) : null}

      <fieldset className="space-y-2">
        <legend className="mb-1 font-semibold">{t("create.anonymityLegend")}</legend>
        <Choice name="anonymity" value="named" defaultChecked>
          {t("create.named")}
        </Choice>
        <Choice name="anonymity" value="anonymous">
          {t("create.anonymous")}
        </Choice>
      </fieldset>

      <div className="space-y-1">
        <label className="rounded-control border-line-strong has-checked:border-accent has-checked:bg-accent-soft hover:border-accent flex min-h-12 cursor-pointer items-center gap-3 border px-3.5 py-2.5 transition-colors">
          <input
            type="checkbox"
            name="autoReveal"
            aria-describedby="autoReveal-hint"
            className="accent-accent size-5 shrink-0"
          />
          <span className="font-semibold">{t("autoRevealLabel")}</span>
        </label>
        <p id="autoReveal-hint" className="text-muted text-sm">
          {t("create.autoRevealHint")}
        </p>
      </div>

      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("create.submitting") : t("create.submit")}
      </button>
    </form>
  );
}

function Choice({
  children,
  ...input
}: {
  children: React.ReactNode;
  name: string;
  value: string;
  checked?: boolean;
  defaultChecked?: boolean;
  onChange?: () => void;
}) {
  return (
    <label className="rounded-control border-line-strong has-checked:border-accent has-checked:bg-accent-soft hover:border-accent flex min-h-12 cursor-pointer items-center gap-3 border px-3.5 py-2.5 transition-colors">
      <input type="radio" {...input} className="accent-accent size-5 shrink-0" />
      <span>{children}</span>
    </label>
  );
}

/**
 * The decision the workshop is about, as radio cards: each names the framework, asks its
 * question and summarises it. The name is the radio's accessible name, the question and the
 * summary its description, so a screen reader hears a short name first.
 */
function DecisionChoice({
  frameworks,
  defaultFrameworkId,
  error,
}: {
  frameworks: FrameworkChoice[];
  defaultFrameworkId: string;
  error?: string;
}) {
  const t = useTranslations("facilitator.create.decision");
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 font-semibold">{t("legend")}</legend>
      <div className="grid gap-3 sm:grid-cols-2">
        {frameworks.map((framework) => {
          const base = `${id}-${framework.id}`;
          return (
            <div key={framework.id} className="flex flex-col gap-1.5">
              <label className="rounded-control border-line-strong has-checked:border-accent has-checked:bg-accent-soft hover:border-accent has-focus-visible:outline-accent flex flex-1 cursor-pointer items-start gap-3 border px-3.5 py-3 transition-colors has-focus-visible:outline-2 has-focus-visible:outline-offset-2">
                <input
                  type="radio"
                  name="frameworkId"
                  value={framework.id}
                  defaultChecked={framework.id === defaultFrameworkId}
                  aria-labelledby={`${base}-name`}
                  aria-describedby={`${base}-question ${base}-summary`}
                  className="accent-accent mt-0.5 size-5 shrink-0"
                />
                <span className="min-w-0 space-y-1 break-words">
                  <span id={`${base}-name`} className="block font-semibold">
                    {framework.name}
                    {framework.own ? (
                      <>
                        {" "}
                        <span className="text-accent text-sm font-semibold">{t("yours")}</span>
                      </>
                    ) : null}
                  </span>
                  <span id={`${base}-question`} className="block">
                    {framework.question}
                  </span>
                  <span id={`${base}-summary`} className="text-muted line-clamp-3 block text-sm">
                    {framework.summary}
                  </span>
                </span>
              </label>
              {framework.own ? null : (
                <Link
                  href={`/frameworks/new?from=${framework.id}`}
                  className="text-accent self-start px-1 text-sm font-semibold hover:underline"
                  aria-label={t("fromTemplateLabel", { name: framework.name })}
                >
                  {t("fromTemplate")}
                </Link>
              )}
            </div>
          );
        })}
      </div>
      <p className="text-muted text-sm">
        {t.rich("ownFramework", {
          link: (chunks) => (
            <Link href="/frameworks" className="text-accent font-semibold hover:underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="text-danger flex items-start gap-1.5 text-sm font-medium">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
