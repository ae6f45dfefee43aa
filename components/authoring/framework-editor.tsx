"use client";

import { Download, Save } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { Card } from "@/components/ui/card";
import { primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { useFailureWords } from "@/components/ui/failure-words";
import { Notice } from "@/components/ui/notice";
import { callApi } from "@/components/workshop/api";
import { checkFramework, TEXT_LIMITS } from "@/lib/frameworks/schema";
import {
  definitionOf,
  EDITOR_LIMITS,
  inLanguage,
  type CriterionDraft,
  type FrameworkDraft,
  type OptionDraft,
  withCriterion,
  withOption,
  withoutCriterion,
  withoutOption,
} from "./draft";
import { CriterionFields } from "./criterion-fields";
import {
  AddButton,
  followName,
  ItemCard,
  LanguageField,
  OtherProblems,
  ProblemList,
  Section,
  TextField,
  TextLanguage,
  type Problems,
} from "./editor-parts";
import { FrameworkPreview } from "./framework-preview";
import { OptionFields } from "./option-fields";
import { useProblemWords } from "./problem-words";

// The framework editor: the whole decision on one page, checked as it is typed by the same
// file format the server applies (lib/frameworks/schema.ts, which runs validateFramework), with
// a preview beside it. Problems appear next to their fields once the author first tries to
// save, so a half-written framework is not covered in red from the first keystroke.

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
  const t = useTranslations("authoring");
  const failureWords = useFailureWords();
  const problemWords = useProblemWords();
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [savedDraft, setSavedDraft] = useState(frameworkId ? draft : null);
  const [version, setVersion] = useState(initialVersion ?? 0);
  const [tried, setTried] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problems>({});
  const [status, setStatus] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const definition = useMemo(() => definitionOf(draft), [draft]);
  const checked = useMemo(() => checkFramework(definition), [definition]);
  const ownProblems: Problems = checked.ok
    ? {}
    : Object.fromEntries(checked.problems.map((p) => [p.path, problemWords(p.path, p.code)]));
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

  const addCriterion = () => update(withCriterion);
  const removeCriterion = (index: number) => update((current) => withoutCriterion(current, index));
  const addOption = () => update(withOption);
  const removeOption = (index: number) => update((current) => withoutOption(current, index));

  async function save() {
    setTried(true);
    setStatus(null);
    if (!checked.ok) {
      setStatus({
        tone: "danger",
        text: t("editor.problemsBeforeSave", { count: checked.problems.length }),
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
          Object.entries(result.fields).map(([field, code]) => {
            const path = field.replace(/^definition\.?/, "");
            return [path, problemWords(path, code)];
          }),
        ),
      );
      setStatus({ tone: "danger", text: failureWords(result.code) });
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
        ? t("editor.saved", { version: result.data.version })
        : t("editor.unchanged"),
    });
    router.refresh();
  }

  const problemCount = Object.keys(problems).length;

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <form
        noValidate
        className="min-w-0 space-y-10"
        aria-label={t("editor.formLabel")}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <TextLanguage value={draft.language}>
          <Section title={t("editor.decision")} description={t("editor.decisionIntro")}>
            <Card className="space-y-4">
              <TextField
                path="name"
                label={t("fields.name")}
                value={draft.name}
                max={TEXT_LIMITS.name}
                problems={problems}
                onChange={(name) =>
                  update((current) => ({ ...current, name, id: followName(current, name) }))
                }
              />
              <TextField
                path="question"
                label={t("editor.question")}
                hint={t("editor.questionHint")}
                value={draft.question}
                max={TEXT_LIMITS.line}
                problems={problems}
                onChange={(value) => set("question", value)}
              />
              <TextField
                path="summary"
                label={t("fields.summary")}
                hint={t("editor.summaryHint")}
                multiline
                value={draft.summary}
                problems={problems}
                onChange={(value) => set("summary", value)}
              />
              <TextField
                path="withoutDecision"
                label={t("editor.withoutDecision")}
                hint={t("editor.withoutDecisionHint")}
                optional
                multiline
                value={draft.withoutDecision}
                problems={problems}
                onChange={(value) => set("withoutDecision", value)}
              />
              <LanguageField
                value={draft.language}
                // The language an imported file named stays on offer after switching from it.
                also={initial.language}
                problems={problems}
                onChange={(value) => update((current) => inLanguage(current, value))}
              />
              <TextField
                path="id"
                label={t("fields.shortId")}
                hint={t("editor.idHint")}
                value={draft.id}
                max={64}
                problems={problems}
                onChange={(value) => set("id", value)}
              />
            </Card>
          </Section>

          <Section
            title={t("editor.criteria")}
            description={t("editor.criteriaIntro", EDITOR_LIMITS.criteria)}
            action={
              <AddButton
                label={t("editor.addCriterion")}
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
              {draft.criteria.map((criterion, index) => (
                <ItemCard
                  key={index}
                  title={
                    criterion.name
                      ? t("items.criterionNamed", { number: index + 1, name: criterion.name })
                      : t("items.criterion", { number: index + 1 })
                  }
                  removeLabel={t("items.removeCriterion", { number: index + 1 })}
                  {...(draft.criteria.length > EDITOR_LIMITS.criteria.min && {
                    onRemove: () => removeCriterion(index),
                  })}
                >
                  <CriterionFields
                    criterion={criterion}
                    index={index}
                    problems={problems}
                    onChange={(change) => setCriterion(index, change)}
                  />
                </ItemCard>
              ))}
            </ol>
          </Section>

          <Section
            title={t("editor.options")}
            description={t("editor.optionsIntro", EDITOR_LIMITS.options)}
            action={
              <AddButton
                label={t("editor.addOption")}
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
              {draft.options.map((option, index) => (
                <ItemCard
                  key={index}
                  title={
                    option.name
                      ? t("items.optionNamed", { number: index + 1, name: option.name })
                      : t("items.option", { number: index + 1 })
                  }
                  removeLabel={t("items.removeOption", { number: index + 1 })}
                  {...(draft.options.length > EDITOR_LIMITS.options.min && {
                    onRemove: () => removeOption(index),
                  })}
                >
                  <OptionFields
                    option={option}
                    index={index}
                    criteria={draft.criteria}
                    problems={problems}
                    onChange={(change) => setOption(index, change)}
                  />
                </ItemCard>
              ))}
            </ol>
          </Section>

          <Section
            title={t("editor.tradeOffs")}
            description={t("editor.tradeOffsIntro")}
            action={
              <AddButton
                label={t("editor.addRow")}
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
                  <ItemCard
                    key={index}
                    title={
                      row.dimension
                        ? t("items.rowNamed", { number: index + 1, name: row.dimension })
                        : t("items.row", { number: index + 1 })
                    }
                    removeLabel={t("items.removeRow", { number: index + 1 })}
                    onRemove={() =>
                      update((current) => ({
                        ...current,
                        tradeOffs: current.tradeOffs.filter((_, i) => i !== index),
                      }))
                    }
                  >
                    <TextField
                      path={`${prefix}.dimension`}
                      label={t("editor.rowCompares")}
                      value={row.dimension}
                      max={TEXT_LIMITS.name}
                      problems={problems}
                      onChange={(dimension) => setRow({ dimension })}
                    />
                    <div className="grid gap-4 sm:grid-cols-2">
                      {draft.options.map((option, o) => (
                        <TextField
                          key={o}
                          path={`${prefix}.cells.${option.id || o}`}
                          label={option.name || t("items.option", { number: o + 1 })}
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
                  </ItemCard>
                );
              })}
            </ol>
          </Section>

          <Section
            title={t("editor.facts")}
            description={t("editor.factsIntro")}
            action={
              <AddButton
                label={t("editor.addQuestion")}
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
                  <ItemCard
                    key={index}
                    title={t("items.question", { number: index + 1 })}
                    removeLabel={t("items.removeQuestion", { number: index + 1 })}
                    onRemove={() =>
                      update((current) => ({
                        ...current,
                        facts: current.facts.filter((_, i) => i !== index),
                      }))
                    }
                  >
                    <TextField
                      path={`${prefix}.question`}
                      label={t("editor.factQuestion")}
                      value={fact.question}
                      max={TEXT_LIMITS.line}
                      problems={problems}
                      onChange={(question) => setFact({ question })}
                    />
                    <TextField
                      path={`${prefix}.answer`}
                      label={t("editor.factAnswer")}
                      multiline
                      value={fact.answer}
                      problems={problems}
                      onChange={(answer) => setFact({ answer })}
                    />
                    <OtherProblems
                      problems={problems}
                      prefix={prefix}
                      shown={["question", "answer"]}
                    />
                  </ItemCard>
                );
              })}
            </ol>
          </Section>

          <div className="bg-canvas/95 border-line sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t px-1 py-3 backdrop-blur">
            <button type="submit" className={primaryButtonClass} disabled={pending}>
              <Save aria-hidden="true" />
              {pending
                ? t("editor.saving")
                : frameworkId
                  ? t("editor.saveVersion")
                  : t("editor.saveNew")}
            </button>
            {frameworkId ? (
              <a
                href={`/frameworks/${frameworkId}/framework.json`}
                className={secondaryButtonClass}
              >
                <Download aria-hidden="true" />
                {t("editor.download")}
              </a>
            ) : null}
            <span className="text-muted text-sm" aria-live="polite">
              {!frameworkId
                ? t("editor.notSaved")
                : dirty
                  ? t("editor.versionUnsaved", { version })
                  : t("version", { version })}
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
        </TextLanguage>
      </form>
      <FrameworkPreview framework={checked.ok ? checked.framework : null} draft={draft} />
    </div>
  );
}
