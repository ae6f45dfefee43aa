import { mailHtml } from "./html";
import type { Mail } from "./transport";

// The words of the workshop mails, as pure functions so they can be read and tested without a
// database or a mail server. A mail cannot know its reader's time zone, so times are in UTC and
// also said relative to when the mail was sent. Links to a ballot or results page only work in
// the browser the person joined with (their guest cookie), which the mails say.

export type MailContent = Omit<Mail, "to">;

interface WorkshopMail {
  appUrl: string;
  workshopId: string;
  title: string;
  teamName: string;
  /** The token of this recipient's unsubscribe link (lib/mail/unsubscribe.ts). */
  unsubscribeToken: string;
}

export function unsubscribeUrl(appUrl: string, token: string): string {
  return `${appUrl}/u/${token}`;
}

/**
 * RFC 8058 one-click unsubscribe: mail programs offer their own "unsubscribe" button, which POSTs
 * to this address. A plain GET of it (a link scanner) changes nothing.
 */
function unsubscribeHeaders(appUrl: string, token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(appUrl, token)}/confirm>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** A subject line from user text: one line, whatever was typed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "Thursday 3 December 2026 at 16:05 UTC": spelled out by hand, the same on every ICU build. */
export function formatUtc(date: Date): string {
  const time = [date.getUTCHours(), date.getUTCMinutes()]
    .map((part) => String(part).padStart(2, "0"))
    .join(":");
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} at ${time} UTC`;
}

/** Roughly how long until a moment, for a mail that may be read a little later. */
export function timeLeftInWords(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  if (minutes < 1) return "less than a minute";
  if (minutes < 90) return minutes === 1 ? "about 1 minute" : `about ${minutes} minutes`;
  const hours = Math.round(minutes / 60);
  return `about ${hours} hours`;
}

const SAME_BROWSER =
  "Open the link in the browser you joined the workshop with: that is where Blueprint remembers you (or sign in, if you joined with an account).";

const PARTICIPANT_REASON =
  "You get this e-mail because you left your address when you joined this workshop. It is used for nothing else and never shown to anyone.";

/**
 * Every workshop mail has one layout: a greeting, what happened, one link to act on, a note on
 * where that link works, and why the mail came with how to stop it, in plain text and in HTML.
 */
function workshopMail(
  mail: WorkshopMail,
  content: {
    subject: string;
    heading: string;
    /** Greeted by name in both forms; without a name, only the text says "Hello,". */
    displayName: string | null;
    /** Consecutive lines of the text's one paragraph; separate paragraphs in the HTML. */
    paragraphs: string[];
    button: { label: string; url: string };
    note: string;
    reason: string;
  },
): MailContent {
  const { subject, heading, displayName, paragraphs, button, note, reason } = content;
  const hello = displayName === null ? null : `Hello ${displayName},`;
  const stop = unsubscribeUrl(mail.appUrl, mail.unsubscribeToken);
  return {
    subject,
    text: [
      hello ?? "Hello,",
      "",
      ...paragraphs,
      "",
      `${button.label}:`,
      button.url,
      "",
      note,
      "",
      "--",
      reason,
      `To stop these e-mails, open: ${stop}`,
    ].join("\n"),
    html: mailHtml({
      heading,
      paragraphs: hello === null ? paragraphs : [hello, ...paragraphs],
      button,
      notes: [note],
      unsubscribe: { reason, url: stop },
    }),
    headers: unsubscribeHeaders(mail.appUrl, mail.unsubscribeToken),
  };
}

export function deadlineReminderMail(
  mail: WorkshopMail & { displayName: string; deadline: Date; now: Date },
): MailContent {
  const left = timeLeftInWords(mail.deadline.getTime() - mail.now.getTime());
  const when = `Voting in "${mail.title}" (${mail.teamName}) closes in ${left}, on ${formatUtc(mail.deadline)}.`;
  const status = "Your ballot is not finished yet. Your answers stay private until the reveal.";
  return workshopMail(mail, {
    subject: `Reminder: voting in "${oneLine(mail.title)}" closes in ${left}`,
    heading: "Voting closes soon",
    displayName: mail.displayName,
    paragraphs: [when, status],
    button: { label: "Finish your ballot", url: `${mail.appUrl}/w/${mail.workshopId}` },
    note: SAME_BROWSER,
    reason: PARTICIPANT_REASON,
  });
}

/**
 * The facilitator's nudge to someone who has not voted in the open round yet: the same link as
 * the deadline reminder, and the deadline when one governs the round.
 */
export function nudgeMail(
  mail: WorkshopMail & {
    displayName: string;
    roundNumber: number;
    deadline: Date | null;
    now: Date;
  },
): MailContent {
  const ask = `The facilitator of "${mail.title}" (${mail.teamName}) asks everyone who has not voted in round ${mail.roundNumber} yet to finish their ballot.`;
  const when = mail.deadline
    ? [
        `Voting closes in ${timeLeftInWords(mail.deadline.getTime() - mail.now.getTime())}, on ${formatUtc(mail.deadline)}.`,
      ]
    : [];
  const privacy = "It takes a few minutes. Your answers stay private until the reveal.";
  return workshopMail(mail, {
    subject: `Your vote is missing: "${oneLine(mail.title)}"`,
    heading: "Your team is waiting for your vote",
    displayName: mail.displayName,
    paragraphs: [ask, ...when, privacy],
    button: { label: "Finish your ballot", url: `${mail.appUrl}/w/${mail.workshopId}` },
    note: SAME_BROWSER,
    reason: PARTICIPANT_REASON,
  });
}

export function resultsReadyMail(
  mail: WorkshopMail & { displayName: string; roundNumber: number },
): MailContent {
  const news = `The votes of round ${mail.roundNumber} in "${mail.title}" (${mail.teamName}) are revealed. The results show where the team agrees, where it does not, and which approach fits best.`;
  return workshopMail(mail, {
    subject: `Results are ready: "${oneLine(mail.title)}"`,
    heading: "The results are ready",
    displayName: mail.displayName,
    paragraphs: [news],
    button: { label: "See the results", url: `${mail.appUrl}/w/${mail.workshopId}/results` },
    note: SAME_BROWSER,
    reason: PARTICIPANT_REASON,
  });
}

export function allVotedMail(
  mail: WorkshopMail & { voted: number; roundNumber: number },
): MailContent {
  const everyone =
    mail.voted === 1
      ? `The one person who joined "${mail.title}" (${mail.teamName}) has`
      : `All ${mail.voted} people who joined "${mail.title}" (${mail.teamName}) have`;
  const news = `${everyone} finished voting in round ${mail.roundNumber}. You can reveal the results whenever you are ready.`;
  return workshopMail(mail, {
    subject: `Everyone has voted: "${oneLine(mail.title)}"`,
    heading: "Everyone has voted",
    displayName: null,
    paragraphs: [news],
    button: {
      label: "Open the facilitator page",
      url: `${mail.appUrl}/w/${mail.workshopId}/facilitate`,
    },
    note: "The facilitator page opens in the browser you run the workshop from, or once you sign in if the workshop is in your account; elsewhere, use your private facilitator link.",
    reason:
      "You get this e-mail because you asked for it when you created this workshop. The address is used for nothing else.",
  });
}

/** "Friday 18 December 2026": a calendar day, the same for every reader. */
export function formatDay(day: Date): string {
  return `${WEEKDAYS[day.getUTCDay()]} ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
}

