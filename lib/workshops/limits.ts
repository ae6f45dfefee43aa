// The limits of workshop input, each defined once. The zod schemas (schema.ts) enforce them on the
// server and in the forms, the forms take their maxLength/min/max from here, and the CHECK
// constraints in prisma/migrations repeat them in SQL (limits.db.test.ts proves each CHECK's
// number equals the one here). A module without zod, so the ballot can read its limit without
// pulling the schemas into the voter's phone.

export const LIMITS = {
  /** Characters (after trimming), for text; inclusive bounds, for numbers. */
  title: 120,
  teamName: 120,
  description: 2000,
  teamSize: { min: 1, max: 1000 },
  displayName: 60,
  rationale: 500,
  shareLinkLabel: 80,
  score: { min: 1, max: 5 },
  weight: { min: 0, max: 3 },
} as const;
