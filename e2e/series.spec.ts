import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectOk, joinWorkshop, send, startWorkshopWith, workshopFields } from "./support/api";
import { participantAndFirstRound, query } from "./support/database";
import { openMailbox } from "./support/mailbox";
import { createWorkshop, expectAccessible, joinAs, vote } from "./workshop-steps";

// The quarterly re-run (issue 17 item 6), as a team lives it: run 1 is revealed, the facilitator
// runs it again, a participant who left an address gets the invitation by e-mail (through the
// real mail server of the fixtures) and joins run 2 from it, run 2 is voted differently and
// revealed, and the series page shows both runs and the criterion whose median moved.
//
// The app sends to 127.0.0.1:E2E_SMTP_PORT; holding that port doubles as a lock between workers
// (see e2e/sign-in.spec.ts), so the mailbox is open only while this test waits for its mail.
const smtpPort = Number(process.env.E2E_SMTP_PORT);

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";

test("a workshop run again invites its people by e-mail and the series page shows the drift", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const email = `ada-${tag}@e2e.test`;
  const workshop = await createWorkshop(page, { title: `Quarterly review ${tag}` });

  // Run 1: Ada leaves her address; both think governance matters little.
  const ada = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await ada.goto(workshop.inviteLink);
  await ada.getByLabel("Your name").fill("Ada");
  await ada.getByLabel("Your role").selectOption({ label: "Data scientist" });
  await ada.getByLabel("E-mail me the results").fill(email);
  await ada.getByRole("button", { name: "Join the workshop" }).click();
  await ada.waitForURL(/\/w\/[0-9a-f-]{36}$/);
  const bob = await joinAs(browser, workshop.inviteLink, "Bob", "ML engineer");
  for (const person of [ada, bob]) {
    await vote(person, { [GOVERNANCE]: 2, [SPEED]: 4, [SKILLS]: 3, [COST]: 3 });
  }

  await page.goto(`/w/${workshop.workshopId}/facilitate`);
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/present$/);
  await page.goto(`/w/${workshop.workshopId}/facilitate`);

  const mailbox = await openMailbox(smtpPort, 90_000);
  let invite: string;
  try {
    await page.getByRole("button", { name: "Run this again" }).click();
    const dialog = page.getByRole("dialog", { name: "Run this workshop again?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Start the new run" }).click();
    await expect(page.getByRole("heading", { name: "The new run is ready" })).toBeFocused();
    await expect(page.getByTestId("rerun-facilitator-link")).toContainText("/f/");

    await expect
      .poll(() => mailbox.mailsTo(email).filter((m) => m.subject.includes("again")).length, {
        timeout: 45_000,
      })
      .toBe(1);
    const mail = mailbox.mailsTo(email).find((m) => m.subject.includes("again"))!;
    expect(mail.subject).toBe(`You're invited to run "Quarterly review ${tag}" again`);
    expect(mail.text).toMatch(/\/u\/[\w-]{43}/);
    invite = /https?:\/\/\S+\/j\/[\w-]{43}/.exec(mail.text)![0];
  } finally {
    await mailbox.close();
  }

  await page.getByRole("link", { name: "Open the new run" }).click();
  await page.waitForURL(
    (url) =>
      /\/w\/[0-9a-f-]{36}\/facilitate$/.test(url.pathname) &&
      !url.pathname.includes(workshop.workshopId),
  );
  const secondId = page.url().split("/w/")[1]!.split("/")[0]!;
  expect(secondId).not.toBe(workshop.workshopId);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Quarterly review ${tag}`);

  // Run 2: Ada joins from the mail's link; governance now matters a lot to her.
  const adaAgain = await joinAs(browser, invite, "Ada", "Data scientist");
  expect(adaAgain.url()).toContain(`/w/${secondId}`);
  await vote(adaAgain, { [GOVERNANCE]: 5, [SPEED]: 4, [SKILLS]: 3, [COST]: 3 });

  // Before run 2 is revealed the series page shows nothing of it.
  await page.goto(`/w/${secondId}/series`);
  await expect(
    page.getByRole("region", { name: "Runs" }).getByRole("row", { name: /^Run 2/ }),
  ).toContainText("Not yet");
  await expect(page.getByText("went up")).toHaveCount(0);
  // One revealed run makes no line: the table alone shows its medians.
  await expect(page.getByText("run by run (1 to 5)")).toHaveCount(0);

  await page.goto(`/w/${secondId}/facilitate`);
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await page.waitForURL(/\/present$/);
  await page.goto(`/w/${secondId}/facilitate`);
  await page.getByRole("link", { name: "See every run" }).click();
  await page.waitForURL(/\/series$/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Quarterly review ${tag}`);
  const run1 = page.getByRole("region", { name: "Runs" }).getByRole("row", { name: /^Run 1/ });
  const run2 = page.getByRole("region", { name: "Runs" }).getByRole("row", { name: /^Run 2/ });
  await expect(run1.getByRole("cell").nth(1)).toHaveText("Round 1");
  await expect(run1.getByRole("cell").nth(2)).toHaveText("2");
  await expect(run2.getByRole("cell").nth(1)).toHaveText("Round 1");
  await expect(run2.getByRole("cell").nth(2)).toHaveText("1");
  await expect(
    page.getByText(`${GOVERNANCE}: the team's median went up from 2 to 5.`, { exact: true }),
  ).toBeVisible();
  await expect(page.getByText("run by run (1 to 5)")).toBeVisible();
  const governanceRow = page
    .getByRole("region", { name: "Medians per run" })
    .getByRole("row", { name: new RegExp(GOVERNANCE) });
  await expect(governanceRow.getByRole("cell").nth(0)).toContainText("2");
  await expect(governanceRow.getByRole("cell").nth(1)).toContainText("5");
  // No names on this page: aggregates only.
  for (const name of ["Ada", "Bob"]) {
    await expect(page.getByText(name, { exact: true })).toHaveCount(0);
  }
  // The chart is drawn once recharts has arrived.
  await expect(page.locator(".recharts-surface")).toBeVisible();
  await expectAccessible(page);

  for (const [width, file] of [
    [1280, "docs/series.png"],
    [390, "docs/series-phone.png"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.locator(".recharts-surface")).toBeVisible();
    await page.screenshot({ path: file, fullPage: true });
  }
});

