import "server-only";
import { networkInterfaces, hostname } from "node:os";
import { headers } from "next/headers";
import { env, type Env } from "@/lib/env";

// Two questions about a request's address, kept apart because they trust different things:
//
// - Where did the browser send it (`requestOrigin`)? Asked by the same-origin check and for the
//   cookies' Secure flag. The Host header is the browser's own; X-Forwarded-Host and -Proto are
//   read only when TRUSTED_PROXY_HOPS says proxies stand in front, because a client that reaches
//   Next.js directly can write them, and one that could would pass the same-origin check with
//   any Origin it likes.
// - What address may a link carry (`linkOrigin`)? Links hold secrets (facilitator, invite, share),
//   so they are built from APP_URL. Without APP_URL, from the address the browser used only when
//   that is this machine's own (localhost, one of its IP addresses, or its host name), so phones
//   in the room get an address that works from where they are; any other host falls back to
//   http://localhost:PORT, never to a host a request made up.

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/** A Host header's value: a name or an IP address (IPv6 in brackets), and maybe a port. */
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

function originOf(protocol: string, host: string): string | null {
  if ((protocol !== "http" && protocol !== "https") || !HOST.test(host)) return null;
  try {
    return new URL(`${protocol}://${host}`).origin;
  } catch {
    return null;
  }
}

/** The origin the browser addressed, as far as this request can tell (see above). */
export function requestOrigin(
  incoming: Pick<Headers, "get">,
  requestUrl?: string,
  config: Pick<Env, "APP_URL" | "appUrlConfigured" | "TRUSTED_PROXY_HOPS"> = env(),
): string {
  if (config.appUrlConfigured) return new URL(config.APP_URL).origin;
  const proxied = config.TRUSTED_PROXY_HOPS > 0;
  const host =
    (proxied ? first(incoming.get("x-forwarded-host")) : undefined) ?? incoming.get("host");
  const protocol =
    (proxied ? first(incoming.get("x-forwarded-proto")) : undefined) ??
    (requestUrl ? new URL(requestUrl).protocol.replace(":", "") : "http");
  return (host ? originOf(protocol.toLowerCase(), host) : null) ?? "null";
}

let ownHostsOnce: Set<string> | undefined;

/**
 * This machine's own names and addresses, lower case, IPv6 in brackets as in a URL; read once
 * per process, not on every link.
 */
function ownHosts(): Set<string> {
  if (ownHostsOnce) return ownHostsOnce;
  const names = new Set(["localhost", "127.0.0.1", "[::1]"]);
  const name = hostname().toLowerCase();
  names.add(name);
  names.add(`${name}.local`);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const { address, family } of addresses ?? []) {
      names.add(family === "IPv6" ? `[${address.toLowerCase().replace(/%.*$/, "")}]` : address);
    }
  }
  ownHostsOnce = names;
  return names;
}

/** The origin to build secret links with, for this request (see above). */
export function linkOrigin(
  incoming: Pick<Headers, "get">,
  requestUrl?: string,
  config: Pick<Env, "APP_URL" | "appUrlConfigured" | "TRUSTED_PROXY_HOPS"> = env(),
): string {
  const fallback = new URL(config.APP_URL).origin;
  if (config.appUrlConfigured) return fallback;
  const origin = requestOrigin(incoming, requestUrl, config);
  if (origin === "null") return fallback;
  return ownHosts().has(new URL(origin).hostname) ? origin : fallback;
}

/** The origin for links built while rendering a page or answering a route handler. */
export async function publicOrigin(): Promise<string> {
  return linkOrigin(await headers());
}
