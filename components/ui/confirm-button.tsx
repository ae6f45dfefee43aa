"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, type ReactNode } from "react";
import { secondaryButtonClass } from "./field";

/**
 * A button that asks first, in a native modal dialog: focus moves into it, Escape cancels and
 * the page behind it cannot be reached until it closes.
 */
export function ConfirmButton({
  label,
  title,
  children,
  confirmLabel,
  onConfirm,
  className,
  confirmClassName,
  disabled,
}: {
  label: ReactNode;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  className: string;
  confirmClassName: string;
  disabled?: boolean;
}) {
  const t = useTranslations("ui");
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        className="rounded-card border-line bg-surface text-ink shadow-raised m-auto w-[min(28rem,calc(100vw-2rem))] border p-6 backdrop:bg-slate-950/60 backdrop:backdrop-blur-sm"
      >
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="text-muted mt-2">{children}</div>
        <form method="dialog" className="mt-6 flex flex-wrap justify-end gap-3">
          <button value="cancel" autoFocus className={secondaryButtonClass}>
            {t("cancel")}
          </button>
          <button
            value="confirm"
            className={confirmClassName}
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
            type="button"
          >
            {confirmLabel}
          </button>
        </form>
      </dialog>
    </>
  );
}
