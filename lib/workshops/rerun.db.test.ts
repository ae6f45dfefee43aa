// Running a workshop again (issue 17 item 6) against a real PostgreSQL and a real SMTP server:
// what the new run copies and what it gets new, the series both runs then share, the audit
// trail, and the invitations the mail sweep sends to the earlier run's people (once each, only
// to those who left an address and did not stop the mails), whose link joins the new run.
import { beforeEach, describe, expect, it } from "vitest";
import { deriveUnsubscribeToken } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db/prisma";
import { testDatabase } from "@/lib/db/test-database";
import { testMailbox, TEST_APP_URL } from "@/lib/mail/test-mailbox";
import { authSecret } from "@/lib/env";
import { sendDueMails } from "@/lib/mail/outbox";
import { unsubscribe } from "@/lib/mail/unsubscribe";
import { getFacilitatorView, findFacilitatorCapability } from "./data";
import {
  deleteWorkshop,
  joinWorkshop,
  removeParticipant,
  rerunWorkshop,
  revealRound,
  rotateInvite,
  saveVote,
  setWeights,
} from "./mutations";
import {
  asFacilitator,
  asUser,
  criteria,
  startWorkshop,
  type StartedWorkshop,
} from "./test-fixtures";

testDatabase();
const APP_URL = TEST_APP_URL;

const mailbox = await testMailbox();
const { received } = mailbox;
beforeEach(() => mailbox.clear());

const invitesTo = (address: string) =>
  received.filter((mail) => mail.to.includes(address) && mail.subject.includes("again"));

let addresses = 0;
function address(name: string): string {
  addresses += 1;
  return `${name}-${addresses}@example.test`;
}

async function join(
  workshop: StartedWorkshop,
  name: string,
  email?: string,
  locale: "en" | "de" = "en",
) {
  const joined = await joinWorkshop(
    workshop.inviteToken,
    { displayName: name, role: "ml_engineer", ...(email !== undefined && { email }) },
    { locale },
  );
  return { participantId: joined.participantId, guestToken: joined.guestToken! };
}

async function voteAndReveal(workshop: StartedWorkshop, guestTokens: string[]) {
  for (const guestToken of guestTokens) {
    for (const criterionId of criteria) {
      await saveVote(
        workshop.workshopId,
        { guestToken },
        { roundId: workshop.roundId, criterionId, score: 3 },
      );
    }
  }
  await revealRound(await asFacilitator(workshop, "round.reveal"));
}

async function workshopRow(workshopId: string) {
  return prisma().workshop.findUniqueOrThrow({ where: { id: workshopId } });
}

