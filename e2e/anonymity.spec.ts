import { request as apiRequest, type APIRequestContext } from "@playwright/test";
import { deriveBallotPseudonym } from "@/lib/auth/tokens";
import { E2E_AUTH_SECRET } from "./app-secret";
import { expect, test } from "./fixtures";
import { expectOk, joinWorkshop, send, startWorkshop, workshopFields } from "./support/api";
import { openRoundOf, query } from "./support/database";

// An anonymous workshop must not let its facilitator tie a ballot back to a person. The
// facilitator knows who joined and in which order; an outside review sorted the participant ids
// the facilitator page carried and mapped every "Participant N" row of the CSV to a name. Here
// the facilitator collects everything their browser can get (the page, its live stream, the
// results page, the CSV, a share link's page and CSV) and tries again.

const names = ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay"];
/** Each person's governance score says who they are: their place in the join order. */
const scores = [1, 2, 3, 4, 5, null];
/** A reason that a spreadsheet splitting on ";" would run as a formula (issue 12, item 7). */
const formula = "x;=2+5;";
const reasonOf = (index: number) => (index === 5 ? formula : `Because I am ${names[index]}`);

let baseURL: string;
test.beforeAll(({ baseURL: base }) => {
  baseURL = base!;
});

/** An answer on every criterion: a ballot that has voted. */
const fullBallot = (score: number) =>
  ["governance", "speed", "skills", "cost"].map((criterionId) => ({ criterionId, score }));

async function context(cookie = ""): Promise<APIRequestContext> {
  return apiRequest.newContext({
    baseURL,
    extraHTTPHeaders: cookie ? { Cookie: cookie } : {},
  });
}

