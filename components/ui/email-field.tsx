import type { ComponentProps } from "react";
import { MAX_EMAIL_ADDRESS_LENGTH } from "@/lib/auth/email-limit";
import { InputField } from "./field";

/** An optional e-mail address for a workshop's own mails. */
export function EmailField(props: Omit<ComponentProps<typeof InputField>, "type" | "optional">) {
  return (
    <InputField
      type="email"
      optional
      maxLength={MAX_EMAIL_ADDRESS_LENGTH}
      autoComplete="email"
      spellCheck={false}
      {...props}
    />
  );
}
