import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** What a list or page shows when there is nothing in it yet, and what to do about it. */
export function EmptyState({
  icon: Icon,
  title,
  children,
}: {
  icon: LucideIcon;
  title: string;
  children?: ReactNode;
}) {
  return (
    <div className="rounded-card border-line-strong flex flex-col items-center gap-3 border border-dashed px-6 py-10 text-center">
      <span className="bg-accent-soft text-accent grid size-12 place-items-center rounded-full">
        <Icon aria-hidden="true" className="size-6" />
      </span>
      <p className="text-lg font-semibold">{title}</p>
      {children ? <div className="text-muted max-w-prose space-y-4">{children}</div> : null}
    </div>
  );
}
