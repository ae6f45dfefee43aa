import "server-only";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { AuthOptions } from "next-auth";
import type { Adapter, AdapterAccount } from "next-auth/adapters";
import EmailProvider, { type SendVerificationRequestParams } from "next-auth/providers/email";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { prisma } from "@/lib/db/prisma";
import { authSecret, env, type Env } from "@/lib/env";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/request-locale";
import { mailHtml } from "@/lib/mail/html";
import { mailWords } from "@/lib/mail/words";
import { sendMail } from "@/lib/mail/transport";
import { emailAddressSchema } from "./email-address";
import { rememberAskingBrowser } from "./sign-in-browser";

export const SIGN_IN_LINK_MINUTES = 30;

export interface OAuthProviderChoice {
  id: string;
  name: string;
}

/** The sign-in buttons to offer besides e-mail, in the order they appear. */
export function oauthProviderChoices(config: Env = env()): OAuthProviderChoice[] {
  return [
    config.github && { id: "github", name: "GitHub" },
    config.google && { id: "google", name: "Google" },
    config.oidc && { id: "oidc", name: config.oidc.name },
  ].filter((choice): choice is OAuthProviderChoice => Boolean(choice));
}

/** Whether sign-in links go out by e-mail, or only to the server log. */
export function sendsEmail(): boolean {
  return env().smtp !== undefined;
}

let options: AuthOptions | undefined;

export function authOptions(): AuthOptions {
  if (options) return options;
  const config = env();
  // next-auth v4 builds every URL it hands out (the e-mailed link, OAuth redirects) from
  // NEXTAUTH_URL and reads it on each request. Setting it here, from the one validated
  // APP_URL, works however the server was started.
  process.env.NEXTAUTH_URL = config.APP_URL;
  options = {
    secret: authSecret(),
    adapter: withAskingBrowser(accountFieldsOnly(PrismaAdapter(prisma()))),
    session: { strategy: "database" },
    providers: [
      EmailProvider({
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        normalizeIdentifier: (identifier) => emailAddressSchema.parse(identifier),
        sendVerificationRequest: sendSignInLink,
      }),
      ...(config.github ? [GitHubProvider(config.github)] : []),
      ...(config.google ? [GoogleProvider(config.google)] : []),
      ...(config.oidc ? [openIdConnectProvider(config.oidc)] : []),
    ],
    pages: {
      signIn: "/sign-in",
      verifyRequest: "/sign-in/check-email",
      error: "/sign-in/error",
    },
    callbacks: {
      // The default session carries no user id, which every ownership check needs.
      session: ({ session, user }) => ({
        ...session,
        user: { id: user.id, name: user.name ?? null, email: user.email ?? null },
      }),
    },
    // Signing in never adds workshops to the account by itself: a browser can be signed into
    // someone else's account (a link opened elsewhere, a shared computer), so the account asks
    // first (app/workshops/page.tsx, lib/workshops/claim.ts).
  };
  return options;
}

/**
 * next-auth passes the provider's whole token response to linkAccount, and Prisma rejects any
 * field the accounts table lacks; some OpenID providers add their own (refresh_expires_in,
 * not-before-policy, ext_expires_in). Only the columns the table has are kept.
 */
function accountFieldsOnly(adapter: Adapter): Adapter {
  const columns: Array<keyof AdapterAccount | "refresh_token_expires_in"> = [
    "userId",
    "type",
    "provider",
    "providerAccountId",
    "refresh_token",
    "access_token",
    "expires_at",
    "token_type",
    "scope",
    "id_token",
    "session_state",
    "refresh_token_expires_in",
  ];
  const linkAccount = adapter.linkAccount!;
  return {
    ...adapter,
    linkAccount: (account: AdapterAccount) =>
      linkAccount(
        Object.fromEntries(
          Object.entries(account).filter(([key]) => (columns as string[]).includes(key)),
        ) as AdapterAccount,
      ),
  };
}

/** Each sign-in link's row also records the browser that asked for it (sign-in-browser.ts). */
function withAskingBrowser(adapter: Adapter): Adapter {
  const createVerificationToken = adapter.createVerificationToken!;
  return {
    ...adapter,
    createVerificationToken: async (verificationToken) => {
      const created = await createVerificationToken(verificationToken);
      await rememberAskingBrowser(verificationToken.identifier, verificationToken.token);
      return created;
    },
  };
}

interface OpenIdProfile {
  sub: string;
  name?: string;
  preferred_username?: string;
  email?: string;
  email_verified?: boolean;
  picture?: string;
}

function openIdConnectProvider(oidc: NonNullable<Env["oidc"]>): OAuthConfig<OpenIdProfile> {
  return {
    id: "oidc",
    name: oidc.name,
    type: "oauth",
    wellKnown: `${oidc.issuer}/.well-known/openid-configuration`,
    clientId: oidc.clientId,
    clientSecret: oidc.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({
      id: profile.sub,
      name: profile.name ?? profile.preferred_username ?? null,
      // An address the provider has not verified must not become the account's address: whoever
      // later signs in with it by e-mail would land in this account.
      email: profile.email_verified === false ? null : (profile.email ?? null),
      image: profile.picture ?? null,
    }),
  };
}

async function sendSignInLink({ identifier, url }: SendVerificationRequestParams): Promise<void> {
  const host = new URL(url).host;
  // The sign-in form's request: the mail speaks the language its page was shown in.
  const locale = await requestLocale().catch(() => DEFAULT_LOCALE);
  const t = mailWords(locale);
  const minutes = SIGN_IN_LINK_MINUTES;
  await sendMail(
    {
      to: identifier,
      subject: t("signIn.subject"),
      text: [t("signIn.intro", { host }), "", url, "", t("signIn.expiry", { minutes })].join("\n"),
      html: mailHtml({
        locale,
        heading: t("signIn.heading"),
        paragraphs: [t("signIn.useButton", { host })],
        button: { label: t("signIn.button"), url },
        notes: [t("signIn.once", { minutes }), t("signIn.ignore")],
      }),
    },
    // The embedded default has no mail server: the link goes to the log so sign-in still works.
    {
      logAs: `Sign-in link for ${identifier} (SMTP_URL is not set, so it was not e-mailed): ${url}`,
    },
  );
}
