import { expect, test } from "./fixtures";
import type { APIRequestContext } from "@playwright/test";
import { startWorkshopWith, workshopFields } from "./support/api";
import { openRoundOf, query } from "./support/database";

// Text that is not Unicode, or that shows nothing, sent over HTTP as a hostile client would send
// it. JSON can carry a surrogate without its partner ("\udfff"); PostgreSQL refuses it in json
// and mangles it in text, so before the fix a reason like that was a 500. Every such field must
// now be a 400 that names the field, and nothing may be written.

const LONE = "\udfff";
const HIGH = "\ud83d";

interface Refusal {
  error: { code: string; fields?: Record<string, string> };
}

async function expectRefused(
  response: Awaited<ReturnType<APIRequestContext["post"]>>,
  field: string,
) {
  const text = await response.text();
  expect(response.status(), text).toBe(400);
  const body = JSON.parse(text) as Refusal;
  expect(body.error.code).toBe("invalid-input");
  expect(Object.keys(body.error.fields ?? {}), text).toContain(field);
}

/** JSON.stringify writes a lone surrogate as the escape "\udfff", exactly what reaches the server. */
const json = (value: unknown) => ({
  headers: { "Content-Type": "application/json" },
  data: JSON.stringify(value),
});

const votesIn = async (roundId: string) =>
  (
    await query<{ n: number }>("SELECT count(*)::int AS n FROM votes WHERE round_id = $1", [
      roundId,
    ])
  )[0]!.n;

test("a lone surrogate in any text field is a 400 naming the field, never a 500", async ({
  request,
  playwright,
  baseURL,
}) => {
  const { workshopId, inviteToken } = await startWorkshopWith(
    request,
    workshopFields("Unicode", "Team"),
  );
  const valid = workshopFields("T", "Team");
  for (const [field, value] of [
    ["title", `Plan ${LONE}`],
    ["teamName", HIGH],
    ["description", `a${LONE}b`],
  ] as const) {
    await expectRefused(
      await request.post("/api/workshops", json({ ...valid, [field]: value })),
      field,
    );
  }
  await expectRefused(
    await request.post(
      `/api/workshops/${workshopId}/share-links`,
      json({ label: `Board ${LONE}`, mode: "live" }),
    ),
    "label",
  );

  // A participant in a browser of their own saves a reason with a lone surrogate: the 500 of
  // the issue (invalid input syntax for type json).
  const phone = await playwright.request.newContext({ baseURL });
  const joinAs = (displayName: string, extra: Record<string, unknown> = {}) =>
    phone.post("/api/workshops/join", json({ inviteToken, displayName, role: "other", ...extra }));
  await expectRefused(await joinAs(`Pat${LONE}`), "displayName");
  await expectRefused(await joinAs("Pat", { email: `pat${LONE}@example.com` }), "email");
  expect((await joinAs("Pat")).status()).toBe(201);
  const roundId = await openRoundOf(workshopId);
  const save = (rationale: string) =>
    phone.put(
      `/api/workshops/${workshopId}/votes`,
      json({
        roundId,
        answers: [
          { criterionId: "speed", score: 3, rationale: "fine" },
          { criterionId: "cost", score: 2, rationale },
        ],
      }),
    );
  await expectRefused(await save(LONE), "answers.1.rationale");
  await expectRefused(await save(`why ${HIGH}`), "answers.1.rationale");
  // All or nothing: the valid first answer of the refused ballot was not saved either; a
  // well-formed reason with an astral character is.
  expect(await votesIn(roundId)).toBe(0);
  const saved = await save("why 😀");
  expect(saved.status(), await saved.text()).toBe(200);
  expect(await votesIn(roundId)).toBe(2);
  await phone.dispose();
});

test("names of only invisible characters are blank, and names with direction controls are refused", async ({
  request,
}) => {
  const { inviteToken } = await startWorkshopWith(request, workshopFields("Unicode", "Team"));
  const valid = { title: "T", teamName: "Team", frameworkId: "ml-lifecycle", mode: "live" };
  for (const invisible of ["\u200b", "\u200b\u200c\u200d", "\ufeff \u2060", "\u3164", "\u2800"]) {
    await expectRefused(
      await request.post("/api/workshops", json({ ...valid, title: invisible })),
      "title",
    );
    await expectRefused(
      await request.post(
        "/api/workshops/join",
        json({ inviteToken, displayName: invisible, role: "other" }),
      ),
      "displayName",
    );
  }
  // A right-to-left override makes what follows the name read backwards.
  for (const spoof of ["\u202e\u2066", "Pat\u202edetaeler", "\u2067Pat"]) {
    await expectRefused(
      await request.post(
        "/api/workshops/join",
        json({ inviteToken, displayName: spoof, role: "other" }),
      ),
      "displayName",
    );
  }
  // Right-to-left scripts need no controls and are welcome.
  const joined = await request.post(
    "/api/workshops/join",
    json({ inviteToken, displayName: "שרה", role: "other" }),
  );
  expect(joined.status(), await joined.text()).toBe(201);
});

test("a lone surrogate in a sign-in request is refused, not a 500", async ({ request }) => {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const body of [
    { email: `sam${LONE}@example.com` },
    { email: "sam@example.com", callbackUrl: `/workshops${LONE}` },
  ]) {
    const response = await request.post("/api/auth/signin/email", {
      ...json({ ...body, csrfToken: csrf.csrfToken, json: true }),
      maxRedirects: 0,
    });
    expect(response.status(), await response.text()).toBeLessThan(500);
    expect(response.status()).not.toBe(200);
  }
});
