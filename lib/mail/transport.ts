import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { env } from "@/lib/env";

// The one way the app sends e-mail: sign-in links and the workshop mails. Through the SMTP server
// of SMTP_URL and EMAIL_FROM when they are set; otherwise the mail is written to the server log,
// so that the embedded default (no mail server) still works end to end.

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * A send that failed before the mail server took the message, so it certainly did not go out.
 * `retryable` says whether trying again later may help (a temporary failure); anything else that
 * sendMail throws may have happened after the server took it.
 */
export class MailNotSentError extends Error {
  override readonly name = "MailNotSentError";

  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) {
    // A mail server that hangs must not hold the sweep for nodemailer's default ten minutes.
    transport = {
      url,
      transporter: createTransport({
        url,
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return transport.transporter;
}

/**
 * Sends one mail, or logs it when no SMTP server is configured. `logAs` replaces the logged text
 * (sign-in logs just the link). Throws MailNotSentError when the mail certainly did not go out.
 */
export async function sendMail(mail: Mail, options: { logAs?: string } = {}): Promise<void> {
  const { smtp } = env();
  if (!smtp) {
    console.log(
      options.logAs ??
        `E-mail to ${mail.to} (SMTP_URL is not set, so it was not sent): ${mail.subject}\n${mail.text}`,
    );
    return;
  }
  let rejected: unknown[];
  try {
    const info = await transporterFor(smtp.url).sendMail({ from: smtp.from, ...mail });
    rejected = info.rejected ?? [];
  } catch (error) {
    const notSent = notSentBecause(error);
    if (notSent) throw new MailNotSentError(notSent.message, notSent.retryable, { cause: error });
    throw error;
  }
  if (rejected.length > 0) {
    // Not the address itself: the error text is kept in outbound_mails.last_error.
    throw new MailNotSentError("The mail server refused the recipient", false);
  }
}

interface SmtpError {
  code?: string;
  syscall?: string;
  responseCode?: number;
}

/**
 * Whether a nodemailer failure certainly happened before the server took the message, and if so
 * whether it is worth trying again: no connection at all (refused, unknown host), a failed TLS
 * or login handshake, the envelope refused (MAIL FROM, RCPT TO, DATA) or the message refused
 * after DATA. A socket error or timeout once the session is under way may come after the server
 * queued the mail, so it is not one of these. Server refusals with a 5xx code are permanent.
 */
export function notSentBecause(error: unknown): { message: string; retryable: boolean } | null {
  if (!(error instanceof Error)) return null;
  const { code, syscall, responseCode } = error as Error & SmtpError;
  const permanent = typeof responseCode === "number" && responseCode >= 500;
  const message = error.message;
  if (syscall === "connect" || syscall === "getaddrinfo" || code === "EDNS") {
    return { message, retryable: true };
  }
  if (code === "ETLS" || code === "EAUTH" || code === "EENVELOPE" || code === "EMESSAGE") {
    return { message, retryable: !permanent };
  }
  return null;
}

/** Mail servers quote the recipient in their errors; a stored reason must not keep it. */
export function withoutAddresses(text: string): string {
  return text.replace(/[^\s<>"'()@]+@[^\s<>"'()@]+/g, "<address>");
}
