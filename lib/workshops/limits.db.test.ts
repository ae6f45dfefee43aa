// The CHECK constraints of prisma/migrations repeat the input limits of ./limits.ts (and the
// e-mail limit of lib/auth/email-address.ts) in SQL. Each CHECK on a limited column is read from
// pg_constraint and evaluated for the limit and one past it, so a CHECK whose number differs from
// the constant, or a limit without a CHECK, fails here.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_EMAIL_ADDRESS_LENGTH } from "@/lib/auth/email-limit";
import { testDatabase, type TestDatabase } from "@/lib/db/test-database";
import { LIMITS } from "./limits";

let db: TestDatabase;
beforeAll(() => {
  db = testDatabase();
});

/**
 * Whether the CHECK constraints on `table.column` let `value` through, as an INSERT or UPDATE
 * would: a CHECK fails only when it is false, so any other column it reads is NULL here.
 */
async function checksAccept(table: string, column: string, value: unknown): Promise<boolean> {
  const { rows } = await db.pool.query<{ expression: string; type: string }>(
    `SELECT pg_get_expr(c.conbin, c.conrelid) AS expression,
            format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
      WHERE c.contype = 'c' AND c.conrelid = $1::regclass AND a.attname = $2`,
    [table, column],
  );
  if (rows.length === 0) throw new Error(`No CHECK constraint on ${table}.${column}`);
  const { type } = rows[0]!;
  const checks = rows.map((row) => `(${row.expression}) IS NOT FALSE`).join(" AND ");
  const result = await db.pool.query<{ accepted: boolean }>(
    `SELECT ${checks} AS accepted FROM (SELECT $1::${type} AS "${column}") AS input`,
    [value],
  );
  return result.rows[0]!.accepted;
}

/** Each end of a range and one past it, with whether it is inside. */
function edges({ min, max }: { min: number; max: number }): [number, boolean][] {
  return [
    [min - 1, false],
    [min, true],
    [max, true],
    [max + 1, false],
  ];
}

const textLimits: [table: string, column: string, max: number, required: boolean][] = [
  ["workshops", "title", LIMITS.title, true],
  ["workshops", "team_name", LIMITS.teamName, true],
  ["workshops", "description", LIMITS.description, false],
  ["workshops", "notify_email", MAX_EMAIL_ADDRESS_LENGTH, false],
  ["participants", "display_name", LIMITS.displayName, true],
  ["participants", "email", MAX_EMAIL_ADDRESS_LENGTH, false],
  ["votes", "rationale", LIMITS.rationale, false],
  ["share_links", "label", LIMITS.shareLinkLabel, true],
];

describe("the CHECK constraints hold the schema's limits", () => {
  it.each(textLimits)("%s.%s: at most %i characters", async (table, column, max, required) => {
    // Characters, not bytes: "é" is two bytes in UTF-8 and one character for both sides.
    expect(await checksAccept(table, column, "é".repeat(max))).toBe(true);
    expect(await checksAccept(table, column, "é".repeat(max + 1))).toBe(false);
    expect(await checksAccept(table, column, " ")).toBe(!required);
  });

  const ranges: [table: string, column: string, range: { min: number; max: number }][] = [
    ["workshops", "team_size", LIMITS.teamSize],
    ["votes", "score", LIMITS.score],
  ];
  it.each(ranges)("%s.%s: from %o", async (table, column, { min, max }) => {
    for (const [value, accepted] of edges({ min, max })) {
      expect(await checksAccept(table, column, value), String(value)).toBe(accepted);
    }
  });

  it("workshops.weights: each weight from LIMITS.weight", async () => {
    for (const [weight, accepted] of edges(LIMITS.weight)) {
      const weights = JSON.stringify({ governance: 1, speed: weight });
      expect(await checksAccept("workshops", "weights", weights), String(weight)).toBe(accepted);
    }
  });
});
