import type { Ref } from "react";

export interface Message {
  tone: "ok" | "error";
  text: string;
}

/**
 * The outcome of a control's last action, announced to screen readers. Controls move focus here
 * after acting, so the ref lets them do that; it is focusable by script only.
 */
export function StatusMessage({
  message,
  ref,
}: {
  message: Message | null;
  ref: Ref<HTMLParagraphElement>;
}) {
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className={message?.tone === "error" ? "text-danger font-medium" : "text-muted"}
    >
      {message?.text}
    </p>
  );
}
