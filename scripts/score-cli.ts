import { readFile } from "node:fs/promises";
import { z } from "zod";
import { frameworkIds } from "@/lib/frameworks/catalogue";
import { getFramework } from "@/lib/frameworks";
import { parseFrameworkJson } from "@/lib/frameworks/schema";
import { explain } from "@/lib/results/explanation";
import {
  formatMargin,
  formatNumber,
  recommend,
  ScoringInputError,
  type Framework,
  type Recommendation,
} from "@/lib/scoring";

export const USAGE =
  "usage: npm run score -- <ballots.json> [--framework <id or framework.json>] [--weights id=number,...] [--json]";

/** A problem with the command line or its input, shown as one line; the exit code is 2. */
export class CliError extends Error {
  override readonly name = "CliError";
}

export interface CliArguments {
  file: string;
  /** A built-in framework's id, or the path of a framework file. */
  framework?: string;
  weights?: Record<string, number>;
  json: boolean;
}

/** "governance=2,speed=1"; whether the ids and values make sense is up to the scoring library. */
export function parseWeights(text: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const pair of text.split(",")) {
    const match = /^\s*([^=\s]+)\s*=\s*(\S+)\s*$/.exec(pair);
    const value = Number(match?.[2]);
    if (!match?.[1] || !Number.isFinite(value)) {
      throw new CliError(`--weights: expected id=number pairs separated by commas, got "${pair}"`);
    }
    if (Object.hasOwn(weights, match[1])) {
      throw new CliError(`--weights: "${match[1]}" is given twice`);
    }
    weights[match[1]] = value;
  }
  return weights;
}

/** Returns null when help was asked for. */
export function parseArguments(argv: readonly string[]): CliArguments | null {
  let file: string | undefined;
  let weights: Record<string, number> | undefined;
  let framework: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i] as string;
    if (argument === "--help" || argument === "-h") return null;
    if (argument === "--json") {
      json = true;
    } else if (argument === "--weights" || argument.startsWith("--weights=")) {
      const value = argument === "--weights" ? argv[++i] : argument.slice("--weights=".length);
      if (value === undefined || value === "") throw new CliError("--weights needs a value");
      if (weights) throw new CliError("--weights is given twice");
      weights = parseWeights(value);
    } else if (argument === "--framework" || argument.startsWith("--framework=")) {
      const value = argument === "--framework" ? argv[++i] : argument.slice("--framework=".length);
      if (value === undefined || value === "") throw new CliError("--framework needs a value");
      if (framework !== undefined) throw new CliError("--framework is given twice");
      framework = value;
    } else if (argument.startsWith("-")) {
      throw new CliError(`unknown option ${argument}; ${USAGE}`);
    } else if (file === undefined) {
      file = argument;
    } else {
      throw new CliError(`only one ballots file, got "${file}" and "${argument}"`);
    }
  }
  if (file === undefined) throw new CliError(`no ballots file given; ${USAGE}`);
  return { file, framework, weights, json };
}

/**
 * The file's shape only; whether votes are whole scores on known criteria is checked by the
 * scoring library, which names the participant and criterion at fault.
 */
export const ballotFileSchema = z.object({
  framework: z.string().min(1).optional(),
  ballots: z.array(
    z.object({
      participantId: z.string().min(1),
      votes: z.record(z.string(), z.number().nullable()),
    }),
  ),
  teamSize: z.number().int().min(0).optional(),
  anonymous: z.boolean().optional(),
});

export type BallotFile = z.infer<typeof ballotFileSchema>;

function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i > 0 ? "." : ""}${String(key)}`))
    .join("");
}

export function parseBallotFile(text: string, name: string): BallotFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${name} is not valid JSON (${(error as Error).message})`);
  }
  const parsed = ballotFileSchema.safeParse(data);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const where = issue && issue.path.length > 0 ? `${pathOf(issue.path)}: ` : "";
    throw new CliError(`${name}: ${where}${issue?.message ?? "unexpected shape"}`);
  }
  return parsed.data;
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === "ENOENT"
        ? "file not found"
        : (error as Error).message;
    throw new CliError(`cannot read ${path}: ${reason}`);
  }
}

export async function readBallotFile(path: string): Promise<BallotFile> {
  return parseBallotFile(await readText(path), path);
}

/**
 * A built-in framework by id, or one read from a JSON file: parsed as data with the framework
 * schema (lib/frameworks/schema.ts), never imported or executed.
 */
