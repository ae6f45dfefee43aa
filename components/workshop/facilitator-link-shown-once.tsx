"use client";

import { useCallback, useId, type ReactNode } from "react";
import { CopyButton } from "@/components/ui/copy-button";

const linkClass =
  "rounded-control border-line-strong bg-surface border p-3 font-mono text-sm break-all";

/**
 * A private facilitator link the server shows only once, right after making it (a new
 * workshop's, or one that replaces the old): the server keeps only its hash. Its heading takes
 * the focus once, when it appears, so that screen readers announce it; the link is printed in
 * full, to copy or write down. A page-level result (heading level 2) is a region of its own; a
 * level 3 one sits in the caller's section.
 */
export function FacilitatorLinkShownOnce({
  level,
  heading,
  link,
  testId,
  copyLabel,
  actions,
  children,
}: {
  level: 2 | 3;
  heading: string;
  link: string;
  /** The link's test id, which the browser tests read it by. */
  testId: string;
  copyLabel: string;
  /** More buttons or links beside "copy". */
  actions?: ReactNode;
  /** What the link is and why it must be kept safe. */
  children: ReactNode;
}) {
  // Stable, so the heading takes focus once, not on every render of the page around it.
  const focusWhenShown = useCallback((element: HTMLElement | null) => element?.focus(), []);
  const headingId = useId();
  const body = (
    <>
      <p>{children}</p>
      <p data-testid={testId} className={linkClass}>
        {link}
      </p>
      <div className="flex flex-wrap gap-3">
        <CopyButton value={link} label={copyLabel} />
        {actions}
      </div>
    </>
  );
  if (level === 2) {
    return (
      <section
        aria-labelledby={headingId}
        className="rounded-card border-success-line bg-success-soft space-y-4 border p-5"
      >
        <h2 id={headingId} className="text-xl font-semibold" tabIndex={-1} ref={focusWhenShown}>
          {heading}
        </h2>
        {body}
      </section>
    );
  }
  return (
    <div className="rounded-control border-success-line bg-success-soft mt-3 space-y-3 border p-4">
      <h3 tabIndex={-1} ref={focusWhenShown} className="font-semibold focus:outline-none">
        {heading}
      </h3>
      {body}
    </div>
  );
}
