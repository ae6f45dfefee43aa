import { readdirSync } from "node:fs";
import { join } from "node:path";
import { bin, run } from "../launch";

// `npm run bench`: every benchmark in this folder, one after another so they do not compete
// for the machine's two cores. Each prints its own figures and ratios.
const benches = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".ts") && file !== "index.ts" && !file.endsWith(".test.ts"))
  .sort();

// A benchmark that misses a target (or fails) does not stop the others; the exit code says so.
const failed: string[] = [];
for (const file of benches) {
  console.log(`\n━━ ${file}`);
  await run(process.execPath, [bin("tsx"), join(import.meta.dirname, file)]).catch(() =>
    failed.push(file),
  );
}
console.log(
  `\n${failed.length === 0 ? "Every benchmark met its targets." : `Missed a target or failed: ${failed.join(", ")}`}`,
);
if (failed.length > 0) process.exitCode = 1;
