import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

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

/** A field named by its path in the input schema, so the schema's errors land next to it. */
interface NamedFieldProps {
  name: string;
  /** Defaults to the name; a page with the form twice gives each its own. */
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  optional?: boolean;
}

/** What NamedField gives its control: the field's id and name, its wiring and its look. */
type Wiring = "id" | "name" | "aria-describedby" | "aria-invalid" | "className";

/** The Field around one named control, which it hands the wiring to spread. */
function NamedField({
  name,
  id = name,
  label,
  hint,
  error,
  optional,
  control,
}: NamedFieldProps & {
  control: (wiring: {
    id: string;
    name: string;
    "aria-describedby": string | undefined;
    "aria-invalid": boolean;
    className: string;
  }) => ReactNode;
}) {
  return (
    <Field id={id} label={label} hint={hint} error={error} optional={optional}>
      {(describedBy, invalid) =>
        control({
          id,
          name,
          "aria-describedby": describedBy,
          "aria-invalid": invalid,
          className: inputClass,
        })
      }
    </Field>
  );
}

/** Splits a named field's props into the field's own and its control's. */
function splitField<Props extends NamedFieldProps>({
  name,
  id,
  label,
  hint,
  error,
  optional,
  ...control
}: Props): [NamedFieldProps, Omit<Props, keyof NamedFieldProps>] {
  return [{ name, id, label, hint, error, optional }, control];
}

/**
 * A labelled input whose name is its field's path in the input schema, so the schema's errors,
 * the browser's or the server's, land next to it. Required unless `optional`; limits such as
 * maxLength come from the schema's constants (lib/workshops/limits.ts), never literals.
 */
export function InputField(
  props: NamedFieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, Wiring | "required">,
) {
  const [field, input] = splitField(props);
  return (
    <NamedField
      {...field}
      control={(wiring) => <input {...input} {...wiring} required={!field.optional} />}
    />
  );
}

/** A labelled select, named and wired up like InputField; its options are the children. */
export function SelectField(
  props: NamedFieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, Wiring>,
) {
  const [field, { children, ...select }] = splitField(props);
  return (
    <NamedField
      {...field}
      control={(wiring) => (
        <select {...select} {...wiring}>
          {children}
        </select>
      )}
    />
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
