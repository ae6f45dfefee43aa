import type { ReactNode } from "react";

export const badgeTones = {
  neutral: "bg-surface-sunken text-ink ring-line-strong",
  accent: "bg-accent-soft text-accent ring-accent-line",
  success: "bg-success-soft text-success ring-success-line",
  warning: "bg-warning-soft text-warning ring-warning-line",
  danger: "bg-danger-soft text-danger ring-danger-line",
} as const;

/** A short status word in a pill: "Disputed", "High confidence", "Open". */
export function Badge({
  tone = "neutral",
  className = "",
  children,
}: {
  tone?: keyof typeof badgeTones;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold ring-1 [&>svg]:size-3.5 ${badgeTones[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
