import { Blocks, LayoutList, LogIn } from "lucide-react";
import Link from "next/link";
import { currentUser } from "@/lib/auth/session";
import { SignOutButton } from "./sign-out-button";

const headerLink =
  "text-accent rounded-control inline-flex min-h-10 items-center gap-1.5 px-2 text-sm font-semibold hover:underline [&>svg]:size-4";

/**
 * The header's account part. Like every link of the header, it is not prefetched
 * (components/site/site-frame.tsx). On a phone it must fit beside the logo and the theme toggle on one
 * line, so the address shows from tablet width up only (screen readers always get it) and the
 * workshops and frameworks links keep only their icons there, their names going to screen readers.
 */
export async function UserMenu() {
  const user = await currentUser();
  if (!user) {
    return (
      <Link href="/sign-in" prefetch={false} className={headerLink}>
        <LogIn aria-hidden="true" />
        Sign in
      </Link>
    );
  }
  const account = user.email ?? user.name ?? "your account";
  return (
    <nav aria-label="Account" className="flex min-w-0 items-center gap-1 sm:gap-3">
      <Link href="/workshops" prefetch={false} className={headerLink} title="Your workshops">
        <LayoutList aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">Your workshops</span>
      </Link>
      <Link href="/frameworks" prefetch={false} className={headerLink} title="Your frameworks">
        <Blocks aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">Frameworks</span>
      </Link>
      <p className="text-muted sr-only max-w-56 min-w-0 text-sm md:not-sr-only" title={account}>
        <span className="sr-only">Signed in as </span>
        <span className="block truncate">{account}</span>
      </p>
      <SignOutButton />
    </nav>
  );
}
