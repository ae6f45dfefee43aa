// Proves that the hand-written migrations build exactly the database that
// prisma/schema.prisma describes, read through Prisma's own parser (the
// WebAssembly build of its schema engine), and that the invariants the schema
// cannot express hold in the database.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaAdapter } from "@next-auth/prisma-adapter";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { beforeAll, describe, expect, it } from "vitest";
import { testDatabase, type TestDatabase } from "./test-database";

// In the database only: Prisma cannot describe partial indexes (without a
// preview feature). CHECK constraints and triggers are proved by behaviour below.
const DATABASE_ONLY_INDEXES = [
  "rounds.rounds_one_open_per_workshop",
  "signatories.signatories_one_active_per_email",
];
const POSTGRES_NAME_LIMIT = 63;

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  default?: unknown;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}

interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}

interface Dmmf {
  datamodel: {
    models: DmmfModel[];
    enums: {
      name: string;
      dbName?: string | null;
      values: { name: string; dbName: string | null }[];
    }[];
    indexes: DmmfIndex[];
  };
}

interface TableShape {
  columns: Record<string, { type: string; nullable: boolean; default: string | null }>;
  primaryKey: string;
  uniques: string[];
  indexes: string[];
  foreignKeys: string[];
}

type DatabaseShape = { tables: Record<string, TableShape>; enums: Record<string, string[]> };

function readPrismaSchema(): Dmmf {
  const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  return JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: schema, noColor: true })));
}

// ---------------------------------------------------------------------------
// What schema.prisma says, in PostgreSQL's terms and Prisma's default names.
// ---------------------------------------------------------------------------

function expectedShape(dmmf: Dmmf): DatabaseShape {
  const { models, enums, indexes } = dmmf.datamodel;
  const modelByName = new Map(models.map((model) => [model.name, model]));
  const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = (model: DmmfModel) => model.dbName ?? model.name;
  const columnOf = (model: DmmfModel, fieldName: string) => {
    const field = model.fields.find((candidate) => candidate.name === fieldName);
    if (!field) throw new Error(`${model.name} has no field ${fieldName}`);
    return field.dbName ?? field.name;
  };

  const tables: Record<string, TableShape> = {};
  for (const model of models) {
    const table = tableOf(model);
    const shape: TableShape = {
      columns: {},
      primaryKey: "",
      uniques: [],
      indexes: [],
      foreignKeys: [],
    };
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = modelByName.get(field.type);
          if (!target) throw new Error(`Unknown relation target ${field.type}`);
          const columns = field.relationFromFields.map((name) => columnOf(model, name));
          const referenced = (field.relationToFields ?? []).map((name) => columnOf(target, name));
          const onDelete = field.relationOnDelete ?? (field.isRequired ? "Restrict" : "SetNull");
          const onUpdate = field.relationOnUpdate ?? "Cascade";
          shape.foreignKeys.push(
            foreignKey(
              constraintName(table, columns, "fkey"),
              columns,
              tableOf(target),
              referenced,
              referentialAction(onDelete),
              referentialAction(onUpdate),
            ),
          );
        }
        continue;
      }
      const column = field.dbName ?? field.name;
      const type = postgresType(field, enumDbName);
      shape.columns[column] = {
        type,
        nullable: !field.isRequired,
        default: postgresDefault(field, type, `${table}_${column}_seq`),
      };
    }
    for (const index of indexes.filter((candidate) => candidate.model === model.name)) {
      const columns = index.fields.map((field) => columnOf(model, field.name));
      if (index.type === "id") {
        shape.primaryKey = `${index.dbName ?? `${table}_pkey`}(${columns.join(",")})`;
      } else if (index.type === "unique") {
        shape.uniques.push(
          `${index.dbName ?? constraintName(table, columns, "key")}(${columns.join(",")})`,
        );
      } else {
        shape.indexes.push(
          `${index.dbName ?? constraintName(table, columns, "idx")}(${columns.join(",")})`,
        );
      }
    }
    tables[table] = sortLists(shape);
  }

  return {
    tables,
    enums: Object.fromEntries(
      enums.map((e) => [e.dbName ?? e.name, e.values.map((value) => value.dbName ?? value.name)]),
    ),
  };
}

