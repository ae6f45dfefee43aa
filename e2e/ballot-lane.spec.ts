import { expect, test } from "./fixtures";
import { signedInAccount } from "./support/accounts";
import {
  appOrigin,
  expectOk,
  joinWorkshop,
  send,
  startWorkshop,
  workshopFields,
} from "./support/api";
import { openRoundOf, query } from "./support/database";
import { linkToken } from "./support/tokens";

// In production a guest's ballot save is answered by the ballot lane (app/api/workshops/
// [workshopId]/votes/lane.ts) before Next.js sees it; an account's goes through Next.js to the
// route handler. The lane must be invisible: for each request below, a guest and an account in
// the same workshop get the same status, the same body and the same headers, and the guest's
// answer did come from the lane.

/** Headers that differ by who framed the answer, not by what it says. */
const FRAMING = new Set([
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
]);

interface Got {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** Next.js varies its route handlers' answers on its router headers; the lane does not. */
  fromNext: boolean;
}

interface Ask {
  body?: string | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}

async function put(path: string, cookie: string, ask: Ask): Promise<Got> {
  const response = await fetch(`${appOrigin()}${path}`, {
    method: "PUT",
    headers: { Cookie: cookie, "Content-Type": "application/json", ...ask.headers },
    body: ask.body,
    ...(ask.body instanceof ReadableStream && { duplex: "half" }),
  } as RequestInit);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!FRAMING.has(name) && name !== "vary") headers[name] = value;
  });
  const body = (await response.json()) as { savedAt?: string };
  // The time of a save differs from one save to the next; its form does not.
  if (typeof body.savedAt === "string" && !Number.isNaN(Date.parse(body.savedAt))) {
    body.savedAt = "(a time)";
  }
  return { status: response.status, body, headers, fromNext: response.headers.has("vary") };
}

/** A body of `bytes` bytes sent in pieces, without a declared length. */
function chunked(bytes: number): ReadableStream<Uint8Array> {
  let left = bytes;
  return new ReadableStream({
    pull(controller) {
      const size = Math.min(left, 4096);
      controller.enqueue(new TextEncoder().encode("x".repeat(size)));
      left -= size;
      if (left === 0) controller.close();
    },
  });
}

