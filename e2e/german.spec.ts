import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { openMailbox, type Mailbox } from "./support/mailbox";
import { expectAccessible } from "./workshop-steps";

// A team whose browsers ask for German gets Blueprint in German, with the same links as
// everyone else, and every mail in the language its address was given in. The built-in
// framework carries its texts in both languages, so each reader sees its criteria in theirs.

const smtpPort = Number(process.env.E2E_SMTP_PORT);
const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";
const DE = {
  GOVERNANCE: "Governance- und Audit-Anforderungen",
  SPEED: "Iterationstempo",
  SKILLS: "Teamstruktur und Kompetenzen",
  COST: "Betriebskosten und Infrastrukturkapazität",
};

test.use({ locale: "de-DE" });

async function phone(browser: Browser, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  return context.newPage();
}

/** The first mail to `address`, waiting out the sweep that sends it (every 30 s per server). */
async function firstMailTo(mailbox: Mailbox, address: string) {
  await expect
    .poll(() => mailbox.mailsTo(address).length, { timeout: 75_000, intervals: [500] })
    .toBeGreaterThan(0);
  return mailbox.mailsTo(address)[0]!;
}

async function voteInGerman(page: Page, scores: Record<string, number>) {
  for (const [criterion, score] of Object.entries(scores)) {
    await page
      .getByRole("group", { name: criterion })
      .getByRole("radio", { name: String(score), exact: true })
      .check({ force: true });
  }
  await expect(page.getByText("Wird gespeichert …")).toHaveCount(0);
  await expect(page.getByText("Gespeichert", { exact: true })).toHaveCount(
    Object.keys(scores).length,
  );
}