const FACILITATOR_NOTE =
  "The decision page opens in the browser you run the workshop from, or once you sign in if the workshop is in your account; elsewhere, use your private facilitator link.";

const FACILITATOR_REASON =
  "You get this e-mail because you left this address when you created the workshop. The address is used for nothing else.";

/** The pilot of the recorded decision has reached its end date: time to look at what it taught. */
export function pilotEndedMail(
  mail: WorkshopMail & { optionName: string; pilotEnd: Date },
): MailContent {
  return workshopMail(mail, {
    subject: `The pilot has ended: "${oneLine(mail.title)}"`,
    heading: "The pilot has ended",
    displayName: null,
    paragraphs: [
      `The pilot of ${mail.optionName} that ${mail.teamName} decided on in "${mail.title}" was planned to end on ${formatDay(mail.pilotEnd)}.`,
      "Look at the friction it logged, tick off the steps that are done, and give the roles to their owners before it goes further.",
    ],
    button: {
      label: "Open the decision",
      url: `${mail.appUrl}/w/${mail.workshopId}/decision`,
    },
    note: FACILITATOR_NOTE,
    reason: FACILITATOR_REASON,
  });
}

/** The quarterly review of the decision is a week away. */
export function reviewDueMail(
  mail: WorkshopMail & { optionName: string; reviewOn: Date },
): MailContent {
  return workshopMail(mail, {
    subject: `Decision review due: "${oneLine(mail.title)}"`,
    heading: "Time to review the decision",
    displayName: null,
    paragraphs: [
      `${mail.teamName} planned to review its decision for ${mail.optionName} on ${formatDay(mail.reviewOn)}.`,
      "A decision is meant to change with the team: run the workshop again to see whether the team's situation has moved.",
    ],
    button: {
      label: "Open the decision",
      url: `${mail.appUrl}/w/${mail.workshopId}/decision`,
    },
    note: FACILITATOR_NOTE,
    reason: FACILITATOR_REASON,
  });
}

