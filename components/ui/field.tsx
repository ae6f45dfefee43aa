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
      <label htmlFor={id} className="block font-medium">
        {label}
        {optional ? <span className="font-normal text-slate-600"> (optional)</span> : null}
      </label>
      {children(describedBy, Boolean(error))}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
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
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-invalid:border-red-600";

export const primaryButtonClass =
  "inline-flex items-center justify-center rounded-lg bg-accent px-4 py-2.5 font-semibold text-white hover:bg-accent-strong disabled:cursor-wait disabled:opacity-70";

export const secondaryButtonClass =
  "inline-flex items-center justify-center rounded-lg border border-slate-300 bg-white px-4 py-2.5 font-medium hover:bg-slate-50 disabled:cursor-wait disabled:opacity-70";

export const dangerButtonClass =
  "inline-flex items-center justify-center rounded-lg border border-red-300 bg-white px-4 py-2.5 font-medium text-red-800 hover:bg-red-50 disabled:cursor-wait disabled:opacity-70";
