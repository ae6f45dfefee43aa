import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * The address people reach this app at, for links they will share: APP_URL when it was set
 * (behind a proxy the request's own host may be an internal one), else the host the browser
 * asked for, so phones in the room get a link that works from where they are.
 */
export async function publicOrigin(): Promise<string> {
  if (process.env.APP_URL) return env().APP_URL.replace(/\/+$/, "");
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host") ?? incoming.get("host") ?? "localhost:3000";
  const protocol = incoming.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
