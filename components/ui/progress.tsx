/**
 * A bar filled to value/max. SVG rather than a styled element: a style="width…" attribute
 * rendered on the server would need 'unsafe-inline' in the style policy (lib/http/csp.ts), and
 * SVG fills print without the browser's "background graphics" option.
 */
export function Progress({
  value,
  max,
  className = "h-2",
  fill = "fill-accent",
  label,
}: {
  value: number;
  max: number;
  className?: string;
  fill?: string;
  /** Given when the bar is the only place the number shows; otherwise it is decoration. */
  label?: string;
}) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  const meter = label
    ? { role: "meter", "aria-label": label, "aria-valuenow": value, "aria-valuemax": max }
    : { "aria-hidden": true };
  return (
    <svg className={`bg-surface-sunken block w-full rounded-full ${className}`} {...meter}>
      {share > 0 ? <rect width={`${share * 100}%`} height="100%" rx="4" className={fill} /> : null}
    </svg>
  );
}
