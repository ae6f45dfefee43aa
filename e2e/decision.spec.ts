import { expect, test } from "./fixtures";
import { openMailbox, type Mailbox } from "./support/mailbox";
import { expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

// From results to a decision, the whole path issue 17 asks for, as its people live it: the
// facilitator records a decision that differs from the recommendation (the reason is required);
// two leaders sign it off through the links they are e-mailed: one asks for a change, the
// facilitator records a new version, and both approve that one; the brief shows the chain, the
// Markdown record keeps it, the facilitator hears when everyone has answered, the follow-through
// reminders go out (the pilot's dates are set so that they are due), leadership's link opens on
// the brief, and "Run this again" makes a second run whose brief says what moved since the
// first. Every mail passes through a real SMTP server.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";
const smtpPort = Number(process.env.E2E_SMTP_PORT);

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** The personal sign-off link in the newest mail to `address`. */
function signOffLink(mailbox: Mailbox, address: string): string {
  const mail = mailbox.mailsTo(address).at(-1)!;
  return /https?:\/\/\S+\/d\/[\w-]{43}/.exec(mail.text)![0];
}

test("a decision is recorded with its reason, signed off, followed through, exported, briefed and run again", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(480_000);
  const tag = Date.now();
  const lead = `lead-${tag}@e2e.test`;
  const mara = `mara-${tag}@e2e.test`;
  const omar = `omar-${tag}@e2e.test`;
  await page.goto("/");
  await page.getByLabel("Workshop title").fill("Pick our ML workflow");
  await page.getByLabel("Team name").fill("Fraud ML");
  await page.getByLabel(/Asynchronously/).check();
  const due = new Date(Date.now() + 2 * DAY);
  await page
    .getByLabel("Deadline")
    .fill(new Date(due.getTime() - due.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
  await page.getByLabel(/E-mail me when everyone has voted/).fill(lead);
  await page.getByRole("button", { name: "Create workshop" }).click();
  await page.getByRole("link", { name: "Open the facilitator page" }).click();
  await page.waitForURL(/\/facilitate$/);
  const workshopId = page.url().split("/w/")[1]!.split("/")[0]!;
  const inviteLink = (await page.getByTestId("invite-link").textContent())!.trim();

  // A team under heavy governance: the results recommend a Linear Handoff.
  for (const name of ["Ada", "Grace", "Linus"]) {
    const phone = await joinAs(browser, inviteLink, name, "ML engineer");
    await vote(phone, { [GOVERNANCE]: 5, [SPEED]: 2, [SKILLS]: 2, [COST]: 2 });
  }
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/results$/);
  await page.getByRole("link", { name: "Record the decision" }).click();
  await page.waitForURL(/\/decision$/);
  const brief = page.getByTestId("brief");
  await expect(brief).toContainText("Not decided yet");
  await expect(brief.getByRole("heading", { name: /Linear Handoff/ })).toBeVisible();
  await expect(brief).toContainText("If nothing is decided");

  // The team chose otherwise: without its reason the record is refused, next to the field.
  await page.getByRole("radio", { name: "Iterative Feedback Loop" }).check();
  await page.getByLabel("What to pilot on").fill("Churn model");
  await page.getByLabel("Model driver").fill("Ada");
  await page.getByLabel("On-call owner").fill("Grace");
  await page.getByLabel("Monitoring owner").fill("Linus");
  // The pilot ended yesterday and the review is in three days: both reminders are due.
  await page.getByLabel("Pilot starts").fill(day(-22));
  await page.getByLabel("Pilot ends").fill(day(-1));
  await page.getByLabel("Review the decision on").fill(day(3));
  await page.getByRole("button", { name: "Record the decision" }).click();
  const why = page.getByLabel("Why not the recommended option?");
  await expect(why).toBeFocused();
  await expect(page.getByText("Say why the team chose differently")).toBeVisible();
  await expectAccessible(page);

  // The mailbox listens before the decision exists, so the sweep finds it open.
  const mailbox = await openMailbox(smtpPort, 90_000);
  try {
    await why.fill("We retrain weekly and our audits are light.");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByText("Version 1 of the decision is recorded.")).toBeVisible();
    await expect(brief).toContainText("The team decided on Iterative Feedback Loop.");
    await expect(brief).toContainText(
      "The results recommended Linear Handoff; the team chose otherwise because: We retrain weekly",
    );
    await expect(brief).toContainText("led by Ada (Model driver)");

    // Follow-through: the pilot step is done.
    const pilot = page.getByTestId("step-pilot");
    await expect(pilot).toContainText("Run the pilot with Churn model");
    await pilot.getByLabel("Status").selectOption("done");
    await pilot.getByRole("button", { name: "Save" }).click();
    await expect(pilot.getByText("Saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("step-pilot").getByLabel("Status")).toHaveValue("done");

    // Sign-off: two leaders are asked by e-mail.
    const signOff = page.getByRole("region", { name: "Sign-off" });
    await signOff.getByLabel("Name").fill("Mara");
    await signOff.getByLabel("E-mail address").fill(mara);
    await signOff.getByRole("button", { name: "Add another person" }).click();
    await signOff.getByLabel("Name 2").fill("Omar");
    await signOff.getByLabel("E-mail address 2").fill(omar);
    await signOff.getByRole("button", { name: "Ask for sign-off" }).click();
    await expect(signOff.getByText("Asked 2 people")).toBeVisible();
    await expect(signOff.getByTestId("signatories")).toContainText(
      "Omar · waiting for an answer to version 1",
    );
    // Addresses are sent once and shown to nobody, the facilitator included.
    await expect(page.getByText(mara)).toHaveCount(0);
    for (const address of [mara, omar]) {
      const request = await mailbox.nextMailTo(address);
      expect(request.subject).toBe('Please sign off: "Pick our ML workflow"');
    }

    // Mara asks for a change; the comment is required for that.
    const maraPage = await (
      await browser.newContext({ viewport: { width: 390, height: 844 } })
    ).newPage();
    await maraPage.goto(signOffLink(mailbox, mara));
    await expect(maraPage.getByText("Hello Mara.")).toBeVisible();
    await expect(maraPage.getByTestId("brief")).toContainText(
      "The team decided on Iterative Feedback Loop.",
    );
    await maraPage.getByRole("radio", { name: /Ask for changes/ }).check();
    await maraPage.getByRole("button", { name: "Send my request" }).click();
    await expect(
      maraPage.getByText("Say what should change, so the team can act on it."),
    ).toBeVisible();
    await expect(maraPage.getByLabel("What should change?")).toBeFocused();
    await expectAccessible(maraPage);
    await maraPage
      .getByLabel("What should change?")
      .fill("Name a second on-call owner for nights.");
    await maraPage.getByRole("button", { name: "Send my request" }).click();
    await expect(maraPage.getByText("You asked for changes to version 1")).toBeVisible();

    // The facilitator reads it and records version 2.
    await page.reload();
    await expect(signOff.getByTestId("signatories")).toContainText(
      "Name a second on-call owner for nights.",
    );
    await page.getByLabel("On-call owner").fill("Grace and Linus");
    await page.getByRole("button", { name: "Record version 2" }).click();
    await expect(page.getByText("Version 2 of the decision is recorded.")).toBeVisible();
    for (const address of [mara, omar]) {
      await expect
        .poll(() => mailbox.mailsTo(address).map((mail) => mail.subject), { timeout: 15_000 })
        .toContain('Please sign off version 2: "Pick our ML workflow"');
    }

    // Both approve version 2, each through the link they already had.
    await maraPage.goto(signOffLink(mailbox, mara));
    await expect(
      maraPage.getByText("The decision changed since you answered version 1"),
    ).toBeVisible();
    await maraPage.getByRole("button", { name: "Approve version 2" }).click();
    await expect(maraPage.getByText("You approved version 2")).toBeVisible();
    const omarPage = await (await browser.newContext()).newPage();
    await omarPage.goto(signOffLink(mailbox, omar));
    await omarPage.getByLabel("A comment for the team").fill("Good call.");
    await omarPage.getByRole("button", { name: "Approve version 2" }).click();
    await expect(omarPage.getByText("You approved version 2")).toBeVisible();

    // The facilitator hears that everyone has answered; the brief shows the chain.
    const completeMails = () =>
      mailbox.mailsTo(lead).filter((mail) => mail.subject.startsWith("Sign-offs"));
    await expect.poll(() => completeMails().length, { timeout: 30_000 }).toBe(1);
    const complete = completeMails()[0]!;
    expect(complete.text).toContain("All 2 of them approved.");
    await page.reload();
    const chain = brief.getByTestId("sign-off-chain");
    await expect(chain).toContainText("Approved by everyone asked (2 of 2).");
    await expect(chain).toContainText("Mara approved on");
    await expect(chain).toContainText("Omar approved on");
    await screenshots(page, testInfo, "decision");

    // The record in Markdown, as a decision record for the team's repository.
    const markdown = await (await page.request.get(`/w/${workshopId}/decision.md`)).text();
    expect(markdown).toContain("# Pick our ML workflow: Iterative Feedback Loop");
    expect(markdown).toContain("## Decision");
    expect(markdown).toContain("- Model driver: Ada");
    expect(markdown).toContain("- [x] Run the pilot with Churn model");
    expect(markdown).toContain("## Sign-offs");
    expect(markdown).toMatch(
      /- Mara, [\d-]+ [\d:]+ UTC, version 1: asked for changes: Name a second on-call owner for nights\./,
    );
    expect(markdown).toMatch(/- Mara, [\d-]+ [\d:]+ UTC, version 2: approved/);
    expect(markdown).toMatch(/- Omar, [\d-]+ [\d:]+ UTC, version 2: approved: Good call\./);
    const archive = await (await page.request.get(`/w/${workshopId}/archive.json`)).json();
    expect(archive.decision.versions[0].option.name).toBe("Iterative Feedback Loop");
    expect(JSON.stringify(archive)).not.toContain(lead);
    expect(JSON.stringify(archive)).not.toContain(mara);
    expect(archive.decision.signatories.map((p: { name: string }) => p.name)).toEqual([
      "Mara",
      "Omar",
    ]);

    // The reminders of the follow-through reach the facilitator's address.
    await expect
      .poll(
        () =>
          mailbox
            .mailsTo(lead)
            .map((mail) => mail.subject)
            .sort(),
        { timeout: 75_000 },
      )
      .toEqual([
        'Decision review due: "Pick our ML workflow"',
        'Sign-offs complete: "Pick our ML workflow"',
        'The pilot has ended: "Pick our ML workflow"',
      ]);
    const ended = mailbox.mailsTo(lead).find((mail) => mail.subject.startsWith("The pilot"))!;
    expect(ended.text).toContain("Iterative Feedback Loop");
    expect(ended.text).toContain(`/w/${workshopId}/decision`);
  } finally {
    await mailbox.close();
  }

  // Leadership's link opens on the brief; the analysis waits, folded, below it.
  await page.goto(`/w/${workshopId}/results`);
  const form = page.getByRole("form", { name: "New read-only link" });
  await form.getByLabel("Label").fill("Leadership");
  await form.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByText("Link “Leadership” created")).toBeVisible();
  const shareUrl = (await page
    .getByTestId("share-link")
    .filter({ hasText: "Leadership" })
    .getByTestId("share-link-url")
    .textContent())!.trim();
  const leader = await (
    await browser.newContext({ viewport: { width: 390, height: 844 } })
  ).newPage();
  await leader.goto(shareUrl);
  const shared = leader.getByTestId("brief");
  await expect(shared).toContainText("The team decided on Iterative Feedback Loop.");
  await expect(shared).toContainText("3 people voted");
  await expect(shared.getByTestId("sign-off-chain")).toContainText(
    "Approved by everyone asked (2 of 2).",
  );
  await expect(leader.getByTestId("analysis")).not.toHaveAttribute("open");
  await expect(leader.getByRole("heading", { name: "Team profile" })).toBeHidden();
  await expectAccessible(leader);
  await screenshots(leader, testInfo, "brief-phone");

  // A quarter later the team runs it again: governance now weighs far less.
  await page.goto(`/w/${workshopId}/results`);
  const again = page.getByRole("region", { name: "Run this again" });
  const next = new Date(Date.now() + 7 * DAY);
  await again
    .getByLabel("Deadline of the new run")
    .fill(new Date(next.getTime() - next.getTimezoneOffset() * 60_000).toISOString().slice(0, 16));
  await again.getByRole("button", { name: "Run this again" }).click();
  await page.getByRole("link", { name: "Open the new run" }).click();
  await page.waitForURL(
    (url) => url.pathname.endsWith("/facilitate") && !url.pathname.includes(workshopId),
  );
  const secondId = page.url().split("/w/")[1]!.split("/")[0]!;
  const secondInvite = (await page.getByTestId("invite-link").textContent())!.trim();
  for (const name of ["Ada", "Grace", "Linus"]) {
    const phone = await joinAs(browser, secondInvite, name, "ML engineer");
    await vote(phone, { [GOVERNANCE]: 2, [SPEED]: 4, [SKILLS]: 3, [COST]: 3 });
  }
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/results$/);
  await page.goto(`/w/${secondId}/decision`);
  const drift = page.getByTestId("brief-drift");
  await expect(drift).toContainText(`${GOVERNANCE}: the team's median went down from 5 to 2.`);
  await expect(drift).toContainText(`${SPEED}: the team's median went up from 2 to 4.`);
});
