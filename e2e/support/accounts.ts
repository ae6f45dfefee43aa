import { randomBytes } from "node:crypto";
import { withDatabase } from "./database";

// Sign-in shortcuts: an account signed in without the e-mail round trip (which
// e2e/sign-in.spec.ts walks through), as next-auth's database sessions leave it.

export interface SignedInAccount {
  email: string;
  userId: string;
  sessionToken: string;
  /** The Cookie header of a browser signed in to it. */
  cookie: string;
}

/**
 * A user and a session of 30 days (next-auth's default, so no request moves its expiry):
 * `email` is made unique when not given.
 */
export async function signedInAccount(
  options: { name: string; email?: string } = { name: "Owner" },
): Promise<SignedInAccount> {
  const sessionToken = randomBytes(32).toString("hex");
  const email =
    options.email ?? `${options.name.toLowerCase()}-${sessionToken.slice(0, 12)}@example.test`;
  const userId = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string }>(
      "INSERT INTO users (email, name) VALUES ($1, $2) RETURNING id",
      [email, options.name],
    );
    await client.query(
      "INSERT INTO sessions (session_token, user_id, expires) VALUES ($1, $2, now() + interval '30 days')",
      [sessionToken, rows[0]!.id],
    );
    return rows[0]!.id;
  });
  return { email, userId, sessionToken, cookie: `next-auth.session-token=${sessionToken}` };
}
