import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, joinCodeSchema } from "@/lib/ids";
import {
  deriveInviteToken,
  deriveJoinCode,
  deriveUnsubscribeToken,
  hashToken,
  joinCodeHash,
  newToken,
} from "./tokens";

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

describe("deriveJoinCode", () => {
  const workshop = "6f1c2a3b-0d4e-4f5a-8b6c-7d8e9f0a1b2c";
  const generation = new Date("2026-12-04T10:00:00.000Z");

  it("is six characters people cannot misread, the same for one generation", () => {
    const code = deriveJoinCode(SECRET, workshop, generation);
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(deriveJoinCode(SECRET, workshop, new Date(generation))).toBe(code);
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it("changes with the generation, the workshop and the secret", () => {
    const code = deriveJoinCode(SECRET, workshop, generation);
    const next = new Date(generation.getTime() + 1);
    expect(deriveJoinCode(SECRET, workshop, next)).not.toBe(code);
    expect(deriveJoinCode(SECRET, workshop.replace("6f", "7f"), generation)).not.toBe(code);
    expect(deriveJoinCode(`${SECRET}x`, workshop, generation)).not.toBe(code);
  });

  it("spreads over the whole alphabet in every position", () => {
    const seen = Array.from({ length: 6 }, () => new Set<string>());
    for (let i = 0; i < 2000; i += 1) {
      const code = deriveJoinCode(SECRET, workshop, new Date(generation.getTime() + i));
      for (const [position, letter] of [...code].entries()) seen[position]!.add(letter);
    }
    for (const letters of seen) expect(letters.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("is stored as a MAC under the secret, not a hash anyone could reverse by trying codes", () => {
    expect(joinCodeHash(SECRET, "K7M4QX")).toMatch(/^[0-9a-f]{64}$/);
    expect(joinCodeHash(SECRET, "K7M4QX")).not.toBe(hashToken("K7M4QX"));
    expect(joinCodeHash(`${SECRET}x`, "K7M4QX")).not.toBe(joinCodeHash(SECRET, "K7M4QX"));
  });
});

describe("joinCodeSchema", () => {
  it("reads a code as people type it", () => {
    for (const typed of ["K7M4QX", "k7m 4qx", "K7M-4QX", " k7m4qx "]) {
      expect(joinCodeSchema.parse(typed)).toBe("K7M4QX");
    }
  });

  it("refuses what no code can be", () => {
    for (const typed of ["", "K7M4Q", "K7M4QXX", "K7M4QO", "K7M 4Q1", "K7M4Q!", "x".repeat(40)]) {
      expect(joinCodeSchema.safeParse(typed).success, typed).toBe(false);
    }
  });
});