function constraintName(table: string, columns: string[], suffix: string): string {
  const name = `${table}_${columns.join("_")}_${suffix}`;
  // Prisma shortens longer names by its own rule; not worth copying until needed.
  if (name.length > POSTGRES_NAME_LIMIT) throw new Error(`Name too long for this test: ${name}`);
  return name;
}

const NATIVE_TYPES: Record<string, (args: string[]) => string> = {
  Uuid: () => "uuid",
  Text: () => "text",
  Timestamptz: ([precision = "6"]) => `timestamp(${precision}) with time zone`,
  Timestamp: ([precision = "6"]) => `timestamp(${precision}) without time zone`,
  SmallInt: () => "smallint",
  Integer: () => "integer",
  BigInt: () => "bigint",
  JsonB: () => "jsonb",
  Date: () => "date",
};

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
};

// Only the types the schema uses: a new one fails here until it is mapped,
// rather than passing unchecked.
function postgresType(field: DmmfField, enumDbName: Map<string, string>): string {
  if (field.kind === "enum") {
    const name = enumDbName.get(field.type);
    if (!name) throw new Error(`Unknown enum ${field.type}`);
    return name;
  }
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const native = NATIVE_TYPES[name];
    if (!native) throw new Error(`Map native type @db.${name} in this test`);
    return native(args);
  }
  const scalar = SCALAR_TYPES[field.type];
  if (!scalar) throw new Error(`Map Prisma type ${field.type} in this test`);
  return scalar;
}

function postgresDefault(field: DmmfField, type: string, sequence: string): string | null {
  const value = field.default;
  if (value === undefined) return null;
  if (typeof value === "object" && value !== null && "name" in value) {
    const { name, args } = value as { name: string; args: unknown[] };
    if (name === "now") return "CURRENT_TIMESTAMP";
    if (name === "autoincrement") return `nextval('${sequence}'::regclass)`;
    if (name === "dbgenerated" && typeof args[0] === "string") return args[0];
    throw new Error(`Map default ${name}() in this test`);
  }
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value === "string") return `'${value.replaceAll("'", "''")}'::${type}`;
  throw new Error(`Map default ${JSON.stringify(value)} in this test`);
}

const REFERENTIAL_ACTIONS: Record<string, string> = {
  Cascade: "cascade",
  Restrict: "restrict",
  NoAction: "no action",
  SetNull: "set null",
  SetDefault: "set default",
};

function referentialAction(action: string): string {
  const sql = REFERENTIAL_ACTIONS[action];
  if (!sql) throw new Error(`Unknown referential action ${action}`);
  return sql;
}

function foreignKey(
  name: string,
  columns: string[],
  table: string,
  referenced: string[],
  onDelete: string,
  onUpdate: string,
): string {
  return `${name}(${columns.join(",")}) -> ${table}(${referenced.join(",")}) on delete ${onDelete} on update ${onUpdate}`;
}

function sortLists(shape: TableShape): TableShape {
  return {
    ...shape,
    uniques: shape.uniques.toSorted(),
    indexes: shape.indexes.toSorted(),
    foreignKeys: shape.foreignKeys.toSorted(),
  };
}

// ---------------------------------------------------------------------------
// What the migrated database has, from pg_catalog.
// ---------------------------------------------------------------------------

const FK_ACTIONS: Record<string, string> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default",
};

/**
 * SQL: the names of the columns `attnums` (an array of attribute numbers, as an index or a
 * constraint lists them) of the table `relation`, in their order there.
 */
function columnNames(attnums: string, relation: string): string {
  return `array(SELECT a.attname::text
                  FROM unnest(${attnums}) WITH ORDINALITY AS col(attnum, position)
                  JOIN pg_attribute a ON a.attrelid = ${relation} AND a.attnum = col.attnum
                  ORDER BY col.position)`;
}

