import { adoptSignInLink, signInLinkSchema } from "@/lib/auth/sign-in-browser";
import { isAppError } from "@/lib/errors";
import { readForm, route } from "@/lib/http/route";

// The button of /sign-in/confirm: a sign-in link opened in a browser other than the one that
// asked for it signs in only from here, a same-origin POST (route() refuses any other). The link
// is adopted by this browser, which then goes through next-auth's own callback.

const headers = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" };

const goTo = (location: string) =>
  new Response(null, { status: 303, headers: { ...headers, Location: location } });

const linkNoLongerWorks = () => goTo("/sign-in/error?error=Verification");

export const POST = route(async (request) => {
  let link;
  try {
    link = await readForm(request, signInLinkSchema);
  } catch (error) {
    if (isAppError(error) && error.code === "invalid-input") return linkNoLongerWorks();
    throw error;
  }
  if (!(await adoptSignInLink(request, link))) return linkNoLongerWorks();
  return goTo(`/api/auth/callback/email?${new URLSearchParams(link)}`);
});
