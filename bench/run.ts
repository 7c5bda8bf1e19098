/**
 * `npm run bench`: prints the benchmark tables. Not part of `npm test` (timings on shared machines
 * are noisy); the figures go into the closing notes of the issues.
 */
import { execFileSync } from "child_process";
import * as path from "path";

interface CaseResult {
  readonly mode: string;
  readonly pairs: number;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly findings: number;
}

const SIZES = [100, 1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const REPO_ROOT = path.resolve(__dirname, "..");

/**
 * Compiles the library and the benchmark cases to `dist/` first: users run compiled JavaScript, and
 * under ts-node every token cdktf creates pays for a source-mapped stack trace, which would measure
 * the benchmark's tooling rather than the library.
 */
function build(): string {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(REPO_ROOT, "tsconfig.bench.json")], { stdio: "inherit" });
  return path.join(REPO_ROOT, "dist", "bench", "vault-pairs.js");
}

/** Runs one case in a fresh process `RUNS` times and keeps the fastest run (the least disturbed). */
function runCase(script: string, mode: "constructs" | "raw", pairs: number): CaseResult {
  let best: CaseResult | undefined;
  for (let run = 0; run < RUNS; run++) {
    const out = execFileSync(process.execPath, [script, mode, String(pairs)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
      env: { ...process.env, CHECKPOINT_DISABLE: "1" },
    });
    const result = JSON.parse(out.trim().split("\n").pop()!) as CaseResult;
    if (!best || result.seconds < best.seconds) best = result;
  }
  return best!;
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

function benchVaultPairs(): void {
  const script = build();
  console.log(`\nVault+mirror pairs: synthesize with the constructs vs. the raw generated classes (best of ${RUNS} runs each)`);
  console.log(`${pad("pairs", 7)} | ${pad("raw s", 8)} | ${pad("raw MB", 7)} | ${pad("constr s", 8)} | ${pad("constr MB", 9)} | ${pad("time x", 6)} | ${pad("mem x", 5)} | findings`);
  const constructTimes: number[] = [];
  for (const pairs of SIZES) {
    const raw = runCase(script, "raw", pairs);
    const constructs = runCase(script, "constructs", pairs);
    constructTimes.push(constructs.seconds);
    console.log(
      `${pad(pairs, 7)} | ${pad(raw.seconds.toFixed(3), 8)} | ${pad(raw.peakRssMb.toFixed(0), 7)} | ${pad(constructs.seconds.toFixed(3), 8)} | ${pad(
        constructs.peakRssMb.toFixed(0),
        9,
      )} | ${pad((constructs.seconds / raw.seconds).toFixed(2), 6)} | ${pad((constructs.peakRssMb / raw.peakRssMb).toFixed(2), 5)} | ${constructs.findings}`,
    );
  }
  const growth = constructTimes[2] / constructTimes[1];
  console.log(`growth 1,000 -> 10,000 pairs (constructs): ${growth.toFixed(2)}x for 10x the pairs (linear = 10x)`);
  console.log("targets: constructs within 1.3x of raw at every size; 10,000 pairs under 10 s; growth no worse than linear");
}

async function main(): Promise<void> {
  benchVaultPairs();
  for (const extra of ["guard"]) {
    let module: { runBench?: () => Promise<void> | void } | undefined;
    try {
      module = require(path.join(__dirname, extra));
    } catch {
      continue;
    }
    if (module?.runBench) await module.runBench();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
