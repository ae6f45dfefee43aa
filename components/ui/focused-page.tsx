import type { LucideIcon } from "lucide-react";
import type { ReactNode } from "react";

const chipTones = {
  accent: "bg-accent-soft text-accent",
  warning: "bg-warning-soft text-warning",
  success: "bg-success-soft text-success",
} as const;

/**
 * A page with one job (sign in, confirm, stop e-mails, explain a broken link): a narrow centred
 * column that reads the same on a phone and a laptop, an icon that says what kind of page it
 * is, the title, and the page's own content below.
 */
export function FocusedPage({
  icon: Icon,
  tone = "accent",
  title,
  role,
  children,
}: {
  icon: LucideIcon;
  tone?: keyof typeof chipTones;
  title: ReactNode;
  /** "alert" where the whole page is the news (an error), so it is announced. */
  role?: "alert";
  children: ReactNode;
}) {
  return (
    <div role={role} className="mx-auto max-w-lg space-y-6 py-2 sm:py-12">
      <div className="space-y-4 text-center">
        <span className={`rounded-card mx-auto grid size-14 place-items-center ${chipTones[tone]}`}>
          <Icon aria-hidden="true" className="size-7" />
        </span>
        <h1 className="text-title font-bold text-balance">{title}</h1>
      </div>
      {children}
    </div>
  );
}