async function actualShape(db: TestDatabase): Promise<DatabaseShape> {
  const tables: Record<string, TableShape> = {};
  const tableShape = (table: string) =>
    (tables[table] ??= { columns: {}, primaryKey: "", uniques: [], indexes: [], foreignKeys: [] });

  const { rows: tableRows } = await db.pool.query<{ table: string }>(
    `SELECT c.relname::text AS table
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`,
    [db.schema],
  );
  for (const { table } of tableRows) tableShape(table);

  const { rows: columnRows } = await db.pool.query<{
    table: string;
    column: string;
    type: string;
    not_null: boolean;
    default: string | null;
  }>(
    `SELECT c.relname::text AS table, a.attname::text AS column,
            format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS default
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
       AND a.attnum > 0 AND NOT a.attisdropped`,
    [db.schema],
  );
  for (const row of columnRows) {
    tableShape(row.table).columns[row.column] = {
      type: row.type,
      nullable: !row.not_null,
      default: row.default,
    };
  }

  const { rows: indexRows } = await db.pool.query<{
    table: string;
    name: string;
    primary: boolean;
    unique: boolean;
    partial: boolean;
    columns: string[];
  }>(
    `SELECT c.relname::text AS table, i.relname::text AS name, x.indisprimary AS primary,
            x.indisunique AS unique, x.indpred IS NOT NULL AS partial,
            ${columnNames("x.indkey::int2[]", "c.oid")} AS columns
     FROM pg_index x
     JOIN pg_class i ON i.oid = x.indexrelid
     JOIN pg_class c ON c.oid = x.indrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = $1 AND c.relname <> '_prisma_migrations'`,
    [db.schema],
  );
  const databaseOnly: string[] = [];
  for (const row of indexRows) {
    const shape = tableShape(row.table);
    const description = `${row.name}(${row.columns.join(",")})`;
    if (row.partial) databaseOnly.push(`${row.table}.${row.name}`);
    else if (row.primary) shape.primaryKey = description;
    else if (row.unique) shape.uniques.push(description);
    else shape.indexes.push(description);
  }
  expect(databaseOnly.toSorted()).toEqual(DATABASE_ONLY_INDEXES.toSorted());

  const { rows: foreignKeyRows } = await db.pool.query<{
    table: string;
    name: string;
    referenced_table: string;
    referenced_schema: string;
    on_delete: string;
    on_update: string;
    columns: string[];
    referenced_columns: string[];
  }>(
    `SELECT c.relname::text AS table, k.conname::text AS name,
            r.relname::text AS referenced_table, rn.nspname::text AS referenced_schema,
            k.confdeltype::text AS on_delete, k.confupdtype::text AS on_update,
            ${columnNames("k.conkey", "k.conrelid")} AS columns,
            ${columnNames("k.confkey", "k.confrelid")} AS referenced_columns
     FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_class r ON r.oid = k.confrelid
     JOIN pg_namespace rn ON rn.oid = r.relnamespace
     WHERE k.contype = 'f' AND n.nspname = $1`,
    [db.schema],
  );
  for (const row of foreignKeyRows) {
    expect(row.referenced_schema, row.name).toBe(db.schema);
    tableShape(row.table).foreignKeys.push(
      foreignKey(
        row.name,
        row.columns,
        row.referenced_table,
        row.referenced_columns,
        FK_ACTIONS[row.on_delete] ?? row.on_delete,
        FK_ACTIONS[row.on_update] ?? row.on_update,
      ),
    );
  }

  const { rows: enumRows } = await db.pool.query<{ name: string; values: string[] }>(
    `SELECT t.typname::text AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
     FROM pg_type t
     JOIN pg_enum e ON e.enumtypid = t.oid
     JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = $1
     GROUP BY t.typname`,
    [db.schema],
  );

  return {
    tables: Object.fromEntries(
      Object.entries(tables).map(([table, shape]) => [table, sortLists(shape)]),
    ),
    enums: Object.fromEntries(enumRows.map((row) => [row.name, row.values])),
  };
}

// ---------------------------------------------------------------------------

const db = testDatabase();

