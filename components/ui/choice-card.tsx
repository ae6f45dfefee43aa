import type { ReactNode } from "react";

/**
 * One answer of a radio group as a card: the radio and its label on top, what it means below.
 * The card shows whether it is chosen, and the whole card picks it.
 */
export function ChoiceCard({
  name,
  value,
  checked,
  onChoose,
  label,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChoose: () => void;
  label: ReactNode;
  /** What the choice means, under its label. */
  children?: ReactNode;
}) {
  return (
    <label className="rounded-card border-line-strong bg-surface has-checked:border-accent has-checked:bg-accent-soft flex cursor-pointer flex-col gap-1 border p-3">
      <span className="flex items-center gap-2 font-semibold">
        <input
          type="radio"
          name={name}
          value={value}
          checked={checked}
          onChange={onChoose}
          className="size-4"
        />
        {label}
      </span>
      {children}
    </label>
  );
}
