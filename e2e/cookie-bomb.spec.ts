import { expect, test } from "./fixtures";
import { someAddress, workshopFields } from "./support/api";

// The cookie bomb of issue 12: every facilitator link a browser opens leaves a cookie of about
// 100 bytes, and about 170 of them push the browser's Cookie header past Node's 16 KB header
// limit, after which every page of the site answers 431 to that browser. Anyone can make
// workshops and send someone through their links, so the number of facilitator cookies one
// browser keeps is bounded: the oldest are dropped.

const LINKS = 175;
const KEPT = 20;

test("a browser that opens 175 facilitator links in a row can still load every page", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  // Addresses of their own (the servers trust one proxy hop), so these requests use up no other
  // spec's rate limits; each workshop is made from another one, as a patient attacker would.
  const context = await browser.newContext({
    extraHTTPHeaders: { "X-Forwarded-For": someAddress() },
  });
  const links: { workshopId: string; facilitatorLink: string }[] = [];
  for (let index = 0; index < LINKS; index++) {
    // Made elsewhere, as an attacker would make them: plain fetch keeps no cookies.
    const created = await fetch(`${baseURL}/api/workshops`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": someAddress() },
      body: JSON.stringify(workshopFields(`Bomb ${index}`, "Team")),
    });
    expect(created.status).toBe(201);
    links.push((await created.json()) as { workshopId: string; facilitatorLink: string });
  }

  // The browser follows each link; its requests share the browser's cookie jar.
  for (const { facilitatorLink } of links) {
    const opened = await context.request.get(facilitatorLink, { maxRedirects: 0 });
    expect(opened.status()).toBe(307);
  }

  const page = await context.newPage();
  const home = await page.goto("/");
  expect(home?.status()).toBe(200);
  const facilitatorCookies = (await context.cookies()).filter((cookie) =>
    cookie.name.startsWith("bp_facilitator_"),
  );
  expect(facilitatorCookies.length).toBeLessThanOrEqual(KEPT);

  // The newest links are the ones kept; the newest workshop still opens for its facilitator.
  const newest = links.at(-1)!;
  expect(facilitatorCookies.map((cookie) => cookie.name)).toContain(
    `bp_facilitator_${newest.workshopId}`,
  );
  const facilitate = await page.goto(`/w/${newest.workshopId}/facilitate`);
  expect(facilitate?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: `Bomb ${LINKS - 1}` })).toBeVisible();
  // The oldest was dropped from this browser; its link brings it back.
  const oldest = links[0]!;
  expect(facilitatorCookies.map((cookie) => cookie.name)).not.toContain(
    `bp_facilitator_${oldest.workshopId}`,
  );
  await page.goto(oldest.facilitatorLink);
  await expect(page).toHaveURL(new RegExp(`/w/${oldest.workshopId}/facilitate$`));
  await context.close();
});
