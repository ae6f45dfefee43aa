"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import { callApi } from "./api";
import { participantRoles, roleLabels } from "@/lib/workshops/roles";

/** Joins a workshop by its invite link: a name and a role, no account needed. */
export function JoinForm({
  inviteToken,
  defaultName,
}: {
  inviteToken: string;
  defaultName?: string;
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
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {pending ? "Joining…" : "Join the workshop"}
      </button>
    </form>
  );
}
