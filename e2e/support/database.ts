import pg from "pg";
import { linkToken, sha256 } from "./tokens";

// The suite's database, read and arranged directly: what the app stored, and the rows a spec
// plants because they would otherwise arrive by mail or through another browser.

/** Runs `work` with a connection of its own to the e2e database, closed afterwards. */
export async function withDatabase<T>(
  work: (client: pg.Client) => Promise<T>,
  connectionString = process.env.E2E_DATABASE_URL,
): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The rows of one statement. */
export async function query<Row extends pg.QueryResultRow = pg.QueryResultRow>(
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  return withDatabase(async (client) => (await client.query<Row>(sql, values)).rows);
}

/** The id of the workshop's open round. */
export async function openRoundOf(workshopId: string): Promise<string> {
  const [round] = await query<{ id: string }>(
    "SELECT id FROM rounds WHERE workshop_id = $1 AND status = 'open'",
    [workshopId],
  );
  return round!.id;
}

/** A workshop's one participant and its first round. */
export async function participantAndFirstRound(
  workshopId: string,
): Promise<{ participantId: string; roundId: string }> {
  const [ids] = await query<{ participantId: string; roundId: string }>(
    `SELECT p.id AS "participantId", r.id AS "roundId" FROM participants p
     JOIN rounds r ON r.workshop_id = p.workshop_id AND r.number = 1
     WHERE p.workshop_id = $1`,
    [workshopId],
  );
  return ids!;
}

/**
 * Plants an unsubscribe link for a participant, as a mail would carry it; its token. (The app
 * derives its own from AUTH_SECRET; a planted hash replaces it.)
 */
export async function plantUnsubscribeToken(participantId: string): Promise<string> {
  const token = linkToken();
  await query("UPDATE participants SET unsubscribe_token_hash = $2 WHERE id = $1", [
    participantId,
    sha256(token),
  ]);
  return token;
}

/**
 * Someone asked to sign off the workshop's decision, with a personal link whose token the test
 * knows (the app derives and mails it; the lookup only needs its hash). Mails to them are off.
 */
export async function plantSignatory(
  workshopId: string,
  { removed = false }: { removed?: boolean } = {},
): Promise<{ signatoryId: string; token: string }> {
  const token = linkToken();
  const [row] = await query<{ id: string }>(
    `INSERT INTO signatories (workshop_id, name, email, token_hash, unsubscribe_token_hash,
       mail_off, revoked_at)
     VALUES ($1, 'Lee', $2, $3, $4, true, CASE WHEN $5 THEN CURRENT_TIMESTAMP END)
     RETURNING id`,
    [workshopId, `lee-${token.slice(0, 8)}@e2e.test`, sha256(token), sha256(linkToken()), removed],
  );
  return { signatoryId: row!.id, token };
}
