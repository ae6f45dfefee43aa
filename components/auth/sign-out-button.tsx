"use client";

import { LogOut } from "lucide-react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function SignOutButton() {
  const t = useTranslations("auth.signOut");
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          // Posts to next-auth, which deletes the session row and clears the cookie.
          await signOut({ callbackUrl: "/" });
        } catch {
          setPending(false);
        }
      }}
      className="rounded-control border-line-strong hover:bg-surface-muted inline-flex min-h-10 min-w-10 items-center justify-center gap-1.5 border px-2.5 text-sm font-semibold whitespace-nowrap disabled:opacity-60 sm:px-3"
    >
      <LogOut aria-hidden="true" className="size-4" />
      {/* On a phone the icon alone, so the header stays one line (components/auth/user-menu). */}
      <span className="sr-only sm:not-sr-only">{pending ? t("pending") : t("label")}</span>
    </button>
  );
}
