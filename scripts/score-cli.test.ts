import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { databaseChoice, mlLifecycle, onCallModel } from "@/lib/frameworks";
import { recommend } from "@/lib/scoring";
import {
  CliError,
  formatReport,
  parseArguments,
  parseBallotFile,
  parseWeights,
  readBallotFile,
  runScoreCli,
} from "./score-cli";

const example = "scripts/examples/worked-example.json";
const directory = mkdtempSync(join(tmpdir(), "blueprint-score-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function fileWith(name: string, content: unknown): string {
  const path = join(directory, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

async function run(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runScoreCli(argv, {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
  });
  return { code, out, err };
}

describe("command-line arguments", () => {
  it("reads the file, weights and --json in any order", () => {
    expect(parseArguments(["b.json"])).toEqual({ file: "b.json", weights: undefined, json: false });
    expect(parseArguments(["--json", "--weights", "governance=2,speed=0.5", "b.json"])).toEqual({
      file: "b.json",
      weights: { governance: 2, speed: 0.5 },
      json: true,
    });
    expect(parseArguments(["b.json", "--weights=cost=0"])?.weights).toEqual({ cost: 0 });
    expect(parseArguments(["--help"])).toBeNull();
  });

  it("rejects a missing file, a second file and unknown options", () => {
    expect(() => parseArguments([])).toThrow(/no ballots file/);
    expect(() => parseArguments(["a.json", "b.json"])).toThrow(CliError);
    expect(() => parseArguments(["a.json", "--verbose"])).toThrow(/unknown option --verbose/);
    expect(() => parseArguments(["a.json", "--weights"])).toThrow(/needs a value/);
    expect(() => parseArguments(["a.json", "--framework"])).toThrow(/needs a value/);
    expect(() => parseArguments(["a.json", "--framework=a", "--framework=b"])).toThrow(/twice/);
  });

  it("parses weights and rejects malformed pairs", () => {
    expect(parseWeights("governance=2, speed = 1")).toEqual({ governance: 2, speed: 1 });
    expect(parseWeights("cost=-1")).toEqual({ cost: -1 });
    for (const text of [
      "governance",
      "governance=",
      "=2",
      "speed=fast",
      "a=1,,b=2",
      "x=Infinity",
    ]) {
      expect(() => parseWeights(text)).toThrow(CliError);
    }
    expect(() => parseWeights("speed=1,speed=2")).toThrow(/twice/);
  });
});

describe("ballots file", () => {
  it("accepts the example file", async () => {
    const input = await readBallotFile(example);
    expect(input.framework).toBe("ml-lifecycle");
    expect(input.ballots).toHaveLength(4);
  });

  it("names invalid JSON and where the shape is wrong", () => {
    expect(() => parseBallotFile("{", "x.json")).toThrow(/^x\.json is not valid JSON/);
    expect(() => parseBallotFile('{"ballots": {}}', "x.json")).toThrow(/^x\.json: ballots: /);
    const wrongVote = {
      ballots: [
        { participantId: "a", votes: {} },
        { participantId: "b", votes: { speed: "4" } },
      ],
    };
    expect(() => parseBallotFile(JSON.stringify(wrongVote), "x.json")).toThrow(
      /^x\.json: ballots\[1\]\.votes\.speed: /,
    );
    expect(() => parseBallotFile('{"ballots": [], "teamSize": 2.5}', "x.json")).toThrow(/teamSize/);
  });

  it("reports a file that does not exist", async () => {
    await expect(readBallotFile(join(directory, "missing.json"))).rejects.toThrow(/file not found/);
  });
});

describe("report", () => {
  it("shows recommendation, fit table, statistics, flips, tally and reasons", async () => {
    const input = await readBallotFile(example);
    const report = formatReport(mlLifecycle, recommend(mlLifecycle, input.ballots));
    expect(report).toContain("Recommendation: Linear Handoff");
    expect(report).toContain("Confidence: medium\n");
    expect(report).not.toContain("Close call");
    expect(report).toMatch(/1 {2}Linear Handoff +86\.7 {2}none/);
    expect(report).toMatch(/2 {2}Continuous Delivery Pipeline +81\.3 {2}none/);
    expect(report).toMatch(/3 {2}Iterative Feedback Loop +78\.1 {2}governance/);
    expect(report).toMatch(/governance +1 +4 +4\.5 +4 +5 +0 0 0 2 2/);
    expect(report).toContain("Split on: nothing");
    expect(report).toContain(
      "If two people changed their governance vote from 4 to 2, the answer would be Continuous Delivery Pipeline.",
    );
    expect(report).toContain("Own votes point to: Linear Handoff 4, Iterative Feedback Loop 0");
    // Plain words: none of the statistics' names.
    expect(report).not.toMatch(/quartile|q1|q3|rwg|median|combinations|Flips|Disputed/);
    expect(report).toContain("  - Linear Handoff fits the team best");
  });

  it("says when there is nothing to recommend yet", () => {
    const report = formatReport(mlLifecycle, recommend(mlLifecycle, []));
    expect(report).toContain("Recommendation: none yet");
    expect(report).toContain("Nothing to score yet");
  });
});

describe("runScoreCli", () => {
  it("prints the JSON result with --json and exits 0", async () => {
    const { code, out, err } = await run(example, "--json", "--weights", "governance=2");
    expect(code).toBe(0);
    expect(err).toBe("");
    const input = await readBallotFile(example);
    expect(JSON.parse(out)).toEqual(
      recommend(mlLifecycle, input.ballots, { weights: { governance: 2 } }),
    );
  });

  it("passes teamSize and anonymous from the file", async () => {
    const path = fileWith("small.json", {
      ballots: [{ participantId: "a", votes: { speed: 5 } }],
      teamSize: 2,
      anonymous: true,
    });
    const { code, out } = await run(path, "--json");
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result.teamSize).toBe(2);
    expect(result.leaveOneOut).toEqual({ count: 0 });
  });

  it("exits 2 with one line on stderr for every kind of bad input", async () => {
    const cases = [
      [[], /no ballots file/],
      [[join(directory, "nope.json")], /file not found/],
      [[fileWith("broken.json", "{ballots")], /not valid JSON/],
      [[fileWith("shape.json", { ballots: [{ votes: {} }] })], /ballots\[0\]\.participantId/],
      [
        [fileWith("framework.json", { framework: "nope", ballots: [] })],
        /unknown framework "nope"/,
      ],
      [
        [fileWith("vote.json", { ballots: [{ participantId: "a", votes: { speed: 9 } }] })],
        /participant "a", criterion "speed"/,
      ],
      [
        [
          fileWith("twice.json", {
            ballots: [
              { participantId: "a", votes: {} },
              { participantId: "a", votes: {} },
            ],
          }),
        ],
        /participant "a": voted twice/,
      ],
      [[example, "--weights", "budget=1"], /weight "budget"/],
      [[example, "--weights", "cost=-1"], /weight "cost": must be a number >= 0/],
      [[example, "--weights", "cost"], /--weights/],
    ] as const;
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(...argv);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(message);
      expect(err.trimEnd().split("\n")).toHaveLength(1);
    }
  });
});

describe("--framework", () => {
  // An SRE-shaped team: fast answers, weekly releases, one region, specialists, small teams.
  const sreTeam = {
    ballots: ["a", "b", "c"].map((participantId) => ({
      participantId,
      votes: {
        availability: 4,
        "change-pace": 3,
        "time-zones": 2,
        "ops-staff": 5,
        "team-depth": 2,
      },
    })),
  };

  it("scores with a framework read from a JSON file", async () => {
    const frameworkFile = fileWith("on-call.json", onCallModel);
    const { code, out, err } = await run(
      fileWith("sre.json", sreTeam),
      "--framework",
      frameworkFile,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("On-call model (on-call-model)");
    expect(out).toContain("Recommendation: Dedicated SRE rotation");
  });

  it("takes a built-in framework's id too, and the file's own framework by default", async () => {
    const ballots = fileWith("sre-named.json", { framework: "on-call-model", ...sreTeam });
    expect((await run(ballots)).out).toContain("Recommendation: Dedicated SRE rotation");
    const { code, out } = await run(fileWith("sre-id.json", sreTeam), "--framework=on-call-model");
    expect(code).toBe(0);
    expect(out).toContain("Recommendation: Dedicated SRE rotation");
  });

  it("exits 2 for a framework file that is not a valid framework, and never runs code", async () => {
    const invalid = structuredClone(databaseChoice) as unknown as { options: unknown[] };
    invalid.options.push(...invalid.options, ...invalid.options);
    const code = fileWith("code.json", "module.exports = { id: 'x' }");
    const script = fileWith("framework.mjs", "process.exit(7)");
    const cases = [
      [["--framework", code], /code\.json: The file is not JSON/],
      [["--framework", fileWith("invalid.json", invalid)], /options/],
      [["--framework", fileWith("empty.json", {})], /Not a valid framework/],
      [["--framework", script], /unknown framework ".*framework\.mjs"/],
      [["--framework", join(directory, "missing.json")], /file not found/],
      [["--framework", "on-call-modle"], /unknown framework "on-call-modle"/],
    ] as const;
    const ballots = fileWith("sre-cases.json", sreTeam);
    for (const [argv, message] of cases) {
      const { code: exit, out, err } = await run(ballots, ...argv);
      expect(exit).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(message);
      expect(err.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("refuses ballots written for another framework", async () => {
    const { code, err } = await run(example, "--framework", "on-call-model");
    expect(code).toBe(2);
    expect(err).toMatch(/for framework "ml-lifecycle", but --framework gives "on-call-model"/);
  });
});

describe("the real command line", () => {
  const cli = (...args: string[]) =>
    spawnSync("npx", ["tsx", "scripts/score.ts", ...args], {
      encoding: "utf8",
      cwd: process.cwd(),
    });

  it("prints the report for the worked example and exits 0", () => {
    const { status, stdout, stderr } = cli(example);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("Recommendation: Linear Handoff");
  }, 30_000);

  it("scores with a template exported to docs/frameworks", () => {
    const ballots = fileWith("ledger.json", {
      ballots: [
        {
          participantId: "a",
          votes: {
            "query-variety": 4,
            consistency: 5,
            scale: 5,
            "shape-variety": 1,
            operations: 5,
          },
        },
        {
          participantId: "b",
          votes: {
            "query-variety": 4,
            consistency: 5,
            scale: 5,
            "shape-variety": 2,
            operations: 4,
          },
        },
      ],
    });
    const { status, stdout, stderr } = cli(
      ballots,
      "--framework",
      "docs/frameworks/database-choice.json",
    );
    expect(stderr).toBe("");
    expect(status).toBe(0);
    expect(stdout).toContain("Recommendation: Distributed SQL database");
  }, 30_000);

  it("exits 2 with a one-line message for bad weights", () => {
    const { status, stdout, stderr } = cli(example, "--weights", "governance=-2");
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe('score: weight "governance": must be a number >= 0\n');
  }, 30_000);
});
