import { defineConfig } from "prisma/config";

// Read the variable directly rather than with prisma/config's env(), which
// throws when it is unset: `prisma generate` runs before every build and test
// and needs no database. Only engine-backed commands (`prisma migrate deploy`
// on a machine that has the engine) use the URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL },
});
