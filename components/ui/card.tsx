import type { ReactNode } from "react";

const tones = {
  plain: "border-line bg-surface",
  accent: "border-accent-line bg-surface ring-1 ring-accent-line",
  success: "border-success-line bg-success-soft",
  warning: "border-warning-line bg-warning-soft",
  danger: "border-danger-line bg-surface",
} as const;

/** A raised panel that groups one thing: a step, a form, a section of the results. */
export function Card({
  as: Tag = "div",
  tone = "plain",
  className = "",
  children,
  ...rest
}: {
  as?: "div" | "section" | "li" | "article" | "form";
  tone?: keyof typeof tones;
  className?: string;
  children: ReactNode;
} & Record<`aria-${string}` | `data-${string}`, string | undefined>) {
  return (
    <Tag
      {...rest}
      className={`rounded-card shadow-card border p-5 sm:p-6 print:shadow-none ${tones[tone]} ${className}`}
    >
      {children}
    </Tag>
  );
}
