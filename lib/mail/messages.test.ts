import { describe, expect, it } from "vitest";
import {
  allVotedMail,
  deadlineReminderMail,
  formatUtc,
  nudgeMail,
  rerunInviteMail,
  resultsReadyMail,
  signOffRequestMail,
  signOffsCompleteMail,
  timeLeftInWords,
} from "./messages";

const common = {
  appUrl: "https://blueprint.example.com",
  workshopId: "5b0c3c4e-2f1a-4d8e-9c1b-7a6f5e4d3c2b",
  title: 'Ship <models> & "data"\nfaster',
  teamName: "Risk ML",
  unsubscribeToken: "A".repeat(43),
  locale: "en" as const,
};
const unsubscribe = `https://blueprint.example.com/u/${"A".repeat(43)}`;

describe("time in mails", () => {
  it("says roughly how long is left", () => {
    expect(timeLeftInWords(23 * 3_600_000 + 50 * 60_000, "en")).toBe("about 24 hours");
    expect(timeLeftInWords(2 * 3_600_000, "en")).toBe("about 2 hours");
    expect(timeLeftInWords(89 * 60_000, "en")).toBe("about 89 minutes");
    expect(timeLeftInWords(60_000, "en")).toBe("about 1 minute");
    expect(timeLeftInWords(20_000, "en")).toBe("less than a minute");
  });

  it("writes moments in UTC and says so", () => {
    expect(formatUtc(new Date("2026-12-03T16:05:00Z"), "en")).toBe(
      "Thursday, 3 December 2026 at 16:05 UTC",
    );
  });
});

