/**
 * `npm run bench`: prints the benchmark tables. Not part of `npm test` (timings on shared machines
 * are noisy); the figures go into the closing notes of the issues.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import type { BenchMode, BenchPath, PairsCaseResult } from "./vault-pairs";

/** One case's figures, as the case script prints them. */
type CaseResult = PairsCaseResult;

const SIZES = [100, 1_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

const REPO_ROOT = path.resolve(__dirname, "..");

/**
 * Compiles the library and the benchmark cases to `dist/` first: users run compiled JavaScript, and
 * under ts-node every token cdktf creates pays for a source-mapped stack trace, which would measure
 * the benchmark's tooling rather than the library.
 */
function build(): string {
  const script = path.join(REPO_ROOT, "dist", "bench", "vault-pairs.js");
  try {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(REPO_ROOT, "tsconfig.bench.json")], { stdio: "inherit" });
  } catch (err) {
    // tsc still writes the JavaScript when it finds type errors; measure that, and say so.
    if (!fs.existsSync(script)) throw err;
    console.error("bench: tsc reported the errors above; measuring the JavaScript it wrote anyway");
  }
  return script;
}


/** Runs one case once, in a fresh process. */
function runOnce(script: string, benchPath: BenchPath, mode: BenchMode, pairs: number): CaseResult {
  const out = execFileSync(process.execPath, [script, benchPath, mode, String(pairs)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  });
  return JSON.parse(out.trim().split("\n").pop()!) as CaseResult;
}

/** Each figure's best (lowest) over the runs: the least disturbed by whatever else the machine runs. */
function best(results: CaseResult[]): CaseResult {
  const min = (pick: (r: CaseResult) => number) => Math.min(...results.map(pick));
  return {
    ...results[0],
    declareSeconds: min((r) => r.declareSeconds),
    synthSeconds: min((r) => r.synthSeconds),
    seconds: min((r) => r.seconds),
    declareCpuSeconds: min((r) => r.declareCpuSeconds),
    cpuSeconds: min((r) => r.cpuSeconds),
    declarePeakRssMb: min((r) => r.declarePeakRssMb),
    peakRssMb: min((r) => r.peakRssMb),
  };
}

interface Row {
  readonly raw: CaseResult;
  readonly nested: CaseResult;
  readonly con: CaseResult;
}

/**
 * Runs the raw, the nested raw and the constructs case `RUNS` times each, alternating, so that all
 * meet the same load, each run in a fresh process.
 */
function runRow(script: string, benchPath: BenchPath, pairs: number): Row {
  const raw: CaseResult[] = [];
  const nested: CaseResult[] = [];
  const con: CaseResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    raw.push(runOnce(script, benchPath, "raw", pairs));
    nested.push(runOnce(script, benchPath, "nested", pairs));
    con.push(runOnce(script, benchPath, "constructs", pairs));
  }
  return { raw: best(raw), nested: best(nested), con: best(con) };
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

const PATHS: ReadonlyArray<{ path: BenchPath; title: string }> = [
  { path: "provider", title: "explicit provider on every construct, ten accounts per stack" },
  { path: "region", title: "the README path: one stack, region only, pairs rotating over six regions" },
];

function benchVaultPairs(): void {
  const script = build();
  for (const { path: benchPath, title } of PATHS) {
    console.log(`\nVault+mirror pairs, ${title}: the constructs vs. the raw generated classes (each figure the best of ${RUNS} alternating runs, fresh process per run)`);
    console.log(
      [
        pad("pairs", 6),
        pad("raw decl", 8),
        pad("raw synth", 9),
        pad("raw s", 6),
        pad("raw dMB", 7),
        pad("raw MB", 6),
        pad("con decl", 8),
        pad("con synth", 9),
        pad("con s", 6),
        pad("con dMB", 7),
        pad("con MB", 6),
        pad("decl x", 6),
        pad("synth x", 7),
        pad("time x", 6),
        pad("cpu decl x", 10),
        pad("cpu x", 5),
        pad("nest cpu x", 10),
        pad("vs nest x", 9),
        pad("dMB x", 5),
        pad("mem x", 5),
        "findings",
      ].join(" | "),
    );
    const rows: Row[] = [];
    for (const pairs of SIZES) {
      const row = runRow(script, benchPath, pairs);
      const { raw, nested, con } = row;
      rows.push(row);
      console.log(
        [
          pad(pairs, 6),
          pad(raw.declareSeconds.toFixed(3), 8),
          pad(raw.synthSeconds.toFixed(3), 9),
          pad(raw.seconds.toFixed(3), 6),
          pad(raw.declarePeakRssMb.toFixed(0), 7),
          pad(raw.peakRssMb.toFixed(0), 6),
          pad(con.declareSeconds.toFixed(3), 8),
          pad(con.synthSeconds.toFixed(3), 9),
          pad(con.seconds.toFixed(3), 6),
          pad(con.declarePeakRssMb.toFixed(0), 7),
          pad(con.peakRssMb.toFixed(0), 6),
          pad((con.declareSeconds / raw.declareSeconds).toFixed(2), 6),
          pad((con.synthSeconds / raw.synthSeconds).toFixed(2), 7),
          pad((con.seconds / raw.seconds).toFixed(2), 6),
          pad((con.declareCpuSeconds / raw.declareCpuSeconds).toFixed(2), 10),
          pad((con.cpuSeconds / raw.cpuSeconds).toFixed(2), 5),
          pad((nested.cpuSeconds / raw.cpuSeconds).toFixed(2), 10),
          pad((con.cpuSeconds / nested.cpuSeconds).toFixed(2), 9),
          pad((con.declarePeakRssMb / raw.declarePeakRssMb).toFixed(2), 5),
          pad((con.peakRssMb / raw.peakRssMb).toFixed(2), 5),
          con.findings,
        ].join(" | "),
      );
    }
    const growth = (pick: (row: Row) => number) => (pick(rows[2]) / pick(rows[1])).toFixed(2);
    console.log(
      `growth 1,000 -> 10,000 pairs (linear = 10x): constructs ${growth((r) => r.con.seconds)}x wall, ${growth((r) => r.con.cpuSeconds)}x CPU ` +
        `(declaration ${growth((r) => r.con.declareSeconds)}x wall, ${growth((r) => r.con.declareCpuSeconds)}x CPU; synth ${growth((r) => r.con.synthSeconds)}x wall); ` +
        `raw ${growth((r) => r.raw.seconds)}x wall, ${growth((r) => r.raw.cpuSeconds)}x CPU (declaration ${growth((r) => r.raw.declareSeconds)}x wall, ${growth((r) => r.raw.declareCpuSeconds)}x CPU)`,
    );
  }
  console.log("decl: declaring the pairs (placement included); synth: app.synth() into a scratch folder (the rules included); s: both (wall time); cpu: CPU time, less disturbed by other load; nest: the raw classes each inside a plain construct (the shape of any construct library), vs nest: constructs over that; dMB: peak RSS when declared; MB: peak RSS of the run");
  console.log("targets: constructs within 1.1x of raw at 1,000 and 10,000 pairs on both paths; growth no worse than linear; memory within 1.3x of raw");
}

async function main(): Promise<void> {
  benchVaultPairs();
  // BENCH_ONLY=pairs measures the vault+mirror pairs alone.
  for (const extra of process.env.BENCH_ONLY === "pairs" ? [] : ["guard"]) {
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
