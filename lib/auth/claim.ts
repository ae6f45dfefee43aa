import "server-only";
import { claimWorkshops } from "@/lib/workshops/mutations";
import { facilitatorTokensInThisBrowser } from "./cookies";

// A browser holds at most a few dozen of these; the cap keeps a stuffed cookie jar from turning
// one sign-in into a huge query.
const MAX_CLAIMS_PER_SIGN_IN = 50;

/**
 * Gives the signed-in account every workshop this browser can already facilitate and nobody
 * owns yet. Called from next-auth's signIn event, which runs inside the /api/auth route
 * handler's request, so the browser's cookies are readable there. Returns the claimed ids.
 */
export async function claimWorkshopsInThisBrowser(userId: string): Promise<string[]> {
  const tokens = (await facilitatorTokensInThisBrowser()).slice(0, MAX_CLAIMS_PER_SIGN_IN);
  if (tokens.length === 0) return [];
  return claimWorkshops(userId, tokens);
}
