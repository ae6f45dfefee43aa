import { Plus, Trash2 } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { createContext, useContext, useId, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Field, inputClass, secondaryButtonClass } from "@/components/ui/field";
import { TEXT_LIMITS } from "@/lib/frameworks/schema";
import { isLocale, LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { slugify } from "./draft";

// The framework editor's building blocks: a text field bound to a path of the file format with
// its problem beside it, the sections and cards the editor is made of, and problems in words.

export type Problems = Record<string, string>;

const textareaClass = `${inputClass} min-h-20 field-sizing-content`;

/**
 * The language the framework's texts are written in: every text field of the editor carries it
 * as its lang, so the browser checks the spelling, and a screen reader reads it, in that language.
 */
export const TextLanguage = createContext<string | undefined>(undefined);

/** A text field bound to the draft, with the problem at `path` beside it. */
export function TextField({
  path,
  label,
  value,
  onChange,
  problems,
  hint,
  optional,
  multiline,
  max = TEXT_LIMITS.paragraph,
}: {
  path: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: Problems;
  hint?: string;
  optional?: boolean;
  multiline?: boolean;
  max?: number;
}) {
  const id = `field-${path}`;
  const lang = useContext(TextLanguage);
  return (
    <Field id={id} label={label} hint={hint} error={problems[path]} optional={optional}>
      {(describedBy, invalid) => {
        const wiring = {
          id,
          lang,
          value,
          "aria-describedby": describedBy,
          "aria-invalid": invalid,
          // The browser stops at the limit; a pasted text beyond it is named by the check.
          maxLength: max,
        };
        return multiline ? (
          <textarea
            {...wiring}
            rows={2}
            className={textareaClass}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            {...wiring}
            className={inputClass}
            onChange={(event) => onChange(event.target.value)}
          />
        );
      }}
    </Field>
  );
}

/** A language's name: Blueprint's own in themselves, any other (from a file) in the reader's. */
function languageName(language: string, reader: string): string {
  if (isLocale(language)) return LOCALE_NAMES[language];
  try {
    return new Intl.DisplayNames([reader], { type: "language" }).of(language) ?? language;
  } catch {
    return language;
  }
}

/**
 * The one language the framework is written in: one of Blueprint's, or the one an imported file
 * names. Every reader sees the framework in it, so the pages can mark its texts as that language.
 */
export function LanguageField({
  value,
  also,
  onChange,
  problems,
}: {
  value: string;
  /** One more language to offer: the one the framework came in. */
  also: string;
  onChange: (value: string) => void;
  problems: Problems;
}) {
  const t = useTranslations("authoring.editor");
  const reader = useLocale();
  const id = "field-language";
  const languages = [...new Set<string>([...LOCALES, also, value])];
  return (
    <Field id={id} label={t("language")} hint={t("languageHint")} error={problems.language}>
      {(describedBy, invalid) => (
        <select
          id={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          className={inputClass}
          onChange={(event) => onChange(event.target.value)}
        >
          {languages.map((language) => (
            // A file's own language is named by the Intl data of whoever renders it, which may
            // word it a little differently on the server and in the browser.
            <option key={language} value={language} lang={language} suppressHydrationWarning>
              {languageName(language, reader)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** Problems under `prefix` that no field of the card shows, so none goes unseen. */
export function OtherProblems({
  problems,
  prefix,
  shown,
}: {
  problems: Problems;
  prefix: string;
  shown: readonly string[];
}) {
  const t = useTranslations("authoring.where");
  const rest = Object.entries(problems).filter(
    ([path]) =>
      (path === prefix || path.startsWith(`${prefix}.`)) &&
      !shown.some((field) => path === `${prefix}.${field}`),
  );
  if (rest.length === 0) return null;
  return (
    <ul className="text-danger list-inside list-disc text-sm font-medium">
      {rest.map(([path, message]) => (
        <li key={path}>
          {path.slice(prefix.length + 1) || t("thisEntry")}: {message}
        </li>
      ))}
    </ul>
  );
}

export function Section({
  title,
  description,
  children,
  action,
}: {
  title: string;
  description: string;
  children: ReactNode;
  action?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h2 id={headingId} className="text-xl font-semibold">
            {title}
          </h2>
          <p className="text-muted text-sm">{description}</p>
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className={`${secondaryButtonClass} text-sm`} onClick={onClick}>
      <Trash2 aria-hidden="true" />
      {label}
    </button>
  );
}

export function AddButton({
  label,
  onClick,
  disabled,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button type="button" className={secondaryButtonClass} onClick={onClick} disabled={disabled}>
      <Plus aria-hidden="true" />
      {label}
    </button>
  );
}

/** An id that follows its name until the author types one of their own. */
export function followName(current: { id: string; name: string }, name: string): string {
  return current.id === "" || current.id === slugify(current.name) ? slugify(name) : current.id;
}

/** One criterion, option, row or question: a card with its title and, if allowed, removal. */
export function ItemCard({
  title,
  removeLabel,
  onRemove,
  children,
}: {
  title: string;
  removeLabel: string;
  /** Absent when the list is at its smallest. */
  onRemove?: () => void;
  children: ReactNode;
}) {
  return (
    <Card as="li" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold break-words">{title}</h3>
        {onRemove ? <RemoveButton label={removeLabel} onClick={onRemove} /> : null}
      </div>
      {children}
    </Card>
  );
}

// The words for a problem's path, by the file format's names (messages in authoring.where).
const FIELD_WORDS = {
  name: "where.fields.name",
  id: "where.fields.id",
  question: "where.fields.question",
  summary: "where.fields.summary",
  withoutDecision: "where.fields.withoutDecision",
  language: "where.fields.language",
  label: "where.fields.label",
  help: "where.fields.help",
  shortfall: "where.fields.shortfall",
  habitat: "where.fields.habitat",
  dimension: "where.fields.dimension",
  answer: "where.fields.answer",
} as const;

const ITEM_WORDS = {
  criteria: "items.criterion",
  options: "items.option",
  tradeOffs: "where.tradeOffRow",
  facts: "items.question",
} as const;

const STEP_WORDS = {
  pilot: "where.steps.pilot",
  roles: "where.steps.roles",
  scaling: "where.steps.scaling",
  review: "where.steps.review",
  owners: "where.steps.owners",
} as const;

const has = <T extends object>(words: T, key: string | undefined): key is keyof T & string =>
  key !== undefined && Object.hasOwn(words, key);

/**
 * A problem's path in words, in the reader's language: "criteria.2.anchors.5" is "Criterion 3:
 * what a 5 means".
 */
function useFieldInWords(): (path: string) => string {
  const t = useTranslations("authoring");
  const field = (keys: string[]) => {
    if (keys[0] === "anchors" && keys[1]) return t("where.anchor", { score: keys[1] });
    if (keys[0] === "implementation" && keys[1]) {
      const step = keys[1];
      return t("where.implementation", {
        step: has(STEP_WORDS, step) ? t(STEP_WORDS[step]) : step,
      });
    }
    return keys.length === 1 && has(FIELD_WORDS, keys[0])
      ? t(FIELD_WORDS[keys[0]])
      : keys.join(" ");
  };
  return (path) => {
    const [list, index, ...rest] = path.split(".");
    if (has(ITEM_WORDS, list) && index !== undefined && /^\d+$/.test(index)) {
      const item = t(ITEM_WORDS[list], { number: Number(index) + 1 });
      return rest.length > 0 ? t("where.itemField", { item, field: field(rest) }) : item;
    }
    if (!path) return t("where.framework");
    const words = field(path.split("."));
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
}

/** Every problem as a link to its field, for the notice after a save that was refused. */
export function ProblemList({ problems }: { problems: Problems }) {
  const fieldInWords = useFieldInWords();
  return (
    <ul className="mt-2 list-inside list-disc space-y-1">
      {Object.entries(problems).map(([path, message]) => (
        <li key={path}>
          <a className="underline" href={`#field-${path}`}>
            {fieldInWords(path)}
          </a>
          : {message}
        </li>
      ))}
    </ul>
  );
}
