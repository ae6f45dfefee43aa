import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

/** A page that only explains what went wrong and offers the way on: 404, errors, expired links. */
export function ProblemPage({
  icon: Icon,
  title,
  role,
  children,
}: {
  icon: LucideIcon;
  title: string;
  role?: "alert";
  children: ReactNode;
}) {
  return (
    <div role={role} className="mx-auto max-w-xl space-y-5 py-8 text-center sm:py-16">
      <span className="bg-accent-soft text-accent rounded-card mx-auto grid size-16 place-items-center">
        <Icon aria-hidden="true" className="size-8" />
      </span>
      <h1 className="text-title font-bold text-balance">{title}</h1>
      <div className="text-muted space-y-5 text-lg [&_a]:text-base [&_button]:text-base">
        {children}
      </div>
    </div>
  );
}
