import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { malformedAuthRequest } from "@/lib/auth/auth-request";
import { authOptions } from "@/lib/auth/options";
import { signInMailRefusal } from "@/lib/auth/sign-in-limit";
import { env } from "@/lib/env";

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

// The options are built per call rather than at import: `next build` loads this module without
// the secret or the database the running server gets. Requests next-auth would fail on with a
// 500 are refused first (lib/auth/auth-request.ts); requests for sign-in e-mails then pass the
// rate limits (lib/auth/sign-in-limit.ts).
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const malformed = await malformedAuthRequest(request, env().APP_URL);
  if (malformed) return malformed;
  const refusal = await signInMailRefusal(request);
  if (refusal) return refusal;
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
