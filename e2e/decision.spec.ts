import { expect, test } from "./fixtures";
import { openMailbox } from "./support/mailbox";
import { expectAccessible, joinAs, screenshots, vote } from "./workshop-steps";

// From results to a decision: the facilitator records a decision that differs from the
// recommendation (the reason is required), follows it through, exports it, and leadership's
// link opens on the brief. The reminders of the follow-through reach the facilitator's address
// through a real SMTP server.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";
const smtpPort = Number(process.env.E2E_SMTP_PORT);

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

test("a decision is recorded with its reason, followed through, exported and briefed to leadership", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const lead = `lead-${Date.now()}@e2e.test`;
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
    await screenshots(page, testInfo, "decision");

    // The record in Markdown, as a decision record for the team's repository.
    const markdown = await (await page.request.get(`/w/${workshopId}/decision.md`)).text();
    expect(markdown).toContain("# Pick our ML workflow: Iterative Feedback Loop");
    expect(markdown).toContain("## Decision");
    expect(markdown).toContain("- Model driver: Ada");
    expect(markdown).toContain("- [x] Run the pilot with Churn model");
    const archive = await (await page.request.get(`/w/${workshopId}/archive.json`)).json();
    expect(archive.decision.versions[0].option.name).toBe("Iterative Feedback Loop");
    expect(JSON.stringify(archive)).not.toContain(lead);

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
  await expect(leader.getByTestId("analysis")).not.toHaveAttribute("open");
  await expect(leader.getByRole("heading", { name: "Team profile" })).toBeHidden();
  await expectAccessible(leader);
  await screenshots(leader, testInfo, "brief-phone");
});
