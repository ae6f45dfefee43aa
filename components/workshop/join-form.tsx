"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { EmailField } from "@/components/ui/email-field";
import { InputField, primaryButtonClass, SelectField } from "@/components/ui/field";
import { FormProblem, useFormErrors } from "@/components/ui/form-errors";
import { LIMITS } from "@/lib/workshops/limits";
import { participantRoles } from "@/lib/workshops/roles";
import { callApi } from "./api";

/**
 * The server's schema, loaded on demand (from the first focus in the form) so that zod is not
 * part of what a voter's phone loads with the page. Null when it cannot load: then the server's
 * answer is the only check, shown the same way.
 */
function loadSchema() {
  return import("@/lib/workshops/schema").then(
    (module) => module.joinWorkshopSchema,
    () => null,
  );
}

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
  const t = useTranslations("join.form");
  const roleLabel = useTranslations("join.roles");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(form);
  const { fields } = errors;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      displayName: String(data.get("displayName") ?? "").trim(),
      role: String(data.get("role") ?? ""),
      email: String(data.get("email") ?? "").trim() || undefined,
    };
    const schema = await loadSchema();
    if (schema && !errors.validate(schema, input)) return;
    setPending(true);
    const result = await callApi<{ workshopId: string }>("/api/workshops/join", "POST", {
      inviteToken,
      ...input,
    });
    if (result.ok) {
      router.push(`/w/${result.data.workshopId}`);
      return;
    }
    setPending(false);
    errors.fail(result);
  }

  return (
    <form
      ref={form}
      onSubmit={submit}
      onFocus={() => void loadSchema()}
      noValidate
      className="space-y-5"
    >
      <FormProblem problem={errors.problem} />
      <InputField
        name="displayName"
        label={t("nameLabel")}
        hint={t("nameHint")}
        maxLength={LIMITS.displayName}
        autoComplete="name"
        defaultValue={defaultName}
        error={fields.displayName}
      />
      <SelectField name="role" label={t("roleLabel")} required defaultValue="" error={fields.role}>
        <option value="" disabled>
          {t("rolePlaceholder")}
        </option>
        {participantRoles.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </SelectField>
      <EmailField
        name="email"
        label={t(offerReminder ? "emailReminderLabel" : "emailLabel")}
        hint={t(offerReminder ? "emailReminderHint" : "emailHint")}
        error={fields.email}
      />
      <button type="submit" disabled={pending} className={`${primaryButtonClass} w-full sm:w-auto`}>
        {t(pending ? "submitting" : "submit")}
      </button>
    </form>
  );
}
