/**
 * The parts of a message tree named by `paths` ("ballot", "results.table"), with their nesting
 * kept: what a page hands its client components, so that a phone is not sent every message of
 * the product with every page. A path inside another one named is covered by it.
 */
export function pickMessages<T extends object>(all: T, paths: readonly string[]): Partial<T> {
  const sorted = [...new Set(paths)].sort();
  const kept = sorted.filter(
    (path) => !sorted.some((other) => other !== path && path.startsWith(`${other}.`)),
  );
  const picked: Record<string, unknown> = {};
  for (const path of kept) {
    const keys = path.split(".");
    let from: unknown = all;
    let into = picked;
    keys.forEach((key, at) => {
      from = from && typeof from === "object" ? (from as Record<string, unknown>)[key] : undefined;
      if (from === undefined) return;
      if (at === keys.length - 1) into[key] = from;
      else into = (into[key] ??= {}) as Record<string, unknown>;
    });
  }
  return picked as Partial<T>;
}
