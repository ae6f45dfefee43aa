import { useTranslations } from "next-intl";
import { useEffect, useState, type RefObject } from "react";
import type { z } from "zod";
import { fieldErrors, type FieldErrorCode } from "@/lib/errors";
import type { ApiFailureCode } from "./failure-words";
import { useFieldWords } from "./field-words";
import { Notice } from "./notice";

interface Shown {
  /** Field path ("title") to its words, shown by the field's Field. */
  fields: Record<string, string>;
  /** What is wrong with the form as a whole, announced above it. */
  problem: string | null;
  /** Counts each showing, so focus moves again even when the errors are the same. */
  times: number;
}

/**
 * A form's errors, found in the browser with the zod schema the server uses, or sent by the
 * server (`fields` of an invalid-input answer) for what only it can tell; either way as codes,
 * shown in the reader's language (./field-words.ts). Each time errors are shown, focus moves to
 * the first invalid field of `form`, once it is marked aria-invalid.
 */
export function useFormErrors(form: RefObject<HTMLFormElement | null>) {
  const t = useTranslations("ui");
  const words = useFieldWords();
  const [shown, setShown] = useState<Shown>({ fields: {}, problem: null, times: 0 });

  useEffect(() => {
    if (shown.times > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, shown.times]);

  function show(fields: Record<string, string>, problem: string | null) {
    setShown((previous) => ({ fields, problem, times: previous.times + 1 }));
  }

  return {
    fields: shown.fields,
    problem: shown.problem,
    /** Whether `input` passes `schema`; if not, shows why, field by field. */
    validate(schema: z.ZodType, input: unknown): boolean {
      const result = schema.safeParse(input);
      if (result.success) {
        setShown((previous) => ({ ...previous, fields: {}, problem: null }));
        return true;
      }
      show(words.fields(fieldErrors(result.error)), t("correctTheFields"));
      return false;
    },
    /** Shows a failed API call: its field errors, or the words for its code when it names none. */
    fail(failure: { code: ApiFailureCode; fields: Record<string, FieldErrorCode> }) {
      const named = Object.keys(failure.fields).length > 0;
      show(words.fields(failure.fields), named ? t("correctTheFields") : words.failure(failure));
    },
  };
}

/** Which fields of an input schema may be left out: their labels say "(optional)". */
export function optionalFields<Shape extends Record<string, z.ZodType>>(
  schema: z.ZodObject<Shape>,
): Record<keyof Shape, boolean> {
  const entries = Object.entries(schema.shape).map(([name, field]) => [
    name,
    field.safeParse(undefined).success,
  ]);
  return Object.fromEntries(entries) as Record<keyof Shape, boolean>;
}

/** The form's problem, announced as it appears; an empty live region until then. */
export function FormProblem({ id, problem }: { id?: string; problem: string | null }) {
  return (
    <div id={id} role="alert" className="empty:hidden">
      {problem ? <Notice tone="danger">{problem}</Notice> : null}
    </div>
  );
}