describe("the migrations build the database schema.prisma describes", () => {
  let expected: DatabaseShape;
  let actual: DatabaseShape;

  beforeAll(async () => {
    expected = expectedShape(readPrismaSchema());
    actual = await actualShape(db);
  });

  it("has the same tables", () => {
    expect(Object.keys(actual.tables).toSorted()).toEqual(Object.keys(expected.tables).toSorted());
  });

  // Whole maps at once, so a failure shows every difference in one diff.
  const each = <T>(shape: DatabaseShape, pick: (table: TableShape) => T) =>
    Object.fromEntries(Object.entries(shape.tables).map(([table, t]) => [table, pick(t)]));

  it("has the same columns, types, nullability and defaults in every table", () => {
    expect(each(actual, (t) => t.columns)).toEqual(each(expected, (t) => t.columns));
  });

  it("has the same primary keys, unique constraints and indexes", () => {
    const keys = ({ primaryKey, uniques, indexes }: TableShape) => ({
      primaryKey,
      uniques,
      indexes,
    });
    expect(each(actual, keys)).toEqual(each(expected, keys));
  });

  it("has the same foreign keys and referential actions", () => {
    expect(each(actual, (t) => t.foreignKeys)).toEqual(each(expected, (t) => t.foreignKeys));
  });

  it("has the same enums and values", () => {
    expect(actual.enums).toEqual(expected.enums);
  });
});

// ---------------------------------------------------------------------------
// Invariants, proved by writing rows.
// ---------------------------------------------------------------------------

const hash = (seed: string) => seed.repeat(64).slice(0, 64);

async function insertWorkshop(seed: string): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO workshops (title, team_name, framework_id, framework, mode, invite_token_hash)
     VALUES ('Workflow choice', 'Team', 'ml-lifecycle', '{"criteria": []}', 'live', $1)
     RETURNING id`,
    [hash(seed)],
  );
  return rows[0]!.id;
}

async function insertParticipant(workshopId: string, name = "Alex"): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO participants (workshop_id, display_name, role) VALUES ($1, $2, 'ml_engineer')
     RETURNING id`,
    [workshopId, name],
  );
  return rows[0]!.id;
}

