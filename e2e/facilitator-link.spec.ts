import { expect, test } from "./fixtures";
import { signedInAccount } from "./support/accounts";
import { startWorkshop, workshopFields } from "./support/api";
import { createWorkshop, expectAccessible } from "./workshop-steps";

// Issue 12: a facilitator link that leaked could not be taken back. Replacing it must end the
// old link and every cookie made from it at once, on every device, give the browser that
// replaced it the new one, and show the new link once.

test("replacing the facilitator link locks out the old link and every device that used it", async ({
  page,
  browser,
}) => {
  const workshop = await createWorkshop(page, { title: "Leaked link" });
  const api = `/api/workshops/${workshop.workshopId}`;
  const facilitate = `/w/${workshop.workshopId}/facilitate`;

  // A second device (the one the link leaked to) opened the facilitator link.
  const other = await (await browser.newContext()).newPage();
  await other.goto(workshop.facilitatorLink);
  await expect(other).toHaveURL(new RegExp(`${facilitate}$`));
  const stream = other.request.get(`${api}/events`);

  // The facilitator replaces it, with the keyboard alone.
  await page.getByRole("button", { name: "Replace the facilitator link" }).focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Replace the facilitator link?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Replace it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Your new facilitator link" })).toBeFocused();
  const newLink = (await page.getByTestId("new-facilitator-link").textContent())!.trim();
  expect(newLink).toMatch(/\/f\/[A-Za-z0-9_-]{43}$/);
  expect(newLink).not.toBe(workshop.facilitatorLink);
  await expectAccessible(page);

  // The page that replaced it stays live: its stream, opened with the old cookie, is opened
  // again with the new one, so someone joining now appears without a reload.
  const phone = await browser.newContext();
  const joined = await phone.request.post("/api/workshops/join", {
    data: {
      inviteToken: workshop.inviteLink.split("/j/")[1],
      displayName: "Late Pat",
      role: "other",
    },
  });
  expect(joined.status()).toBe(201);
  await expect(page.getByText("Late Pat", { exact: true })).toBeVisible();
  await expect(page.getByTestId("new-facilitator-link")).toHaveText(newLink);
  await phone.close();

  // At once: the other device's cookie is worth nothing, for pages, writes and live updates.
  expect((await other.goto(facilitate))?.status()).toBe(404);
  expect((await other.request.post(`${api}/reveal`)).status()).toBe(403);
  expect((await other.request.get(`${api}/events`)).status()).toBe(404);
  // Its live stream that was open ends (a stream that kept going would still report who voted).
  const ended = await stream;
  expect(ended.status()).toBe(200);
  expect(await ended.text()).toContain("event: gone");

  // The old link is a 404 like any unknown link, on any device.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(workshop.facilitatorLink);
  await expect(stranger).toHaveURL(/\/link-not-found$/);
  await expect(stranger.getByRole("heading", { name: "This link does not work" })).toBeVisible();

  // The new link works anywhere, and the browser that replaced it kept its access.
  await stranger.goto(newLink);
  await expect(stranger).toHaveURL(new RegExp(`${facilitate}$`));
  await expect(stranger.getByRole("heading", { name: "Leaked link" })).toBeVisible();
  expect((await page.reload())?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Leaked link" })).toBeVisible();
  // The new link was shown once: the page does not show it again.
  await expect(page.getByTestId("new-facilitator-link")).toHaveCount(0);
  expect(await page.content()).not.toContain(newLink);
});

test("an owning account keeps access when the link is replaced; only link holders lose it", async ({
  request,
  baseURL,
}) => {
  const { cookie: owner } = await signedInAccount({ name: "Owner" });
  const { workshopId, facilitatorCookie: linkCookie } = await startWorkshop(
    workshopFields("Owned", "T"),
    { cookie: owner },
  );
  const get = (cookie: string) =>
    fetch(`${baseURL}/w/${workshopId}/facilitate`, { headers: { Cookie: cookie } });
  expect((await get(linkCookie)).status).toBe(200);

  // The owner replaces it, from a browser without the link's cookie.
  const replaced = await request.post(`/api/workshops/${workshopId}/facilitator-link`, {
    headers: { Cookie: owner },
  });
  expect(replaced.status()).toBe(200);
  expect(replaced.headers()["cache-control"]).toBe("no-store, no-transform");
  expect(replaced.headers()["set-cookie"]).toContain(`bp_facilitator_${workshopId}=`);
  const { facilitatorLink: newLink } = (await replaced.json()) as { facilitatorLink: string };

  expect((await get(linkCookie)).status).toBe(404);
  expect((await get(owner)).status).toBe(200);
  expect((await get(`bp_facilitator_${workshopId}=${newLink.split("/f/")[1]}`)).status).toBe(200);
});
