// The facilitator's nudge against a real PostgreSQL and a real SMTP server: who gets it (only
// those who have not voted by the one meaning of "voted", left an address and did not
// unsubscribe), the once-an-hour rule with two nudges at the same moment, the audit trail, and
// delivery through the outbox exactly once.
import { beforeEach, describe, expect, it } from "vitest";
import { deriveUnsubscribeToken } from "@/lib/auth/tokens";
import { testDatabase } from "@/lib/db/test-database";
import { testMailbox, TEST_APP_URL } from "@/lib/mail/test-mailbox";
import { authSecret } from "@/lib/env";
import { TooSoonError } from "@/lib/errors";
import { sendDueMails } from "@/lib/mail/outbox";
import { unsubscribe } from "@/lib/mail/unsubscribe";
import { auditTrailOf } from "./audit";
import { getFacilitatorView } from "./data";
import { readLiveState } from "./live-state";
import {
  closeWorkshop,
  joinWorkshop,
  openNextRound,
  removeParticipant,
  revealRound,
  saveVote,
} from "./mutations";
import { nudgeParticipants } from "./nudge";
import { runSweep } from "./sweep";
import {
  asFacilitator,
  criteria,
  refusal,
  startWorkshop,
  type StartedWorkshop,
} from "./test-fixtures";

const db = testDatabase();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const APP_URL = TEST_APP_URL;

const mailbox = await testMailbox();
const { received } = mailbox;
beforeEach(() => mailbox.clear());

const mailsTo = (address: string) => received.filter((mail) => mail.to.includes(address));

let addresses = 0;
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

async function voteFully(workshop: StartedWorkshop, guestToken: string, roundId: string) {
  for (const criterionId of criteria) {
    await saveVote(workshop.workshopId, { guestToken }, { roundId, criterionId, score: 2 });
  }
}

async function nudge(workshop: StartedWorkshop, now: Date) {
  return nudgeParticipants(await asFacilitator(workshop, "participants.nudge"), { now });
}

async function nudgeAudits(workshopId: string) {
  return (await auditTrailOf(workshopId))
    .filter((event) => event.action === "participants.nudge")
    .map((event) => ({ actorKind: event.actorKind, data: event.data }));
}

/** A workshop with everyone the rules tell apart: only Bo and Dee are to be nudged. */
async function mixedWorkshop() {
  const deadline = new Date(Date.now() + 30 * HOUR);
  const workshop = await startWorkshop({ input: { mode: "async", deadline } });
  const people = {
    ada: address("ada"), // voted
    bo: address("bo"), // half a ballot: not voted
    cy: address("cy"), // unsubscribed
    dee: address("dee"), // not started
    eve: address("eve"), // removed
  };
  const ada = await join(workshop, people.ada);
  const bo = await join(workshop, people.bo);
  const cy = await join(workshop, people.cy);
  const dee = await join(workshop, people.dee);
  const eve = await join(workshop, people.eve);
  const noMail = await join(workshop);
  await voteFully(workshop, ada.guestToken, workshop.roundId);
  await saveVote(
    workshop.workshopId,
    { guestToken: bo.guestToken },
    { roundId: workshop.roundId, criterionId: "speed", score: 4 },
  );
  await unsubscribe(deriveUnsubscribeToken(authSecret(), "participant", cy.participantId));
  await removeParticipant(await asFacilitator(workshop, "participant.remove"), eve.participantId);
  return { workshop, people, deadline, ada, bo, cy, dee, eve, noMail };
}

