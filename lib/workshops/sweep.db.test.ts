// The periodic sweep of async workshops against a real PostgreSQL and a real SMTP server (the
// `smtp-server` package, as the sign-in e2e test uses it), with the clock moved by the test:
// reminders, results links and "everyone has voted" each arrive exactly once, even when two app
// instances sweep at the same moment, and every mail's unsubscribe link works.
import { beforeEach, describe, expect, it } from "vitest";
import { deriveUnsubscribeToken } from "@/lib/auth/tokens";
import { testDatabase } from "@/lib/db/test-database";
import { testMailbox, TEST_APP_URL, type ReceivedMail } from "@/lib/mail/test-mailbox";
import { sendDueMails } from "@/lib/mail/outbox";
import { findUnsubscribeTarget, unsubscribe } from "@/lib/mail/unsubscribe";
import { joinWorkshop, openNextRound, revealRound, saveVote } from "./mutations";
import { recordDecision } from "@/lib/decisions/record";
import { runSweep } from "./sweep";
import { asFacilitator, criteria, startWorkshop, type StartedWorkshop } from "./test-fixtures";

const db = testDatabase();
const TITLE = "How should our models reach production?";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const APP_URL = TEST_APP_URL;

const mailbox = await testMailbox();
const { received, refuse } = mailbox;
beforeEach(() => mailbox.clear());

const mailsTo = (address: string) => received.filter((mail) => mail.to.includes(address));
const subjectsTo = (address: string) =>
  mailsTo(address)
    .map((mail) => mail.subject)
    .sort();

let addresses = 0;
/** A fresh address per person, so tests never see each other's mail. */
function address(name: string): string {
  addresses += 1;
  return `${name}-${addresses}@example.test`;
}

async function join(workshop: StartedWorkshop, email?: string) {
  const joined = await joinWorkshop(workshop.inviteToken, {
    displayName: email ? email.split("@")[0]! : "No mail",
    role: "ml_engineer",
    ...(email !== undefined && { email }),
  });
  return { participantId: joined.participantId, guestToken: joined.guestToken! };
}

async function voteFully(
  workshop: StartedWorkshop,
  guestToken: string,
  roundId = workshop.roundId,
) {
  for (const criterionId of criteria) {
    await saveVote(workshop.workshopId, { guestToken }, { roundId, criterionId, score: 2 });
  }
}

/** Two app instances sweeping at the same moment. */
async function sweepTwice(now: Date) {
  const [first, second] = await Promise.all([runSweep(now), runSweep(now)]);
  return [...first.mails, ...second.mails];
}

/** Makes the participants look as if they joined a while ago (reminders spare newcomers). */
async function joinedEarlier(workshopId: string) {
  await db.pool.query(
    `UPDATE participants SET joined_at = joined_at - interval '2 hours' WHERE workshop_id = $1`,
    [workshopId],
  );
}