/**
 * The invitation to a re-run, to someone of the earlier run who left an address. The link is
 * the new run's invite link, the same one the facilitator hands around; the unsubscribe link is
 * the one of the earlier run's mails, and stops these too.
 */
export function rerunInviteMail(
  mail: WorkshopMail & { displayName: string; inviteToken: string; deadline: Date | null },
): MailContent {
  const news = `"${mail.title}" (${mail.teamName}) is being run again, so the team can see what has changed since last time. Your earlier answers stay where they were; this is a new ballot.`;
  const when =
    mail.deadline === null
      ? "The facilitator will tell you when the session starts."
      : `Voting is open until ${formatUtc(mail.deadline)}.`;
  return workshopMail(mail, {
    subject: `You're invited to run "${oneLine(mail.title)}" again`,
    heading: "Your team is running this workshop again",
    displayName: mail.displayName,
    paragraphs: [news, when],
    button: { label: "Join the new run", url: `${mail.appUrl}/j/${mail.inviteToken}` },
    note: "This is the team's invite link: please do not forward it outside the team.",
    reason:
      "You get this e-mail because you left your address when you joined the earlier run of this workshop. It is used for nothing else and never shown to anyone.",
  });
}

/**
 * The request to sign off the decision, to one person the facilitator named. The link is theirs
 * alone: it records an answer under their name, so the mail asks them to keep it. A new version
 * of the decision sends the same link again.
 */
export function signOffRequestMail(
  mail: WorkshopMail & {
    displayName: string;
    optionName: string;
    version: number;
    signOffToken: string;
  },
): MailContent {
  const ask =
    mail.version === 1
      ? `${mail.teamName} has decided on ${mail.optionName} in "${mail.title}", and asks you to sign off the decision.`
      : `${mail.teamName} changed its decision in "${mail.title}" (now version ${mail.version}: ${mail.optionName}), and asks you to sign off the new version.`;
  return workshopMail(mail, {
    subject:
      mail.version === 1
        ? `Please sign off: "${oneLine(mail.title)}"`
        : `Please sign off version ${mail.version}: "${oneLine(mail.title)}"`,
    heading: "Your sign-off is requested",
    displayName: mail.displayName,
    paragraphs: [
      ask,
      "The link opens a one-page brief. Approve it, or ask for changes and say what should change.",
    ],
    button: { label: "Read and answer", url: `${mail.appUrl}/d/${mail.signOffToken}` },
    note: "This link is personal: it records your answer under your name. Please do not forward it.",
    reason:
      "You get this e-mail because the workshop's facilitator asked you to sign off its decision. Your address is used for these requests only and never shown to anyone.",
  });
}

/** Everyone asked has answered the version in force: the facilitator can act on it. */
export function signOffsCompleteMail(
  mail: WorkshopMail & { optionName: string; version: number; approved: number; asked: number },
): MailContent {
  const changes = mail.asked - mail.approved;
  const outcome =
    changes === 0
      ? `All ${mail.asked} of them approved.`
      : `${mail.approved} of ${mail.asked} approved; ${changes} asked for changes.`;
  return workshopMail(mail, {
    subject: `Sign-offs complete: "${oneLine(mail.title)}"`,
    heading: "Everyone has answered",
    displayName: null,
    paragraphs: [
      `Everyone you asked to sign off version ${mail.version} of the decision for ${mail.optionName} in "${mail.title}" (${mail.teamName}) has answered. ${outcome}`,
      changes === 0
        ? "The decision page shows the approval chain, ready to export."
        : "Their comments are on the decision page; a new version asks everyone again.",
    ],
    button: {
      label: "Open the decision",
      url: `${mail.appUrl}/w/${mail.workshopId}/decision`,
    },
    note: FACILITATOR_NOTE,
    reason: FACILITATOR_REASON,
  });
}
