"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import {
  dangerButtonClass,
  InputField,
  primaryButtonClass,
  secondaryButtonClass,
} from "@/components/ui/field";
import { FormProblem, useFormErrors } from "@/components/ui/form-errors";
import { callApi } from "@/components/workshop/api";
import { formatMoment } from "@/lib/decisions/brief";
import { DECISION_LIMITS, requestSignOffsSchema } from "@/lib/decisions/schema";
import type { SignatorySummary } from "@/lib/decisions/sign-offs";

const VERDICTS = { approved: "Approved", changes_requested: "Asked for changes" } as const;

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
        <p className="text-muted">
          {DECISION_LIMITS.signatories} people are asked, the most at a time. Remove someone to ask
          another.
        </p>
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
  const router = useRouter();
  const [problem, setProblem] = useState<string | null>(null);
  const current = person.answers.find((answer) => answer.version === version);

  async function remove() {
    const result = await callApi(`/api/workshops/${workshopId}/sign-offs/${person.id}`, "DELETE");
    if (!result.ok) setProblem(result.message);
    else router.refresh();
  }

  return (
    <li className="rounded-card border-line space-y-2 border p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold">
          {person.name}
          <span className="text-muted font-normal">
            {person.removed
              ? " · no longer asked"
              : current
                ? ` · ${VERDICTS[current.answer].toLowerCase()} version ${version}`
                : ` · waiting for an answer to version ${version}`}
          </span>
        </p>
        {person.removed ? null : (
          <ConfirmButton
            label="Remove"
            title={`Stop asking ${person.name}?`}
            confirmLabel="Remove"
            onConfirm={() => void remove()}
            className={secondaryButtonClass}
            confirmClassName={dangerButtonClass}
          >
            Their personal link stops working. What they already answered stays on record.
          </ConfirmButton>
        )}
      </div>
      {person.answers.length > 0 ? (
        <ol className="text-muted space-y-1 text-sm">
          {person.answers.map((answer) => (
            <li key={answer.version}>
              Version {answer.version}: {VERDICTS[answer.answer]} on {formatMoment(answer.at)}
              {answer.comment ? (
                <>
                  {" "}
                  — <q className="text-ink">{answer.comment}</q>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-muted text-sm">Asked on {formatMoment(person.askedAt)}.</p>
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
    setSent(
      added === 0
        ? "Everyone on the list was already asked."
        : `Asked ${added} ${added === 1 ? "person" : "people"}: the e-mails are on their way.`,
    );
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
      aria-label="Ask for sign-off"
    >
      <FormProblem problem={errors.problem} />
      <p className="text-muted text-sm">
        Each person gets a personal link by e-mail, to approve or ask for changes. Their address is
        used for that only and shown to nobody, you included.
      </p>
      {Array.from({ length: rows }, (_, index) => (
        <fieldset key={index} className="grid gap-3 sm:grid-cols-2">
          <legend className="sr-only">Person {index + 1}</legend>
          <InputField
            name={`signatories.${index}.name`}
            label={rows > 1 ? `Name ${index + 1}` : "Name"}
            autoComplete="off"
            maxLength={DECISION_LIMITS.signatoryName}
            error={errors.fields[`signatories.${index}.name`]}
          />
          <InputField
            name={`signatories.${index}.email`}
            label={rows > 1 ? `E-mail address ${index + 1}` : "E-mail address"}
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
          {pending ? "Asking…" : first ? "Ask for sign-off" : "Ask them too"}
        </button>
        {rows < room ? (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => setRows((count) => count + 1)}
          >
            Add another person
          </button>
        ) : null}
        <span role="status" className="text-success text-sm font-medium">
          {sent}
        </span>
      </div>
    </form>
  );
}
