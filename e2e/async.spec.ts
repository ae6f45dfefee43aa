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
  const tokyoTime = new Intl.DateTimeFormat(undefined, {
    timeZone: "Asia/Tokyo",
    hour: "2-digit",
    minute: "2-digit",
  }).format(due);
  await expect(ada.locator("time").first()).toContainText(tokyoTime.replace(/^0/, ""));
  await ada.getByLabel("Your name").fill("Ada");
  await ada.getByLabel("Your role").selectOption({ label: "Data scientist" });
  await ada
    .getByLabel("E-mail me a reminder before the deadline and the results")
    .fill("ada@e2e.test");
  await expectAccessible(ada);
  await ada.getByRole("button", { name: "Join the workshop" }).click();
  await ada.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  await expect(ada.getByTestId("deadline-countdown")).toBeVisible();

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
