import { expect, test } from "./fixtures";
import { deriveUnsubscribeToken } from "@/lib/auth/tokens";
import { E2E_AUTH_SECRET } from "./app-secret";
import { query } from "./support/database";
import { expectAccessible } from "./workshop-steps";

// An async workshop as its people meet it: the deadline in their own time zone with a countdown,
// an address left for the reminder and the results, and the unsubscribe link from those mails.

test("an async workshop shows its deadline, takes an address and lets it go again", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await page.getByLabel("Workshop title").fill("Workflow review, async");
  await page.getByLabel("Team name").fill("Model platform team");
  await page.getByLabel(/Asynchronously/).check();
  // Two days and a few minutes ahead, in the browser's own time (datetime-local has no zone).
  const due = new Date(Date.now() + 2 * 86_400_000 + 5 * 60_000);
  const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  await page.getByLabel("Deadline").fill(local);
  await page.getByLabel(/E-mail me when everyone has voted/).fill("lead@e2e.test");
  await page.getByRole("button", { name: "Create workshop" }).click();
  await page.getByRole("link", { name: "Open the facilitator page" }).click();
  await page.waitForURL(/\/facilitate$/);
  await expect(page.getByTestId("deadline-countdown")).toContainText("Voting closes in 2 days");
  const inviteLink = (await page.getByTestId("invite-link").textContent())!.trim();

  // A participant in another time zone sees the same moment in their own clock.
  const tokyo = await browser.newContext({ timezoneId: "Asia/Tokyo" });
  const ada = await tokyo.newPage();
  await ada.goto(inviteLink);
  // On a 24-hour clock, with the zone named: nobody has to guess whose time it is.
  const tokyo24 = new Intl.DateTimeFormat(undefined, {
    timeZone: "Asia/Tokyo",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(due);
  const tokyoZone = new Intl.DateTimeFormat(undefined, {
    timeZone: "Asia/Tokyo",
    timeZoneName: "short",
  })
    .formatToParts(due)
    .find((part) => part.type === "timeZoneName")!.value;
  await expect(ada.locator("time").first()).toContainText(tokyo24);
  await expect(ada.locator("time").first()).toContainText(tokyoZone);
  await expect(
    ada.getByText("At the deadline the votes are revealed to everyone automatically."),
  ).toBeVisible();
  await ada.getByLabel("Your name").fill("Ada");
  await ada.getByLabel("Your role").selectOption({ label: "Data scientist" });
  await ada
    .getByLabel("E-mail me a reminder before the deadline and the results")
    .fill("ada@e2e.test");
  await expectAccessible(ada);
  await ada.getByRole("button", { name: "Join the workshop" }).click();
  await ada.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  await expect(ada.getByTestId("deadline-countdown")).toContainText("Voting closes in 2 days");

  // The facilitator gives everyone a day more; Ada's open page follows by itself.
  const later = new Date(due.getTime() + 86_400_000);
  await page
    .getByLabel("Move the deadline")
    .fill(
      new Date(later.getTime() - later.getTimezoneOffset() * 60_000).toISOString().slice(0, 16),
    );
  await page.getByRole("button", { name: "Move the deadline" }).click();
  await expect(page.getByText("The new deadline is set.")).toBeVisible();
  await expect(page.getByTestId("deadline-countdown")).toContainText("Voting closes in 3 days");
  await expect(ada.getByTestId("deadline-countdown")).toContainText("Voting closes in 3 days", {
    timeout: 15_000,
  });
  // A projector belongs in a room: an async workshop's page offers none.
  await expect(page.getByRole("link", { name: /presenter view/ })).toHaveCount(0);

  // The address is kept for the mails only; the unsubscribe link from them works.
  const [participant] = await query<{ id: string; email: string | null }>(
    "SELECT id, email FROM participants WHERE display_name = 'Ada' AND workshop_id = $1",
    [ada.url().split("/w/")[1]],
  );
  expect(participant?.email).toBe("ada@e2e.test");
  await expect(page.getByText("ada@e2e.test")).toHaveCount(0);
  const token = deriveUnsubscribeToken(E2E_AUTH_SECRET, "participant", participant!.id);
  const mailReader = await (await browser.newContext()).newPage();
  await mailReader.goto(`/u/${token}`);
  await expect(mailReader.getByRole("heading", { name: "Stop these e-mails?" })).toBeVisible();
  await expectAccessible(mailReader);
  await mailReader.getByRole("button", { name: "Stop these e-mails" }).click();
  await expect(mailReader.getByRole("heading", { name: "E-mails stopped" })).toBeVisible();
  await expectAccessible(mailReader);
  const [after] = await query<{ email: string | null; reminder_opt_in: boolean }>(
    "SELECT email, reminder_opt_in FROM participants WHERE id = $1",
    [participant!.id],
  );
  expect(after).toEqual({ email: null, reminder_opt_in: false });
});