describe("nudging those who have not voted", () => {
  it("e-mails only those who have not voted and left an address, once, with a link to their ballot", async () => {
    const { workshop, people, deadline } = await mixedWorkshop();
    // What the facilitator's page counts: Bo, Dee, Cy and the person without an address have
    // not voted; two of them can be reached.
    const view = await getFacilitatorView(await asFacilitator(workshop, "facilitator-view.view"));
    expect(view.counts).toEqual({ joined: 5, voted: 1 });
    expect(view.nudgeRecipients).toBe(2);
    expect((await readLiveState(workshop.workshopId))?.nudgeRecipients).toBe(2);

    const now = new Date();
    expect(await nudge(workshop, now)).toEqual({
      recipients: 2,
      nextNudgeAt: new Date(now.getTime() + HOUR),
    });
    expect(await nudgeAudits(workshop.workshopId)).toEqual([
      { actorKind: "facilitator", data: { recipients: 2 } },
    ]);

    // Two instances sweep at once, and again later: each mail goes out once.
    await Promise.all([runSweep(now), runSweep(now)]);
    await runSweep(new Date(now.getTime() + 5 * MINUTE));
    expect(mailsTo(people.bo)).toHaveLength(1);
    expect(mailsTo(people.dee)).toHaveLength(1);
    for (const name of ["ada", "cy", "eve"] as const) expect(mailsTo(people[name])).toEqual([]);
    expect(received).toHaveLength(2);

    const [mail] = mailsTo(people.bo);
    expect(mail!.subject).toBe(`Your vote is missing: "${view.workshop.title}"`);
    expect(mail!.text).toContain(`${APP_URL}/w/${workshop.workshopId}\n`);
    expect(mail!.html).toContain(`href="${APP_URL}/w/${workshop.workshopId}"`);
    expect(mail!.text).toContain(`${APP_URL}/u/`);
    expect(mail!.text).toContain(`Voting closes in about 30 hours`);
    expect(deadline.getTime()).toBeGreaterThan(now.getTime());
    const { rows } = await db.pool.query<{ kind: string; dedupe_key: string; sent: boolean }>(
      `SELECT kind::text, dedupe_key, sent_at IS NOT NULL AS sent FROM outbound_mails
       WHERE workshop_id = $1 ORDER BY dedupe_key`,
      [workshop.workshopId],
    );
    expect(rows.map((row) => [row.kind, row.sent])).toEqual([
      ["nudge", true],
      ["nudge", true],
    ]);
    expect(rows[0]!.dedupe_key).toMatch(
      new RegExp(`^nudge:${workshop.roundId}:[0-9a-f-]{36}:${Math.round(now.getTime() / 1000)}$`),
    );
  });

  it("leaves out whoever votes or joins after the nudge, before its mail goes out", async () => {
    const { workshop, people, bo } = await mixedWorkshop();
    const now = new Date();
    expect((await nudge(workshop, now)).recipients).toBe(2);
    await voteFully(workshop, bo.guestToken, workshop.roundId);
    const late = address("late");
    await join(workshop, late);
    await sendDueMails(new Date(now.getTime() + MINUTE));
    expect(mailsTo(people.bo)).toEqual([]);
    expect(mailsTo(late)).toEqual([]);
    expect(mailsTo(people.dee)).toHaveLength(1);
  });

  it("counts round 1's copied answers as not voted in round 2 until they are confirmed", async () => {
    const workshop = await startWorkshop({ input: { mode: "async" } });
    const ada = address("ada");
    const bo = address("bo");
    const a = await join(workshop, ada);
    const b = await join(workshop, bo);
    await voteFully(workshop, a.guestToken, workshop.roundId);
    await voteFully(workshop, b.guestToken, workshop.roundId);
    await revealRound(await asFacilitator(workshop, "round.reveal"));
    const round2 = await openNextRound(await asFacilitator(workshop, "round.open"));

    // Both start round 2 from their round 1 answers; only Bo confirms them.
    await voteFully(workshop, b.guestToken, round2.roundId);
    const now = new Date();
    expect((await nudge(workshop, now)).recipients).toBe(1);
    await sendDueMails(now);
    // Round 1's reveal earned both a results mail; the nudge goes to Ada alone.
    const nudges = (to: string) => mailsTo(to).filter((mail) => mail.subject.startsWith("Your"));
    expect(nudges(ada)).toHaveLength(1);
    expect(nudges(ada)[0]!.text).toContain("round 2");
    expect(nudges(bo)).toEqual([]);
  });

  it("goes out at most once an hour, even when two nudges arrive at the same moment", async () => {
    const { workshop } = await mixedWorkshop();
    const now = new Date();
    const outcomes = await Promise.allSettled([nudge(workshop, now), nudge(workshop, now)]);
    const sent = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(sent).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const error = (refused[0] as PromiseRejectedResult).reason as unknown;
    expect(error).toBeInstanceOf(TooSoonError);
    expect((error as TooSoonError).retryAt).toEqual(new Date(now.getTime() + HOUR));
    expect(await nudgeAudits(workshop.workshopId)).toHaveLength(1);

    // 59 minutes later: still too soon, and it says when the next may go.
    const tooSoon = await refusal(nudge(workshop, new Date(now.getTime() + 59 * MINUTE)));
    expect(tooSoon.code).toBe("too-soon");
    expect((tooSoon as TooSoonError).retryAt).toEqual(new Date(now.getTime() + HOUR));

    // An hour later the next one goes out, and its mails are new ones.
    await sendDueMails(now);
    const later = new Date(now.getTime() + HOUR);
    expect((await nudge(workshop, later)).recipients).toBe(2);
    await sendDueMails(later);
    expect(received).toHaveLength(4);
    expect(await nudgeAudits(workshop.workshopId)).toHaveLength(2);
  });

  it("reaches nobody without using up the hour, and refuses a closed round or workshop", async () => {
    const workshop = await startWorkshop({ input: { mode: "async" } });
    const ada = address("ada");
    const a = await join(workshop, ada);
    await join(workshop); // Has not voted, but left no address.
    await voteFully(workshop, a.guestToken, workshop.roundId);
    const now = new Date();
    expect(await nudge(workshop, now)).toEqual({ recipients: 0, nextNudgeAt: now });
    expect(await nudgeAudits(workshop.workshopId)).toEqual([]);

    const bo = address("bo");
    await join(workshop, bo);
    expect((await nudge(workshop, now)).recipients).toBe(1);

    await revealRound(await asFacilitator(workshop, "round.reveal"));
    expect((await refusal(nudge(workshop, new Date(now.getTime() + 2 * HOUR)))).code).toBe(
      "round-not-open",
    );
    await openNextRound(await asFacilitator(workshop, "round.open"));
    await closeWorkshop(await asFacilitator(workshop, "workshop.close"));
    expect((await refusal(nudge(workshop, new Date(now.getTime() + 2 * HOUR)))).code).toBe(
      "workshop-closed",
    );
    expect(await nudgeAudits(workshop.workshopId)).toHaveLength(1);
  });
});
