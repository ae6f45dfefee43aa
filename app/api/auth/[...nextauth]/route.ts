import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { signInMailRefusal } from "@/lib/auth/sign-in-limit";

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

// The options are built per call rather than at import: `next build` loads this module without
// the secret or the database the running server gets. Requests for sign-in e-mails pass the
// rate limits first (lib/auth/sign-in-limit.ts).
async function handler(request: NextRequest, context: Context): Promise<Response> {
  const refusal = await signInMailRefusal(request);
  if (refusal) return refusal;
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
