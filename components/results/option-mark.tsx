import { optionStyle } from "./radar-style";

/**
 * The colour an option has in the radar chart, as a small swatch beside its name wherever it
 * appears (ranking, trade-off table), so that the reader matches them at a glance. Decoration:
 * the name always stands next to it.
 */
export function OptionMark({ index }: { index: number }) {
  return (
    <svg viewBox="0 0 12 12" className="inline-block size-3 shrink-0" aria-hidden="true">
      <rect width="12" height="12" rx="3" fill={optionStyle(index).color} />
    </svg>
  );
}
