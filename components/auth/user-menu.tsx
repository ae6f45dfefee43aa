import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function UserMenu() {
  const user = await currentUser();
  if (!user) {
    return (
      <Link
        href="/sign-in"
        className="text-accent rounded-control px-3 py-1.5 text-sm font-semibold hover:underline"
      >
        Sign in
      </Link>
    );
  }
  return (
    <nav aria-label="Account" className="flex min-w-0 items-center gap-3">
      <Link href="/workshops" className="text-accent text-sm font-semibold hover:underline">
        Your workshops
      </Link>
      <p className="text-muted min-w-0 truncate text-sm" title={user.email ?? undefined}>
        <span className="sr-only">Signed in as </span>
        {user.email ?? user.name ?? "your account"}
      </p>
      <SignOutButton />
    </nav>
  );
}
