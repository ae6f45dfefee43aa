import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

// The options are built per call rather than at import: `next build` loads this module without
// the secret or the database the running server gets.
function handler(request: NextRequest, context: Context): Promise<Response> {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
