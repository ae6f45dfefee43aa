import { CircleAlert } from "lucide-react";
import type { InputHTMLAttributes, ReactNode } from "react";

/** A labelled form control with its hint and error wired up for screen readers. */
export function Field({
  id,
  label,
  hint,
  error,
  optional,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? <span className="text-muted font-normal"> (optional)</span> : null}
      </label>
      {children(describedBy, Boolean(error))}
      {hint ? (
        <p id={`${id}-hint`} className="text-muted text-sm">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-danger flex items-start gap-1.5 text-sm font-medium">
          <CircleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * A labelled input whose name is its field's path in the input schema, so the schema's errors,
 * the browser's or the server's, land next to it. Required unless `optional`; limits such as
 * maxLength come from the schema's constants (lib/workshops/limits.ts), never literals.
 */
export function InputField({
  name,
  id = name,
  label,
  hint,
  error,
  optional,
  ...input
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
} & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "name" | "required" | "aria-describedby" | "aria-invalid" | "className"
>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy, invalid) => (
        <input
          {...input}
          id={id}
          name={name}
          required={!optional}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export const inputClass =
  "block w-full rounded-control border border-line-strong bg-surface px-3 py-2.5 text-ink placeholder:text-faint aria-invalid:border-danger";

const buttonBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-control px-4 py-2.5 font-semibold transition-colors disabled:cursor-wait disabled:opacity-70 [&>svg]:size-5 [&>svg]:shrink-0";

/** The main action of a screen: one per view. */
export const primaryButtonClass = `${buttonBase} bg-accent text-on-accent shadow-sm hover:bg-accent-strong`;

/** Any other action. */
export const secondaryButtonClass = `${buttonBase} border border-line-strong bg-surface text-ink hover:bg-surface-muted`;

/** An action that loses something: it asks first (ConfirmButton). */
export const dangerButtonClass = `${buttonBase} border border-danger-line bg-surface text-danger hover:bg-danger-soft`;