async function insertRound(workshopId: string, number = 1): Promise<string> {
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO rounds (workshop_id, number) VALUES ($1, $2) RETURNING id`,
    [workshopId, number],
  );
  return rows[0]!.id;
}

function insertVote(
  workshopId: string,
  roundId: string,
  participantId: string,
  score: number | null,
  criterionId = "governance",
) {
  return db.pool.query(
    `INSERT INTO votes (workshop_id, round_id, participant_id, criterion_id, score)
     VALUES ($1, $2, $3, $4, $5)`,
    [workshopId, roundId, participantId, criterionId, score],
  );
}

const UNIQUE_VIOLATION = { code: "23505" };
const FOREIGN_KEY_VIOLATION = { code: "23503" };
const CHECK_VIOLATION = { code: "23514" };

describe("votes", () => {
  it("allow one vote per participant, round and criterion", async () => {
    const workshopId = await insertWorkshop("1");
    const participantId = await insertParticipant(workshopId);
    const roundId = await insertRound(workshopId);
    await insertVote(workshopId, roundId, participantId, 3);
    await insertVote(workshopId, roundId, participantId, 4, "speed");

    await expect(insertVote(workshopId, roundId, participantId, 5)).rejects.toMatchObject(
      UNIQUE_VIOLATION,
    );
    const { rows } = await db.pool.query(
      `SELECT score FROM votes WHERE criterion_id = 'governance'
      AND round_id = $1`,
      [roundId],
    );
    expect(rows).toEqual([{ score: 3 }]);
  });

  it("take a score from 1 to 5, or null for not sure", async () => {
    const workshopId = await insertWorkshop("2");
    const participantId = await insertParticipant(workshopId);
    const roundId = await insertRound(workshopId);
    for (const [criterion, score] of [
      ["a", 1],
      ["b", 5],
      ["c", null],
    ] as const) {
      await insertVote(workshopId, roundId, participantId, score, criterion);
    }
    for (const score of [0, 6, -1]) {
      await expect(
        insertVote(workshopId, roundId, participantId, score, `bad-${score}`),
      ).rejects.toMatchObject(CHECK_VIOLATION);
    }
  });

  it("cannot join a participant of one workshop to a round of another", async () => {
    const workshopA = await insertWorkshop("3");
    const workshopB = await insertWorkshop("4");
    const participantOfA = await insertParticipant(workshopA);
    const roundOfB = await insertRound(workshopB);
    for (const claimedWorkshop of [workshopA, workshopB]) {
      await expect(insertVote(claimedWorkshop, roundOfB, participantOfA, 3)).rejects.toMatchObject(
        FOREIGN_KEY_VIOLATION,
      );
    }
  });

  it("are upserted by the generated Prisma client through the compound key", async () => {
    const prisma = db.prisma();
    const workshopId = await insertWorkshop("5");
    const participantId = await insertParticipant(workshopId);
    const roundId = await insertRound(workshopId);
    const key = { roundId, participantId, criterionId: "cost" };
    for (const score of [2, null]) {
      await prisma.vote.upsert({
        where: { roundId_participantId_criterionId: key },
        create: { ...key, workshopId, score },
        update: { score },
      });
    }
    expect(await prisma.vote.findMany({ where: { roundId } })).toMatchObject([
      { ...key, score: null },
    ]);
  });
});

describe("rounds", () => {
  it("allow only one open round per workshop", async () => {
    const workshopId = await insertWorkshop("6");
    const first = await insertRound(workshopId, 1);
    await expect(insertRound(workshopId, 2)).rejects.toMatchObject(UNIQUE_VIOLATION);

    await db.pool.query(
      `UPDATE rounds SET status = 'revealed', revealed_at = now() WHERE id = $1`,
      [first],
    );
    await insertRound(workshopId, 2);
  });

  it("keep their timestamps consistent with their status", async () => {
    const workshopId = await insertWorkshop("7");
    const roundId = await insertRound(workshopId);
    await expect(
      db.pool.query(`UPDATE rounds SET status = 'revealed' WHERE id = $1`, [roundId]),
    ).rejects.toMatchObject(CHECK_VIOLATION);
  });
});

describe("workshops", () => {
  it("reject blank or oversize text, a non-positive team size and unhashed tokens", async () => {
    const attempts: [string, string, unknown][] = [
      ["title", "title", "   "],
      ["title", "title", "x".repeat(121)],
      ["team size", "team_size", 0],
      ["invite token", "invite_token_hash", "not-a-sha256-hex-digest"],
      ["starter key", "started_in_browser_hash", "not-a-sha256-hex-digest"],
      ["deadline in live mode", "deadline", new Date()],
      ["weights outside 0..3", "weights", { governance: 4 }],
    ];
    const workshopId = await insertWorkshop("8");
    for (const [what, column, value] of attempts) {
      await expect(
        db.pool.query(`UPDATE workshops SET ${column} = $1 WHERE id = $2`, [value, workshopId]),
        what,
      ).rejects.toMatchObject(CHECK_VIOLATION);
    }
  });

  it("keep a starter key only while nobody owns the workshop", async () => {
    const workshopId = await insertWorkshop("0");
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO users (email) VALUES ('starter-check@example.test') RETURNING id`,
    );
    await db.pool.query(`UPDATE workshops SET started_in_browser_hash = $1 WHERE id = $2`, [
      hash("b"),
      workshopId,
    ]);
    await expect(
      db.pool.query(`UPDATE workshops SET owner_id = $1 WHERE id = $2`, [rows[0]!.id, workshopId]),
    ).rejects.toMatchObject(CHECK_VIOLATION);
  });

  it("delete everything below them", async () => {
    const workshopId = await insertWorkshop("9");
    const participantId = await insertParticipant(workshopId);
    const roundId = await insertRound(workshopId);
    await insertVote(workshopId, roundId, participantId, 2);
    await db.pool.query(
      `INSERT INTO audit_events (workshop_id, actor_kind, actor_id, action)
       VALUES ($1, 'participant', $2, 'voted')`,
      [workshopId, participantId],
    );
    await db.pool.query(
      `INSERT INTO share_links (workshop_id, token_hash, label, mode, snapshot_round_id, snapshot)
       VALUES ($1, $2, 'Leadership', 'snapshot', $3, '{}')`,
      [workshopId, hash("a"), roundId],
    );

    await db.pool.query(`DELETE FROM workshops WHERE id = $1`, [workshopId]);

    const { rows } = await db.pool.query<{ remaining: number }>(
      `SELECT (SELECT count(*) FROM participants WHERE workshop_id = $1)
            + (SELECT count(*) FROM rounds WHERE workshop_id = $1)
            + (SELECT count(*) FROM votes WHERE workshop_id = $1)
            + (SELECT count(*) FROM audit_events WHERE workshop_id = $1)
            + (SELECT count(*) FROM share_links WHERE workshop_id = $1) AS remaining`,
      [workshopId],
    );
    expect(Number(rows[0]?.remaining)).toBe(0);
  });
});

