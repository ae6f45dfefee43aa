import { CircleAlert } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("ui");
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {optional ? <span className="text-muted font-normal"> {t("optional")}</span> : null}
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
  "block w-full rounded-control border border-line-strong bg-surface px-3 py-2.5 text-ink placeholder:text-faint aria-invalid:border-danger";

const buttonBase =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-control px-4 py-2.5 font-semibold transition-colors disabled:cursor-wait disabled:opacity-70 [&>svg]:size-5 [&>svg]:shrink-0";

/** The main action of a screen: one per view. */
export const primaryButtonClass = `${buttonBase} bg-accent text-on-accent shadow-sm hover:bg-accent-strong`;

/** Any other action. */
export const secondaryButtonClass = `${buttonBase} border border-line-strong bg-surface text-ink hover:bg-surface-muted`;

/** An action that loses something: it asks first (ConfirmButton). */
export const dangerButtonClass = `${buttonBase} border border-danger-line bg-surface text-danger hover:bg-danger-soft`;