/** The first state a live stream sends, as text. */
async function firstStreamState(path: string, cookie: string): Promise<string> {
  const controller = new AbortController();
  const response = await fetch(`${baseURL}${path}`, {
    headers: { Cookie: cookie },
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  let text = "";
  while (!/event: state\ndata: .*\n/.test(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
  }
  controller.abort();
  return text;
}

test("an anonymous workshop gives its facilitator nothing that ties a ballot to a person", async () => {
  test.setTimeout(120_000);
  const facilitator = await context();
  const created = await facilitator.post("/api/workshops", {
    data: {
      title: "Anonymous drill",
      teamName: "Risk team",
      frameworkId: "ml-lifecycle",
      mode: "live",
      anonymous: true,
    },
  });
  expect(created.status()).toBe(201);
  const { workshopId } = (await created.json()) as { workshopId: string };
  const cookie = (await facilitator.storageState()).cookies
    .map((c) => `${c.name}=${c.value}`)
    .join("; ");
  const facilitatorPage = async () => (await facilitator.get(`/w/${workshopId}/facilitate`)).text();
  const inviteToken = /\/j\/([A-Za-z0-9_-]{43})/.exec(await facilitatorPage())![1]!;

  // Six people join one after the other and vote.
  const [round] = await query<{ id: string }>(
    "SELECT id FROM rounds WHERE workshop_id = $1 AND number = 1",
    [workshopId],
  );
  const roundId = round!.id;
  for (const [index, name] of names.entries()) {
    const phone = await context();
    const joined = await phone.post("/api/workshops/join", {
      data: { inviteToken, displayName: name, role: "data_scientist" },
    });
    expect(joined.status()).toBe(201);
    const saved = await phone.put(`/api/workshops/${workshopId}/votes`, {
      data: {
        roundId,
        answers: [
          { criterionId: "governance", score: scores[index], rationale: reasonOf(index) },
          { criterionId: "speed", score: 3 },
          { criterionId: "skills", score: 3 },
          { criterionId: "cost", score: 3 },
        ],
      },
    });
    expect(saved.status(), await saved.text()).toBe(200);
    await phone.dispose();
  }
  const people = await query<{ id: string; display_name: string }>(
    "SELECT id, display_name FROM participants WHERE workshop_id = $1 ORDER BY joined_at",
    [workshopId],
  );
  expect(people.map((p) => p.display_name)).toEqual(names);

  // Before the reveal: the facilitator page and its live stream name people, by handle only.
  const seen: Record<string, string> = {
    "facilitator page": await facilitatorPage(),
    "facilitator stream": await firstStreamState(`/api/workshops/${workshopId}/events`, cookie),
    "presenter view": await (await facilitator.get(`/w/${workshopId}/present`)).text(),
  };
  for (const name of names) expect(seen["facilitator page"]).toContain(name);
  // Who joined, but not who has voted: with that, the facilitator could wait until one chosen
  // person had voted beside ballots of their own, and read that person's at the reveal.
  const streamed = JSON.parse(
    /event: state\ndata: (.*)\n/.exec(seen["facilitator stream"]!)![1]!,
  ) as {
    counts: { joined: number; voted: number };
    participants: { status: unknown }[];
  };
  expect(streamed.counts).toEqual({ joined: 6, voted: 6 });
  expect(streamed.participants.map((p) => p.status)).toEqual(names.map(() => null));
  for (const where of ["facilitator page", "presenter view"]) {
    expect(seen[where], where).not.toMatch(/status\\?":\\?"(voted|in-progress|not-started)/);
  }

  expect((await facilitator.post(`/api/workshops/${workshopId}/reveal`)).status()).toBe(200);
  const shared = await facilitator.post(`/api/workshops/${workshopId}/share-links`, {
    // Everything a link can show: the attack is on what even that lets through.
    data: { label: "Board", mode: "live", showNames: true, showReasons: true, showCsv: true },
  });
  const { token: shareToken } = (await shared.json()) as { token: string };
  const csv = await (await facilitator.get(`/w/${workshopId}/results/ballots.csv`)).text();
  Object.assign(seen, {
    // Every reason on governance, not only the first three the page shows unasked.
    "results page": await (
      await facilitator.get(`/w/${workshopId}/results?reasons=governance`)
    ).text(),
    CSV: csv,
    "share page": await (await facilitator.get(`/s/${shareToken}`)).text(),
    "share CSV": await (await facilitator.get(`/s/${shareToken}/ballots.csv`)).text(),
  });

  // No participant id, in any form, reaches the facilitator's browser.
  for (const [where, text] of Object.entries(seen)) {
    for (const { id } of people) {
      expect(text, where).not.toContain(id);
      expect(text, where).not.toContain(id.replaceAll("-", ""));
    }
  }

  // The rows come in the order of keyed pseudonyms per round: not the order of the stored ids,
  // not the order people joined in; nobody without the server's secret can work it out.
  const keyed = people
    .map((p, index) => ({ index, key: deriveBallotPseudonym(E2E_AUTH_SECRET, roundId, p.id) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ index }) => index);
  const rows = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .slice(1);
  expect(rows).toHaveLength(6);
  expect(rows.map((row) => row.split(",")[1])).toEqual(names.map((_, i) => `Participant ${i + 1}`));
  const governance = rows.map((row) => row.split(",")[2]);
  expect(governance).toEqual(
    keyed.map((index) => (scores[index] === null ? "not sure" : String(scores[index]))),
  );
  expect(seen["share CSV"]).toBe(csv);

  // The reasons on the results page follow what they say, not who wrote them or when.
  const page = seen["results page"]!;
  const positions = names.map((_, index) => page.indexOf(reasonOf(index)));
  const byContent = names
    .map((_, index) => index)
    .sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0) || reasonOf(a).localeCompare(reasonOf(b)));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions.keys()].sort((a, b) => positions[a]! - positions[b]!)).toEqual(byContent);

  // A reason that would be a formula in a spreadsheet splitting on ";" stays text there.
  expect(csv).toContain("x;'=2+5;");
  expect(csv).not.toMatch(/(^|[;,\t\r\n]) *[=+\-@]/);
  await facilitator.dispose();
});

