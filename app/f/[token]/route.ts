import { redirect } from "next/navigation";
import { rememberFacilitator } from "@/lib/auth/cookies";
import { hitByClient, LINK_LOOKUPS_PER_ADDRESS, tooManyRequestsPage } from "@/lib/http/rate-limit";
import { isSecure } from "@/lib/http/route";
import { findFacilitatorCapability } from "@/lib/workshops/data";
import { touchCapability } from "@/lib/workshops/mutations";
import { isToken } from "@/lib/workshops/schema";

export const dynamic = "force-dynamic";

/**
 * The private facilitator link: trades the secret in the address for an httpOnly cookie and
 * moves on to a page whose address holds no secret. Unknown and revoked links get the same 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const lookup = await hitByClient(LINK_LOOKUPS_PER_ADDRESS, request.headers);
  if (!lookup.allowed) return tooManyRequestsPage(lookup.retryAfterSeconds);
  const capability = isToken(token) ? await findFacilitatorCapability(token) : null;
  // A route handler's own 404 has no page, so send the browser to an address that has none:
  // it gets the site's 404 page, which says nothing about why.
  if (!capability) redirect("/link-not-found");
  await rememberFacilitator(capability.workshopId, token, isSecure(request));
  await touchCapability(capability.capabilityId);
  redirect(`/w/${capability.workshopId}/facilitate`);
}
