// npm run db:migrate: applies pending migrations to the database at DATABASE_URL.
import { migrate, MigrationError } from "../lib/db/migrate";
import { EnvError, parseEnv } from "../lib/env";

let connectionString: string | undefined;
try {
  connectionString = parseEnv(process.env).DATABASE_URL;
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
if (!connectionString) {
  console.error(
    "DATABASE_URL is not set. Set it to the PostgreSQL database to migrate, e.g.\n" +
      "  DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run db:migrate\n" +
      "(npm start and npm run dev migrate the embedded database themselves.)",
  );
  process.exit(1);
}

try {
  const { applied, alreadyApplied } = await migrate({ connectionString, log: console.log });
  console.log(
    `Database is up to date: ${migrations(applied.length)} applied now, ` +
      `${migrations(alreadyApplied)} already applied before.`,
  );
} catch (error) {
  console.error(error instanceof MigrationError ? error.message : error);
  process.exit(1);
}

function migrations(count: number): string {
  return `${count} migration${count === 1 ? "" : "s"}`;
}