test("an anonymous round with fewer than three voters is not revealed: its results would name them", async () => {
  const workshop = await startWorkshop({ ...workshopFields("Small room"), anonymous: true });
  const roundId = await openRoundOf(workshop.workshopId);
  const reveal = () =>
    send({
      method: "POST",
      path: `/api/workshops/${workshop.workshopId}/reveal`,
      cookie: workshop.facilitatorCookie,
    });
  const people = [
    { displayName: "Solo", role: "data_scientist", score: 5 },
    { displayName: "Duo", role: "ml_engineer", score: 1 },
    { displayName: "Trio", role: "other", score: 3 },
  ];
  for (const [index, person] of people.entries()) {
    const guest = await joinWorkshop(workshop, {
      displayName: person.displayName,
      role: person.role,
    });
    await expectOk(
      send({
        method: "PUT",
        path: `/api/workshops/${workshop.workshopId}/votes`,
        cookie: guest,
        body: { roundId, answers: fullBallot(person.score) },
      }),
    );
    if (index === people.length - 1) break;
    // One ballot would be its author's; two, each voter's for the other to read.
    const refused = await reveal();
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.text)).toMatchObject({ error: { code: "too-few-ballots" } });
    const csv = await send({
      method: "GET",
      path: `/w/${workshop.workshopId}/results/ballots.csv`,
      cookie: workshop.facilitatorCookie,
    });
    expect(csv.text).not.toContain("Participant 1");
  }
  expect((await reveal()).status).toBe(200);
});

test("a named workshop's ballots CSV names people only for its facilitator", async () => {
  const workshop = await startWorkshop(workshopFields("Named export"));
  const voters = [
    { displayName: "Ada Lovelace", role: "data_scientist", score: 5 },
    { displayName: "Ben Okafor", role: "ml_engineer", score: 2 },
  ] as const;
  const roundId = await openRoundOf(workshop.workshopId);
  const cookies: string[] = [];
  for (const voter of voters) {
    const cookie = await joinWorkshop(workshop, {
      displayName: voter.displayName,
      role: voter.role,
    });
    cookies.push(cookie);
    await expectOk(
      send({
        method: "PUT",
        path: `/api/workshops/${workshop.workshopId}/votes`,
        cookie,
        body: {
          roundId,
          answers: fullBallot(voter.score).map((answer) =>
            answer.criterionId === "governance"
              ? { ...answer, rationale: `${voter.displayName} says so` }
              : answer,
          ),
        },
      }),
    );
  }
  await expectOk(
    send({
      method: "POST",
      path: `/api/workshops/${workshop.workshopId}/reveal`,
      cookie: workshop.facilitatorCookie,
    }),
  );
  const shared = await send({
    method: "POST",
    path: `/api/workshops/${workshop.workshopId}/share-links`,
    cookie: workshop.facilitatorCookie,
    // A link that offers the CSV, with names: the file must still name nobody.
    body: { label: "Leadership", mode: "live", showNames: true, showReasons: true, showCsv: true },
  });
  expect(shared.status, shared.text).toBe(201);
  const { token: shareToken } = JSON.parse(shared.text) as { token: string };
  const csvOf = async (path: string, cookie = "") =>
    (await send({ method: "GET", path, cookie })).text;

  const facilitatorCsv = await csvOf(
    `/w/${workshop.workshopId}/results/ballots.csv`,
    workshop.facilitatorCookie,
  );
  expect(facilitatorCsv).toContain("Ada Lovelace");
  expect(facilitatorCsv).toContain("Ada Lovelace says so");

  // Ada, and leadership through the share link, try to read who voted what.
  const seen = {
    participant: await csvOf(`/w/${workshop.workshopId}/results/ballots.csv`, cookies[0]),
    "share link": await csvOf(`/s/${shareToken}/ballots.csv`),
  };
  for (const [who, csv] of Object.entries(seen)) {
    expect(csv, who).toContain("Participant 2");
    for (const secret of ["Ada", "Ben", "Data scientist", "ML engineer", "says so"]) {
      expect(csv, `${who}: ${secret}`).not.toContain(secret);
    }
  }
});
