"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { ChoiceCard } from "@/components/ui/choice-card";
import { Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import { FormProblem, useFormErrors } from "@/components/ui/form-errors";
import { callApi } from "@/components/workshop/api";
import { answerSignOffSchema, DECISION_LIMITS, type SignOffAnswer } from "@/lib/decisions/schema";

const CHOICES = [
  { value: "approved", label: "approve", hint: "approveHint" },
  { value: "changes_requested", label: "askChanges", hint: "askChangesHint" },
] as const satisfies readonly { value: SignOffAnswer; label: string; hint: string }[];

/**
 * A signatory's answer to the version of the decision they read: approve, or ask for changes
 * with a comment. Sent once per version; a newer version recorded meanwhile is refused by the
 * server, and the page is read again so that they answer what is now in force.
 */
export function SignOffForm({ token, version }: { token: string; version: number }) {
  const t = useTranslations("decisions.answer");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(form);
  const [answer, setAnswer] = useState<SignOffAnswer>("approved");
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { version, answer, comment: String(data.get("comment") ?? "") };
    if (!errors.validate(answerSignOffSchema, input)) return;
    setPending(true);
    const result = await callApi(`/api/sign-off/${token}`, "POST", input);
    setPending(false);
    if (!result.ok) {
      errors.fail(result);
      if (result.code === "decision-changed" || result.code === "already-answered") {
        router.refresh();
      }
      return;
    }
    router.refresh();
  }

  return (
    <form
      ref={form}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="rounded-card border-line bg-surface-muted space-y-4 border p-5 print:hidden"
      aria-labelledby="sign-off-form-heading"
    >
      <h2 id="sign-off-form-heading" className="text-xl font-semibold">
        {t("heading", { version })}
      </h2>
      <FormProblem problem={errors.problem} />
      <fieldset className="grid gap-2 sm:grid-cols-2">
        <legend className="sr-only">{t("legend")}</legend>
        {CHOICES.map((choice) => (
          <ChoiceCard
            key={choice.value}
            name="answer"
            value={choice.value}
            checked={answer === choice.value}
            onChoose={() => setAnswer(choice.value)}
            label={t(choice.label)}
          >
            <span className="text-muted text-sm">{t(choice.hint)}</span>
          </ChoiceCard>
        ))}
      </fieldset>
      <Field
        id="comment"
        label={answer === "approved" ? t("comment") : t("whatToChange")}
        hint={t("commentHint")}
        optional={answer === "approved"}
        error={errors.fields.comment}
      >
        {(describedBy, invalid) => (
          <textarea
            id="comment"
            name="comment"
            rows={3}
            maxLength={DECISION_LIMITS.signOffComment}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            required={answer !== "approved"}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" className={primaryButtonClass} disabled={pending}>
        {pending
          ? t("sending")
          : answer === "approved"
            ? t("approveVersion", { version })
            : t("sendRequest")}
      </button>
    </form>
  );
}
