import { Blocks, LayoutList, LogIn } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
  const [user, t] = await Promise.all([currentUser(), getTranslations("auth")]);
  if (!user) {
    return (
      <Link href="/sign-in" prefetch={false} className={headerLink}>
        <LogIn aria-hidden="true" />
        {t("signIn.title")}
      </Link>
    );
  }
  const account = user.email ?? user.name ?? t("menu.unnamedAccount");
  return (
    <nav aria-label={t("menu.label")} className="flex min-w-0 items-center gap-1 sm:gap-3">
      <Link href="/workshops" prefetch={false} className={headerLink} title={t("menu.workshops")}>
        <LayoutList aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">{t("menu.workshops")}</span>
      </Link>
      <Link
        href="/frameworks"
        prefetch={false}
        className={headerLink}
        title={t("menu.frameworksTitle")}
      >
        <Blocks aria-hidden="true" />
        <span className="sr-only sm:not-sr-only">{t("menu.frameworks")}</span>
      </Link>
      <p className="text-muted sr-only max-w-56 min-w-0 text-sm md:not-sr-only" title={account}>
        {t.rich("menu.signedInAs", {
          account,
          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
          name: (chunks) => <span className="block truncate">{chunks}</span>,
        })}
      </p>
      <SignOutButton />
    </nav>
  );
}
