import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { describeDatabaseUrl, resolveAuthSecret } from "./launch";

describe("describeDatabaseUrl", () => {
  it("never prints a password", () => {
    expect(describeDatabaseUrl("postgresql://app:s3cret@db.internal:5432/blueprint")).toBe(
      "postgresql://app:***@db.internal:5432/blueprint",
    );
  });

  it("keeps URLs without credentials as they are", () => {
    expect(describeDatabaseUrl("postgresql://127.0.0.1:5432/postgres")).toBe(
      "postgresql://127.0.0.1:5432/postgres",
    );
  });

  it("does not echo what it cannot parse", () => {
    expect(describeDatabaseUrl("not a url with p4ss")).toBe("(unparseable URL)");
  });
});

describe("resolveAuthSecret", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dataDir = () => {
    const dir = join(mkdtempSync(join(tmpdir(), "blueprint-secret-")), "data");
    dirs.push(dirname(dir));
    return dir;
  };

  it("uses AUTH_SECRET as given and writes nothing", () => {
    const dir = dataDir();
    const secret = "s".repeat(40);
    expect(resolveAuthSecret({ configured: secret, dataDir: dir, log: () => {} })).toBe(secret);
    expect(existsSync(dir)).toBe(false);
  });

  it("generates a secret once, readable only by its owner, and reuses it on the next start", () => {
    const dir = dataDir();
    const lines: string[] = [];
    const first = resolveAuthSecret({
      configured: undefined,
      dataDir: dir,
      log: (l) => lines.push(l),
    });
    const second = resolveAuthSecret({
      configured: undefined,
      dataDir: dir,
      log: (l) => lines.push(l),
    });

    expect(first).toHaveLength(43);
    expect(second).toBe(first);
    expect(statSync(join(dir, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Auth secret: generated and kept in .*auth-secret \(set AUTH_SECRET/);
    expect(lines[1]).toMatch(/^Auth secret: read from .*several instances\)$/);
  });

  it("refuses a secret file that was emptied", () => {
    const dir = dataDir();
    resolveAuthSecret({ configured: undefined, dataDir: dir, log: () => {} });
    writeFileSync(join(dir, "auth-secret"), "\n");
    expect(() => resolveAuthSecret({ configured: undefined, dataDir: dir, log: () => {} })).toThrow(
      /holds no usable secret/,
    );
  });
});
