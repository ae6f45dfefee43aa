"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Badge } from "@/components/ui/badge";
import { ChoiceCard } from "@/components/ui/choice-card";
import { Field, InputField, inputClass, primaryButtonClass } from "@/components/ui/field";
import { FormProblem, useFormErrors } from "@/components/ui/form-errors";
import { callApi } from "@/components/workshop/api";
import { DECISION_LIMITS, recordDecisionSchema } from "@/lib/decisions/schema";

export interface DecisionChoice {
  id: string;
  name: string;
  summary: string;
  recommended: boolean;
  /** The roles this option gives to named owners. */
  roles: string[];
}

export interface DecisionDefaults {
  optionId: string;
  rationale: string;
  hybridNotes: string;
  pilotModel: string;
  owners: Record<string, string>;
  pilotStart: string;
  pilotEnd: string;
  reviewOn: string;
}

/**
 * Records what the team decided: the option (another than the recommended one needs a reason),
 * the pilot and its dates, an owner for each role the option needs, and the review date. Every
 * save is a new version; the page shows the history.
 */
export function DecisionForm({
  workshopId,
  choices,
  defaults,
  version,
}: {
  workshopId: string;
  choices: DecisionChoice[];
  defaults: DecisionDefaults;
  /** The version in force; null before the first. */
  version: number | null;
}) {
  const t = useTranslations("decisions.form");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(form);
  const [optionId, setOptionId] = useState(defaults.optionId);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const chosen = choices.find((choice) => choice.id === optionId) ?? choices[0]!;
  const differs = !chosen.recommended;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const input = {
      optionId,
      rationale: text("rationale"),
      hybridNotes: text("hybridNotes"),
      pilotModel: text("pilotModel"),
      owners: chosen.roles.map((role, index) => ({ role, name: text(`owners.${index}.name`) })),
      pilotStart: text("pilotStart"),
      pilotEnd: text("pilotEnd"),
      reviewOn: text("reviewOn"),
    };
    if (!errors.validate(recordDecisionSchema, input)) return;
    setPending(true);
    const result = await callApi<{ version: number }>(
      `/api/workshops/${workshopId}/decision`,
      "PUT",
      input,
    );
    setPending(false);
    if (!result.ok) {
      errors.fail(result);
      return;
    }
    setSaved(t("recorded", { version: result.data.version }));
    router.refresh();
  }

  return (
    <form
      ref={form}
      onSubmit={(event) => void submit(event)}
      className="space-y-5"
      noValidate
      aria-labelledby="decision-form-heading"
    >
      <FormProblem problem={errors.problem} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("optionLegend")}</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {choices.map((choice) => (
            <ChoiceCard
              key={choice.id}
              name="optionId"
              value={choice.id}
              checked={choice.id === optionId}
              onChoose={() => setOptionId(choice.id)}
              label={choice.name}
            >
              {choice.recommended ? <Badge tone="accent">{t("recommended")}</Badge> : null}
              <span className="text-muted text-sm">{choice.summary}</span>
            </ChoiceCard>
          ))}
        </div>
        {errors.fields.optionId ? (
          <p className="text-danger text-sm font-medium">{errors.fields.optionId}</p>
        ) : null}
      </fieldset>

      <Field
        id="rationale"
        label={differs ? t("rationaleDiffers") : t("rationaleSame")}
        hint={differs ? t("rationaleDiffersHint") : t("rationaleSameHint")}
        optional={!differs}
        error={errors.fields.rationale}
      >
        {(describedBy, invalid) => (
          <textarea
            id="rationale"
            name="rationale"
            rows={3}
            maxLength={DECISION_LIMITS.rationale}
            defaultValue={defaults.rationale}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            required={differs}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="hybridNotes"
        label={t("hybridNotes")}
        hint={t("hybridNotesHint")}
        optional
        error={errors.fields.hybridNotes}
      >
        {(describedBy, invalid) => (
          <textarea
            id="hybridNotes"
            name="hybridNotes"
            rows={2}
            maxLength={DECISION_LIMITS.hybridNotes}
            defaultValue={defaults.hybridNotes}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <InputField
        name="pilotModel"
        label={t("pilotModel")}
        hint={t("pilotModelHint")}
        maxLength={DECISION_LIMITS.pilotModel}
        defaultValue={defaults.pilotModel}
        error={errors.fields.pilotModel}
      />
      <fieldset className="space-y-3">
        <legend className="font-semibold">{t("owners")}</legend>
        <p className="text-muted text-sm">{t("ownersIntro", { option: chosen.name })}</p>
        {chosen.roles.map((role, index) => (
          <InputField
            key={`${chosen.id}-${role}`}
            name={`owners.${index}.name`}
            label={role}
            maxLength={DECISION_LIMITS.ownerName}
            defaultValue={defaults.owners[role] ?? ""}
            error={errors.fields[`owners.${index}.name`]}
          />
        ))}
        {errors.fields.owners ? (
          <p className="text-danger text-sm font-medium">{errors.fields.owners}</p>
        ) : null}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField
          name="pilotStart"
          label={t("pilotStart")}
          type="date"
          defaultValue={defaults.pilotStart}
          error={errors.fields.pilotStart}
        />
        <InputField
          name="pilotEnd"
          label={t("pilotEnd")}
          hint={t("pilotEndHint")}
          type="date"
          defaultValue={defaults.pilotEnd}
          error={errors.fields.pilotEnd}
        />
        <InputField
          name="reviewOn"
          label={t("reviewOn")}
          hint={t("reviewOnHint")}
          type="date"
          defaultValue={defaults.reviewOn}
          error={errors.fields.reviewOn}
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          {pending
            ? t("recording")
            : version === null
              ? t("record")
              : t("recordVersion", { version: version + 1 })}
        </button>
        <span role="status" className="text-success text-sm font-medium">
          {saved}
        </span>
      </div>
    </form>
  );
}
