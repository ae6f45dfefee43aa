import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/**
 * The origin people reach this app at, worked out in one place for links, cookies and the
 * same-origin check: APP_URL when it was set (behind a proxy the request's own host may be an
 * internal one), else the first forwarded host and protocol, else the Host header. Without
 * APP_URL, links use the address the browser asked for, so phones in the room get one that
 * works from where they are.
 */
export function requestOrigin(incoming: Headers, requestUrl?: string): string {
  if (process.env.APP_URL) return new URL(env().APP_URL).origin;
  const host = first(incoming.get("x-forwarded-host")) ?? incoming.get("host") ?? "localhost";
  const protocol =
    first(incoming.get("x-forwarded-proto")) ??
    (requestUrl ? new URL(requestUrl).protocol.replace(":", "") : "http");
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return "null";
  }
}

/** The origin for links built while rendering a page. */
export async function publicOrigin(): Promise<string> {
  return requestOrigin(await headers());
}
