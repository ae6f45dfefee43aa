import { describe, expect, it } from "vitest";
import { deriveInviteToken, deriveUnsubscribeToken, hashToken, newToken } from "./tokens";

const SECRET = "a-server-secret-of-at-least-32-characters";
const WORKSHOP = "5b0c3c4e-2f1a-4d8e-9c1b-7a6f5e4d3c2b";

describe("newToken", () => {
  it("is 256 random bits in base64url", () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(new Set(Array.from({ length: 1000 }, newToken)).size).toBe(1000);
  });
});

describe("hashToken", () => {
  it("is the SHA-256 hex digest the database CHECKs accept", () => {
    expect(hashToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(hashToken(newToken())).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("deriveInviteToken", () => {
  const generation = new Date("2026-03-01T09:30:00.123Z");

  it("is stable for one workshop and generation, and shaped like a random token", () => {
    const token = deriveInviteToken(SECRET, WORKSHOP, generation);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deriveInviteToken(SECRET, WORKSHOP, new Date(generation.getTime()))).toBe(token);
  });

  it("changes with the generation, the workshop and the secret", () => {
    const token = deriveInviteToken(SECRET, WORKSHOP, generation);
    const others = [
      deriveInviteToken(SECRET, WORKSHOP, new Date(generation.getTime() + 1)),
      deriveInviteToken(SECRET, "6b0c3c4e-2f1a-4d8e-9c1b-7a6f5e4d3c2b", generation),
      deriveInviteToken(`${SECRET}!`, WORKSHOP, generation),
    ];
    expect(new Set([token, ...others]).size).toBe(4);
  });

  it("refuses a secret too short to be safe", () => {
    expect(() => deriveInviteToken("short", WORKSHOP, generation)).toThrow(/at least 32/);
  });
});

describe("deriveUnsubscribeToken", () => {
  it("is stable, shaped like a random token, and differs by subject, id and secret", () => {
    const token = deriveUnsubscribeToken(SECRET, "participant", WORKSHOP);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(deriveUnsubscribeToken(SECRET, "participant", WORKSHOP)).toBe(token);
    const others = [
      deriveUnsubscribeToken(SECRET, "workshop", WORKSHOP),
      deriveUnsubscribeToken(SECRET, "participant", "6b0c3c4e-2f1a-4d8e-9c1b-7a6f5e4d3c2b"),
      deriveUnsubscribeToken(`${SECRET}!`, "participant", WORKSHOP),
      deriveInviteToken(SECRET, WORKSHOP, new Date(0)),
    ];
    expect(new Set([token, ...others]).size).toBe(5);
  });
});
