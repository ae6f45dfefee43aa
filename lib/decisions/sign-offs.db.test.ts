// Sign-off against a real PostgreSQL and a real SMTP server: the personal links the mails
// carry, one answer per person and version, a new version asking again with the same link, the
// facilitator's mail once everyone has answered, removal, unsubscribing, and an audit trail that
// names the signatory by id only.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDatabase } from "@/lib/db/test-database";
import { mlLifecycle } from "@/lib/frameworks";
import { sendDueMails } from "@/lib/mail/outbox";
import { testMailbox, TEST_APP_URL } from "@/lib/mail/test-mailbox";
import { unsubscribe } from "@/lib/mail/unsubscribe";
import { auditTrailOf } from "@/lib/workshops/audit";
import { revealRound, saveVote } from "@/lib/workshops/mutations";
import {
  asFacilitator,
  criteria,
  refusal,
  startWorkshop,
  type StartedWorkshop,
} from "@/lib/workshops/test-fixtures";
import { loadDecision, recordDecision } from "./record";
import { answerSignOffSchema, type RecordDecisionInput } from "./schema";
import { answerSignOff, findSignatory, removeSignatory, requestSignOffs } from "./sign-offs";

testDatabase();
const mailbox = await testMailbox();
beforeEach(() => mailbox.clear());

const NOTIFY = "facilitator@example.test";

async function decidedWorkshop(): Promise<StartedWorkshop> {
  const w = await startWorkshop({ participants: 2, input: { notifyEmail: NOTIFY } });
  for (const { participantId } of w.participants) {
    for (const criterionId of criteria) {
      await saveVote(
        w.workshopId,
        { participantId },
        { roundId: w.roundId, criterionId, score: 3 },
      );
    }
  }
  await revealRound(await asFacilitator(w, "round.reveal"));
  await decide(w);
  return w;
}

/** Records a version; with a rationale, the choice is valid whatever the results recommend. */
async function decide(w: StartedWorkshop, pilotModel = "Churn model") {
  const option = mlLifecycle.options.find((o) => o.id === "iterative-loop")!;
  const input: RecordDecisionInput = {
    optionId: option.id,
    rationale: "The team retrains weekly and audits are light.",
    pilotModel,
    owners: option.implementation!.owners!.map((role) => ({ role, name: "Ana" })),
    pilotStart: "2027-01-04",
    pilotEnd: "2027-01-25",
    reviewOn: "2027-04-05",
  };
  return recordDecision(await asFacilitator(w, "decision.record"), input);
}

async function ask(w: StartedWorkshop, people: { name: string; email: string }[]) {
  return requestSignOffs(
    await asFacilitator(w, "sign-offs.request"),
    { signatories: people },
    "en",
  );
}

/** The personal link a mail to `address` carried, as the token in it. */
function linkIn(address: string): string {
  const mails = mailbox.to(address);
  expect(mails).not.toHaveLength(0);
  const match = new RegExp(`${TEST_APP_URL}/d/([A-Za-z0-9_-]+)`).exec(mails.at(-1)!.text);
  expect(match).not.toBeNull();
  return match![1]!;
}

describe("asking for sign-off", () => {
  it("is refused until a decision is recorded", async () => {
    const w = await startWorkshop({ participants: 1 });
    const error = await refusal(ask(w, [{ name: "Grace", email: "grace@example.test" }]));
    expect(error.code).toBe("no-decision");
  });

  it("mails each person a link of their own, once, and skips an address already asked", async () => {
    const w = await decidedWorkshop();
    const people = [
      { name: "Grace", email: "grace-1@example.test" },
      { name: "Hal", email: "hal-1@example.test" },
    ];
    expect(await ask(w, people)).toEqual({ added: 2 });
    expect(await ask(w, people.slice(0, 1))).toEqual({ added: 0 });
    await sendDueMails();
    await sendDueMails();
    expect(mailbox.to("grace-1@example.test")).toHaveLength(1);
    expect(mailbox.to("grace-1@example.test")[0]!.subject).toBe(
      'Please sign off: "How should our models reach production?"',
    );
    const grace = await findSignatory(linkIn("grace-1@example.test"));
    const hal = await findSignatory(linkIn("hal-1@example.test"));
    expect(grace).toMatchObject({ name: "Grace", workshopId: w.workshopId });
    expect(hal?.signatoryId).not.toBe(grace?.signatoryId);
    expect(await findSignatory("A".repeat(43))).toBeNull();
  });

  it("asks at most twelve people at a time", async () => {
    const w = await decidedWorkshop();
    const many = Array.from({ length: 12 }, (_, i) => ({
      name: `P${i}`,
      email: `p${i}-limit@example.test`,
    }));
    expect(await ask(w, many)).toEqual({ added: 12 });
    const error = await refusal(ask(w, [{ name: "One more", email: "more@example.test" }]));
    expect(error.fields).toEqual({ signatories: "too-many" });
  });
});

