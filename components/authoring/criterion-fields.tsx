import { useTranslations } from "next-intl";
import { useContext } from "react";
import { TEXT_LIMITS } from "@/lib/frameworks/schema";
import { firstShortfalls, isFirstShortfall } from "@/lib/frameworks/shortfall";
import type { CriterionDraft } from "./draft";
import { followName, OtherProblems, TextField, TextLanguage, type Problems } from "./editor-parts";

// One criterion in the framework editor: its names, what the score says, its anchors, the help
// voters see and the sentence for a critical gap.

export function CriterionFields({
  criterion,
  index,
  problems,
  onChange,
}: {
  criterion: CriterionDraft;
  index: number;
  problems: Problems;
  onChange: (change: Partial<CriterionDraft>) => void;
}) {
  const t = useTranslations("authoring");
  const language = useContext(TextLanguage) ?? "en";
  const prefix = `criteria.${index}`;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path={`${prefix}.name`}
          label={t("fields.name")}
          value={criterion.name}
          max={TEXT_LIMITS.name}
          problems={problems}
          onChange={(name) =>
            onChange({
              name,
              id: followName(criterion, name),
              label:
                criterion.label === "" || criterion.label === criterion.name.toLowerCase()
                  ? name.toLowerCase()
                  : criterion.label,
            })
          }
        />
        <TextField
          path={`${prefix}.label`}
          label={t("criterion.label")}
          hint={t("criterion.labelHint")}
          value={criterion.label}
          max={TEXT_LIMITS.name}
          problems={problems}
          onChange={(label) => onChange({ label })}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("criterion.kindLegend")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(
            [
              ["need", t("criterion.kindNeed")],
              ["capacity", t("criterion.kindCapacity")],
            ] as const
          ).map(([kind, text]) => (
            <label key={kind} className="flex items-start gap-2">
              <input
                type="radio"
                name={`${prefix}.kind`}
                checked={criterion.kind === kind}
                onChange={() =>
                  onChange({
                    kind,
                    // The first wording follows the kind until the author writes one.
                    ...(isFirstShortfall(criterion.shortfall) && {
                      shortfall: firstShortfalls(language)[kind],
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
            label={t("criterion.anchor", { score: key })}
            optional={key === "2" || key === "4"}
            value={criterion.anchors[key]}
            problems={problems}
            onChange={(text) => onChange({ anchors: { ...criterion.anchors, [key]: text } })}
          />
        ))}
      </div>
      <TextField
        path={`${prefix}.help`}
        label={t("criterion.help")}
        multiline
        value={criterion.help}
        problems={problems}
        onChange={(help) => onChange({ help })}
      />
      <TextField
        path={`${prefix}.shortfall`}
        label={t("criterion.shortfall")}
        hint={t("criterion.shortfallHint", {
          option: "{option}",
          profile: "{profile}",
          team: "{team}",
        })}
        value={criterion.shortfall}
        problems={problems}
        onChange={(shortfall) => onChange({ shortfall })}
      />
      <TextField
        path={`${prefix}.id`}
        label={t("fields.shortId")}
        value={criterion.id}
        max={64}
        problems={problems}
        onChange={(id) => onChange({ id })}
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
    </>
  );
}