describe("audit events", () => {
  it("cannot be updated, deleted or truncated", async () => {
    const workshopId = await insertWorkshop("b");
    await db.pool.query(
      `INSERT INTO audit_events (workshop_id, actor_kind, action) VALUES ($1, 'system', 'created'),
       (NULL, 'system', 'deleted')`,
      [workshopId],
    );
    for (const statement of [
      `UPDATE audit_events SET action = 'edited'`,
      `UPDATE audit_events SET workshop_id = NULL WHERE workshop_id IS NOT NULL`,
      `DELETE FROM audit_events WHERE workshop_id IS NULL`,
      `DELETE FROM audit_events`,
      `TRUNCATE audit_events`,
    ]) {
      await expect(db.pool.query(statement), statement).rejects.toThrow(/append-only/);
    }
  });

  it("go with their workshop, while events without one stay", async () => {
    const workshopId = await insertWorkshop("c");
    const { rows } = await db.pool.query<{ id: string }>(
      `INSERT INTO audit_events (workshop_id, actor_kind, action, data)
       VALUES ($1, 'system', 'created', '{}'), (NULL, 'system', 'workshop.deleted', $2)
       RETURNING id`,
      [workshopId, { workshopId }],
    );
    await db.pool.query(`DELETE FROM workshops WHERE id = $1`, [workshopId]);

    const { rows: remaining } = await db.pool.query<{ id: string }>(
      `SELECT id FROM audit_events WHERE id = ANY($1::bigint[]) ORDER BY id`,
      [rows.map((row) => row.id)],
    );
    expect(remaining).toEqual([rows[1]]);
  });
});

describe("next-auth tables", () => {
  it("work with @next-auth/prisma-adapter", async () => {
    const adapter = PrismaAdapter(db.prisma());
    const expires = new Date(Date.now() + 60_000);

    const user = await adapter.createUser!({
      name: "Sam",
      email: "sam@example.com",
      emailVerified: null,
    });
    await adapter.linkAccount!({
      userId: user.id,
      type: "oauth",
      provider: "github",
      providerAccountId: "42",
      access_token: "token",
      token_type: "bearer",
      scope: "read:user",
      refresh_token_expires_in: 3600,
    });
    expect(
      await adapter.getUserByAccount!({ provider: "github", providerAccountId: "42" }),
    ).toMatchObject({ id: user.id });

    await adapter.createSession!({ sessionToken: "session", userId: user.id, expires });
    expect(await adapter.getSessionAndUser!("session")).toMatchObject({ user: { id: user.id } });

    await adapter.createVerificationToken!({ identifier: "sam@example.com", token: "t", expires });
    const token = { identifier: "sam@example.com", token: "t" };
    expect(await adapter.useVerificationToken!(token)).toMatchObject(token);
    expect(await adapter.useVerificationToken!(token)).toBeNull();

    await adapter.deleteSession!("session");
    await adapter.unlinkAccount!({ provider: "github", providerAccountId: "42" });
    await adapter.deleteUser!(user.id);
    expect(await adapter.getUser!(user.id)).toBeNull();
  });
});
