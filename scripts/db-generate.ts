// npm run db:generate: generates the Prisma client into lib/db/generated when
// its inputs changed. It runs before start, build, check and test, so the
// up-to-date case must cost no more than a few file stats, and it must work
// offline: the generator is WebAssembly, but the Prisma CLI insists on locating
// a native schema engine first, which it cannot download here. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing file satisfies that check;
// `generate` never runs it.
import { spawnSync } from "node:child_process";
import { statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);
const prismaPackageJson = require.resolve("prisma/package.json");
// Written after a successful run. Prisma empties the output folder when it
// starts, so an interrupted run leaves no stamp and the next one starts over.
const stamp = path.join(root, "lib/db/generated/.generated");
const inputs = [
  path.join(root, "prisma/schema.prisma"),
  path.join(root, "prisma.config.ts"),
  prismaPackageJson, // a Prisma upgrade changes the generated code
];

if (!isUpToDate()) generate();

function isUpToDate(): boolean {
  const generatedAt = mtime(stamp);
  return generatedAt !== undefined && inputs.every((input) => (mtime(input) ?? 0) < generatedAt);
}

function generate(): void {
  const cli = path.join(path.dirname(prismaPackageJson), "build/index.js");
  const result = spawnSync(process.execPath, [cli, "generate"], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
      // No update check or telemetry: both would try the network.
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    console.error(`prisma generate failed${result.error ? `: ${result.error.message}` : ""}.`);
    process.exit(result.status || 1);
  }
  writeFileSync(stamp, "");
}

function mtime(file: string): number | undefined {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}
