import { redirect } from "next/navigation";
import { rememberFacilitator } from "@/lib/auth/cookies";
import { lookUpLink, tooManyRequestsPage } from "@/lib/http/rate-limit";
import { isSecure } from "@/lib/http/route";
import { findFacilitatorCapability } from "@/lib/workshops/data";
import { touchCapability } from "@/lib/workshops/mutations";

export const dynamic = "force-dynamic";

/**
 * The private facilitator link: trades the secret in the address for an httpOnly cookie and
 * moves on to a page whose address holds no secret. Unknown and revoked links get the same 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await lookUpLink(
    request.headers,
    () => findFacilitatorCapability(token),
    (found) => `facilitator:${found.capabilityId}`,
  );
  if (lookup.outcome === "limited") return tooManyRequestsPage(lookup.retryAfterSeconds, request);
  // A route handler's own 404 has no page, so send the browser to an address that has none:
  // it gets the site's 404 page, which says nothing about why.
  if (lookup.outcome === "missing") redirect("/link-not-found");
  const capability = lookup.found;
  await rememberFacilitator(capability.workshopId, token, isSecure(request));
  await touchCapability(capability.capabilityId);
  redirect(`/w/${capability.workshopId}/facilitate`);
}
