// next-auth reports what went wrong as a code in the query string. Codes about a sign-in attempt
// come back to the sign-in page; the rest go to the error page. Unknown codes get the generic text.

const signInErrors: Record<string, string> = {
  EmailSignin: "We could not send the sign-in e-mail. Check the address and try again.",
  EmailCreateAccount: "We could not create your account just now. Please try again.",
  OAuthSignin: "We could not reach that sign-in service. Try again, or use your e-mail address.",
  OAuthCallback:
    "That sign-in service did not confirm who you are. Try again, or use your e-mail address.",
  OAuthCreateAccount: "We could not create your account just now. Please try again.",
  Callback: "Signing you in did not finish. Please try again.",
  OAuthAccountNotLinked:
    "An account with this e-mail address already exists and signs in another way. Please sign in the way you did before.",
  SessionRequired: "Please sign in to see that page.",
  // lib/auth/sign-in-limit.ts
  RateLimited:
    "Too many sign-in links were asked for, from your network or for this address, in the last hour. Please wait a while before asking again; a link already sent still works.",
};

const errorPageErrors: Record<string, { title: string; text: string }> = {
  Verification: {
    title: "This sign-in link no longer works",
    text: "Each link works once and only for a short while. It may have been used already, or it expired. Ask for a new one.",
  },
  AccessDenied: {
    title: "Sign-in was refused",
    text: "This account may not sign in here. If you think it should, ask whoever runs this Blueprint server.",
  },
  Configuration: {
    title: "Sign-in is not set up correctly",
    text: "The server cannot sign anyone in right now. Whoever runs it will find the reason in the server log.",
  },
};

const generic = {
  title: "Sign-in did not work",
  text: "Something went wrong while signing you in. Please try again.",
};

// The code comes from the address bar: only the maps' own entries count, never what every
// object inherits ("__proto__", "toString"), which would otherwise be rendered as the message.

export function signInErrorMessage(code: string): string {
  return (Object.hasOwn(signInErrors, code) && signInErrors[code]) || generic.text;
}

export function errorPageMessage(code: string | undefined): { title: string; text: string } {
  return (code && Object.hasOwn(errorPageErrors, code) && errorPageErrors[code]) || generic;
}
