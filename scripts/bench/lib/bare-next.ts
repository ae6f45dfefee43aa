import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, parse, sep } from "node:path";
import { bin, root } from "../../launch";
import { freePort } from "./app-server";

// The baseline the page benchmarks measure against: a bare Next.js App Router page (just a
// layout and a page with a heading), built and served by this repository's `next` in the same
// run, so that what the machine and Next.js cost shows apart from what Blueprint adds.

export interface BareApp {
  origin: string;
  stop(): void;
}

function commonAncestor(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(sep) || parse(a).root;
}

/** Builds and serves a bare App Router app with this repository's `next`. */
export async function bareApp(): Promise<BareApp> {
  const dir = mkdtempSync(join(tmpdir(), "blueprint-bare-next-"));
  mkdirSync(join(dir, "app"));
  writeFileSync(
    join(dir, "app", "layout.tsx"),
    `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  );
  writeFileSync(
    join(dir, "app", "page.tsx"),
    `export default function Page() {\n  return <h1>Hello</h1>;\n}\n`,
  );
  writeFileSync(join(dir, "package.json"), `{"name":"bare-next","private":true}\n`);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2017",
        lib: ["dom", "dom.iterable", "esnext"],
        strict: true,
        noEmit: true,
        module: "esnext",
        moduleResolution: "bundler",
        isolatedModules: true,
        jsx: "react-jsx",
        skipLibCheck: true,
      },
      include: ["**/*.ts", "**/*.tsx"],
    }),
  );
  writeFileSync(
    join(dir, "next.config.mjs"),
    `export default { turbopack: { root: ${JSON.stringify(commonAncestor(dir, root))} } };\n`,
  );
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(`Building a bare Next.js app in ${dir}…`);
  await new Promise<void>((resolve, reject) => {
    const build = spawn(bin("next"), ["build"], { cwd: dir, env, stdio: "ignore" });
    build.on("error", reject);
    build.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`build: ${code}`))));
  });
  const port = await freePort();
  const child = spawn(bin("next"), ["start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: dir,
    env,
    stdio: "ignore",
    detached: true,
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // Already gone.
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(origin, { signal: AbortSignal.timeout(2_000) })).status === 200) {
        return { origin, stop };
      }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error("The bare app did not answer");
}