describe("running a workshop again", () => {
  it("copies the settings, gets a new invite and facilitator link, and starts a series", async () => {
    const owner = await prisma().user.create({ data: { email: address("owner") } });
    const first = await startWorkshop({
      ownerUserId: owner.id,
      input: {
        title: "Quarterly review",
        teamName: "Risk ML",
        description: "Where do our models go?",
        teamSize: 7,
        anonymous: true,
        deadlineAction: "close",
        notifyEmail: "lead@example.test",
      },
    });
    await setWeights(await asFacilitator(first, "weights.set"), { weights: { governance: 3 } });
    const people = [await join(first, "A"), await join(first, "B"), await join(first, "C")];
    await voteAndReveal(
      first,
      people.map((p) => p.guestToken),
    );

    const rerun = await rerunWorkshop(
      await asUser(first.workshopId, owner.id, "workshop.rerun"),
      {},
    );
    const [before, after] = [
      await workshopRow(first.workshopId),
      await workshopRow(rerun.workshopId),
    ];
    for (const field of [
      "title",
      "teamName",
      "description",
      "teamSize",
      "frameworkId",
      "framework",
      "mode",
      "deadlineAction",
      "anonymous",
      "notifyEmail",
      "weights",
    ] as const) {
      expect(after[field], field).toEqual(before[field]);
    }
    expect(after.weights).toEqual({ governance: 3 });
    // The owner's account owns the new run, which needs no browser to claim it.
    expect(after.ownerId).toBe(owner.id);
    expect(after.startedInBrowserHash).toBeNull();
    // New secrets, a new round 1, nobody in it yet.
    expect(after.inviteTokenHash).not.toBe(before.inviteTokenHash);
    expect(after.joinCodeHash).not.toBe(before.joinCodeHash);
    expect(after.notifyUnsubscribeTokenHash).not.toBe(before.notifyUnsubscribeTokenHash);
    expect(await findFacilitatorCapability(rerun.facilitatorToken)).toMatchObject({
      workshopId: rerun.workshopId,
    });
    expect(await findFacilitatorCapability(first.facilitatorToken)).toMatchObject({
      workshopId: first.workshopId,
    });
    const view = await getFacilitatorView(
      await asFacilitator(
        { workshopId: rerun.workshopId, facilitatorToken: rerun.facilitatorToken },
        "facilitator-view.view",
      ),
    );
    expect(view.currentRound).toMatchObject({ number: 1, status: "open" });
    expect(view.participants).toEqual([]);
    // The series: the first run's own id, on both.
    expect(before.seriesId).toBe(first.workshopId);
    expect(after.seriesId).toBe(first.workshopId);
    expect(after.rerunOfId).toBe(first.workshopId);

    // Audited on both workshops, with ids only.
    const events = await prisma().auditEvent.findMany({
      where: { workshopId: { in: [first.workshopId, rerun.workshopId] } },
      orderBy: { id: "asc" },
    });
    expect(
      events
        .filter((e) => e.action === "workshop.rerun" || e.workshopId === rerun.workshopId)
        .map((e) => [e.workshopId, e.action, e.actorKind, e.data]),
    ).toEqual([
      [
        rerun.workshopId,
        "workshop.created",
        "user",
        { frameworkId: "ml-lifecycle", rerunOf: first.workshopId, seriesId: first.workshopId },
      ],
      [
        first.workshopId,
        "workshop.rerun",
        "user",
        { rerunId: rerun.workshopId, seriesId: first.workshopId },
      ],
    ]);

    // A re-run of the re-run stays in the same series; deleting the first run breaks nothing.
    const third = await rerunWorkshop(
      await asUser(first.workshopId, owner.id, "workshop.rerun"),
      {},
    );
    expect((await workshopRow(third.workshopId)).seriesId).toBe(first.workshopId);
    await deleteWorkshop(await asUser(first.workshopId, owner.id, "workshop.delete"));
    expect((await workshopRow(rerun.workshopId)).seriesId).toBe(first.workshopId);
    expect((await workshopRow(rerun.workshopId)).rerunOfId).toBeNull();
  });

  it("is not owned by an account that does not own the earlier run; the browser may claim it", async () => {
    const first = await startWorkshop({ participants: 1, starterKey: "k".repeat(43) });
    await saveVote(
      first.workshopId,
      { participantId: first.participants[0]!.participantId },
      { roundId: first.roundId, criterionId: "governance", score: 4 },
    );
    await revealRound(await asFacilitator(first, "round.reveal"));
    const rerun = await rerunWorkshop(
      await asFacilitator(first, "workshop.rerun"),
      {},
      {
        starterKey: "s".repeat(43),
      },
    );
    const row = await workshopRow(rerun.workshopId);
    expect(row.ownerId).toBeNull();
    expect(row.startedInBrowserHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("needs a revealed round, and a future deadline exactly when the run is async", async () => {
    const live = await startWorkshop({ participants: 1 });
    const grant = await asFacilitator(live, "workshop.rerun");
    await expect(rerunWorkshop(grant, {})).rejects.toMatchObject({ code: "round-not-revealed" });
    await saveVote(
      live.workshopId,
      { participantId: live.participants[0]!.participantId },
      { roundId: live.roundId, criterionId: "governance", score: 4 },
    );
    await revealRound(await asFacilitator(live, "round.reveal"));
    await expect(
      rerunWorkshop(grant, { deadline: new Date(Date.now() + 86_400_000) }),
    ).rejects.toMatchObject({ code: "invalid-input" });

    const deadline = new Date(Date.now() + 3 * 86_400_000);
    const async = await startWorkshop({
      participants: 1,
      input: { mode: "async", deadline: new Date(Date.now() + 3_600_000) },
    });
    await saveVote(
      async.workshopId,
      { participantId: async.participants[0]!.participantId },
      { roundId: async.roundId, criterionId: "governance", score: 4 },
    );
    await revealRound(await asFacilitator(async, "round.reveal"));
    const asyncGrant = await asFacilitator(async, "workshop.rerun");
    await expect(rerunWorkshop(asyncGrant, {})).rejects.toMatchObject({
      code: "invalid-input",
      fields: { deadline: "required" },
    });
    const rerun = await rerunWorkshop(asyncGrant, { deadline });
    expect(await workshopRow(rerun.workshopId)).toMatchObject({ mode: "async", deadline });
  });
});

describe("the invitation to a re-run", () => {
  it("reaches the earlier run's people who left an address, once each, with a link that joins the new run", async () => {
    const first = await startWorkshop();
    const ada = await join(first, "Ada", address("ada"));
    const bob = await join(first, "Bob", address("bob"));
    const cy = await join(first, "Cy");
    const dee = await join(first, "Dee", address("dee"));
    const eve = await join(first, "Eve", address("eve"));
    await voteAndReveal(first, [ada.guestToken, cy.guestToken]);
    // Bob stops the mails; Dee is removed.
    const bobRow = await prisma().participant.findUniqueOrThrow({
      where: { id: bob.participantId },
    });
    const bobEmail = bobRow.email!;
    expect(
      await unsubscribe(deriveUnsubscribeToken(authSecret(), "participant", bob.participantId)),
    ).toBe(true);
    await removeParticipant(await asFacilitator(first, "participant.remove"), dee.participantId);
    const adaEmail = (
      await prisma().participant.findUniqueOrThrow({ where: { id: ada.participantId } })
    ).email!;
    const eveEmail = (
      await prisma().participant.findUniqueOrThrow({ where: { id: eve.participantId } })
    ).email!;
    const deeEmail = (
      await prisma().participant.findUniqueOrThrow({ where: { id: dee.participantId } })
    ).email;

    // The results mails of the reveal go out first; they are not what this test is about.
    await sendDueMails();
    received.length = 0;

    const rerun = await rerunWorkshop(await asFacilitator(first, "workshop.rerun"), {});
    // The facilitator replaces the new run's invite link before the sweep: the mail carries the
    // link that works.
    const rerunGrant = await asFacilitator(
      { workshopId: rerun.workshopId, facilitatorToken: rerun.facilitatorToken },
      "invite.rotate",
    );
    const { inviteToken } = await rotateInvite(rerunGrant);

    // Two app instances sweeping at once: each invitation is claimed, and sent, once.
    const outcomes = (await Promise.all([sendDueMails(), sendDueMails()])).flat();
    const invites = outcomes.filter((o) => o.kind === "rerun_invite" && o.sent);
    expect(invites).toHaveLength(2);
    expect(invitesTo(adaEmail)).toHaveLength(1);
    expect(invitesTo(eveEmail)).toHaveLength(1);
    expect(invitesTo(bobEmail)).toHaveLength(0);
    expect(deeEmail).not.toBeNull();
    expect(invitesTo(deeEmail!)).toHaveLength(0);
    expect(received.filter((mail) => mail.subject.includes("again"))).toHaveLength(2);

    const mail = invitesTo(adaEmail)[0]!;
    expect(mail.text).toContain(`${APP_URL}/j/${inviteToken}`);
    expect(mail.html).toContain(`${APP_URL}/j/${inviteToken}`);
    expect(mail.text).toMatch(new RegExp(`${APP_URL}/u/[A-Za-z0-9_-]{43}`));
    expect(mail.text).toContain("Hello Ada,");
    const rows = await prisma().outboundMail.findMany({
      where: { kind: "rerun_invite" },
      select: { dedupeKey: true, workshopId: true, sentAt: true },
    });
    expect(rows.filter((row) => row.workshopId === rerun.workshopId)).toHaveLength(2);

    // The link joins the new run; nothing more is sent on the next sweep.
    const token = /\/j\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
    const joined = await joinWorkshop(token, { displayName: "Ada", role: "ml_engineer" });
    expect(joined.workshopId).toBe(rerun.workshopId);
    received.length = 0;
    await sendDueMails();
    expect(received.filter((m) => m.subject.includes("again"))).toHaveLength(0);
  });

  it("writes to each address in the language it was given in", async () => {
    const first = await startWorkshop();
    const jonas = await join(first, "Jonas", address("jonas"), "de");
    const amy = await join(first, "Amy", address("amy"), "en");
    await voteAndReveal(first, [jonas.guestToken, amy.guestToken]);
    await sendDueMails();
    const to = async (participantId: string) => {
      const row = await prisma().participant.findUniqueOrThrow({ where: { id: participantId } });
      return received.filter((mail) => mail.to.includes(row.email!));
    };
    const [german] = await to(jonas.participantId);
    const [english] = await to(amy.participantId);
    expect(german!.subject).toMatch(/^Die Ergebnisse sind da: „/);
    expect(german!.text).toContain("Hallo Jonas,");
    expect(german!.html).toContain('<html lang="de">');
    expect(english!.subject).toMatch(/^Results are ready: "/);
    expect(english!.text).toContain("Hello Amy,");

    received.length = 0;
    await rerunWorkshop(await asFacilitator(first, "workshop.rerun"), {});
    await sendDueMails();
    expect((await to(jonas.participantId)).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^Einladung: „.*“ wird wiederholt$/),
    ]);
    expect((await to(amy.participantId)).map((mail) => mail.subject)).toEqual([
      expect.stringMatching(/^You're invited to run ".*" again$/),
    ]);
  });

  it("spares someone who already joined the new run with the same address", async () => {
    const first = await startWorkshop();
    const email = address("fay");
    const fay = await join(first, "Fay", email);
    await voteAndReveal(first, [fay.guestToken]);
    await sendDueMails();
    received.length = 0;
    const rerun = await rerunWorkshop(await asFacilitator(first, "workshop.rerun"), {});
    const view = await getFacilitatorView(
      await asFacilitator(
        { workshopId: rerun.workshopId, facilitatorToken: rerun.facilitatorToken },
        "facilitator-view.view",
      ),
    );
    await joinWorkshop(view.inviteToken, { displayName: "Fay", role: "other", email });
    await sendDueMails();
    expect(invitesTo(email)).toHaveLength(0);
  });
});
