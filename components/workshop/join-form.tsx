"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import { callApi } from "./api";
import { participantRoles, roleLabels } from "@/lib/workshops/roles";

/**
 * Joins a workshop by its invite link: a name and a role, no account needed, and optionally an
 * address for the results link and, when a deadline is ahead (`offerReminder`), a reminder.
 */
export function JoinForm({
  inviteToken,
  defaultName,
  offerReminder = false,
}: {
  inviteToken: string;
  defaultName?: string;
  offerReminder?: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setProblem(null);
    const result = await callApi<{ workshopId: string }>("/api/workshops/join", "POST", {
      inviteToken,
      displayName: String(form.get("displayName") ?? "").trim(),
      role: String(form.get("role") ?? ""),
      email: String(form.get("email") ?? "").trim() || undefined,
    });
    if (result.ok) {
      router.push(`/w/${result.data.workshopId}`);
      return;
    }
    setPending(false);
    setFields(result.fields);
    setProblem(
      Object.keys(result.fields).length > 0
        ? "Please correct the highlighted fields."
        : result.message,
    );
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-5">
      <div role="alert" className="empty:hidden">
        {problem ? (
          <p className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-800">{problem}</p>
        ) : null}
      </div>
      <Field
        id="displayName"
        label="Your name"
        hint="As your team knows you."
        error={fields.displayName}
      >
        {(describedBy, invalid) => (
          <input
            id="displayName"
            name="displayName"
            required
            maxLength={60}
            autoComplete="name"
            defaultValue={defaultName}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="role" label="Your role" error={fields.role}>
        {(describedBy, invalid) => (
          <select
            id="role"
            name="role"
            required
            defaultValue=""
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          >
            <option value="" disabled>
              Choose your role
            </option>
            {participantRoles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="email"
        label={
          offerReminder
            ? "E-mail me a reminder before the deadline and the results"
            : "E-mail me the results"
        }
        optional
        hint={
          offerReminder
            ? "Your address gets a reminder a day before the deadline if your ballot is not finished, and the link to the results once they are revealed. Nothing else, and nobody else sees it. Every e-mail has a link to stop them."
            : "Your address gets the link to the results once they are revealed. Nothing else, and nobody else sees it. Every e-mail has a link to stop them."
        }
        error={fields.email}
      >
        {(describedBy, invalid) => (
          <input
            id="email"
            name="email"
            type="email"
            maxLength={254}
            autoComplete="email"
            spellCheck={false}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? "Joining…" : "Join the workshop"}
      </button>
    </form>
  );
}