function unsubscribeTokenIn(mail: ReceivedMail): string {
  const match = new RegExp(`${APP_URL}/u/([A-Za-z0-9_-]{43})`).exec(mail.text);
  if (!match) throw new Error(`No unsubscribe link in:\n${mail.text}`);
  expect(mail.html).toContain(`${APP_URL}/u/${match[1]}`);
  expect(mail.headers.get("list-unsubscribe")).toBe(`<${APP_URL}/u/${match[1]}/confirm>`);
  expect(mail.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  return match[1]!;
}

async function outboundRows(workshopId: string) {
  const { rows } = await db.pool.query<{
    kind: string;
    sent: boolean;
    attempts: number;
    last_error: string | null;
    retry_after: Date | null;
  }>(
    `SELECT kind::text, sent_at IS NOT NULL AS sent, attempts, last_error, retry_after
     FROM outbound_mails WHERE workshop_id = $1 ORDER BY claimed_at, dedupe_key`,
    [workshopId],
  );
  return rows;
}

describe("deadline reminders", () => {
  it("reach each opted-in participant who has not voted exactly once, and unsubscribe works", async () => {
    const deadline = new Date(Date.now() + 30 * HOUR);
    const workshop = await startWorkshop({ input: { mode: "async", deadline } });
    const ada = address("ada");
    const bo = address("bo");
    const cy = address("cy");
    const a = await join(workshop, ada);
    const b = await join(workshop, bo);
    const c = await join(workshop, cy);
    await join(workshop); // No address: never mailed.
    await voteFully(workshop, c.guestToken); // Done already: no reminder.
    await saveVote(
      workshop.workshopId,
      { guestToken: b.guestToken },
      { roundId: workshop.roundId, criterionId: "speed", score: 4 },
    ); // Half a ballot still earns a reminder.
    await joinedEarlier(workshop.workshopId);

    // More than a day before the deadline: nothing yet.
    expect(await sweepTwice(new Date(deadline.getTime() - 25 * HOUR))).toEqual([]);

    // 23 hours before it, two instances at once, and again a little later.
    const now = new Date(deadline.getTime() - 23 * HOUR);
    await sweepTwice(now);
    await sweepTwice(new Date(now.getTime() + 10 * MINUTE));
    expect(mailsTo(ada)).toHaveLength(1);
    expect(mailsTo(bo)).toHaveLength(1);
    expect(mailsTo(cy)).toEqual([]);

    const [mail] = mailsTo(ada);
    expect(mail!.subject).toBe(`Reminder: voting in "${TITLE}" closes in about 23 hours`);
    expect(mail!.text).toContain(`${APP_URL}/w/${workshop.workshopId}\n`);
    expect(mail!.html).toContain(`href="${APP_URL}/w/${workshop.workshopId}"`);
    expect(mail!.text).toContain("UTC");
    expect(await outboundRows(workshop.workshopId)).toEqual([
      { kind: "deadline_reminder", sent: true, attempts: 1, last_error: null, retry_after: null },
      { kind: "deadline_reminder", sent: true, attempts: 1, last_error: null, retry_after: null },
    ]);

    // Ada follows the link in her mail: the page only asks, the button unsubscribes.
    const token = unsubscribeTokenIn(mail!);
    expect(await findUnsubscribeTarget(token)).toEqual({
      subject: "participant",
      workshopTitle: TITLE,
      subscribed: true,
    });
    expect(await unsubscribe(token)).toBe(true);
    expect(await unsubscribe(token)).toBe(true);
    expect(await findUnsubscribeTarget(token)).toMatchObject({ subscribed: false });
    const { rows } = await db.pool.query(
      `SELECT email, reminder_opt_in FROM participants WHERE id = $1`,
      [a.participantId],
    );
    expect(rows).toEqual([{ email: null, reminder_opt_in: false }]);

    // A new reminder window (round 2, same deadline): Bo is reminded again, Ada never.
    received.length = 0;
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    const next = await openNextRound(await asFacilitator(workshop, "round.open"));
    await sweepTwice(new Date(now.getTime() + HOUR));
    await sweepTwice(new Date(now.getTime() + 2 * HOUR));
    expect(mailsTo(ada)).toEqual([]);
    expect(subjectsTo(bo)).toEqual([
      expect.stringMatching(/^Reminder: voting in/),
      expect.stringMatching(/^Results are ready/),
    ]);
    expect(subjectsTo(cy)).toEqual([
      // Round 2 starts from Cy's previous answers, but only a save in round 2 counts as voting.
      expect.stringMatching(/^Reminder: voting in/),
      expect.stringMatching(/^Results are ready/),
    ]);
    expect(next.number).toBe(2);
  });

  it("spare people who joined in the last hour, and stop once the deadline passed", async () => {
    const deadline = new Date(Date.now() + 2 * HOUR);
    const workshop = await startWorkshop({ input: { mode: "async", deadline } });
    const dee = address("dee");
    await join(workshop, dee);
    await sweepTwice(new Date());
    expect(mailsTo(dee)).toEqual([]);
    await joinedEarlier(workshop.workshopId);
    // At the deadline the round is settled (revealed) first: a results mail, no reminder.
    await sweepTwice(deadline);
    expect(mailsTo(dee).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Results are ready/),
    ]);
  });
});

