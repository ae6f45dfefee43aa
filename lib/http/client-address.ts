import "server-only";
import { isIPv4, isIPv6 } from "node:net";
import { env } from "@/lib/env";

// Whom a per-address rate limit counts. Next.js route handlers and pages never see the socket's
// address; all they have is X-Forwarded-For, and `next start` fills that in only when the
// request did not bring one, so a client talking to Next.js directly can write whatever it likes
// there. Hence TRUSTED_PROXY_HOPS (lib/env.ts):
//
// - 0 (the default, for a server reached directly): the header is ignored, and every client
//   shares the one bucket DIRECT_CLIENTS. The per-address limits are sized for a whole room
//   behind one address for that reason: they then hold for the server as a whole.
// - N > 0: N proxies that each append the address they were reached from stand in front; the
//   Nth entry from the right is the one our own outermost proxy saw, and whatever the client
//   wrote itself sits further left, where it is never read. A request without the header did
//   not come through the proxies and counts with DIRECT_CLIENTS.

/** The bucket of every client whose address cannot be told (see above). */
export const DIRECT_CLIENTS = "direct";
/** The bucket of entries that are no IP address (a proxy sending names or "unknown"). */
export const UNKNOWN_CLIENTS = "unknown";

export function clientAddress(
  incoming: Headers,
  trustedProxyHops: number = env().TRUSTED_PROXY_HOPS,
): string {
  if (trustedProxyHops === 0) return DIRECT_CLIENTS;
  const hops = (incoming.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops.length === 0) return DIRECT_CLIENTS;
  // Fewer entries than proxies: the leftmost was still written by one of ours.
  const entry = hops[Math.max(0, hops.length - trustedProxyHops)]!;
  return addressBucket(entry) ?? UNKNOWN_CLIENTS;
}

/**
 * The bucket of one address: IPv4 as it is (IPv4-mapped IPv6 included), IPv6 by its /64,
 * because one household or phone is handed a whole /64 and could otherwise take a fresh address
 * for every request. Ports and zone ids are dropped. null when the entry is no IP address.
 */
export function addressBucket(entry: string): string | null {
  let address = entry.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  if (withPort) address = withPort[1]!;
  address = address.replace(/%.*$/, "");
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === "0") && groups[5] === "ffff") {
    const [high, low] = [parseInt(groups[6]!, 16), parseInt(groups[7]!, 16)];
    return [high >> 8, high & 255, low >> 8, low & 255].join(".");
  }
  return `${groups.slice(0, 4).join(":")}::/64`;
}

/** The eight groups of a valid IPv6 address, without leading zeros. */
function ipv6Groups(address: string): string[] {
  const split = (part: string) =>
    part === ""
      ? []
      : part.split(":").flatMap((group) => {
          if (!group.includes(".")) return [group];
          const [a, b, c, d] = group.split(".").map(Number) as [number, number, number, number];
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const [head = "", tail] = address.split("::");
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}
