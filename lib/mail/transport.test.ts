import { createServer, type AddressInfo } from "node:net";
import { createTransport } from "nodemailer";
import { describe, expect, it } from "vitest";
import { notSentBecause, withoutAddresses } from "./transport";

// The failures nodemailer really produces, not hand-made look-alikes: only those that certainly
// happened before the mail server took the message may be sent again.

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function failure(url: string): Promise<unknown> {
  try {
    await createTransport(url).sendMail({
      from: "a@example.test",
      to: "b@example.test",
      subject: "x",
      text: "x",
    });
  } catch (error) {
    return error;
  }
  throw new Error("The send did not fail.");
}

describe("notSentBecause", () => {
  it("knows a refused connection never sent anything, and that a retry may help", async () => {
    const error = await failure(`smtp://127.0.0.1:${await closedPort()}`);
    expect(notSentBecause(error)).toEqual({ message: expect.any(String), retryable: true });
  });

  it("takes envelope refusals as not sent; a 5xx is permanent, a 4xx worth a retry", () => {
    const refused = (responseCode: number) =>
      Object.assign(new Error("Recipient command failed"), {
        code: "EENVELOPE",
        command: "RCPT TO",
        responseCode,
      });
    expect(notSentBecause(refused(550))).toMatchObject({ retryable: false });
    expect(notSentBecause(refused(451))).toMatchObject({ retryable: true });
  });

  it("treats a broken session or a timeout as possibly sent", () => {
    const timeout = Object.assign(new Error("Timeout"), { code: "ETIMEDOUT", command: "CONN" });
    const closed = Object.assign(new Error("Connection closed unexpectedly"), {
      code: "ECONNECTION",
      command: "CONN",
    });
    expect(notSentBecause(timeout)).toBeNull();
    expect(notSentBecause(closed)).toBeNull();
    expect(notSentBecause("not an error")).toBeNull();
  });
});

describe("withoutAddresses", () => {
  it("keeps the reason a send failed but not whom it was for", () => {
    expect(
      withoutAddresses("550 5.1.1 <ada@example.com>: Recipient address rejected (ada@example.com)"),
    ).toBe("550 5.1.1 <<address>>: Recipient address rejected (<address>)");
    expect(withoutAddresses("connect ECONNREFUSED 127.0.0.1:25")).toBe(
      "connect ECONNREFUSED 127.0.0.1:25",
    );
  });
});