test("a German team runs its workshop in German, and each mail speaks its reader's language", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const facilitatorAddress = `moderation-${stamp}@example.test`;
  const jonasAddress = `jonas-${stamp}@example.test`;
  const amyAddress = `amy-${stamp}@example.test`;

  // The mailbox is open before the first address is given, so no sweep finds it closed.
  const mailbox = await openMailbox(smtpPort, 90_000);
  try {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expect(page.getByRole("heading", { name: "Workshop starten" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Titel des Workshops").fill("Wie kommen unsere Modelle live?");
    await page.getByLabel("Teamname").fill("Datenplattform");
    // Asynchronous, so that the facilitator can leave an address for the team's progress.
    await page.getByLabel(/^Asynchron/).check();
    const due = new Date(Date.now() + 2 * 86_400_000);
    const local = new Date(due.getTime() - due.getTimezoneOffset() * 60_000)
      .toISOString()
      .slice(0, 16);
    await page.getByLabel(/^Frist/).fill(local);
    await page
      .getByLabel(/Schick mir eine E-Mail, wenn alle abgestimmt haben/)
      .fill(facilitatorAddress);
    await page.getByRole("button", { name: "Workshop erstellen" }).click();
    await expect(page.getByRole("heading", { name: "Dein Workshop ist bereit" })).toBeFocused();
    await page.getByRole("link", { name: "Moderationsansicht öffnen" }).click();
    await page.waitForURL(/\/w\/[0-9a-f-]{36}\/facilitate$/);
    const workshopId = page.url().split("/w/")[1]!.split("/")[0]!;
    const inviteLink = (await page.getByTestId("invite-link").textContent())!.trim();
    await expect(page.getByRole("heading", { name: "Runde 1: Abstimmung läuft" })).toBeVisible();
    await expectAccessible(page);

    // Jonas's phone asks for German, Amy's for English: the same invite link serves both.
    const jonas = await phone(browser, "de-DE");
    await jonas.goto(inviteLink);
    await jonas.getByLabel("Dein Name").fill("Jonas");
    await jonas.getByLabel("Deine Rolle").selectOption({ index: 1 });
    await jonas
      .getByLabel("Schick mir eine Erinnerung vor der Frist und die Ergebnisse per E-Mail")
      .fill(jonasAddress);
    await jonas.getByRole("button", { name: "Workshop beitreten" }).click();
    await jonas.waitForURL(/\/w\/[0-9a-f-]{36}$/);
    await expect(jonas.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(jonas.getByText("Weiß nicht").first()).toBeVisible();
    await expectAccessible(jonas);

    const amy = await phone(browser, "en-US");
    await amy.goto(inviteLink);
    await amy.getByLabel("Your name").fill("Amy");
    await amy.getByLabel("Your role").selectOption({ index: 1 });
    await amy
      .getByLabel("E-mail me a reminder before the deadline and the results")
      .fill(amyAddress);
    await amy.getByRole("button", { name: "Join the workshop" }).click();
    await amy.waitForURL(/\/w\/[0-9a-f-]{36}$/);
    await expect(amy.locator("html")).toHaveAttribute("lang", "en-GB");

    await voteInGerman(jonas, {
      [DE.GOVERNANCE]: 4,
      [DE.SPEED]: 2,
      [DE.SKILLS]: 3,
      [DE.COST]: 2,
    });
    await amy.getByRole("group", { name: GOVERNANCE }).getByRole("radio", { name: "4" }).check({
      force: true,
    });
    for (const [criterion, score] of [
      [SPEED, "3"],
      [SKILLS, "3"],
      [COST, "2"],
    ] as const) {
      await amy
        .getByRole("group", { name: criterion })
        .getByRole("radio", { name: score, exact: true })
        .check({ force: true });
    }
    await expect(amy.getByText("Saved", { exact: true })).toHaveCount(4);

    // Everyone has voted: the facilitator asked in German, so hears in German.
    const allVoted = await firstMailTo(mailbox, facilitatorAddress);
    expect(allVoted.subject).toBe("Alle haben abgestimmt: „Wie kommen unsere Modelle live?“");
    expect(allVoted.text).toContain("Alle 2 Personen im Workshop");

    await page.getByRole("button", { name: "Stimmen aufdecken" }).click();
    await page.getByRole("dialog", { name: "Runde 1 aufdecken?" }).waitFor();
    await page.getByRole("button", { name: "Jetzt aufdecken" }).click();

    // Each phone follows the reveal to the same results, each in its own language: the
    // framework's names and the reasons too, not only the page around them.
    await jonas.waitForURL(/\/results$/);
    await expect(
      jonas.getByRole("heading", { level: 2, name: "Empfehlung: Lineare Übergabe" }),
    ).toBeVisible();
    await expect(
      jonas.getByText(/^Lineare Übergabe wird empfohlen, weil sie keine kritische Lücke hat/),
    ).toBeVisible();
    await expect(jonas.locator("main")).not.toContainText(/Linear Handoff|of 100|confidence/);
    await expectAccessible(jonas);
    await amy.waitForURL(/\/results$/);
    await expect(amy.locator("html")).toHaveAttribute("lang", "en-GB");
    await expect(
      amy.getByRole("heading", { level: 2, name: "Recommendation: Linear Handoff" }),
    ).toBeVisible();
    await expect(
      amy.getByText(/^Linear Handoff is recommended because it has no critical gaps/),
    ).toBeVisible();

    const jonasMail = await firstMailTo(mailbox, jonasAddress);
    expect(jonasMail.subject).toBe("Die Ergebnisse sind da: „Wie kommen unsere Modelle live?“");
    expect(jonasMail.text).toContain("Hallo Jonas,");
    const amyMail = await firstMailTo(mailbox, amyAddress);
    expect(amyMail.subject).toBe('Results are ready: "Wie kommen unsere Modelle live?"');
    expect(amyMail.text).toContain("Hello Amy,");

    // A read-only link for leadership, made and opened in German, with the ballots' CSV.
    await page.goto(`/w/${workshopId}/results`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de-DE");
    await expectAccessible(page);
    const form = page.getByRole("form", { name: "Neuer Ansichtslink" });
    await form.getByLabel("Bezeichnung").fill("Leitung");
    await form.getByRole("checkbox", { name: /^Die Stimmzettel als CSV/ }).check();
    await form.getByRole("button", { name: "Link erstellen" }).click();
    await expect(page.getByText("Link „Leitung“ erstellt")).toBeVisible();
    const shareLink = (await page
      .getByTestId("share-link")
      .filter({ hasText: "Leitung" })
      .getByTestId("share-link-url")
      .textContent())!.trim();
    const leadership = await browser.newContext({ locale: "de-DE" });
    const shared = await leadership.newPage();
    await shared.goto(shareLink);
    // Leadership's brief comes first, in German, with the framework's German names.
    await expect(
      shared.getByRole("heading", {
        level: 2,
        name: "Noch nicht entschieden; empfohlen: Lineare Übergabe",
      }),
    ).toBeVisible();
    await expect(shared.locator("main")).not.toContainText(/Linear Handoff|of 100/);
    await expectAccessible(shared);
    // As the German browser asks for it (a request context does not send its locale itself).
    const csv = await leadership.request.get(`${shareLink}/ballots.csv`, {
      headers: { "Accept-Language": "de-DE,de;q=0.9" },
    });
    expect(csv.ok()).toBe(true);
    const [header] = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toMatch(/^Runde,Person,/);
    expect(header).toContain(`${DE.GOVERNANCE} (Bewertung)`);
    await leadership.close();

    // The decision, recorded and signed off in German.
    await page.getByRole("link", { name: "Entscheidung festhalten" }).click();
    await page.waitForURL(/\/decision$/);
    await page.getByLabel("Pilotphase mit").fill("Churn-Modell");
    const owners = page.getByRole("group", { name: "Verantwortliche" }).getByRole("textbox");
    for (const [index, owner] of (await owners.all()).entries())
      await owner.fill(`Person ${index}`);
    await page.getByRole("button", { name: "Entscheidung festhalten" }).click();
    await expect(page.getByText("Version 1 der Entscheidung ist festgehalten.")).toBeVisible();
    await expectAccessible(page);

    const maraAddress = `mara-${stamp}@example.test`;
    const signOff = page.getByRole("region", { name: "Freigabe" });
    await signOff.getByLabel("Name").fill("Mara");
    await signOff.getByLabel("E-Mail-Adresse").fill(maraAddress);
    await signOff.getByRole("button", { name: "Freigabe anfragen" }).click();
    await expect(signOff.getByText("1 Person angefragt")).toBeVisible();
    const request = await mailbox.nextMailTo(maraAddress);
    expect(request.subject).toBe("Bitte um Freigabe: „Wie kommen unsere Modelle live?“");
    expect(request.text).toContain("Lineare Übergabe");
    const link = new RegExp("http://[^\\s]+/d/[A-Za-z0-9_-]{43}").exec(request.text)![0];

    const mara = await phone(browser, "de-DE");
    await mara.goto(link);
    await expect(mara.getByText(/^Hallo Mara\./)).toBeVisible();
    await expect(mara.locator("main")).toContainText("Lineare Übergabe");
    await expect(mara.locator("main")).not.toContainText("Linear Handoff");
    await expectAccessible(mara);
    await mara.getByRole("radio", { name: /^Freigeben/ }).check({ force: true });
    await mara.getByRole("button", { name: "Version 1 freigeben" }).click();
    await expect
      .poll(() => mailbox.mailsTo(facilitatorAddress).map((mail) => mail.subject), {
        timeout: 15_000,
      })
      .toContain("Alle Freigaben liegen vor: „Wie kommen unsere Modelle live?“");
  } finally {
    await mailbox.close();
  }
});

test("the language menu switches the page and is remembered, at the same address", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Workshop starten" })).toBeVisible();
  const address = page.url();
  await page.getByLabel("Sprache").selectOption({ label: "English" });
  await expect(page.getByRole("heading", { name: "Start a workshop" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  expect(page.url()).toBe(address);
  await expectAccessible(page);
  // Remembered over the browser's own wish: the next page comes in English too.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Start a workshop" })).toBeVisible();
  await page.getByLabel("Language").selectOption({ label: "Deutsch" });
  await expect(page.getByRole("heading", { name: "Workshop starten" })).toBeVisible();
  await expectAccessible(page);
});
