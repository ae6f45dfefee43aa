// A real SMTP server on loopback for the database tests that send mail (the `smtp-server`
// package, as the e2e mailbox uses it): it keeps every message it receives, and points the app's
// mail settings at itself before anything reads the environment (env() caches it). Call it at the
// top of a test file, then clear() between tests.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll } from "vitest";

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Header values as sent (unfolded), by lower-case name. */
  headers: Map<string, string>;
}

export const TEST_APP_URL = "https://blueprint.example.test";

export async function testMailbox() {
  const received: ReceivedMail[] = [];
  /** Recipients the server refuses: permanently (550) or for now (451). */
  const refuse = new Map<string, 451 | 550>();
  const smtp = new SMTPServer({
    // Plain SMTP on loopback: no certificate to trust, no account to log in with.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      const code = refuse.get(address.address.toLowerCase());
      if (!code) return callback();
      const error = Object.assign(new Error(code === 451 ? "Try again later" : "No such user"), {
        responseCode: code,
      });
      callback(error);
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            headers: new Map(
              mail.headerLines.map(({ key, line }) => [
                key,
                line
                  .replace(/\r?\n[ \t]+/g, " ")
                  .slice(key.length + 1)
                  .trim(),
              ]),
            ),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  process.env.EMAIL_FROM = "Blueprint <blueprint@example.test>";
  process.env.APP_URL = TEST_APP_URL;
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  return {
    received,
    refuse,
    /** The messages sent to `address` so far. */
    to: (address: string) => received.filter((mail) => mail.to.includes(address.toLowerCase())),
    clear() {
      received.length = 0;
    },
  };
}
