// The one look of every mail Blueprint sends (sign-in links and workshop mails alike): the
// product's name over a white card with a heading, a few paragraphs, one button and, in small
// print, why the mail came and how to stop it. Mail clients ignore style sheets and many ignore
// <div> widths, so the layout is tables with inline styles; colours are the app's light theme
// (app/globals.css), since a mail cannot follow the app's theme. Every value put in is escaped
// here.

import type { Locale } from "@/lib/i18n/locales";
import { mailWords } from "./words";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

export interface MailHtml {
  /** The language the mail is written in. */
  locale: Locale;
  heading: string;
  paragraphs: string[];
  button: { label: string; url: string };
  /** Paragraphs in small print after the button. */
  notes?: string[];
  /** Why the reader got the mail, with the link that stops such mails. */
  unsubscribe?: { reason: string; url: string };
}

const colour = {
  canvas: "#f5f7fb",
  surface: "#ffffff",
  ink: "#0f172a",
  muted: "#475569",
  line: "#e2e8f0",
  accent: "#2f5bea",
} as const;

const font = "Inter,ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif";
const small = `margin:0 0 8px;font-size:14px;line-height:1.5;color:${colour.muted}`;

export function mailHtml({
  locale,
  heading,
  paragraphs,
  button,
  notes = [],
  unsubscribe,
}: MailHtml) {
  const t = mailWords(locale);
  const link = escapeHtml(button.url);
  const lines = [
    ...paragraphs.map(
      (text) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.6">${escapeHtml(text)}</p>`,
    ),
    `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px"><tr><td style="border-radius:10px;background:${colour.accent}"><a href="${link}" style="display:inline-block;padding:13px 22px;font-size:16px;font-weight:600;color:#ffffff;text-decoration:none;border-radius:10px">${escapeHtml(button.label)}</a></td></tr></table>`,
    `<p style="${small};word-break:break-all">${escapeHtml(t("layout.buttonFallback"))} <a href="${link}" style="color:${colour.accent}">${link}</a></p>`,
    ...notes.map((text) => `<p style="${small}">${escapeHtml(text)}</p>`),
    ...(unsubscribe
      ? [
          `<p style="margin:20px 0 0;padding-top:14px;border-top:1px solid ${colour.line};font-size:13px;line-height:1.5;color:${colour.muted}">${escapeHtml(unsubscribe.reason)} <a href="${escapeHtml(unsubscribe.url)}" style="color:${colour.accent}">${escapeHtml(t("layout.stopLink"))}</a>.</p>`,
        ]
      : []),
  ];
  return `<!doctype html>
<html lang="${locale}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light only">
    <title>${escapeHtml(heading)}</title>
  </head>
  <body style="margin:0;padding:0;background:${colour.canvas};color:${colour.ink};font-family:${font}">
    <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${colour.canvas}">
      <tr>
        <td align="center" style="padding:28px 12px">
          <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:540px">
            <tr>
              <td style="padding:0 4px 16px;font-size:18px;font-weight:700;letter-spacing:-0.01em;color:${colour.ink}"><span style="display:inline-block;width:12px;height:12px;margin-right:8px;border-radius:3px;background:${colour.accent}"></span>Blueprint</td>
            </tr>
            <tr>
              <td style="background:${colour.surface};border:1px solid ${colour.line};border-radius:16px;padding:28px 24px">
                <h1 style="margin:0 0 16px;font-size:22px;line-height:1.25;letter-spacing:-0.01em;color:${colour.ink}">${escapeHtml(heading)}</h1>
                ${lines.join("\n                ")}
              </td>
            </tr>
          </table>
        </td>
      </tr>
    </table>
  </body>
</html>`;
}
