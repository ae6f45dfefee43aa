"use client";

import { useId, useRef, type ReactNode } from "react";

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
  label: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  className: string;
  confirmClassName: string;
  disabled?: boolean;
}) {
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
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl p-6 shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="mt-2 text-slate-700">{children}</div>
        <form method="dialog" className="mt-6 flex flex-wrap justify-end gap-3">
          <button
            value="cancel"
            autoFocus
            className="rounded-lg border border-slate-300 px-4 py-2 font-medium hover:bg-slate-50"
          >
            Cancel
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