test("a guest's ballot, answered by the lane, gets the answers an account's gets from Next.js", async () => {
  const workshop = await startWorkshop(workshopFields("Ballot lane"));
  const guest = await joinWorkshop(workshop, { displayName: "Gus", role: "data_scientist" });
  const account = await signedInAccount({ name: "Ada" });
  await expectOk(
    send({
      method: "POST",
      path: "/api/workshops/join",
      cookie: account.cookie,
      body: { inviteToken: workshop.inviteToken, displayName: "Ada", role: "ml_engineer" },
    }),
    "Ada joins with her account",
  );
  const roundId = await openRoundOf(workshop.workshopId);
  const path = `/api/workshops/${workshop.workshopId}/votes`;
  const ballot = (score: number) =>
    JSON.stringify({
      roundId,
      answers: ["governance", "speed", "skills", "cost"].map((criterionId) => ({
        criterionId,
        score,
        rationale: `Scored ${score}`,
      })),
    });

  const asks: Record<string, Ask> = {
    "a whole ballot": { body: ballot(4) },
    "a ballot after a byte order mark": { body: `\uFEFF${ballot(3)}` },
    "the same ballot again, changed": { body: ballot(2) },
    "no JSON": { body: "{" },
    "a score out of range": { body: ballot(9) },
    "a criterion the workshop does not have": {
      body: JSON.stringify({ roundId, answers: [{ criterionId: "mood", score: 3 }] }),
    },
    "a broken character": {
      body: `{"roundId":"${roundId}","answers":[{"criterionId":"governance","score":3,"rationale":"\\ud800"}]}`,
    },
    "a round that does not exist": {
      body: JSON.stringify({
        roundId: "00000000-0000-4000-8000-000000000000",
        answers: [{ criterionId: "governance", score: 3 }],
      }),
    },
    "a declared body over 16 KB": { body: " ".repeat(17 * 1024) },
    "a body over 16 KB in pieces": { body: chunked(17 * 1024) },
    "a write from another site": {
      body: ballot(1),
      headers: { Origin: "https://elsewhere.example", "Sec-Fetch-Site": "cross-site" },
    },
  };
  const expected: Record<string, number> = {
    "a whole ballot": 200,
    "the same ballot again, changed": 200,
    "a ballot after a byte order mark": 200,
    "no JSON": 400,
    "a score out of range": 400,
    "a criterion the workshop does not have": 400,
    "a broken character": 400,
    "a round that does not exist": 404,
    "a declared body over 16 KB": 413,
    "a body over 16 KB in pieces": 413,
    "a write from another site": 403,
  };
  for (const [what, ask] of Object.entries(asks)) {
    const fromGuest = await put(path, guest, ask);
    const again = what === "a body over 16 KB in pieces" ? { body: chunked(17 * 1024) } : ask;
    const fromAccount = await put(path, account.cookie, again);
    expect(fromGuest.status, what).toBe(expected[what]);
    expect({ ...fromGuest, fromNext: false }, what).toEqual({ ...fromAccount, fromNext: false });
    expect(fromGuest.fromNext, `${what}: the guest's answer came from the lane`).toBe(false);
    expect(fromAccount.fromNext, `${what}: the account's answer came from Next.js`).toBe(true);
  }

  // What was stored: the changed ballot of each, and nothing from the other site.
  const stored = await query<{ display_name: string; score: number; rationale: string }>(
    `SELECT p.display_name, v.score, v.rationale FROM votes v
     JOIN participants p ON p.id = v.participant_id
     WHERE v.round_id = $1 ORDER BY p.display_name, v.criterion_id`,
    [roundId],
  );
  expect(stored).toHaveLength(8);
  for (const row of stored) expect(row).toMatchObject({ score: 2, rationale: "Scored 2" });

  // After the reveal, both are told voting has ended, and nothing changes.
  await expectOk(
    send({
      method: "POST",
      path: `/api/workshops/${workshop.workshopId}/reveal`,
      cookie: workshop.facilitatorCookie,
    }),
  );
  const late = [
    await put(path, guest, asks["a whole ballot"]!),
    await put(path, account.cookie, asks["a whole ballot"]!),
  ];
  expect(late.map((got) => got.status)).toEqual([409, 409]);
  expect({ ...late[0]!, fromNext: false }).toEqual({ ...late[1]!, fromNext: false });
  expect(late[0]!.body).toMatchObject({ error: { code: "round-not-open" } });
});

test("the lane takes only the guest cookie of the workshop addressed, and a forged one saves nothing", async () => {
  const first = await startWorkshop(workshopFields("Lane, first room"));
  const second = await startWorkshop(workshopFields("Lane, second room"));
  const guestOfFirst = await joinWorkshop(first, { displayName: "Gus", role: "data_scientist" });
  const secondRound = await openRoundOf(second.workshopId);
  const ballot = JSON.stringify({
    roundId: secondRound,
    answers: [{ criterionId: "governance", score: 5 }],
  });
  const path = `/api/workshops/${second.workshopId}/votes`;

  // The first room's cookie in the second room: not the second room's, so Next.js answers.
  const elsewhere = await put(path, guestOfFirst, { body: ballot });
  expect(elsewhere).toMatchObject({ status: 403, fromNext: true });
  // The first room's token under the second room's cookie name, and a made-up token: the lane
  // answers, and as the route would, no such participant.
  const token = guestOfFirst.split("=")[1]!;
  for (const value of [token, linkToken()]) {
    const forged = await put(path, `bp_guest_${second.workshopId}=${value}`, { body: ballot });
    expect(forged).toMatchObject({ status: 404, fromNext: false });
    expect(forged.body).toMatchObject({ error: { code: "not-found" } });
  }
  expect(await query(`SELECT 1 FROM votes WHERE round_id = $1`, [secondRound])).toEqual([]);
});
