"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import {
  dangerButtonClass,
  InputField,
  primaryButtonClass,
  secondaryButtonClass,
} from "@/components/ui/field";
import { useFailureWords } from "@/components/ui/failure-words";
import { FormProblem, useFormErrors } from "@/components/ui/form-errors";
import { callApi } from "@/components/workshop/api";
import { DECISION_LIMITS, requestSignOffsSchema } from "@/lib/decisions/schema";
import type { SignatorySummary } from "@/lib/decisions/sign-offs";

/** "5 December 2026" in the reader's language, for a moment, in UTC. */
const DAY = { dateStyle: "long", timeZone: "UTC" } as const;

/** What a person answered: after their name, and in the list of their answers. */
const VERDICTS = {
  approved: { state: "approvedVersion", line: "answerApproved" },
  changes_requested: { state: "changesRequestedVersion", line: "answerChangesRequested" },
} as const;

/**
 * The facilitator's side of sign-off: who was asked and what each answered per version, and a
 * form to ask more people by name and address. Addresses are sent once and never shown again.
 */
export function SignOffRequests({
  workshopId,
  version,
  people,
}: {
  workshopId: string;
  /** The version in force, which new requests are for. */
  version: number;
  people: SignatorySummary[];
}) {
  const t = useTranslations("decisions.requests");
  const active = people.filter((person) => !person.removed).length;
  return (
    <div className="space-y-6">
      {people.length > 0 ? (
        <ul className="space-y-3" data-testid="signatories">
          {people.map((person) => (
            <Signatory key={person.id} workshopId={workshopId} version={version} person={person} />
          ))}
        </ul>
      ) : null}
      {active < DECISION_LIMITS.signatories ? (
        <RequestForm
          workshopId={workshopId}
          room={DECISION_LIMITS.signatories - active}
          first={people.length === 0}
        />
      ) : (
        <p className="text-muted">{t("full", { count: DECISION_LIMITS.signatories })}</p>
      )}
    </div>
  );
}

function Signatory({
  workshopId,
  version,
  person,
}: {
  workshopId: string;
  version: number;
  person: SignatorySummary;
}) {
  const t = useTranslations("decisions.requests");
  const failureWords = useFailureWords();
  const format = useFormatter();
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const current = person.answers.find((answer) => answer.version === version);

  async function remove() {
    const result = await callApi(`/api/workshops/${workshopId}/sign-offs/${person.id}`, "DELETE");
    if (!result.ok) setProblem(failureWords(result.code));
    else router.refresh();
  }

  return (
    <li className="rounded-card border-line space-y-2 border p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">
          {person.name}
          <span className="text-muted font-normal">
            {" · "}
            {person.removed
              ? t("removed")
              : current
                ? t(VERDICTS[current.answer].state, { version })
                : t("waiting", { version })}
          </span>
        </p>
        {person.removed ? null : (
          <ConfirmButton
            label={t("remove")}
            title={t("removeTitle", { name: person.name })}
            confirmLabel={t("remove")}
            onConfirm={() => void remove()}
            className={secondaryButtonClass}
            confirmClassName={dangerButtonClass}
          >
            {t("removeBody")}
          </ConfirmButton>
        )}
      </div>
      {person.answers.length > 0 ? (
        <ol className="text-muted space-y-1 text-sm">
          {person.answers.map((answer) => (
            <li key={answer.version}>
              {t(VERDICTS[answer.answer].line, {
                version: answer.version,
                date: format.dateTime(answer.at, DAY),
              })}
              {answer.comment ? (
                <>
                  {" "}
                  {t.rich("comment", {
                    comment: answer.comment,
                    q: (chunks) => <q className="text-ink">{chunks}</q>,
                  })}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted text-sm">
          {t("askedOn", { date: format.dateTime(person.askedAt, DAY) })}
        </p>
      )}
      {problem ? <p className="text-danger text-sm font-medium">{problem}</p> : null}
    </li>
  );
}

function RequestForm({
  workshopId,
  room,
  first,
}: {
  workshopId: string;
  /** How many more people may be asked. */
  room: number;
  first: boolean;
}) {
  const t = useTranslations("decisions.requests");
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(form);
  const [rows, setRows] = useState(1);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const input = {
      signatories: Array.from({ length: rows }, (_, index) => ({
        name: text(`signatories.${index}.name`),
        email: text(`signatories.${index}.email`),
      })),
    };
    if (!errors.validate(requestSignOffsSchema, input)) return;
    setPending(true);
    const result = await callApi<{ added: number }>(
      `/api/workshops/${workshopId}/sign-offs`,
      "POST",
      input,
    );
    setPending(false);
    if (!result.ok) {
      errors.fail(result);
      return;
    }
    const { added } = result.data;
    setSent(added === 0 ? t("alreadyAsked") : t("asked", { count: added }));
    form.current?.reset();
    setRows(1);
    router.refresh();
  }

  return (
    <form
      ref={form}
      onSubmit={(event) => void submit(event)}
      noValidate
      className="space-y-4"
      aria-label={t("ask")}
    >
      <FormProblem problem={errors.problem} />
      <p className="text-muted text-sm">{t("intro")}</p>
      {Array.from({ length: rows }, (_, index) => (
        <fieldset key={index} className="grid gap-3 sm:grid-cols-2">
          <legend className="sr-only">{t("person", { number: index + 1 })}</legend>
          <InputField
            name={`signatories.${index}.name`}
            label={rows > 1 ? t("nameNumbered", { number: index + 1 }) : t("name")}
            autoComplete="off"
            maxLength={DECISION_LIMITS.signatoryName}
            error={errors.fields[`signatories.${index}.name`]}
          />
          <InputField
            name={`signatories.${index}.email`}
            label={rows > 1 ? t("emailNumbered", { number: index + 1 }) : t("email")}
            type="email"
            autoComplete="off"
            error={errors.fields[`signatories.${index}.email`]}
          />
        </fieldset>
      ))}
      {errors.fields.signatories ? (
        <p className="text-danger text-sm font-medium">{errors.fields.signatories}</p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          {pending ? t("asking") : first ? t("ask") : t("askToo")}
        </button>
        {rows < room ? (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => setRows((count) => count + 1)}
          >
            {t("addPerson")}
          </button>
        ) : null}
        <span role="status" className="text-success text-sm font-medium">
          {sent}
        </span>
      </div>
    </form>
  );
}
