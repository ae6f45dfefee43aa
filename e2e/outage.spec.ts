import { execFileSync } from "node:child_process";
import { expect, test } from "./fixtures";
import { query } from "./support/database";
import { createWorkshop, expectAccessible, joinAs, vote } from "./workshop-steps";

// PostgreSQL restarts in the middle of a live workshop. This spec stops and starts the real
// cluster (E2E_PG_CLUSTER, e.g. "15 main"), so it runs in a project of its own after every other
// browser test (playwright.config.ts), and only where scripts/test.ts found such a cluster.

const GOVERNANCE = "Governance and audit requirements";
const SPEED = "Speed of iteration";
const SKILLS = "Team structure and skills";
const COST = "Operational cost and infrastructure capacity";

function cluster(action: "stop" | "start") {
  const [version, name] = process.env.E2E_PG_CLUSTER!.split(" ");
  execFileSync("pg_ctlcluster", [version!, name!, action], { stdio: "inherit" });
}

async function votesOf(participantName: string, workshopId: string): Promise<number> {
  const rows = await query<{ count: string }>(
    `SELECT count(*) FROM votes v JOIN participants p ON p.id = v.participant_id
     WHERE p.display_name = $1 AND v.workshop_id = $2 AND v.score IS NOT NULL`,
    [participantName, workshopId],
  );
  return Number(rows[0]?.count ?? 0);
}

test("a database restart loses no acknowledged vote, and every screen catches up by itself", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const workshop = await createWorkshop(page, { title: "Restart in the middle" });
  const ada = await joinAs(browser, workshop.inviteLink, "Ada", "Data scientist");
  await vote(ada, { [GOVERNANCE]: 5, [SPEED]: 3 });
  await expect(page.getByText(/1\s*joined · 0\s*voted/)).toBeVisible();
  expect(await votesOf("Ada", workshop.workshopId)).toBe(2);

  let restarted = false;
  cluster("stop");
  try {
    // A write during the outage gets a clear, retryable answer and changes nothing.
    const refused = await ada.request.put(`/api/workshops/${workshop.workshopId}/votes`, {
      data: {
        roundId: "00000000-0000-4000-8000-000000000000",
        answers: [{ criterionId: "cost", score: 1 }],
      },
    });
    expect(refused.status()).toBe(503);
    expect(refused.headers()["retry-after"]).toBeDefined();
    expect((await refused.json()).error.code).toBe("unavailable");

    // The ballot keeps the answer and says it is trying again.
    const skills = ada.getByRole("group", { name: SKILLS });
    await skills.getByRole("radio", { name: "4", exact: true }).check({ force: true });
    await expect(ada.getByText(/Not saved yet/)).toBeVisible();

    // A page opened now says what happened and what to do, accessibly, in its own frame.
    const opened = await page.context().newPage();
    await opened.goto(`/w/${workshop.workshopId}/facilitate`);
    await expect(
      opened.getByRole("heading", { name: "Something went wrong on our side" }),
    ).toBeVisible();
    await expect(opened.getByRole("main")).toHaveCount(1);
    await expectAccessible(opened);
    await opened.close();

    cluster("start");
    restarted = true;
  } finally {
    if (!restarted) cluster("start");
  }

  // The retried save lands by itself once the database is back.
  await expect(ada.getByText("Saved", { exact: true })).toHaveCount(3, { timeout: 30_000 });
  await expect(ada.getByText(/Not saved yet/)).toHaveCount(0);
  await ada
    .getByRole("group", { name: COST })
    .getByRole("radio", { name: "2", exact: true })
    .check({ force: true });
  await expect(ada.getByText("Saved", { exact: true })).toHaveCount(4);
  expect(await votesOf("Ada", workshop.workshopId)).toBe(4);

  // The facilitator's page, never reloaded, hears about it: its stream survived the outage.
  await expect(page.getByText(/1\s*joined · 1\s*voted/)).toBeVisible({ timeout: 30_000 });

  // And a reveal still reaches the participant's page live.
  await page.getByRole("button", { name: "Reveal the votes" }).click();
  await page.getByRole("button", { name: "Reveal now" }).click();
  await ada.waitForURL(/\/results$/, { timeout: 15_000 });
});
