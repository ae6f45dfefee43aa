import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import { TEXT_LIMITS } from "@/lib/frameworks/schema";
import type { Score } from "@/lib/scoring";
import type { CriterionDraft, OptionDraft } from "./draft";
import { followName, OtherProblems, TextField, type Problems } from "./editor-parts";

// One option in the framework editor: its name and summary, its profile on every criterion, what
// it is good and bad at, and the path once it is chosen.

const listLabels = {
  strengths: "option.strengths",
  weaknesses: "option.weaknesses",
  risks: "option.risks",
} as const;

export function OptionFields({
  option,
  index,
  criteria,
  problems,
  onChange,
}: {
  option: OptionDraft;
  index: number;
  criteria: readonly CriterionDraft[];
  problems: Problems;
  onChange: (change: Partial<OptionDraft>) => void;
}) {
  const t = useTranslations("authoring");
  const prefix = `options.${index}`;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path={`${prefix}.name`}
          label={t("fields.name")}
          value={option.name}
          max={TEXT_LIMITS.name}
          problems={problems}
          onChange={(name) => onChange({ name, id: followName(option, name) })}
        />
        <TextField
          path={`${prefix}.id`}
          label={t("fields.shortId")}
          value={option.id}
          max={64}
          problems={problems}
          onChange={(id) => onChange({ id })}
        />
      </div>
      <TextField
        path={`${prefix}.summary`}
        label={t("fields.summary")}
        multiline
        value={option.summary}
        problems={problems}
        onChange={(summary) => onChange({ summary })}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("option.profile")}</legend>
        <p className="text-muted text-sm">{t("option.profileHint")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          {criteria.map((criterion, c) => {
            const id = `field-${prefix}.profile.${c}`;
            return (
              <div key={c} className="grid grid-cols-[minmax(0,1fr)_5rem] items-center gap-3">
                <label htmlFor={id} className="break-words">
                  {criterion.name || t("items.criterion", { number: c + 1 })}
                </label>
                <select
                  id={id}
                  className={inputClass}
                  value={option.profile[c]}
                  onChange={(event) => {
                    const profile = [...option.profile];
                    profile[c] = Number(event.target.value) as Score;
                    onChange({ profile });
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
        label={t("option.habitat")}
        optional
        value={option.habitat}
        problems={problems}
        onChange={(habitat) => onChange({ habitat })}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        {(["strengths", "weaknesses", "risks"] as const).map((list) => (
          <TextField
            key={list}
            path={`${prefix}.${list}`}
            label={t(listLabels[list])}
            hint={t("fields.onePerLine")}
            optional
            multiline
            max={TEXT_LIMITS.paragraph * TEXT_LIMITS.listItems}
            value={option[list]}
            problems={problems}
            onChange={(text) => onChange({ [list]: text })}
          />
        ))}
      </div>
      <details className="space-y-3" open={Boolean(option.pilot)}>
        <summary className="cursor-pointer font-semibold">{t("option.path")}</summary>
        <div className="mt-3 space-y-4">
          <TextField
            path={`${prefix}.implementation.pilot`}
            label={t("option.pilot")}
            multiline
            value={option.pilot}
            problems={problems}
            onChange={(pilot) => onChange({ pilot })}
          />
          <TextField
            path={`${prefix}.implementation.roles`}
            label={t("option.roles")}
            multiline
            value={option.roles}
            problems={problems}
            onChange={(roles) => onChange({ roles })}
          />
          <TextField
            path={`${prefix}.implementation.scaling`}
            label={t("option.scaling")}
            multiline
            value={option.scaling}
            problems={problems}
            onChange={(scaling) => onChange({ scaling })}
          />
          <TextField
            path={`${prefix}.implementation.review`}
            label={t("option.review")}
            multiline
            value={option.review}
            problems={problems}
            onChange={(review) => onChange({ review })}
          />
          <TextField
            path={`${prefix}.implementation.owners`}
            label={t("option.owners")}
            hint={t("fields.onePerLine")}
            optional
            multiline
            max={TEXT_LIMITS.name * TEXT_LIMITS.listItems}
            value={option.owners}
            problems={problems}
            onChange={(owners) => onChange({ owners })}
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
    </>
  );
}
