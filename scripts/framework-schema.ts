import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { frameworkFiles } from "./framework-files";

for (const { path, content } of frameworkFiles()) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  console.log(`wrote ${path}`);
}
