import { TEXT_LIMITS } from "@/lib/frameworks/schema";
import { DEFAULT_SHORTFALL, type AnchorKey, type CriterionDraft } from "./draft";
import { followName, OtherProblems, TextField, type Problems } from "./editor-parts";

// One criterion in the framework editor: its names, what the score says, its anchors, the help
// voters see and the sentence for a critical gap.

const anchorLabels: Record<AnchorKey, string> = {
  1: "What a 1 means",
  2: "What a 2 means",
  3: "What a 3 means",
  4: "What a 4 means",
  5: "What a 5 means",
};

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
  const prefix = `criteria.${index}`;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          path={`${prefix}.name`}
          label="Name"
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
          label="In a sentence"
          hint='Lower case, e.g. "release speed".'
          value={criterion.label}
          max={TEXT_LIMITS.name}
          problems={problems}
          onChange={(label) => onChange({ label })}
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
                  onChange({
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
            onChange={(text) => onChange({ anchors: { ...criterion.anchors, [key]: text } })}
          />
        ))}
      </div>
      <TextField
        path={`${prefix}.help`}
        label="Help while voting"
        multiline
        value={criterion.help}
        problems={problems}
        onChange={(help) => onChange({ help })}
      />
      <TextField
        path={`${prefix}.shortfall`}
        label="A critical gap, in words"
        hint="{option}, {profile} and {team} are filled in."
        value={criterion.shortfall}
        problems={problems}
        onChange={(shortfall) => onChange({ shortfall })}
      />
      <TextField
        path={`${prefix}.id`}
        label="Short id"
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
