import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { mailHtml } from "./html";
import type { Mail } from "./transport";
import { mailWords } from "./words";

// The workshop mails, as pure functions so they can be read and tested without a database or a
// mail server. Each comes in the language kept with its address (lib/i18n/messages/*/mail.json).
// A mail cannot know its reader's time zone, so times are in UTC and also said relative to when
// the mail was sent. Links to a ballot or results page only work in the browser the person
// joined with (their guest cookie), which the mails say.

export type MailContent = Omit<Mail, "to">;

interface WorkshopMail {
  appUrl: string;
  workshopId: string;
  title: string;
  teamName: string;
  /** The token of this recipient's unsubscribe link (lib/mail/unsubscribe.ts). */
  unsubscribeToken: string;
  /** The language the recipient gave their address in. */
  locale: Locale;
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

/** "Thursday, 3 December 2026 at 16:05 UTC": a moment, for a reader whose time zone is unknown. */
export function formatUtc(date: Date, locale: Locale): string {
  const format = { dateStyle: "full", timeStyle: "short", timeZone: "UTC" } as const;
  return `${new Intl.DateTimeFormat(INTL_LOCALE[locale], format).format(date)} UTC`;
}

/** Roughly how long until a moment, for a mail that may be read a little later. */
export function timeLeftInWords(milliseconds: number, locale: Locale): string {
  const t = mailWords(locale);
  const minutes = Math.round(milliseconds / 60_000);
  if (minutes < 1) return t("timeLeft.underAMinute");
  if (minutes < 90) return t("timeLeft.minutes", { minutes });
  return t("timeLeft.hours", { hours: Math.round(minutes / 60) });
}

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
  const t = mailWords(mail.locale);
  const hello = displayName === null ? null : t("layout.hello", { name: displayName });
  const stop = unsubscribeUrl(mail.appUrl, mail.unsubscribeToken);
  return {
    subject,
    text: [
      hello ?? t("layout.helloAnyone"),
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
      t("layout.stopText", { url: stop }),
    ].join("\n"),
    html: mailHtml({
      locale: mail.locale,
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
  const t = mailWords(mail.locale);
  const left = timeLeftInWords(mail.deadline.getTime() - mail.now.getTime(), mail.locale);
  const deadline = formatUtc(mail.deadline, mail.locale);
  return workshopMail(mail, {
    subject: t("deadlineReminder.subject", { title: oneLine(mail.title), left }),
    heading: t("deadlineReminder.heading"),
    displayName: mail.displayName,
    paragraphs: [
      t("deadlineReminder.when", { title: mail.title, team: mail.teamName, left, deadline }),
      t("deadlineReminder.status"),
    ],
    button: { label: t("deadlineReminder.button"), url: `${mail.appUrl}/w/${mail.workshopId}` },
    note: t("sameBrowser"),
    reason: t("participantReason"),
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
  const t = mailWords(mail.locale);
  const when = mail.deadline
    ? [
        t("nudge.when", {
          left: timeLeftInWords(mail.deadline.getTime() - mail.now.getTime(), mail.locale),
          deadline: formatUtc(mail.deadline, mail.locale),
        }),
      ]
    : [];
  return workshopMail(mail, {
    subject: t("nudge.subject", { title: oneLine(mail.title) }),
    heading: t("nudge.heading"),
    displayName: mail.displayName,
    paragraphs: [
      t("nudge.ask", { title: mail.title, team: mail.teamName, round: mail.roundNumber }),
      ...when,
      t("nudge.privacy"),
    ],
    button: { label: t("nudge.button"), url: `${mail.appUrl}/w/${mail.workshopId}` },
    note: t("sameBrowser"),
    reason: t("participantReason"),
  });
}

export function resultsReadyMail(
  mail: WorkshopMail & { displayName: string; roundNumber: number },
): MailContent {
  const t = mailWords(mail.locale);
  return workshopMail(mail, {
    subject: t("resultsReady.subject", { title: oneLine(mail.title) }),
    heading: t("resultsReady.heading"),
    displayName: mail.displayName,
    paragraphs: [
      t("resultsReady.news", { title: mail.title, team: mail.teamName, round: mail.roundNumber }),
    ],
    button: {
      label: t("resultsReady.button"),
      url: `${mail.appUrl}/w/${mail.workshopId}/results`,
    },
    note: t("sameBrowser"),
    reason: t("participantReason"),
  });
}

export function allVotedMail(
  mail: WorkshopMail & { voted: number; roundNumber: number },
): MailContent {
  const t = mailWords(mail.locale);
  return workshopMail(mail, {
    subject: t("allVoted.subject", { title: oneLine(mail.title) }),
    heading: t("allVoted.heading"),
    displayName: null,
    paragraphs: [
      t("allVoted.news", {
        voted: mail.voted,
        title: mail.title,
        team: mail.teamName,
        round: mail.roundNumber,
      }),
    ],
    button: {
      label: t("allVoted.button"),
      url: `${mail.appUrl}/w/${mail.workshopId}/facilitate`,
    },
    note: t("allVoted.note"),
    reason: t("allVoted.reason"),
  });
}

/** "Friday, 18 December 2026": a calendar day, the same for every reader. */
export function formatDay(day: Date, locale: Locale): string {
  const format = { dateStyle: "full", timeZone: "UTC" } as const;
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], format).format(day);
}

/** The pilot of the recorded decision has reached its end date: time to look at what it taught. */
export function pilotEndedMail(
  mail: WorkshopMail & { optionName: string; pilotEnd: Date },
): MailContent {
  const t = mailWords(mail.locale);
  return workshopMail(mail, {
    subject: t("pilotEnded.subject", { title: oneLine(mail.title) }),
    heading: t("pilotEnded.heading"),
    displayName: null,
    paragraphs: [
      t("pilotEnded.planned", {
        option: mail.optionName,
        team: mail.teamName,
        title: mail.title,
        day: formatDay(mail.pilotEnd, mail.locale),
      }),
      t("pilotEnded.next"),
    ],
    button: {
      label: t("pilotEnded.button"),
      url: `${mail.appUrl}/w/${mail.workshopId}/decision`,
    },
    note: t("facilitatorNote"),
    reason: t("facilitatorReason"),
  });
}

/** The quarterly review of the decision is a week away. */
export function reviewDueMail(
  mail: WorkshopMail & { optionName: string; reviewOn: Date },
): MailContent {
  const t = mailWords(mail.locale);
  return workshopMail(mail, {
    subject: t("reviewDue.subject", { title: oneLine(mail.title) }),
    heading: t("reviewDue.heading"),
    displayName: null,
    paragraphs: [
      t("reviewDue.planned", {
        team: mail.teamName,
        option: mail.optionName,
        day: formatDay(mail.reviewOn, mail.locale),
      }),
      t("reviewDue.next"),
    ],
    button: {
      label: t("reviewDue.button"),
      url: `${mail.appUrl}/w/${mail.workshopId}/decision`,
    },
    note: t("facilitatorNote"),
    reason: t("facilitatorReason"),
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
  const t = mailWords(mail.locale);
  return workshopMail(mail, {
    subject: t("rerunInvite.subject", { title: oneLine(mail.title) }),
    heading: t("rerunInvite.heading"),
    displayName: mail.displayName,
    paragraphs: [
      t("rerunInvite.news", { title: mail.title, team: mail.teamName }),
      mail.deadline === null
        ? t("rerunInvite.whenUnset")
        : t("rerunInvite.when", { deadline: formatUtc(mail.deadline, mail.locale) }),
    ],
    button: { label: t("rerunInvite.button"), url: `${mail.appUrl}/j/${mail.inviteToken}` },
    note: t("rerunInvite.note"),
    reason: t("rerunInvite.reason"),
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
  const t = mailWords(mail.locale);
  const first = mail.version === 1;
  const about = {
    team: mail.teamName,
    option: mail.optionName,
    title: mail.title,
    version: mail.version,
  };
  return workshopMail(mail, {
    subject: first
      ? t("signOffRequest.subjectFirst", { title: oneLine(mail.title) })
      : t("signOffRequest.subjectVersion", { title: oneLine(mail.title), version: mail.version }),
    heading: t("signOffRequest.heading"),
    displayName: mail.displayName,
    paragraphs: [
      first ? t("signOffRequest.askFirst", about) : t("signOffRequest.askVersion", about),
      t("signOffRequest.how"),
    ],
    button: { label: t("signOffRequest.button"), url: `${mail.appUrl}/d/${mail.signOffToken}` },
    note: t("signOffRequest.note"),
    reason: t("signOffRequest.reason"),
  });
}

/** Everyone asked has answered the version in force: the facilitator can act on it. */
export function signOffsCompleteMail(
  mail: WorkshopMail & { optionName: string; version: number; approved: number; asked: number },
): MailContent {
  const t = mailWords(mail.locale);
  const changes = mail.asked - mail.approved;
  const about = {
    version: mail.version,
    option: mail.optionName,
    title: mail.title,
    team: mail.teamName,
    asked: mail.asked,
  };
  return workshopMail(mail, {
    subject: t("signOffsComplete.subject", { title: oneLine(mail.title) }),
    heading: t("signOffsComplete.heading"),
    displayName: null,
    paragraphs:
      changes === 0
        ? [t("signOffsComplete.allApproved", about), t("signOffsComplete.nextApproved")]
        : [
            t("signOffsComplete.someChanges", { ...about, approved: mail.approved, changes }),
            t("signOffsComplete.nextChanges"),
          ],
    button: {
      label: t("signOffsComplete.button"),
      url: `${mail.appUrl}/w/${mail.workshopId}/decision`,
    },
    note: t("facilitatorNote"),
    reason: t("facilitatorReason"),
  });
}
