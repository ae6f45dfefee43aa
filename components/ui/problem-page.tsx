import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { FocusedPage } from "./focused-page";

/** A page that only explains what went wrong and offers the way on: 404, errors, expired links. */
export function ProblemPage({
  icon,
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
    <FocusedPage icon={icon} tone="warning" title={title} role={role}>
      <div className="text-muted space-y-6 text-center text-lg [&_a]:text-base [&_button]:text-base">
        {children}
      </div>
    </FocusedPage>
  );
}
