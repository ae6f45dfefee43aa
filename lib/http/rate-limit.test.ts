import { describe, expect, it } from "vitest";
import { tooManyRequestsPage } from "./rate-limit";

// The plain page a facilitator link answers with when its network is over the link lookup
// limit: in the language the request asks for, as every page chooses it.

const request = (headers: Record<string, string>) => ({ headers: new Headers(headers) });

describe("tooManyRequestsPage", () => {
  it("speaks German to a German browser, with the wait in its words", async () => {
    const page = tooManyRequestsPage(300, request({ "accept-language": "de-AT,de;q=0.9" }));
    expect(page.status).toBe(429);
    expect(page.headers.get("retry-after")).toBe("300");
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain('<html lang="de-DE">');
    expect(html).toContain("<title>Bitte warte kurz · Blueprint</title>");
    expect(html).toContain("<h1>Bitte warte kurz</h1>");
    expect(html).toContain("Warte etwa 5 Minuten und öffne den Link dann noch einmal.");
  });

  it("follows the language chosen in the menu over the browser's", async () => {
    const chosen = request({ cookie: "theme=dark; bp_locale=de", "accept-language": "en-GB" });
    expect(await tooManyRequestsPage(20, chosen).text()).toContain("Warte ein paar Sekunden");
    const english = request({ cookie: "bp_locale=en", "accept-language": "de" });
    expect(await tooManyRequestsPage(20, english).text()).toContain("Wait a few seconds");
  });

  it("speaks English by default, as it always did", async () => {
    const html = await tooManyRequestsPage(60, request({})).text();
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("<h1>Please wait a moment</h1>");
    expect(html).toContain(
      "A lot of Blueprint links were opened from your network in the last few minutes. Wait about a minute, then open the link again.",
    );
  });
});
