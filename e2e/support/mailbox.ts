import { expect } from "@playwright/test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

// A mail server on loopback for the app's mail (SMTP_URL): every mail it receives, by recipient.
// Plain SMTP: no certificate to trust, no account to log in with.

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

export interface Mailbox {
  /** Every mail received so far, in order. */
  mails: ReceivedMail[];
  mailsTo(address: string): ReceivedMail[];
  /** Waits up to 15 seconds for a mail to `address`; the first one. */
  nextMailTo(address: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1:`port`. While another process holds the port, tries again every 250 ms
 * for up to `waitForPortMs`: holding the port doubles as a lock between workers.
 */
export async function openMailbox(port: number, waitForPortMs = 0): Promise<Mailbox> {
  const mails: ReceivedMail[] = [];
  const deadline = Date.now() + waitForPortMs;
  for (;;) {
    const server = new SMTPServer({
      disabledCommands: ["STARTTLS", "AUTH"],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            mails.push({
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
            });
            callback();
          })
          .catch(callback);
      },
    });
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, "127.0.0.1", () => {
          server.off("error", reject);
          resolve();
        });
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || Date.now() > deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    const mailsTo = (address: string) => mails.filter((mail) => mail.to.includes(address));
    return {
      mails,
      mailsTo,
      async nextMailTo(address) {
        await expect.poll(() => mailsTo(address).length > 0, { timeout: 15_000 }).toBe(true);
        return mailsTo(address)[0]!;
      },
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  }
}