export async function loadFramework(idOrPath: string): Promise<Framework> {
  const builtIn = getFramework(idOrPath);
  if (builtIn) return builtIn;
  if (!idOrPath.endsWith(".json")) {
    throw new CliError(
      `unknown framework "${idOrPath}": give one of ${frameworkIds.join(", ")}, or a .json file`,
    );
  }
  try {
    return parseFrameworkJson(await readText(idOrPath));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${idOrPath}: ${(error as Error).message}`);
  }
}

function table(rows: readonly (readonly string[])[], rightAligned: readonly number[]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return rightAligned.includes(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ")
      .trimEnd(),
  );
}

/** "no single voters", "1 single voter", "3 single voters": the command line speaks English. */
function singleVoters(count: number): string {
  if (count === 0) return "no single voters";
  return `${count} single ${count === 1 ? "voter" : "voters"}`;
}

const show = (value: number | null, decimals = 2) =>
  value === null ? "-" : formatNumber(value, decimals);

export function formatReport(framework: Framework, result: Recommendation): string {
  const optionName = (id: string) => framework.options.find((o) => o.id === id)?.name ?? id;
  const criterionName = (id: string) => framework.criteria.find((c) => c.id === id)?.name ?? id;
  const lines: string[] = [`${framework.name} (${framework.id})`, ""];

  if (result.recommended === null) {
    lines.push("Recommendation: none yet");
  } else {
    lines.push(
      `Recommendation: ${optionName(result.recommended)}`,
      `Confidence: ${result.confidence}`,
    );
    if (result.closeCall) {
      const [, runnerUp] = result.closeCall.optionIds;
      lines.push(
        `Close call: ${optionName(runnerUp)} is ${formatMargin(result.closeCall.margin)} points behind; consider a hybrid`,
      );
    }
  }
  const teamSize = result.teamSize === null ? "" : ` (team size ${result.teamSize})`;
  lines.push(`Voters: ${result.voters}${teamSize}`, "", "Fit");
  lines.push(
    ...table(
      [
        ["#", "option", "fit", "critical gaps"],
        ...result.ranking.map((option, i) => [
          String(i + 1),
          optionName(option.optionId),
          option.fit === null ? "-" : formatNumber(option.fit),
          option.criticalGaps.length === 0 ? "none" : option.criticalGaps.join(", "),
        ]),
      ],
      [0, 2],
    ).map((line) => `  ${line}`),
  );

  lines.push("", "Votes per criterion (team: the middle vote; counts of each score 1 to 5)");
  lines.push(
    ...table(
      [
        ["criterion", "weight", "votes", "team", "lowest", "highest", "1 2 3 4 5", ""],
        ...framework.criteria.map((criterion) => {
          const s = result.summaries[criterion.id];
          const histogram = s
            ? [1, 2, 3, 4, 5].map((score) => s.histogram[score as 1]).join(" ")
            : "";
          return [
            criterion.id,
            formatNumber(result.weights[criterion.id] ?? 1, 2),
            String(s?.n ?? 0),
            show(s?.median ?? null),
            show(s?.min ?? null),
            show(s?.max ?? null),
            histogram,
            s?.disputed ? "split" : "",
          ];
        }),
      ],
      [1, 2, 3, 4, 5],
    ).map((line) => `  ${line}`),
  );

  lines.push(
    "",
    `Split on: ${result.disputed.length === 0 ? "nothing" : result.disputed.map(criterionName).join(", ")}`,
    `Hinges on: ${
      Array.isArray(result.leaveOneOut)
        ? result.leaveOneOut.length === 0
          ? "no single voter"
          : result.leaveOneOut.join(", ")
        : singleVoters(result.leaveOneOut.count)
    }`,
    `Own votes point to: ${framework.options.map((o) => `${o.name} ${result.tally[o.id] ?? 0}`).join(", ")}`,
    "",
    "Why",
    ...explain(framework, result, "en").map((sentence) => `  - ${sentence}`),
  );
  return `${lines.join("\n")}\n`;
}

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Runs the command line and returns the exit code: 0, or 2 for bad input. */
export async function runScoreCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const args = parseArguments(argv);
    if (args === null) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const input = await readBallotFile(args.file);
    let framework: Framework;
    if (args.framework !== undefined) {
      framework = await loadFramework(args.framework);
      if (input.framework !== undefined && input.framework !== framework.id) {
        throw new CliError(
          `${args.file} is for framework "${input.framework}", but --framework gives "${framework.id}"`,
        );
      }
    } else {
      const frameworkId = input.framework ?? "ml-lifecycle";
      const found = getFramework(frameworkId);
      if (!found) throw new CliError(`${args.file}: unknown framework "${frameworkId}"`);
      framework = found;
    }
    const result = recommend(framework, input.ballots, {
      weights: args.weights,
      teamSize: input.teamSize,
      anonymous: input.anonymous,
    });
    io.out(args.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(framework, result));
    return 0;
  } catch (error) {
    if (error instanceof CliError || error instanceof ScoringInputError) {
      io.err(`score: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
