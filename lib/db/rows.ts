import { z } from "zod";

// Raw SQL ($queryRaw, pg's query) hands back rows the compiler knows nothing about: a type
// argument on the call is a promise nobody checks, so a renamed column or a changed cast still
// compiles and fails later, somewhere else, as an undefined. Every raw query's rows therefore
// pass through `rows` or `oneRow` here, with a zod object schema written next to the query (its
// types are inferred from the schema), and a row that does not fit fails at once, naming the
// query and the field.
//
// What PostgreSQL sends, as Prisma's $queryRaw and pg both read it: uuid and text are strings,
// int4 a number, int8 (count(*) without a cast) a bigint, bool a boolean, timestamptz a Date,
// json and jsonb parsed JSON, where a timestamp is ISO text (`jsonTimestamp`). Enums come as
// text when cast with ::text. Unlisted columns are dropped from the parsed row.
//
// Used by scripts too (lib/db/migrate.ts), hence no "server-only".

/** A raw query's row did not have the shape its schema describes: the SQL and the code disagree. */
export class RowShapeError extends Error {
  override readonly name = "RowShapeError";

  constructor(
    /** The query's name, as given to `rows` or `oneRow`. */
    readonly query: string,
    /** Where in the row, e.g. `participants[2].role`; empty when the result itself is wrong. */
    readonly field: string,
    detail: string,
  ) {
    super(
      field
        ? `Query ${query} returned a row whose field ${field} does not fit: ${detail}`
        : `Query ${query}: ${detail}`,
    );
  }
}

/** A raw query's result: Prisma's rows, or pg's QueryResult around them. */
type RawResult = PromiseLike<unknown>;

/** The rows of the raw query `query` (its name, for errors), each parsed by `schema`. */
export async function rows<Schema extends z.ZodObject>(
  query: string,
  schema: Schema,
  result: RawResult,
): Promise<z.output<Schema>[]> {
  const raw = rowsOf(query, await result);
  const parsed: z.output<Schema>[] = new Array(raw.length);
  for (let index = 0; index < raw.length; index++) {
    parsed[index] = parseRow(query, schema, raw[index], raw.length > 1 ? index : undefined);
  }
  return parsed;
}

/**
 * The one row of the raw query `query`, parsed by `schema`, or null when it returned none. More
 * than one row is an error: the query is written to return at most one.
 */
export async function oneRow<Schema extends z.ZodObject>(
  query: string,
  schema: Schema,
  result: RawResult,
): Promise<z.output<Schema> | null> {
  const raw = rowsOf(query, await result);
  if (raw.length > 1) {
    throw new RowShapeError(query, "", `expected at most one row, got ${raw.length}`);
  }
  return raw.length === 0 ? null : parseRow(query, schema, raw[0], undefined);
}

/** A timestamptz inside json_build_object or json_agg, which JSON carries as ISO text. */
export const jsonTimestamp = z.string().transform((text, context) => {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    context.addIssue({ code: "custom", message: "Expected a timestamp" });
    return z.NEVER;
  }
  return date;
});

function rowsOf(query: string, result: unknown): unknown[] {
  if (Array.isArray(result)) return result;
  const pgRows = (result as { rows?: unknown } | null)?.rows;
  if (Array.isArray(pgRows)) return pgRows;
  throw new RowShapeError(query, "", "the result is not a list of rows");
}

function parseRow<Schema extends z.ZodObject>(
  query: string,
  schema: Schema,
  row: unknown,
  index: number | undefined,
): z.output<Schema> {
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  // The first issue is enough to find the column; the value itself is left out of the message,
  // which ends up in logs and may hold personal data.
  const issue = parsed.error.issues[0]!;
  const field = (index === undefined ? "" : `[row ${index}] `) + pathOf(issue.path);
  throw new RowShapeError(query, field, issue.message);
}

function pathOf(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    text += typeof key === "number" ? `[${key}]` : `${text ? "." : ""}${String(key)}`;
  }
  return text || "(the row itself)";
}
