import type { ReactNode } from "react";

export const badgeTones = {
  neutral: "bg-surface-sunken text-ink ring-line-strong",
  accent: "bg-accent-soft text-accent ring-accent-line",
  success: "bg-success-soft text-success ring-success-line",
  warning: "bg-warning-soft text-warning ring-warning-line",
  danger: "bg-danger-soft text-danger ring-danger-line",
} as const;

const badgeSizes = {
  page: "gap-1 px-2.5 py-0.5 text-sm [&>svg]:size-3.5",
  room: "gap-2 px-4 py-1 text-2xl [&>svg]:size-6",
} as const;

/**
 * A short status word in a pill: "Disputed", "High confidence", "Open". The room size reads from
 * the back of a room.
 */
export function Badge({
  tone = "neutral",
  size = "page",
  className = "",
  children,
}: {
  tone?: keyof typeof badgeTones;
  size?: keyof typeof badgeSizes;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={`inline-flex items-center rounded-full font-semibold ring-1 ${badgeSizes[size]} ${badgeTones[tone]} ${className}`}
    >
      {children}
    </span>
  );
}