test("an async workshop is run again from its results page with a new deadline", async ({
  page,
}) => {
  const title = `Async review ${randomBytes(3).toString("hex")}`;
  const made = await startWorkshopWith(page.request, {
    ...workshopFields(title),
    mode: "async",
    deadline: new Date(Date.now() + 86_400_000).toISOString(),
  });
  const guest = await joinWorkshop(made, { displayName: "Pat", role: "data_scientist" });
  const { roundId } = await participantAndFirstRound(made.workshopId);
  const api = `/api/workshops/${made.workshopId}`;
  await expectOk(
    send({
      method: "PUT",
      path: `${api}/votes`,
      cookie: guest,
      body: { roundId, answers: [{ criterionId: "governance", score: 4 }] },
    }),
  );
  expect((await page.request.post(`${api}/reveal`)).status()).toBe(200);

  await page.goto(`/w/${made.workshopId}/results`);
  const section = page.getByRole("region", { name: "Run this again" });
  // The new run needs a deadline of its own: the form says so before anything is made.
  await section.getByRole("button", { name: "Run this again" }).click();
  await expect(section.getByText("Choose a date and time.")).toBeVisible();
  const deadline = new Date(Date.now() + 7 * 86_400_000);
  const local = new Date(deadline.getTime() - deadline.getTimezoneOffset() * 60_000)
    .toISOString()
    .slice(0, 16);
  await section.getByLabel("Deadline of the new run").fill(local);
  await section.getByRole("button", { name: "Run this again" }).click();
  await expect(page.getByRole("heading", { name: "The new run is ready" })).toBeFocused();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Open the new run" }).click();
  await page.waitForURL(
    (url) => url.pathname.endsWith("/facilitate") && !url.pathname.includes(made.workshopId),
  );
  const secondId = page.url().split("/w/")[1]!.split("/")[0]!;
  const [row] = await query<{ mode: string; series_id: string; deadline: Date }>(
    "SELECT mode::text AS mode, series_id, deadline FROM workshops WHERE id = $1",
    [secondId],
  );
  expect(row).toMatchObject({ mode: "async", series_id: made.workshopId });
  expect(Math.abs(row!.deadline.getTime() - deadline.getTime())).toBeLessThan(60_000);
  await expect(page.getByRole("link", { name: "See every run" })).toBeVisible();
});
