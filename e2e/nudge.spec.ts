import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openMailbox } from "./support/mailbox";
import { expectAccessible, screenshots, vote } from "./workshop-steps";

// The facilitator reminds those who have not voted: the e-mail reaches exactly the people who
// have not voted and left an address, through a real SMTP server; its link opens their ballot;
// a second reminder within the hour is refused, and the page says when the next may go.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";
const smtpPort = Number(process.env.E2E_SMTP_PORT);

async function join(browser: Browser, inviteLink: string, name: string, email?: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(inviteLink);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Your role").selectOption({ label: "ML engineer" });
  if (email) {
    await page.getByLabel("E-mail me a reminder before the deadline and the results").fill(email);
  }
  await page.getByRole("button", { name: "Join the workshop" }).click();
  await page.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  return page;
}

test("the facilitator reminds those who have not voted, once an hour", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const run = Date.now();
  const ada = `ada-${run}@e2e.test`;
  const bo = `bo-${run}@e2e.test`;
  await page.goto("/");
  await page.getByLabel("Workshop title").fill("Nudge the team");
  await page.getByLabel("Team name").fill("Model platform team");
  await page.getByLabel(/Asynchronously/).check();
  const due = new Date(Date.now() + 2 * 86_400_000);
  await page
    .getByLabel("Deadline")
    .fill(new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
  await page.getByRole("button", { name: "Create workshop" }).click();
  await page.getByRole("link", { name: "Open the facilitator page" }).click();
  await page.waitForURL(/\/facilitate$/);
  const workshopId = page.url().split("/w/")[1]!.split("/")[0]!;
  const inviteLink = (await page.getByTestId("invite-link").textContent())!.trim();

  // Ada votes; Bo left an address and has not voted; Cy has not voted and left none.
  const adaPhone = await join(browser, inviteLink, "Ada", ada);
  await vote(adaPhone, { [GOVERNANCE]: 4, [SPEED]: 3, [SKILLS]: 3, [COST]: 2 });
  const boPhone = await join(browser, inviteLink, "Bo", bo);
  await join(browser, inviteLink, "Cy");
  await expect(page.getByText(/3\s*joined · 1\s*voted/)).toBeVisible({ timeout: 15_000 });

  const remind = page.getByRole("button", { name: "Remind those who have not voted" });
  const mailbox = await openMailbox(smtpPort, 90_000);
  try {
    await remind.click();
    const dialog = page.getByRole("dialog", { name: "Remind those who have not voted?" });
    await expect(dialog).toContainText(
      "1 person who has not voted will get an e-mail with a link to their ballot. 1 person left no address and will not.",
    );
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Send 1 e-mail" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reminder sent" })).toContainText(
      /Reminder sent to 1 person\. You can send the next one at \d{2}:\d{2}\./,
    );
    await screenshots(page, testInfo, "nudge");

    const mail = await mailbox.nextMailTo(bo);
    expect(mail.subject).toBe('Your vote is missing: "Nudge the team"');
    expect(mail.text).toContain("Voting closes in about 48 hours");
    // Only Bo: Ada has voted, Cy left no address. Give a stray second mail time to arrive.
    await page.waitForTimeout(2_000);
    expect(mailbox.mailsTo(bo)).toHaveLength(1);
    expect(mailbox.mailsTo(ada)).toEqual([]);
    expect(mailbox.mails.filter((m) => m.text.includes(`/w/${workshopId}`))).toHaveLength(1);

    // The link in the mail opens Bo's ballot in the browser he joined with.
    const link = new RegExp(`https?://\\S+/w/${workshopId}(?=\\s)`).exec(mail.text)?.[0];
    expect(link).toBeDefined();
    await boPhone.goto(link!);
    await expect(boPhone.getByRole("group", { name: GOVERNANCE })).toBeVisible();

    // A second reminder within the hour is refused, and the page says when the next may go.
    await remind.click();
    await dialog.getByRole("button", { name: "Send 1 e-mail" }).click();
    await expect(
      page.getByText(
        /A reminder went out less than an hour ago\. You can send the next one at \d{2}:\d{2}\./,
      ),
    ).toBeVisible();
    await page.waitForTimeout(2_000);
    expect(mailbox.mailsTo(bo)).toHaveLength(1);
  } finally {
    await mailbox.close();
  }
});