describe("results links", () => {
  it("go out once after a reveal by hand, to opted-in participants only", async () => {
    const workshop = await startWorkshop({ input: { mode: "async" } });
    const eve = address("eve");
    const fay = address("fay");
    await join(workshop, eve);
    const f = await join(workshop, fay);
    await join(workshop);
    // Fay unsubscribed before the reveal, through the link of an earlier mail.
    await unsubscribe(
      deriveUnsubscribeToken(process.env.AUTH_SECRET!, "participant", f.participantId),
    );
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    await sweepTwice(new Date());
    await sweepTwice(new Date(Date.now() + MINUTE));
    expect(mailsTo(fay)).toEqual([]);
    expect(mailsTo(eve)).toHaveLength(1);
    const [mail] = mailsTo(eve);
    expect(mail!.subject).toBe(`Results are ready: "${TITLE}"`);
    expect(mail!.text).toContain(`${APP_URL}/w/${workshop.workshopId}/results\n`);
    expect(mail!.text).toContain("round 1");
    expect(await findUnsubscribeTarget(unsubscribeTokenIn(mail!))).toMatchObject({
      subject: "participant",
      subscribed: true,
    });
  });

  it("go out once after a reveal by deadline, in the same sweep that settles it", async () => {
    const deadline = new Date(Date.now() + HOUR);
    const workshop = await startWorkshop({ input: { mode: "async", deadline } });
    const gus = address("gus");
    await join(workshop, gus);
    const later = new Date(deadline.getTime() + 2 * MINUTE);
    const [first, second] = await Promise.all([runSweep(later), runSweep(later)]);
    expect([...first.settled, ...second.settled]).toEqual([
      expect.objectContaining({ workshopId: workshop.workshopId, outcome: "revealed" }),
    ]);
    await sweepTwice(new Date(later.getTime() + HOUR));
    expect(mailsTo(gus).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Results are ready/),
    ]);
  });
  it("come in batches that always make progress", async () => {
    const workshop = await startWorkshop({ input: { mode: "async" } });
    const people = [address("hal"), address("ivy"), address("jo")];
    for (const person of people) await join(workshop, person);
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    for (let run = 0; run < people.length; run += 1) {
      expect(await sendDueMails(new Date(), { batch: 1 })).toHaveLength(1);
    }
    expect(await sendDueMails(new Date(), { batch: 1 })).toEqual([]);
    for (const person of people) expect(mailsTo(person)).toHaveLength(1);
  });
});

describe("an address given by someone else", () => {
  it("gets no flood: joining a workshop a dozen times with it sends ten mails an hour at most", async () => {
    const workshop = await startWorkshop({ input: { mode: "async" } });
    const victim = address("victim");
    for (let joined = 0; joined < 12; joined += 1) await join(workshop, victim);
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    const now = new Date();
    const outcomes = await sendDueMails(now);
    expect(outcomes.filter((outcome) => outcome.sent)).toHaveLength(10);
    expect(mailsTo(victim)).toHaveLength(10);
    // The rest are dropped for good, not sent an hour later.
    await sendDueMails(new Date(now.getTime() + 2 * HOUR));
    expect(mailsTo(victim)).toHaveLength(10);
    const rows = await outboundRows(workshop.workshopId);
    expect(rows.filter((row) => !row.sent)).toEqual(
      Array.from({ length: 2 }, () =>
        expect.objectContaining({
          retry_after: null,
          last_error: expect.stringMatching(/^Not sent/),
        }),
      ),
    );
    // Someone else's mail is not held back by it.
    const other = address("other");
    await join(workshop, other);
    const next = await openNextRound(await asFacilitator(workshop, "round.open"));
    expect(next.number).toBe(2);
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    await sendDueMails(new Date(now.getTime() + 3 * HOUR));
    expect(mailsTo(other)).toHaveLength(1);
  });
});

describe("everyone has voted", () => {
  it("reaches the facilitator's address once per round, and can be stopped", async () => {
    const facilitator = address("facilitator");
    const workshop = await startWorkshop({
      participants: 2,
      input: { mode: "async", notifyEmail: facilitator },
    });
    await voteFully(workshop, workshop.participants[0]!.guestToken);
    await sweepTwice(new Date());
    expect(mailsTo(facilitator)).toEqual([]);

    await voteFully(workshop, workshop.participants[1]!.guestToken);
    await sweepTwice(new Date());
    await sweepTwice(new Date(Date.now() + MINUTE));
    expect(mailsTo(facilitator)).toHaveLength(1);
    const [mail] = mailsTo(facilitator);
    expect(mail!.subject).toBe(`Everyone has voted: "${TITLE}"`);
    expect(mail!.text).toContain("All 2 people who joined");
    expect(mail!.text).toContain(`${APP_URL}/w/${workshop.workshopId}/facilitate\n`);

    // The facilitator stops these mails: the address is forgotten, round 2 sends nothing.
    const token = unsubscribeTokenIn(mail!);
    expect(await findUnsubscribeTarget(token)).toMatchObject({
      subject: "workshop",
      subscribed: true,
    });
    expect(await unsubscribe(token)).toBe(true);
    const { rows } = await db.pool.query(`SELECT notify_email FROM workshops WHERE id = $1`, [
      workshop.workshopId,
    ]);
    expect(rows).toEqual([{ notify_email: null }]);
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    const next = await openNextRound(await asFacilitator(workshop, "round.open"));
    for (const participant of workshop.participants) {
      await voteFully(workshop, participant.guestToken, next.roundId);
    }
    await sweepTwice(new Date(Date.now() + MINUTE));
    expect(mailsTo(facilitator)).toHaveLength(1);
  });

  it("is not sent for a workshop nobody joined", async () => {
    const facilitator = address("lonely");
    await startWorkshop({ input: { mode: "async", notifyEmail: facilitator } });
    await sweepTwice(new Date());
    expect(mailsTo(facilitator)).toEqual([]);
  });
});

