"use client";

import { Download, Plus, Save, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useState, type ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { callApi } from "@/components/workshop/api";
import { checkFramework, TEXT_LIMITS } from "@/lib/frameworks/schema";
import type { Score } from "@/lib/scoring";
import {
  blankCriterion,
  blankOption,
  DEFAULT_SHORTFALL,
  definitionOf,
  EDITOR_LIMITS,
  slugify,
  type AnchorKey,
  type CriterionDraft,
  type FrameworkDraft,
  type OptionDraft,
} from "./draft";
import { FrameworkPreview } from "./framework-preview";

// The framework editor: the whole decision on one page, checked as it is typed by the same
// file format the server applies (lib/frameworks/schema.ts, which runs validateFramework), with
// a preview beside it. Problems appear next to their fields once the author first tries to
// save, so a half-written framework is not covered in red from the first keystroke.

type Problems = Record<string, string>;

const textareaClass = `${inputClass} min-h-20 field-sizing-content`;

/** A text field bound to the draft, with the problem at `path` beside it. */
function TextField({
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
  return (
    <Field id={id} label={label} hint={hint} error={problems[path]} optional={optional}>
      {(describedBy, invalid) => {
        const wiring = {
          id,
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

/** Problems under `prefix` that no field of the card shows, so none goes unseen. */
function OtherProblems({
  problems,
  prefix,
  shown,
}: {
  problems: Problems;
  prefix: string;
  shown: readonly string[];
}) {
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
          {path.slice(prefix.length + 1) || "This entry"}: {message}
        </li>
      ))}
    </ul>
  );
}

function Section({
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

function AddButton({
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
function followName(current: { id: string; name: string }, name: string): string {
  return current.id === "" || current.id === slugify(current.name) ? slugify(name) : current.id;
}

const anchorLabels: Record<AnchorKey, string> = {
  1: "What a 1 means",
  2: "What a 2 means",
  3: "What a 3 means",
  4: "What a 4 means",
  5: "What a 5 means",
};

export function FrameworkEditor({
  initial,
  frameworkId,
  version: initialVersion,
}: {
  initial: FrameworkDraft;
  /** Absent for a framework not saved yet. */
  frameworkId?: string;
  version?: number;
}) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [savedDraft, setSavedDraft] = useState(frameworkId ? initial : null);
  const [version, setVersion] = useState(initialVersion ?? 0);
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problems>({});
  const [status, setStatus] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const definition = useMemo(() => definitionOf(draft), [draft]);
  const checked = useMemo(() => checkFramework(definition), [definition]);
  const ownProblems = useMemo(
    () => (checked.ok ? {} : Object.fromEntries(checked.problems.map((p) => [p.path, p.message]))),
    [checked],
  );
  const problems: Problems = tried ? { ...serverProblems, ...ownProblems } : {};
  const dirty = savedDraft === null || JSON.stringify(savedDraft) !== JSON.stringify(draft);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = (change: (draft: FrameworkDraft) => FrameworkDraft) => {
    setDraft((current) => change(current));
    setServerProblems({});
    setStatus(null);
  };
  const set = <K extends keyof FrameworkDraft>(key: K, value: FrameworkDraft[K]) =>
    update((current) => ({ ...current, [key]: value }));
  const setCriterion = (index: number, change: Partial<CriterionDraft>) =>
    update((current) => ({
      ...current,
      criteria: current.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)),
    }));
  const setOption = (index: number, change: Partial<OptionDraft>) =>
    update((current) => ({
      ...current,
      options: current.options.map((o, i) => (i === index ? { ...o, ...change } : o)),
    }));

  const addCriterion = () =>
    update((current) => ({
      ...current,
      criteria: [...current.criteria, blankCriterion()],
      options: current.options.map((o) => ({ ...o, profile: [...o.profile, 3 as Score] })),
    }));
  const removeCriterion = (index: number) =>
    update((current) => ({
      ...current,
      criteria: current.criteria.filter((_, i) => i !== index),
      options: current.options.map((o) => ({
        ...o,
        profile: o.profile.filter((_, i) => i !== index),
      })),
    }));
  const addOption = () =>
    update((current) => ({
      ...current,
      options: [...current.options, blankOption(current.criteria.length)],
      tradeOffs: current.tradeOffs.map((row) => ({ ...row, cells: [...row.cells, ""] })),
    }));
  const removeOption = (index: number) =>
    update((current) => ({
      ...current,
      options: current.options.filter((_, i) => i !== index),
      tradeOffs: current.tradeOffs.map((row) => ({
        ...row,
        cells: row.cells.filter((_, i) => i !== index),
      })),
    }));

  async function save() {
    setTried(true);
    setStatus(null);
    if (!checked.ok) {
      setStatus({
        tone: "danger",
        text: `${checked.problems.length === 1 ? "One problem" : `${checked.problems.length} problems`} to fix before saving: each is named next to its field.`,
      });
      // Take the author to the first one.
      const first = checked.problems[0]!.path;
      requestAnimationFrame(() => {
        const field = document.getElementById(`field-${first}`);
        (field ?? document.getElementById("editor-problems"))?.focus();
      });
      return;
    }
    setPending(true);
    const result = frameworkId
      ? await callApi<{ version: number; saved: boolean }>(
          `/api/frameworks/${frameworkId}`,
          "PUT",
          {
            definition,
            basedOn: version,
          },
        )
      : await callApi<{ frameworkId: string }>("/api/frameworks", "POST", { definition });
    setPending(false);
    if (!result.ok) {
      setServerProblems(
        Object.fromEntries(
          Object.entries(result.fields).map(([path, message]) => [
            path.replace(/^definition\.?/, ""),
            message,
          ]),
        ),
      );
      setStatus({ tone: "danger", text: result.message });
      return;
    }
    setSavedDraft(draft);
    if ("frameworkId" in result.data) {
      router.push(`/frameworks/${result.data.frameworkId}?saved=1`);
      return;
    }
    setVersion(result.data.version);
    setStatus({
      tone: "success",
      text: result.data.saved
        ? `Saved as version ${result.data.version}. Workshops already started keep the version they began with.`
        : "Nothing changed since the last version, so no new version was made.",
    });
    router.refresh();
  }

  const problemCount = Object.keys(problems).length;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        noValidate
        className="min-w-0 space-y-10"
        aria-label="Framework"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Section
          title="The decision"
          description="What the team is choosing, in the words the team would use."
        >
          <Card className="space-y-4">
            <TextField
              path="name"
              label="Name"
              value={draft.name}
              max={TEXT_LIMITS.name}
              problems={problems}
              onChange={(name) =>
                update((current) => ({ ...current, name, id: followName(current, name) }))
              }
            />
            <TextField
              path="question"
              label="The question"
              hint="One question, as the team would ask it."
              value={draft.question}
              max={TEXT_LIMITS.line}
              problems={problems}
              onChange={(value) => set("question", value)}
            />
            <TextField
              path="summary"
              label="Summary"
              hint="Two or three sentences on what is at stake."
              multiline
              value={draft.summary}
              problems={problems}
              onChange={(value) => set("summary", value)}
            />
            <TextField
              path="withoutDecision"
              label="What goes wrong while nothing is decided"
              hint="Leadership reads this on the brief."
              optional
              multiline
              value={draft.withoutDecision}
              problems={problems}
              onChange={(value) => set("withoutDecision", value)}
            />
            <TextField
              path="id"
              label="Short id"
              hint="Letters, digits and dashes; it names the file when you export."
              value={draft.id}
              max={64}
              problems={problems}
              onChange={(value) => set("id", value)}
            />
          </Card>
        </Section>

        <Section
          title="Criteria"
          description={`What everyone scores from 1 to 5: between ${EDITOR_LIMITS.criteria.min} and ${EDITOR_LIMITS.criteria.max}.`}
          action={
            <AddButton
              label="Add a criterion"
              onClick={addCriterion}
              disabled={draft.criteria.length >= EDITOR_LIMITS.criteria.max}
            />
          }
        >
          <OtherProblems
            problems={problems}
            prefix="criteria"
            shown={draft.criteria.map((_, i) => String(i))}
          />
          <ol className="space-y-4">
            {draft.criteria.map((criterion, index) => {
              const prefix = `criteria.${index}`;
              return (
                <Card as="li" key={index} className="space-y-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-semibold">
                      Criterion {index + 1}
                      {criterion.name ? `: ${criterion.name}` : ""}
                    </h3>
                    {draft.criteria.length > EDITOR_LIMITS.criteria.min ? (
                      <RemoveButton
                        label={`Remove criterion ${index + 1}`}
                        onClick={() => removeCriterion(index)}
                      />
                    ) : null}
                  </div>
                  <div className="grid gap-4 sm:grid-cols-2">
                    <TextField
                      path={`${prefix}.name`}
                      label="Name"
                      value={criterion.name}
                      max={TEXT_LIMITS.name}
                      problems={problems}
                      onChange={(name) =>
                        setCriterion(index, {
                          name,
                          id: followName(criterion, name),
                          label:
                            criterion.label === "" ||
                            criterion.label === criterion.name.toLowerCase()
                              ? name.toLowerCase()
                              : criterion.label,
                        })
                      }
                    />
                    <TextField
                      path={`${prefix}.label`}
                      label="In a sentence"
                      hint='Lower case, e.g. "release speed".'
                      value={criterion.label}
                      max={TEXT_LIMITS.name}
                      problems={problems}
                      onChange={(label) => setCriterion(index, { label })}
                    />
                  </div>
                  <fieldset className="space-y-2">
                    <legend className="font-semibold">What the score says</legend>
                    <div className="flex flex-wrap gap-x-6 gap-y-2">
                      {(
                        [
                          ["need", "How much the team needs it (an option must deliver it)"],
                          ["capacity", "How much the team has (an option uses it up)"],
                        ] as const
                      ).map(([kind, text]) => (
                        <label key={kind} className="flex items-start gap-2">
                          <input
                            type="radio"
                            name={`${prefix}.kind`}
                            checked={criterion.kind === kind}
                            onChange={() =>
                              setCriterion(index, {
                                kind,
                                // The first wording follows the kind until the author writes one.
                                ...(criterion.shortfall === DEFAULT_SHORTFALL[criterion.kind] && {
                                  shortfall: DEFAULT_SHORTFALL[kind],
                                }),
                              })
                            }
                            className="accent-accent mt-1 size-4"
                          />
                          {text}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                  <div className="grid gap-4 sm:grid-cols-2">
                    {(["1", "3", "5", "2", "4"] as const).map((key) => (
                      <TextField
                        key={key}
                        path={`${prefix}.anchors.${key}`}
                        label={anchorLabels[key]}
                        optional={key === "2" || key === "4"}
                        value={criterion.anchors[key]}
                        problems={problems}
                        onChange={(text) =>
                          setCriterion(index, { anchors: { ...criterion.anchors, [key]: text } })
                        }
                      />
                    ))}
                  </div>
                  <TextField
                    path={`${prefix}.help`}
                    label="Help while voting"
                    multiline
                    value={criterion.help}
                    problems={problems}
                    onChange={(help) => setCriterion(index, { help })}
                  />
                  <TextField
                    path={`${prefix}.shortfall`}
                    label="A critical gap, in words"
                    hint="{option}, {profile} and {team} are filled in."
                    value={criterion.shortfall}
                    problems={problems}
                    onChange={(shortfall) => setCriterion(index, { shortfall })}
                  />
                  <TextField
                    path={`${prefix}.id`}
                    label="Short id"
                    value={criterion.id}
                    max={64}
                    problems={problems}
                    onChange={(id) => setCriterion(index, { id })}
                  />
                  <OtherProblems
                    problems={problems}
                    prefix={prefix}
                    shown={[
                      "name",
                      "label",
                      "kind",
                      "help",
                      "shortfall",
                      "id",
                      "anchors.1",
                      "anchors.2",
                      "anchors.3",
                      "anchors.4",
                      "anchors.5",
                    ]}
                  />
                </Card>
              );
            })}
          </ol>
        </Section>

        <Section
          title="Options"
          description={`What the team chooses between: between ${EDITOR_LIMITS.options.min} and ${EDITOR_LIMITS.options.max}. The profile is your honest judgement of each option on every criterion.`}
          action={
            <AddButton
              label="Add an option"
              onClick={addOption}
              disabled={draft.options.length >= EDITOR_LIMITS.options.max}
            />
          }
        >
          <OtherProblems
            problems={problems}
            prefix="options"
            shown={draft.options.map((_, i) => String(i))}
          />
          <ol className="space-y-4">
            {draft.options.map((option, index) => {
              const prefix = `options.${index}`;
              return (
                <Card as="li" key={index} className="space-y-4">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-semibold">
                      Option {index + 1}
                      {option.name ? `: ${option.name}` : ""}
                    </h3>
                    {draft.options.length > EDITOR_LIMITS.options.min ? (
                      <RemoveButton
                        label={`Remove option ${index + 1}`}
                        onClick={() => removeOption(index)}
                      />
                    ) : null}
                  </div>
                  <div className="grid gap-4 sm:grid-cols-2">
                    <TextField
                      path={`${prefix}.name`}
                      label="Name"
                      value={option.name}
                      max={TEXT_LIMITS.name}
                      problems={problems}
                      onChange={(name) => setOption(index, { name, id: followName(option, name) })}
                    />
                    <TextField
                      path={`${prefix}.id`}
                      label="Short id"
                      value={option.id}
                      max={64}
                      problems={problems}
                      onChange={(id) => setOption(index, { id })}
                    />
                  </div>
                  <TextField
                    path={`${prefix}.summary`}
                    label="Summary"
                    multiline
                    value={option.summary}
                    problems={problems}
                    onChange={(summary) => setOption(index, { summary })}
                  />
                  <fieldset className="space-y-2">
                    <legend className="font-semibold">Profile</legend>
                    <p className="text-muted text-sm">
                      For a need, what the option delivers; for a capacity, what it asks of the
                      team.
                    </p>
                    <div className="grid gap-3 sm:grid-cols-2">
                      {draft.criteria.map((criterion, c) => {
                        const id = `field-${prefix}.profile.${c}`;
                        return (
                          <div
                            key={c}
                            className="grid grid-cols-[minmax(0,1fr)_5rem] items-center gap-3"
                          >
                            <label htmlFor={id} className="break-words">
                              {criterion.name || `Criterion ${c + 1}`}
                            </label>
                            <select
                              id={id}
                              className={inputClass}
                              value={option.profile[c]}
                              onChange={(event) => {
                                const profile = [...option.profile];
                                profile[c] = Number(event.target.value) as Score;
                                setOption(index, { profile });
                              }}
                            >
                              {[1, 2, 3, 4, 5].map((score) => (
                                <option key={score} value={score}>
                                  {score}
                                </option>
                              ))}
                            </select>
                          </div>
                        );
                      })}
                    </div>
                  </fieldset>
                  <TextField
                    path={`${prefix}.habitat`}
                    label="Where it fits best"
                    optional
                    value={option.habitat}
                    problems={problems}
                    onChange={(habitat) => setOption(index, { habitat })}
                  />
                  <div className="grid gap-4 sm:grid-cols-3">
                    {(["strengths", "weaknesses", "risks"] as const).map((list) => (
                      <TextField
                        key={list}
                        path={`${prefix}.${list}`}
                        label={
                          { strengths: "Strengths", weaknesses: "Weaknesses", risks: "Risks" }[list]
                        }
                        hint="One per line."
                        optional
                        multiline
                        max={TEXT_LIMITS.paragraph * TEXT_LIMITS.listItems}
                        value={option[list]}
                        problems={problems}
                        onChange={(text) => setOption(index, { [list]: text })}
                      />
                    ))}
                  </div>
                  <details className="space-y-3" open={Boolean(option.pilot)}>
                    <summary className="cursor-pointer font-semibold">
                      The path once it is chosen (optional)
                    </summary>
                    <div className="mt-3 space-y-4">
                      <TextField
                        path={`${prefix}.implementation.pilot`}
                        label="The pilot"
                        multiline
                        value={option.pilot}
                        problems={problems}
                        onChange={(pilot) => setOption(index, { pilot })}
                      />
                      <TextField
                        path={`${prefix}.implementation.roles`}
                        label="Roles and monitoring"
                        multiline
                        value={option.roles}
                        problems={problems}
                        onChange={(roles) => setOption(index, { roles })}
                      />
                      <TextField
                        path={`${prefix}.implementation.scaling`}
                        label="Scaling up"
                        multiline
                        value={option.scaling}
                        problems={problems}
                        onChange={(scaling) => setOption(index, { scaling })}
                      />
                      <TextField
                        path={`${prefix}.implementation.review`}
                        label="Review"
                        multiline
                        value={option.review}
                        problems={problems}
                        onChange={(review) => setOption(index, { review })}
                      />
                      <TextField
                        path={`${prefix}.implementation.owners`}
                        label="Roles a decision names owners for"
                        hint="One per line."
                        optional
                        multiline
                        max={TEXT_LIMITS.name * TEXT_LIMITS.listItems}
                        value={option.owners}
                        problems={problems}
                        onChange={(owners) => setOption(index, { owners })}
                      />
                    </div>
                  </details>
                  <OtherProblems
                    problems={problems}
                    prefix={prefix}
                    shown={[
                      "name",
                      "id",
                      "summary",
                      "habitat",
                      "strengths",
                      "weaknesses",
                      "risks",
                      "implementation.pilot",
                      "implementation.roles",
                      "implementation.scaling",
                      "implementation.review",
                      "implementation.owners",
                    ]}
                  />
                </Card>
              );
            })}
          </ol>
        </Section>

        <Section
          title="Trade-offs"
          description="Optional: a row per thing the options trade against each other, with a short cell per option."
          action={
            <AddButton
              label="Add a row"
              disabled={draft.tradeOffs.length >= TEXT_LIMITS.tradeOffs}
              onClick={() =>
                update((current) => ({
                  ...current,
                  tradeOffs: [
                    ...current.tradeOffs,
                    {
                      id: `row-${current.tradeOffs.length + 1}`,
                      dimension: "",
                      cells: current.options.map(() => ""),
                    },
                  ],
                }))
              }
            />
          }
        >
          <ol className="space-y-4">
            {draft.tradeOffs.map((row, index) => {
              const prefix = `tradeOffs.${index}`;
              const setRow = (change: Partial<typeof row>) =>
                update((current) => ({
                  ...current,
                  tradeOffs: current.tradeOffs.map((r, i) =>
                    i === index ? { ...r, ...change } : r,
                  ),
                }));
              return (
                <Card as="li" key={index} className="space-y-4">
                  <div className="flex flex-wrap items-end justify-between gap-2">
                    <div className="min-w-0 flex-1">
                      <TextField
                        path={`${prefix}.dimension`}
                        label={`Row ${index + 1}`}
                        value={row.dimension}
                        max={TEXT_LIMITS.name}
                        problems={problems}
                        onChange={(dimension) => setRow({ dimension })}
                      />
                    </div>
                    <RemoveButton
                      label={`Remove row ${index + 1}`}
                      onClick={() =>
                        update((current) => ({
                          ...current,
                          tradeOffs: current.tradeOffs.filter((_, i) => i !== index),
                        }))
                      }
                    />
                  </div>
                  <div className="grid gap-4 sm:grid-cols-2">
                    {draft.options.map((option, o) => (
                      <TextField
                        key={o}
                        path={`${prefix}.cells.${option.id || o}`}
                        label={option.name || `Option ${o + 1}`}
                        value={row.cells[o] ?? ""}
                        max={TEXT_LIMITS.line}
                        problems={problems}
                        onChange={(text) => {
                          const cells = [...row.cells];
                          cells[o] = text;
                          setRow({ cells });
                        }}
                      />
                    ))}
                  </div>
                  <OtherProblems
                    problems={problems}
                    prefix={prefix}
                    shown={["dimension", ...draft.options.map((o, i) => `cells.${o.id || i}`)]}
                  />
                </Card>
              );
            })}
          </ol>
        </Section>

        <Section
          title="Questions people ask"
          description="Optional: short answers shown with the results."
          action={
            <AddButton
              label="Add a question"
              disabled={draft.facts.length >= TEXT_LIMITS.facts}
              onClick={() =>
                update((current) => ({
                  ...current,
                  facts: [
                    ...current.facts,
                    { id: `question-${current.facts.length + 1}`, question: "", answer: "" },
                  ],
                }))
              }
            />
          }
        >
          <ol className="space-y-4">
            {draft.facts.map((fact, index) => {
              const prefix = `facts.${index}`;
              const setFact = (change: Partial<typeof fact>) =>
                update((current) => ({
                  ...current,
                  facts: current.facts.map((f, i) => (i === index ? { ...f, ...change } : f)),
                }));
              return (
                <Card as="li" key={index} className="space-y-4">
                  <TextField
                    path={`${prefix}.question`}
                    label={`Question ${index + 1}`}
                    value={fact.question}
                    max={TEXT_LIMITS.line}
                    problems={problems}
                    onChange={(question) => setFact({ question })}
                  />
                  <TextField
                    path={`${prefix}.answer`}
                    label="Answer"
                    multiline
                    value={fact.answer}
                    problems={problems}
                    onChange={(answer) => setFact({ answer })}
                  />
                  <RemoveButton
                    label={`Remove question ${index + 1}`}
                    onClick={() =>
                      update((current) => ({
                        ...current,
                        facts: current.facts.filter((_, i) => i !== index),
                      }))
                    }
                  />
                  <OtherProblems
                    problems={problems}
                    prefix={prefix}
                    shown={["question", "answer"]}
                  />
                </Card>
              );
            })}
          </ol>
        </Section>

        <div className="bg-canvas/95 border-line sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t px-1 py-3 backdrop-blur">
          <button type="submit" className={primaryButtonClass} disabled={pending}>
            <Save aria-hidden="true" />
            {pending ? "Saving…" : frameworkId ? "Save a new version" : "Save framework"}
          </button>
          {frameworkId ? (
            <a href={`/frameworks/${frameworkId}/framework.json`} className={secondaryButtonClass}>
              <Download aria-hidden="true" />
              Download as JSON
            </a>
          ) : null}
          <span className="text-muted text-sm" aria-live="polite">
            {frameworkId ? `Version ${version}` : "Not saved yet"}
            {dirty && frameworkId ? " · unsaved changes" : ""}
          </span>
        </div>
        <div aria-live="polite" id="editor-problems" tabIndex={-1}>
          {status ? (
            <Notice
              tone={status.tone}
              as="div"
              role={status.tone === "danger" ? "alert" : "status"}
            >
              <p>{status.text}</p>
              {status.tone === "danger" && problemCount > 0 ? (
                <ProblemList problems={problems} />
              ) : null}
            </Notice>
          ) : null}
        </div>
      </form>
      <FrameworkPreview framework={checked.ok ? checked.framework : null} draft={draft} />
    </div>
  );
}

const FIELD_WORDS: Record<string, string> = {
  name: "name",
  id: "short id",
  question: "question",
  summary: "summary",
  withoutDecision: "what goes wrong while nothing is decided",
  label: "in a sentence",
  help: "help while voting",
  shortfall: "a critical gap, in words",
  habitat: "where it fits best",
  dimension: "row",
  answer: "answer",
};

/** A problem's path in words: "criteria.2.anchors.5" is "Criterion 3: what a 5 means". */
export function fieldInWords(path: string): string {
  const [list, index, ...rest] = path.split(".");
  const items: Record<string, string> = {
    criteria: "Criterion",
    options: "Option",
    tradeOffs: "Trade-off row",
    facts: "Question",
  };
  const field = (keys: string[]) => {
    if (keys[0] === "anchors" && keys[1]) return `what a ${keys[1]} means`;
    if (keys[0] === "implementation" && keys[1]) return `path, ${keys[1]}`;
    return keys.length === 1 && FIELD_WORDS[keys[0]!] ? FIELD_WORDS[keys[0]!]! : keys.join(" ");
  };
  if (list && items[list] && index !== undefined && /^\d+$/.test(index)) {
    const item = `${items[list]} ${Number(index) + 1}`;
    return rest.length > 0 ? `${item}: ${field(rest)}` : item;
  }
  if (!path) return "The framework";
  const words = field(path.split("."));
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every problem as a link to its field, for the notice after a save that was refused. */
function ProblemList({ problems }: { problems: Problems }) {
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
