import { CircleAlert, CircleCheck, Info, TriangleAlert, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

const tones: Record<string, { className: string; Icon: LucideIcon }> = {
  info: { className: "border-accent-line bg-accent-soft", Icon: Info },
  success: { className: "border-success-line bg-success-soft text-success", Icon: CircleCheck },
  warning: { className: "border-warning-line bg-warning-soft text-warning", Icon: TriangleAlert },
  danger: { className: "border-danger-line bg-danger-soft text-danger", Icon: CircleAlert },
};

/** A message about the page or form as a whole, with an icon that says what kind it is. */
export function Notice({
  tone,
  as: Tag = "p",
  role,
  className = "",
  children,
}: {
  tone: "info" | "success" | "warning" | "danger";
  as?: "p" | "div" | "span";
  role?: "alert" | "status";
  className?: string;
  children: ReactNode;
}) {
  const { className: toneClass, Icon } = tones[tone]!;
  return (
    <Tag
      role={role}
      className={`rounded-control flex items-start gap-2.5 border p-3 ${toneClass} ${className}`}
    >
      <Icon aria-hidden="true" className="mt-0.5 size-5 shrink-0" />
      <span className="min-w-0">{children}</span>
    </Tag>
  );
}
