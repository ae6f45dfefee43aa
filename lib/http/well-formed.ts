// JSON can carry text that is not Unicode: an escaped surrogate without its partner ("\udfff").
// JavaScript strings hold it, but PostgreSQL refuses it in json (a 500 deep inside a write) and
// the UTF-8 encoder of text parameters silently replaces it. Such text is refused where it comes
// in, naming the field, before any schema or statement sees it.

/** In a /u pattern a surrogate pair is one code point, so only a lone surrogate matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The path (as "answers.0.rationale") of the first string in a parsed JSON value, key or value,
 * that is not well-formed Unicode; null when every string is.
 */
export function illFormedPath(
  value: unknown,
  path: readonly (string | number)[] = [],
): string | null {
  if (typeof value === "string") return isWellFormed(value) ? null : path.join(".");
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = illFormedPath(item, [...path, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!isWellFormed(key)) return [...path, key.replace(LONE_SURROGATE, "\ufffd")].join(".");
      const found = illFormedPath(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}
