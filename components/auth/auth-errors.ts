// next-auth reports what went wrong as a code in the query string. Codes about a sign-in attempt
// come back to the sign-in page; the rest go to the error page. Unknown codes get the generic text.
// Each code maps to the key of its message in the AUTH_ERRORS namespace
// (lib/i18n/messages/<language>/auth.json): `useTranslations("auth.errors")(signInErrorKey(code))`.

export const AUTH_ERRORS = "auth.errors";

const signInErrors = {
  EmailSignin: "signIn.emailSignin",
  EmailCreateAccount: "signIn.createAccount",
  OAuthSignin: "signIn.oauthSignin",
  OAuthCallback: "signIn.oauthCallback",
  OAuthCreateAccount: "signIn.createAccount",
  Callback: "signIn.callback",
  OAuthAccountNotLinked: "signIn.accountNotLinked",
  SessionRequired: "signIn.sessionRequired",
  // lib/auth/sign-in-limit.ts
  RateLimited: "signIn.rateLimited",
} as const;

const errorPageErrors = {
  Verification: { title: "page.verification.title", text: "page.verification.text" },
  AccessDenied: { title: "page.accessDenied.title", text: "page.accessDenied.text" },
  Configuration: { title: "page.configuration.title", text: "page.configuration.text" },
} as const;

const generic = { title: "generic.title", text: "generic.text" } as const;

export type SignInErrorKey = (typeof signInErrors)[keyof typeof signInErrors] | typeof generic.text;

export type ErrorPageKeys = (typeof errorPageErrors)[keyof typeof errorPageErrors] | typeof generic;

// The code comes from the address bar: only the maps' own entries count, never what every
// object inherits ("__proto__", "toString"), which would otherwise be rendered as the message.

export function signInErrorKey(code: string): SignInErrorKey {
  return Object.hasOwn(signInErrors, code)
    ? signInErrors[code as keyof typeof signInErrors]
    : generic.text;
}

export function errorPageKeys(code: string | undefined): ErrorPageKeys {
  return code && Object.hasOwn(errorPageErrors, code)
    ? errorPageErrors[code as keyof typeof errorPageErrors]
    : generic;
}
