"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

export function SignOutButton() {
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
      className="rounded-control border-line-strong hover:bg-surface-muted border px-3 py-1.5 text-sm font-semibold disabled:opacity-60"
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
