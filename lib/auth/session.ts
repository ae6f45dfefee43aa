import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { z } from "zod";
import { authOptions } from "./options";

export interface CurrentUser {
  id: string;
  name: string | null;
  email: string | null;
}

const sessionSchema = z.object({
  user: z.object({
    id: z.uuid(),
    name: z.string().nullish(),
    email: z.string().nullish(),
  }),
});

// next-auth's name for it; behind https it carries the __Secure- prefix.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token$/;

/** Whether a cookie of this name may hold a signed-in session (it still has to be valid). */
export const isSessionCookie = (name: string) => SESSION_COOKIE.test(name);

/**
 * The signed-in account of this request, or null. Cached per request: the header and the page
 * both ask, and each ask is a database read.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  // Reading the cookies first also marks the page as dynamic before anything needs the secret
  // or the database, which `next build` does not have. Visitors without a session cookie (most
  // participants) cost no query at all.
  const jar = await cookies();
  if (!jar.getAll().some((cookie) => isSessionCookie(cookie.name))) return null;
  const parsed = sessionSchema.safeParse(await getServerSession(authOptions()));
  if (!parsed.success) return null;
  const { id, name, email } = parsed.data.user;
  return { id, name: name ?? null, email: email ?? null };
});