describe("failed sends", () => {
  it("are recorded; a refusal for now is retried later, a permanent one never", async () => {
    const workshop = await startWorkshop({ input: { mode: "async" } });
    const gone = address("gone");
    const busy = address("busy");
    refuse.set(gone, 550);
    refuse.set(busy, 451);
    await join(workshop, gone);
    await join(workshop, busy);
    await revealRound(await asFacilitator(workshop, "round.reveal"));

    const now = new Date();
    const outcomes = await sweepTwice(now);
    expect(outcomes.filter((outcome) => outcome.dedupeKey.includes("results_ready"))).toEqual([
      expect.objectContaining({ sent: false }),
      expect.objectContaining({ sent: false }),
    ]);
    const rows = await outboundRows(workshop.workshopId);
    expect(rows).toHaveLength(2);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ sent: false, attempts: 1, retry_after: null }),
        expect.objectContaining({ sent: false, attempts: 1, retry_after: expect.any(Date) }),
      ]),
    );
    expect(rows.every((row) => row.last_error !== null)).toBe(true);

    // Not before the retry time; after it, the mail server takes it, once.
    refuse.delete(busy);
    await sweepTwice(new Date(now.getTime() + 30_000));
    expect(mailsTo(busy)).toEqual([]);
    await sweepTwice(new Date(now.getTime() + 3 * MINUTE));
    await sweepTwice(new Date(now.getTime() + 60 * MINUTE));
    expect(mailsTo(busy)).toHaveLength(1);
    expect(mailsTo(gone)).toEqual([]);
    expect(await outboundRows(workshop.workshopId)).toEqual(
      expect.arrayContaining([
        { kind: "results_ready", sent: true, attempts: 2, last_error: null, retry_after: null },
        expect.objectContaining({ sent: false, attempts: 1, retry_after: null }),
      ]),
    );
  });
});

// Last: its clock jumps months ahead, past every other test's retry and lookback times.
describe("follow-through reminders", () => {
  it("tell the facilitator once when the pilot ends and once a week before the review", async () => {
    const facilitator = address("decider");
    const workshop = await startWorkshop({
      participants: 1,
      input: { mode: "async", notifyEmail: facilitator },
    });
    await voteFully(workshop, workshop.participants[0]!.guestToken);
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    await recordDecision(await asFacilitator(workshop, "decision.record"), {
      optionId: "linear-handoff",
      rationale: "Audits come first here.",
      pilotModel: "Churn model",
      owners: ["Stage-gate owner", "Handoff template owner", "Monitoring owner"].map((role) => ({
        role,
        name: "Priya",
      })),
      pilotStart: "2027-01-04",
      pilotEnd: "2027-01-25",
      reviewOn: "2027-04-05",
    });
    const subjects = () => subjectsTo(facilitator).filter((s) => !s.startsWith("Results"));

    // The clock is the test's: nothing is due the day before the pilot ends.
    await sweepTwice(new Date("2027-01-24T12:00:00Z"));
    expect(subjects()).toEqual([]);
    await sweepTwice(new Date("2027-01-25T08:00:00Z"));
    await sweepTwice(new Date("2027-01-26T08:00:00Z"));
    expect(subjects()).toEqual([`The pilot has ended: "${TITLE}"`]);
    const [ended] = mailsTo(facilitator).filter((mail) => mail.subject.startsWith("The pilot"));
    expect(ended!.text).toContain("Linear Handoff");
    expect(ended!.text).toContain("Monday, 25 January 2027");
    expect(ended!.text).toContain(`${APP_URL}/w/${workshop.workshopId}/decision\n`);

    await sweepTwice(new Date("2027-03-28T08:00:00Z"));
    expect(subjects()).toHaveLength(1);
    await sweepTwice(new Date("2027-03-29T08:00:00Z"));
    await sweepTwice(new Date("2027-04-04T08:00:00Z"));
    expect(subjects()).toEqual([
      `Decision review due: "${TITLE}"`,
      `The pilot has ended: "${TITLE}"`,
    ]);
  });
});