describe("answering", () => {
  let w: StartedWorkshop;
  let graceToken: string;
  let halToken: string;
  let graceUnsubscribe: string;
  beforeAll(async () => {
    w = await decidedWorkshop();
    await ask(w, [
      { name: "Grace", email: "grace-2@example.test" },
      { name: "Hal", email: "hal-2@example.test" },
    ]);
    await sendDueMails();
    graceToken = linkIn("grace-2@example.test");
    halToken = linkIn("hal-2@example.test");
    graceUnsubscribe = /\/u\/([A-Za-z0-9_-]+)/.exec(
      mailbox.to("grace-2@example.test")[0]!.text,
    )![1]!;
  });

  it("takes one answer per person and version, and a request for changes needs a comment", async () => {
    const grace = (await findSignatory(graceToken))!;
    expect(
      answerSignOffSchema.safeParse({ version: 1, answer: "changes_requested", comment: " " })
        .success,
    ).toBe(false);
    await answerSignOff(grace, {
      version: 1,
      answer: "changes_requested",
      comment: "Name who is on call at night.",
    });
    const again = await refusal(answerSignOff(grace, { version: 1, answer: "approved" }));
    expect(again.code).toBe("already-answered");
    const stale = await refusal(answerSignOff(grace, { version: 7, answer: "approved" }));
    expect(stale.code).toBe("decision-changed");
  });

  it("asks everyone again, with the same link, when a new version is recorded", async () => {
    await decide(w, "Fraud model");
    await sendDueMails();
    expect(mailbox.to("grace-2@example.test").map((mail) => mail.subject)).toEqual([
      'Please sign off version 2: "How should our models reach production?"',
    ]);
    expect(linkIn("grace-2@example.test")).toBe(graceToken);
    const hal = (await findSignatory(halToken))!;
    const late = await refusal(answerSignOff(hal, { version: 1, answer: "approved" }));
    expect(late.code).toBe("decision-changed");
  });

  it("tells the workshop's address once everyone has answered the version in force", async () => {
    await answerSignOff((await findSignatory(graceToken))!, { version: 2, answer: "approved" });
    await sendDueMails();
    expect(mailbox.to(NOTIFY)).toHaveLength(0);
    await answerSignOff((await findSignatory(halToken))!, {
      version: 2,
      answer: "approved",
      comment: "Fine by me.",
    });
    await sendDueMails();
    await sendDueMails();
    const told = mailbox.to(NOTIFY);
    expect(told).toHaveLength(1);
    expect(told[0]!.text).toContain("All 2 of them approved.");
    expect(told[0]!.text).toContain(`${TEST_APP_URL}/w/${w.workshopId}/decision`);
  });

  it("keeps the chain per version, and audits answers by signatory id without names", async () => {
    const record = (await loadDecision(w.workshopId, mlLifecycle, "en"))!;
    const chain = record.signatories.map((person) => ({
      name: person.name,
      answers: person.answers.map(({ version, answer, comment }) => [version, answer, comment]),
    }));
    expect(chain).toEqual([
      {
        name: "Grace",
        answers: [
          [2, "approved", null],
          [1, "changes_requested", "Name who is on call at night."],
        ],
      },
      { name: "Hal", answers: [[2, "approved", "Fine by me."]] },
    ]);
    const answered = (await auditTrailOf(w.workshopId)).filter(
      (event) => event.action === "sign-off.answered",
    );
    expect(answered.map((event) => event.actorKind)).toEqual([
      "signatory",
      "signatory",
      "signatory",
    ]);
    expect(JSON.stringify(await auditTrailOf(w.workshopId))).not.toMatch(/Grace|Hal|example\.test/);
  });

  it("ends a removed person's link, keeps their answers, and refuses another workshop's facilitator", async () => {
    const hal = (await findSignatory(halToken))!;
    const other = await decidedWorkshop();
    const stranger = await refusal(
      removeSignatory(await asFacilitator(other, "sign-off.revoke"), hal.signatoryId),
    );
    expect(stranger.code).toBe("not-found");
    expect(await findSignatory(halToken)).not.toBeNull();

    await removeSignatory(await asFacilitator(w, "sign-off.revoke"), hal.signatoryId);
    expect(await findSignatory(halToken)).toBeNull();
    const record = (await loadDecision(w.workshopId, mlLifecycle, "en"))!;
    expect(record.signatories.find((person) => person.name === "Hal")).toMatchObject({
      removed: true,
      answers: [{ version: 2, answer: "approved" }],
    });
  });

  it("stops a signatory's mails when they unsubscribe, while their link still works", async () => {
    expect(await unsubscribe(graceUnsubscribe)).toBe(true);
    await decide(w, "Search model");
    await sendDueMails();
    expect(mailbox.to("grace-2@example.test")).toHaveLength(0);
    expect(await findSignatory(graceToken)).not.toBeNull();
  });
});
