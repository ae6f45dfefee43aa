import { expect, test } from "./fixtures";
import { joinCodeIn, send, startWorkshop, workshopFields } from "./support/api";
import { expectAccessible } from "./workshop-steps";

// Joining by the six characters on the projector, typed on a phone as people type them: in
// lower case, with the space the screen shows. A wrong code says so, a replaced invite link
// takes its code with it, and a closed workshop's code leads nowhere.

test("a join code typed on the home page leads to the workshop's join page", async ({ page }) => {
  const workshop = await startWorkshop(workshopFields("Typed in the room"));
  const facilitatorPage = async () =>
    (
      await send({
        method: "GET",
        path: `/w/${workshop.workshopId}/facilitate`,
        cookie: workshop.facilitatorCookie,
      })
    ).text;
  const code = joinCodeIn(await facilitatorPage());
  const presenter = await send({
    method: "GET",
    path: `/w/${workshop.workshopId}/present`,
    cookie: workshop.facilitatorCookie,
  });
  expect(joinCodeIn(presenter.text)).toBe(code);

  // A typo first: the page keeps what was typed and says what a code looks like.
  await page.goto("/");
  const box = page.getByRole("textbox", { name: "Join code" });
  await box.fill("k7m 4qo");
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page).toHaveURL(/\/j\?code=/);
  await expect(page.getByText("No open workshop has this code")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Join code" })).toHaveValue("k7m 4qo");
  await expectAccessible(page);
  const headers = (await page.request.get("/j?code=abc")).headers();
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["referrer-policy"]).toBe("no-referrer");

  await page
    .getByRole("textbox", { name: "Join code" })
    .fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/j/${workshop.inviteToken}$`));
  await expect(page.getByRole("heading", { name: "Typed in the room" })).toBeVisible();
  await page.getByLabel("Your name").fill("Noor");
  await page.getByLabel("Your role").selectOption({ label: "Data scientist" });
  await page.getByRole("button", { name: "Join the workshop" }).click();
  await page.waitForURL(new RegExp(`/w/${workshop.workshopId}$`));

  // Replacing the invite link replaces the code; the old one finds nothing.
  const replaced = await send({
    method: "POST",
    path: `/api/workshops/${workshop.workshopId}/invite`,
    cookie: workshop.facilitatorCookie,
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(replaced.status, replaced.text).toBe(200);
  const newCode = joinCodeIn(await facilitatorPage());
  expect(newCode).not.toBe(code);
  const old = await send({ method: "GET", path: `/j?code=${code}` });
  expect(old.text).toContain("No open workshop has this code");

  // A closed workshop's code leads nowhere: nobody can join it any more.
  const closed = await send({
    method: "POST",
    path: `/api/workshops/${workshop.workshopId}/close`,
    cookie: workshop.facilitatorCookie,
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(closed.status, closed.text).toBe(200);
  expect((await send({ method: "GET", path: `/j?code=${newCode}` })).text).toContain(
    "No open workshop has this code",
  );
});
