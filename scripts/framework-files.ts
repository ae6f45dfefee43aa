import { asWritten, frameworks } from "@/lib/frameworks";
import { frameworkFileText, frameworkJsonSchema } from "@/lib/frameworks/schema";

// The files `npm run framework-schema` writes: the JSON Schema of the framework file format and
// every built-in framework as a file a team can start from. framework-files.test.ts fails when
// the committed copies are stale. They are generated, so prettier leaves them alone
// (.prettierignore) and they are compared byte for byte.

export const SCHEMA_PATH = "docs/framework.schema.json";

/** The path of each file under the repository's root, with its content. */
export function frameworkFiles(): { path: string; content: string }[] {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: SCHEMA_PATH, content: json(frameworkJsonSchema()) },
    ...frameworks.map((framework) => ({
      path: `docs/frameworks/${framework.id}.json`,
      content: frameworkFileText(asWritten(framework), "../framework.schema.json"),
    })),
  ];
}
