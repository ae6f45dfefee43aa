import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";

// For the tests that read the code to see which messages it uses (lib/i18n/messages.test.ts,
// components/site/client-messages.test.ts).

/** Every file under `dir` whose name passes `keep`. */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(name) ? [path] : [];
  });
}

/** The source files a file imports by path ("./words", "@/lib/mail/words"). */
export function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/from\s+"((?:\.{1,2}|@)\/[^"]+)"/g)].flatMap((m) => {
    const spec = m[1]!;
    const base = spec.startsWith("@/") ? spec.slice(2) : join(dirname(file), spec);
    return [`${base}.ts`, `${base}.tsx`, join(base, "index.ts")].filter((path) => existsSync(path));
  });
}