describe("the deadline reminder", () => {
  const mail = deadlineReminderMail({
    ...common,
    displayName: "Sam",
    deadline: new Date("2026-12-03T16:00:00Z"),
    now: new Date("2026-12-02T17:00:00Z"),
  });

  it("links to the ballot and says when voting closes", () => {
    expect(mail.subject).toBe(
      'Reminder: voting in "Ship <models> & "data" faster" closes in about 23 hours',
    );
    expect(mail.text).toContain("Hello Sam,");
    expect(mail.text).toContain(
      "closes in about 23 hours, on Thursday, 3 December 2026 at 16:00 UTC.",
    );
    expect(mail.text).toContain(`\nhttps://blueprint.example.com/w/${common.workshopId}\n`);
    expect(mail.html).toContain(`href="https://blueprint.example.com/w/${common.workshopId}"`);
  });

  it("escapes what users typed in the HTML part", () => {
    expect(mail.html).toContain("Ship &lt;models&gt; &amp; &quot;data&quot;");
    expect(mail.html).not.toContain("<models>");
  });

  it("says why it came and carries a working unsubscribe link, also for mail programs", () => {
    expect(mail.text).toContain(`To stop these e-mails, open: ${unsubscribe}`);
    expect(mail.html).toContain(`href="${unsubscribe}"`);
    expect(mail.headers).toEqual({
      "List-Unsubscribe": `<${unsubscribe}/confirm>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
  });
});

describe("the results mail", () => {
  it("links to the results of the revealed round", () => {
    const mail = resultsReadyMail({ ...common, displayName: "Sam", roundNumber: 2 });
    expect(mail.subject).toBe('Results are ready: "Ship <models> & "data" faster"');
    expect(mail.text).toContain("The votes of round 2 in");
    expect(mail.text).toContain(`\nhttps://blueprint.example.com/w/${common.workshopId}/results\n`);
    expect(mail.text).toContain(unsubscribe);
  });
});

describe("the everyone-has-voted mail", () => {
  it("links to the facilitator page and counts the voters", () => {
    const mail = allVotedMail({ ...common, voted: 7, roundNumber: 1 });
    expect(mail.subject).toBe('Everyone has voted: "Ship <models> & "data" faster"');
    expect(mail.text).toContain("All 7 people who joined");
    expect(mail.text).toContain("have finished voting in round 1.");
    expect(mail.text).toContain(
      `https://blueprint.example.com/w/${common.workshopId}/facilitate\n`,
    );
    expect(mail.text).toContain(`To stop these e-mails, open: ${unsubscribe}`);
    expect(allVotedMail({ ...common, voted: 1, roundNumber: 1 }).text).toContain(
      "The one person who joined",
    );
  });
});

describe("the facilitator's nudge", () => {
  const now = new Date("2026-12-02T17:00:00Z");
  const nudge = (deadline: Date | null) =>
    nudgeMail({ ...common, displayName: "Sam", roundNumber: 2, deadline, now });

  it("links to the ballot like the deadline reminder, in both parts", () => {
    const mail = nudge(null);
    expect(mail.subject).toBe('Your vote is missing: "Ship <models> & "data" faster"');
    expect(mail.text).toContain("Hello Sam,");
    expect(mail.text).toContain("not voted in round 2 yet");
    expect(mail.text).toContain(`\nhttps://blueprint.example.com/w/${common.workshopId}\n`);
    expect(mail.html).toContain(`href="https://blueprint.example.com/w/${common.workshopId}"`);
    expect(mail.text).not.toContain("Voting closes");
  });

  it("says when voting closes when a deadline governs the round", () => {
    const mail = nudge(new Date("2026-12-03T16:00:00Z"));
    expect(mail.text).toContain(
      "Voting closes in about 23 hours, on Thursday, 3 December 2026 at 16:00 UTC.",
    );
    expect(mail.html).toContain("Voting closes in about 23 hours");
  });

  it("carries the unsubscribe link like every workshop mail", () => {
    const mail = nudge(null);
    expect(mail.text).toContain(`To stop these e-mails, open: ${unsubscribe}`);
    expect(mail.html).toContain(`href="${unsubscribe}"`);
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${unsubscribe}/confirm>`);
    expect(mail.html).toContain("Ship &lt;models&gt;");
  });
});

describe("the invitation to a re-run", () => {
  const mail = rerunInviteMail({
    ...common,
    displayName: "Sam",
    inviteToken: "B".repeat(43),
    deadline: new Date("2027-03-05T12:00:00Z"),
  });

  it("carries the new run's invite link and the unsubscribe link, in text and HTML", () => {
    const invite = `https://blueprint.example.com/j/${"B".repeat(43)}`;
    expect(mail.subject).toBe(`You're invited to run "Ship <models> & "data" faster" again`);
    expect(mail.text).toContain("Hello Sam,");
    expect(mail.text).toContain(invite);
    expect(mail.text).toContain("Voting is open until Friday, 5 March 2027 at 12:00 UTC.");
    expect(mail.text).toContain(`To stop these e-mails, open: ${unsubscribe}`);
    expect(mail.html).toContain(`href="${invite}"`);
    expect(mail.html).toContain(`href="${unsubscribe}"`);
    expect(mail.html).toContain("Ship &lt;models&gt; &amp; &quot;data&quot;");
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${unsubscribe}/confirm>`);
  });

  it("leaves out the deadline of a live run", () => {
    const live = rerunInviteMail({
      ...common,
      displayName: "Sam",
      inviteToken: "B".repeat(43),
      deadline: null,
    });
    expect(live.text).not.toContain("Voting is open until");
  });
});

describe("the request to sign off", () => {
  const request = (version: number) =>
    signOffRequestMail({
      ...common,
      displayName: "Grace",
      optionName: "Iterative Feedback Loop",
      version,
      signOffToken: "C".repeat(43),
    });

  it("carries the personal link, asks to keep it, and can be stopped", () => {
    const mail = request(1);
    const link = `https://blueprint.example.com/d/${"C".repeat(43)}`;
    expect(mail.subject).toBe('Please sign off: "Ship <models> & "data" faster"');
    expect(mail.text).toContain("Hello Grace,");
    expect(mail.text).toContain("Risk ML has decided on Iterative Feedback Loop");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("Please do not forward it.");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.headers?.["List-Unsubscribe"]).toBe(`<${unsubscribe}/confirm>`);
  });

  it("says when it is about a new version", () => {
    const mail = request(3);
    expect(mail.subject).toBe('Please sign off version 3: "Ship <models> & "data" faster"');
    expect(mail.text).toContain("(now version 3: Iterative Feedback Loop)");
  });
});

describe("the mail when everyone has answered", () => {
  const complete = (approved: number) =>
    signOffsCompleteMail({
      ...common,
      optionName: "Iterative Feedback Loop",
      version: 2,
      approved,
      asked: 3,
    });

  it("counts approvals and requests for changes, and links to the decision", () => {
    expect(complete(3).text).toContain("All 3 of them approved.");
    expect(complete(2).text).toContain("2 of 3 approved; 1 asked for changes.");
    expect(complete(2).text).toContain(
      "https://blueprint.example.com/w/5b0c3c4e-2f1a-4d8e-9c1b-7a6f5e4d3c2b/decision",
    );
  });
});

describe("mails in German", () => {
  const german = { ...common, locale: "de" as const };

  it("speak German throughout, dates and plurals included", () => {
    const mail = deadlineReminderMail({
      ...german,
      displayName: "Sam",
      deadline: new Date("2026-12-03T16:00:00Z"),
      now: new Date("2026-12-02T17:00:00Z"),
    });
    expect(mail.subject).toBe(
      'Erinnerung: Die Abstimmung zu „Ship <models> & "data" faster“ endet in etwa 23 Stunden',
    );
    expect(mail.text).toContain("Hallo Sam,");
    expect(mail.text).toContain("am Donnerstag, 3. Dezember 2026 um 16:00 UTC.");
    expect(mail.text).toContain("Keine solchen E-Mails mehr? Öffne: " + unsubscribe);
    expect(mail.html).toContain('<html lang="de">');
    expect(mail.html).toContain("Falls die Schaltfläche nicht funktioniert");
    expect(mail.html).not.toMatch(/Hello|Voting|Stop these/);
  });

  it("count in German", () => {
    expect(timeLeftInWords(60_000, "de")).toBe("etwa einer Minute");
    expect(timeLeftInWords(20_000, "de")).toBe("weniger als einer Minute");
    const one = allVotedMail({ ...german, voted: 1, roundNumber: 2 }).text;
    const many = allVotedMail({ ...german, voted: 7, roundNumber: 2 }).text;
    expect(one).toContain("Die eine Person im Workshop");
    expect(many).toContain("Alle 7 Personen im Workshop");
  });

  it("keeps an English mail English", () => {
    const mail = resultsReadyMail({ ...common, displayName: "Sam", roundNumber: 1 });
    expect(mail.text).toContain("The votes of round 1");
    expect(mail.html).toContain('<html lang="en">');
  });
});
