import { describe, expect, it } from "vitest";
import { newToken } from "./tokens";
import {
  facilitatorCookieName,
  facilitatorCookiesToDrop,
  facilitatorCookieValue,
  parseFacilitatorCookie,
} from "./facilitator-cookies";

describe("facilitator cookie values", () => {
  it("carry the token and the time they were set, and read back both", () => {
    const token = newToken();
    const setAt = new Date("2026-11-26T10:00:00.123Z");
    const value = facilitatorCookieValue(token, setAt);
    expect(value.startsWith(`${token}.`)).toBe(true);
    expect(parseFacilitatorCookie(value)).toEqual({ token, setAt: setAt.getTime() });
  });

  it("read a bare token (set before times were added) as the oldest", () => {
    const token = newToken();
    expect(parseFacilitatorCookie(token)).toEqual({ token, setAt: 0 });
  });

  it("refuse anything else", () => {
    const token = newToken();
    for (const value of ["", "x", `${token}.`, `${token}.ABC`, `${token}.1.2`, `${token}x.1`]) {
      expect(parseFacilitatorCookie(value), value).toBeNull();
    }
  });
});

describe("facilitatorCookiesToDrop", () => {
  const cookie = (id: number, setAt: number | null) => ({
    name: facilitatorCookieName(`w${id}`),
    value: setAt === null ? newToken() : facilitatorCookieValue(newToken(), new Date(setAt)),
  });

  it("drops nothing while there is room", () => {
    const jar = [cookie(1, 1000), cookie(2, 2000), { name: "bp_guest_x", value: "y" }];
    expect(facilitatorCookiesToDrop(jar, facilitatorCookieName("w3"), 3)).toEqual([]);
  });

  it("drops the oldest so that the new one makes the maximum", () => {
    const jar = [cookie(1, 3000), cookie(2, 1000), cookie(3, null), cookie(4, 2000)];
    expect(facilitatorCookiesToDrop(jar, facilitatorCookieName("w5"), 3)).toEqual([
      facilitatorCookieName("w2"),
      facilitatorCookieName("w3"),
    ]);
  });

  it("does not count the cookie being set again", () => {
    const jar = [cookie(1, 3000), cookie(2, 1000), cookie(3, 2000)];
    expect(facilitatorCookiesToDrop(jar, facilitatorCookieName("w2"), 3)).toEqual([]);
  });

  it("empties a bombed jar down to the maximum, whatever its values", () => {
    const jar = Array.from({ length: 170 }, (_, index) =>
      index % 3 === 0
        ? { name: facilitatorCookieName(`x${index}`), value: "junk" }
        : cookie(index, index),
    );
    const dropped = facilitatorCookiesToDrop(jar, facilitatorCookieName("new"), 20);
    expect(dropped).toHaveLength(170 - 19);
    const kept = jar.filter((c) => !dropped.includes(c.name));
    expect(kept.map((c) => parseFacilitatorCookie(c.value)?.setAt)).toEqual(
      Array.from({ length: 170 }, (_, i) => i)
        .filter((i) => i % 3 !== 0)
        .slice(-19),
    );
  });
});
