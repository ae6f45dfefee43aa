import pg from "pg";
import { mlLifecycle } from "@/lib/frameworks";
import { Browser, type AppServer, type BenchDatabase } from "./app-server";

// Workshops for the benchmarks, made through the same HTTP API the browsers use.

/** A live workshop: its facilitator (holding the facilitator cookie) and its invite token. */
export async function createWorkshop(server: AppServer, title: string) {
  const facilitator = new Browser(server.origin);
  const { workshopId } = await facilitator.send<{ workshopId: string }>("POST", "/api/workshops", {
    title,
    teamName: "Burst team",
    frameworkId: mlLifecycle.id,
    mode: "live",
  });
  const html = await (await facilitator.get(`/w/${workshopId}/facilitate`)).text();
  const inviteToken = /data-testid="invite-link"[^>]*>[^<]*\/j\/([A-Za-z0-9_-]{43})/.exec(
    html,
  )?.[1];
  if (!inviteToken) throw new Error(`No invite link on the facilitator page of ${workshopId}`);
  return { workshopId, facilitator, inviteToken };
}

/** The id of the workshop's open round, read from the database (only benchmarks need it). */
export async function openRoundOf(database: BenchDatabase, workshopId: string): Promise<string> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM rounds WHERE workshop_id = $1 AND status = 'open'`,
      [workshopId],
    );
    if (!rows[0]) throw new Error(`Workshop ${workshopId} has no open round`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}
