import { afterEach, describe, expect, it } from "vitest";
import { requestOrigin } from "./origin";

const originalAppUrl = process.env.APP_URL;
afterEach(() => {
  if (originalAppUrl === undefined) delete process.env.APP_URL;
  else process.env.APP_URL = originalAppUrl;
});

describe("requestOrigin", () => {
  it("takes the Host header and the request's protocol, normalised as browsers write origins", () => {
    delete process.env.APP_URL;
    expect(requestOrigin(new Headers({ host: "Blueprint.Example:443" }), "https://x/y")).toBe(
      "https://blueprint.example",
    );
    expect(requestOrigin(new Headers({ host: "10.0.0.5:3000" }), "http://10.0.0.5:3000/")).toBe(
      "http://10.0.0.5:3000",
    );
  });

  it("believes the first proxy's forwarded host and protocol", () => {
    delete process.env.APP_URL;
    const headers = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "team.example, internal-lb:8080",
      "x-forwarded-proto": "https, http",
    });
    expect(requestOrigin(headers, "http://127.0.0.1:3000/")).toBe("https://team.example");
  });

  it("prefers APP_URL when it was set", () => {
    process.env.APP_URL = "https://decide.example/";
    expect(requestOrigin(new Headers({ host: "127.0.0.1:3000" }))).toBe("https://decide.example");
  });
});
