import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, DIRECT_CLIENTS, UNKNOWN_CLIENTS } from "./client-address";

const forwarded = (value?: string) =>
  new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("ignores X-Forwarded-For when no proxy is trusted: every client shares one bucket", () => {
    expect(clientAddress(forwarded("203.0.113.7"), 0)).toBe(DIRECT_CLIENTS);
    expect(clientAddress(forwarded(), 0)).toBe(DIRECT_CLIENTS);
  });

  it("takes the Nth entry from the right, so what a client writes itself is never read", () => {
    const header = forwarded("6.6.6.6, 203.0.113.7, 10.0.0.2");
    expect(clientAddress(header, 1)).toBe("10.0.0.2");
    expect(clientAddress(header, 2)).toBe("203.0.113.7");
    expect(clientAddress(forwarded("6.6.6.6,203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("reads repeated headers as one list", () => {
    const headers = new Headers();
    headers.append("x-forwarded-for", "6.6.6.6");
    headers.append("x-forwarded-for", "203.0.113.7");
    expect(clientAddress(headers, 1)).toBe("203.0.113.7");
  });

  it("takes the leftmost entry when there are fewer than the proxies", () => {
    expect(clientAddress(forwarded("203.0.113.7"), 2)).toBe("203.0.113.7");
  });

  it("counts requests that bypassed the proxies with the direct clients", () => {
    expect(clientAddress(forwarded(), 1)).toBe(DIRECT_CLIENTS);
    expect(clientAddress(forwarded(" , "), 1)).toBe(DIRECT_CLIENTS);
  });

  it("puts entries that are no address in one bucket", () => {
    expect(clientAddress(forwarded("unknown"), 1)).toBe(UNKNOWN_CLIENTS);
    expect(clientAddress(forwarded("x".repeat(500)), 1)).toBe(UNKNOWN_CLIENTS);
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses and drops ports", () => {
    expect(addressBucket("203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("203.0.113.7:51234")).toBe("203.0.113.7");
  });

  it("groups IPv6 addresses by their /64, however they are written", () => {
    const bucket = "2001:db8:85a3:8d3::/64";
    expect(addressBucket("2001:db8:85a3:8d3:1319:8a2e:370:7348")).toBe(bucket);
    expect(addressBucket("2001:0DB8:85a3:08d3::1")).toBe(bucket);
    expect(addressBucket("[2001:db8:85a3:8d3::2]:443")).toBe(bucket);
    expect(addressBucket("2001:db8:85a3:8d3::3%eth0")).toBe(bucket);
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
    expect(addressBucket("2001:db8::")).toBe("2001:db8:0:0::/64");
  });

  it("reads IPv4-mapped IPv6 as the IPv4 address", () => {
    expect(addressBucket("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(addressBucket("::ffff:cb00:7107")).toBe("203.0.113.7");
  });

  it("refuses anything else", () => {
    for (const entry of ["", "unknown", "_hidden", "999.1.1.1", "1.2.3", "2001:db8:::1"]) {
      expect(addressBucket(entry)).toBeNull();
    }
  });
});
