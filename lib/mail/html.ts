// The look shared by every mail Blueprint sends: one card with a heading, a few paragraphs, one
// button and, in small print, why the mail came and how to stop it. Inline styles, because
// mail clients ignore style sheets. Every value put in is escaped here.

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!,
  );
}

export interface MailHtml {
  heading: string;
  paragraphs: string[];
  button: { label: string; url: string };
  /** Paragraphs in small print after the button. */
  notes?: string[];
  /** Why the reader got the mail, with the link that stops such mails. */
  unsubscribe?: { reason: string; url: string };
}

export function mailHtml({ heading, paragraphs, button, notes = [], unsubscribe }: MailHtml) {
  const link = escapeHtml(button.url);
  const small = "margin:0 0 8px;line-height:1.5;font-size:14px;color:#475569";
  return `<!doctype html>
<html lang="en">
  <body style="margin:0;padding:24px;background:#f8fafc;color:#14213d;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif">
    <div style="max-width:520px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:12px;padding:24px">
      <h1 style="margin:0 0 12px;font-size:20px">${escapeHtml(heading)}</h1>
${paragraphs.map((text) => `      <p style="margin:0 0 16px;line-height:1.5">${escapeHtml(text)}</p>`).join("\n")}
      <p style="margin:4px 0 20px"><a href="${link}" style="display:inline-block;background:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;padding:12px 20px;border-radius:8px">${escapeHtml(button.label)}</a></p>
      <p style="${small};word-break:break-all">If the button does not work, copy this address into your browser: <a href="${link}" style="color:#1d4ed8">${link}</a></p>
${notes.map((text) => `      <p style="${small}">${escapeHtml(text)}</p>`).join("\n")}
${
  unsubscribe
    ? `      <p style="margin:16px 0 0;padding-top:12px;border-top:1px solid #e2e8f0;font-size:13px;line-height:1.5;color:#475569">${escapeHtml(unsubscribe.reason)} <a href="${escapeHtml(unsubscribe.url)}" style="color:#1d4ed8">Stop these e-mails</a>.</p>`
    : ""
}
    </div>
  </body>
</html>`;
}
