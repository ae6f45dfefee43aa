import { pathToFileURL } from "node:url";
import { mlLifecycle } from "@/lib/frameworks";
import { recommend, type Ballot } from "@/lib/scoring";
import { seededRandom } from "./lib/random";

const SIZES = [10, 100, 1_000, 10_000];
const SAMPLES = 21;
/** Each sample repeats the call until it has run this long, so timer resolution does not matter. */
const SAMPLE_MS = 20;

export function makeBallots(count: number, seed = 42): Ballot[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    participantId: `participant-${i}`,
    votes: Object.fromEntries(
      mlLifecycle.criteria.map((criterion) => [
        criterion.id,
        random() < 0.1 ? null : 1 + Math.floor(random() * 5),
      ]),
    ),
  }));
}

function timePerCall(ballots: Ballot[]): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < SAMPLE_MS) {
    recommend(mlLifecycle, ballots);
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

export interface ScoringBenchRow {
  ballots: number;
  msPerCall: number;
  ratio: number;
}

export function benchmarkScoring(): ScoringBenchRow[] {
  const inputs = SIZES.map((size) => makeBallots(size));
  for (const ballots of inputs) timePerCall(ballots);
  // Interleaving the sizes spreads any machine noise evenly over all of them.
  const samples = inputs.map(() => [] as number[]);
  for (let sample = 0; sample < SAMPLES; sample++) {
    inputs.forEach((ballots, i) => samples[i]?.push(timePerCall(ballots)));
  }
  const medians = samples.map(median);
  const baseline = medians[0] ?? NaN;
  return SIZES.map((ballots, i) => ({
    ballots,
    msPerCall: medians[i] ?? NaN,
    ratio: (medians[i] ?? NaN) / baseline,
  }));
}

export function main(): void {
  console.log(`recommend() on ${mlLifecycle.id}, median of ${SAMPLES} samples per size`);
  console.log("   ballots   ms per call   ratio to 10");
  for (const row of benchmarkScoring()) {
    console.log(
      `${row.ballots.toLocaleString("en").padStart(10)}${row.msPerCall.toFixed(4).padStart(14)}${`${row.ratio.toFixed(1)}x`.padStart(14)}`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
