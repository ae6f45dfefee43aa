import { hostname } from "node:os";
import { describe, expect, it } from "vitest";
import { linkOrigin, requestOrigin } from "./origin";

const direct = { APP_URL: "http://localhost:3000", appUrlConfigured: false, TRUSTED_PROXY_HOPS: 0 };
const proxied = { ...direct, TRUSTED_PROXY_HOPS: 1 };
const configured = {
  APP_URL: "https://decide.example",
  appUrlConfigured: true,
  TRUSTED_PROXY_HOPS: 0,
};

describe("requestOrigin", () => {
  it("takes the Host header and the request's protocol, normalised as browsers write origins", () => {
    expect(
      requestOrigin(new Headers({ host: "Blueprint.Example:443" }), "https://x/y", direct),
    ).toBe("https://blueprint.example");
    expect(
      requestOrigin(new Headers({ host: "10.0.0.5:3000" }), "http://10.0.0.5:3000/", direct),
    ).toBe("http://10.0.0.5:3000");
  });

  it("ignores forwarded headers unless proxies are trusted, and then believes the first", () => {
    const headers = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "team.example, internal-lb:8080",
      "x-forwarded-proto": "https, http",
    });
    expect(requestOrigin(headers, "http://127.0.0.1:3000/", direct)).toBe("http://127.0.0.1:3000");
    expect(requestOrigin(headers, "http://127.0.0.1:3000/", proxied)).toBe("https://team.example");
  });

  it("answers the opaque origin for a host that is no host", () => {
    for (const host of ["evil.example/path", "a@b.example", "", "x y", "b.example:99999"]) {
      expect(requestOrigin(new Headers({ host }), "http://x/", direct)).toBe("null");
    }
    const odd = new Headers({ host: "a.example", "x-forwarded-proto": "javascript" });
    expect(requestOrigin(odd, "http://x/", proxied)).toBe("null");
  });

  it("prefers APP_URL when it was set", () => {
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3000" }), undefined, configured)).toBe(
      "https://decide.example",
    );
  });
});

describe("linkOrigin", () => {
  it("uses APP_URL when it was set, whatever the request says", () => {
    const headers = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
    expect(linkOrigin(headers, "http://127.0.0.1:3000/", configured)).toBe(
      "https://decide.example",
    );
  });

  it("without APP_URL, uses the address the browser used only when it is this machine's own", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", `${hostname()}:3000`]) {
      expect(linkOrigin(new Headers({ host }), "http://x/", direct)).toBe(
        new URL(`http://${host}`).origin,
      );
    }
  });

  it("never builds a link on a host the request made up", () => {
    for (const headers of [
      new Headers({ host: "evil.example" }),
      new Headers({ host: "evil.example:3000" }),
      new Headers({ host: "8.8.8.8" }),
      new Headers({ host: "localhost.evil.example" }),
      new Headers({ host: "evil.example/localhost" }),
    ]) {
      expect(linkOrigin(headers, "http://x/", direct)).toBe("http://localhost:3000");
    }
    const forwarded = new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" });
    expect(linkOrigin(forwarded, "http://x/", direct)).toBe("http://127.0.0.1:3000");
    expect(linkOrigin(forwarded, "http://x/", proxied)).toBe("http://localhost:3000");
  });
});
