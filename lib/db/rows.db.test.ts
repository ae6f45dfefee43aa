// The boundary of raw SQL (./rows.ts) against a real PostgreSQL: a column renamed in the SQL but
// not in the code fails at the query, by name, instead of travelling on as an undefined; and the
// types the schemas use are the ones PostgreSQL really sends through Prisma and pg.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { prisma } from "./prisma";
import { jsonTimestamp, oneRow, rows, RowShapeError } from "./rows";
import { testDatabase } from "./test-database";

const db = testDatabase();

describe("rows and oneRow", () => {
  it("fail loudly, naming the query and the field, when a column is renamed", async () => {
    const schema = z.object({ workshopId: z.string(), label: z.string() });
    // The alias the code expects is "workshopId"; the SQL says "workshop_id".
    const query = oneRow(
      "findShareLinkForTest",
      schema,
      prisma().$queryRaw`SELECT gen_random_uuid() AS workshop_id, 'a label' AS label`,
    );
    await expect(query).rejects.toBeInstanceOf(RowShapeError);
    await expect(query).rejects.toMatchObject({
      query: "findShareLinkForTest",
      field: "workshopId",
      message: expect.stringMatching(/findShareLinkForTest.*workshopId.*expected string/),
    });
  });

  it("name the row and the nested field of a bad value inside JSON", async () => {
    const schema = z.object({ items: z.array(z.object({ role: z.enum(["a", "b"]) })) });
    const query = rows(
      "listForTest",
      schema,
      prisma().$queryRaw`
        SELECT json_build_array(json_build_object('role', 'a')) AS items
        UNION ALL SELECT json_build_array(json_build_object('role', 'a'), json_build_object('role', 'c'))`,
    );
    await expect(query).rejects.toMatchObject({ field: "[row 1] items[1].role" });
  });

  it("refuse a second row where at most one is expected", async () => {
    const query = oneRow(
      "oneForTest",
      z.object({ n: z.number() }),
      prisma().$queryRaw`SELECT 1 AS n UNION ALL SELECT 2`,
    );
    await expect(query).rejects.toThrow(/oneForTest: expected at most one row, got 2/);
  });

  it("return null for no row and every row parsed, unlisted columns dropped", async () => {
    const schema = z.object({ n: z.number().int() });
    await expect(
      oneRow("noneForTest", schema, prisma().$queryRaw`SELECT 1 AS n WHERE false`),
    ).resolves.toBeNull();
    await expect(
      rows(
        "manyForTest",
        schema,
        prisma().$queryRaw`SELECT n, 'x' AS extra FROM generate_series(1, 3) n`,
      ),
    ).resolves.toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  // The types the row schemas of lib/ rely on (see the top of ./rows.ts).
  const typed = z.object({
    id: z.string(),
    int4: z.number().int(),
    int8: z.bigint(),
    at: z.date(),
    inJson: z.object({ at: jsonTimestamp }),
    yes: z.boolean(),
  });

  it("see PostgreSQL's types as Prisma reads them", async () => {
    const row = await oneRow(
      "typesThroughPrisma",
      typed,
      prisma().$queryRaw`
        SELECT gen_random_uuid() AS id, 7::int AS int4, count(*) AS int8,
          '2026-12-04T10:00:00.123Z'::timestamptz AS at,
          json_build_object('at', '2026-12-04T10:00:00.123Z'::timestamptz) AS "inJson",
          true AS yes
        FROM generate_series(1, 2)`,
    );
    expect(row).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      int4: 7,
      int8: 2n,
      at: new Date("2026-12-04T10:00:00.123Z"),
      inJson: { at: new Date("2026-12-04T10:00:00.123Z") },
      yes: true,
    });
  });

  it("see PostgreSQL's types as pg reads them, int8 aside (pg gives its text)", async () => {
    const row = await oneRow(
      "typesThroughPg",
      typed.extend({ int8: z.string() }),
      db.pool.query(`
        SELECT gen_random_uuid() AS id, 7::int AS int4, count(*) AS int8,
          '2026-12-04T10:00:00.123Z'::timestamptz AS at,
          json_build_object('at', '2026-12-04T10:00:00.123Z'::timestamptz) AS "inJson",
          true AS yes
        FROM generate_series(1, 2)`),
    );
    expect(row).toMatchObject({ int4: 7, int8: "2", at: new Date("2026-12-04T10:00:00.123Z") });
  });

  it("refuse a count(*) left uncast where the code expects a number", async () => {
    const query = oneRow(
      "countForTest",
      z.object({ joined: z.number() }),
      prisma().$queryRaw`SELECT count(*) AS joined FROM generate_series(1, 2)`,
    );
    await expect(query).rejects.toThrow(/countForTest.*joined.*expected number, received bigint/);
  });
});
