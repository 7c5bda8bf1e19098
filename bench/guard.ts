/**
 * The plan guard's benchmark: how long `hbr-guard` takes on large plans, and how its memory grows.
 *   npx ts-node --transpile-only bench/guard.ts          prints the tables
 *   (child) node --expose-gc -r ts-node/register/transpile-only bench/guard.ts case <changes>
 * Each size runs in a fresh process, so its memory figures are its own; `npm run bench` calls
 * {@link runBench}. The whole-run table times the compiled `bin/hbr-guard` as the package runs it.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkPlans } from "../lib/guard/plan-checks";
import { readPlanDocument } from "../lib/guard/plan-document";
import { formatReport } from "../lib/guard/report";

/** The plan sizes measured: 10x apart, and 2x at the top, to show linear growth. */
export const GUARD_BENCH_SIZES = [2_000, 20_000, 40_000];
/** Timed runs per size after the warm-up; the fastest counts (the least disturbed). */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const REGIONS = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-qingdao", "cn-zhangjiakou", "cn-chengdu", "ap-southeast-1", "eu-central-1", "us-west-1"];

/** One row of the table. */
export interface GuardBenchRow {
  readonly changes: number;
  /** Size of the plan as `terraform show -json` text. */
  readonly planMb: number;
  /** `JSON.parse` of that text. */
  readonly parseMs: number;
  /** `readPlanDocument` + `checkPlans`: the guard's own work. */
  readonly checkMs: number;
  /** Parse, check and text report: what `hbr-guard plan.json` spends after reading the file. */
  readonly totalMs: number;
  /** Heap the guard's plan document, result and report hold (settled heap with them minus without them). */
  readonly heapDeltaMb: number;
  /** Peak RSS of the process minus its RSS with the plan text and parsed plan in memory (GC garbage of the timed runs included). */
  readonly rssDeltaMb: number;
  readonly findings: number;
}

/**
 * A plan with `changes` resource changes (a multiple of 10), in groups of ten: four source vaults
 * (unchanged, updated, created), three mirrors (matched by literal id and by reference), two policies
 * and an ECS backup plan. Every 50th group deletes a vault and every 70th replaces a mirror, so the
 * guard has findings to report. Regions and accounts rotate so that quotas are not exceeded.
 */
export function benchPlan(changes: number): Record<string, unknown> {
  const resourceChanges: unknown[] = [];
  const prior: unknown[] = [];
  const config: unknown[] = [];
  const providers: Record<string, unknown> = {};
  const groups = Math.floor(changes / 10);
  for (let g = 0; g < groups; g++) {
    const account = Math.floor(g / REGIONS.length);
    const from = REGIONS[g % REGIONS.length];
    const to = REGIONS[(g + 1) % REGIONS.length];
    const sourceKey = `alicloud.a${account}-${from}`;
    const mirrorKey = `alicloud.a${account}-${to}`;
    for (const [key, region] of [[sourceKey, from], [mirrorKey, to]]) {
      providers[key] ??= { name: "alicloud", alias: key.slice(9), expressions: { region: { constant_value: region }, assume_role: [{ role_arn: { constant_value: `acs:ram::${100000 + account}:role/backup` } }] } };
    }
    const id = (name: string) => `v-${g}-${name}`;
    const existing = (address: string, type: string, values: Record<string, unknown>, actions: string[], after: Record<string, unknown> | null, dependsOn?: string[]) => {
      resourceChanges.push({ address, mode: "managed", type, name: address.split(".")[1], change: { actions, before: values, after, after_unknown: actions.includes("create") ? { id: true } : {} } });
      prior.push({ address, mode: "managed", type, name: address.split(".")[1], values, ...(dependsOn ? { depends_on: dependsOn } : {}) });
    };
    const created = (address: string, type: string, after: Record<string, unknown>, unknown: Record<string, unknown>) => {
      resourceChanges.push({ address, mode: "managed", type, name: address.split(".")[1], change: { actions: ["create"], before: null, after, after_unknown: { id: true, ...unknown } } });
    };
    const declare = (address: string, type: string, provider: string, expressions: Record<string, unknown>) => {
      config.push({ address, mode: "managed", type, name: address.split(".")[1], provider_config_key: provider, expressions });
    };
    const vault = (name: string) => ({ id: id(name), vault_name: `vault-${g}-${name}`, vault_type: "STANDARD", encrypt_type: "HBR_PRIVATE", region_id: from });
    const mirror = (name: string, source: string) => ({ id: id(name), vault_name: `dr-${g}-${name}`, encrypt_type: "HBR_PRIVATE", region_id: to, replication_source_region_id: from, replication_source_vault_id: id(source) });

    existing(`alicloud_hbr_vault.s${g}a`, "alicloud_hbr_vault", vault("sa"), ["no-op"], vault("sa"));
    existing(`alicloud_hbr_vault.s${g}b`, "alicloud_hbr_vault", vault("sb"), ["no-op"], vault("sb"));
    created(`alicloud_hbr_vault.s${g}c`, "alicloud_hbr_vault", { ...vault("sc"), id: undefined }, {});
    const deletes = g % 50 === 49;
    existing(`alicloud_hbr_vault.s${g}d`, "alicloud_hbr_vault", vault("sd"), deletes ? ["delete"] : ["update"], deletes ? null : { ...vault("sd"), description: "updated" });
    for (const name of ["a", "b", "c", "d"]) declare(`alicloud_hbr_vault.s${g}${name}`, "alicloud_hbr_vault", sourceKey, { vault_name: { constant_value: `vault-${g}-s${name}` } });

    existing(`alicloud_hbr_replication_vault.m${g}a`, "alicloud_hbr_replication_vault", mirror("ma", "sa"), ["no-op"], mirror("ma", "sa"), [`alicloud_hbr_vault.s${g}a`]);
    const replaces = g % 70 === 69;
    existing(
      `alicloud_hbr_replication_vault.m${g}b`,
      "alicloud_hbr_replication_vault",
      mirror("mb", "sb"),
      replaces ? ["delete", "create"] : ["no-op"],
      replaces ? { ...mirror("mb", "sb"), id: undefined } : mirror("mb", "sb"),
      [`alicloud_hbr_vault.s${g}b`],
    );
    created(`alicloud_hbr_replication_vault.m${g}c`, "alicloud_hbr_replication_vault", { ...mirror("mc", "sc"), id: undefined, replication_source_vault_id: undefined }, { replication_source_vault_id: true });
    for (const [name, source] of [["a", "a"], ["b", "b"], ["c", "c"]]) {
      declare(`alicloud_hbr_replication_vault.m${g}${name}`, "alicloud_hbr_replication_vault", mirrorKey, {
        vault_name: { constant_value: `dr-${g}-m${name}` },
        replication_source_vault_id: { references: [`alicloud_hbr_vault.s${g}${source}.id`, `alicloud_hbr_vault.s${g}${source}`] },
      });
    }

    created(
      `alicloud_hbr_policy.p${g}`,
      "alicloud_hbr_policy",
      { policy_name: `p${g}`, rules: [{ rule_type: "BACKUP", vault_id: id("sa"), schedule: "I|1700000000|P1D" }, { rule_type: "BACKUP", schedule: "I|1700000000|P1D" }] },
      { rules: [{}, { vault_id: true }] },
    );
    declare(`alicloud_hbr_policy.p${g}`, "alicloud_hbr_policy", sourceKey, {
      rules: [{ rule_type: { constant_value: "BACKUP" } }, { rule_type: { constant_value: "BACKUP" }, vault_id: { references: [`alicloud_hbr_vault.s${g}c.id`, `alicloud_hbr_vault.s${g}c`] } }],
    });
    const policy = { id: `p-${g}`, policy_name: `q${g}`, rules: [{ rule_type: "TRANSITION", retention: 365, archive_days: 30 }] };
    existing(`alicloud_hbr_policy.q${g}`, "alicloud_hbr_policy", policy, ["update"], { ...policy, policy_description: "archive" });
    existing(`alicloud_hbr_ecs_backup_plan.e${g}`, "alicloud_hbr_ecs_backup_plan", { id: `e-${g}`, vault_id: id("sb"), instance_id: `i-${g}` }, ["no-op"], { id: `e-${g}`, vault_id: id("sb"), instance_id: `i-${g}` });
    declare(`alicloud_hbr_policy.q${g}`, "alicloud_hbr_policy", sourceKey, {});
    declare(`alicloud_hbr_ecs_backup_plan.e${g}`, "alicloud_hbr_ecs_backup_plan", sourceKey, { vault_id: { constant_value: id("sb") } });
  }
  return {
    format_version: "1.2",
    terraform_version: "1.9.8",
    planned_values: { root_module: {} },
    resource_changes: resourceChanges,
    prior_state: { format_version: "1.0", values: { root_module: { resources: prior } } },
    configuration: { provider_config: providers, root_module: { resources: config } },
  };
}

/**
 * Holds the last run's results while memory is measured. A property of a module-level object, because
 * V8's optimizer may treat a local variable that is not read again as dead, and collect its value early.
 */
const retained: { results?: unknown } = {};

function gc(): void {
  (global as { gc?: () => void }).gc?.();
}

/**
 * The used heap once GC stops shrinking it: V8 keeps compacting old objects over several collections,
 * so a reading counts only after three collections in a row freed less than 16 KB.
 */
function settledHeap(): number {
  let smallest = Infinity;
  let quiet = 0;
  for (let i = 0; i < 40 && quiet < 3; i++) {
    gc();
    const used = process.memoryUsage().heapUsed;
    quiet = smallest - used < 16 * 1024 ? quiet + 1 : 0;
    smallest = Math.min(smallest, used);
  }
  return smallest;
}

/** One run whose plan document, result and report stay in {@link retained}. */
function retainOneRun(parsed: unknown): void {
  const read = readPlanDocument(parsed, "plan.json");
  if (!read.ok) throw new Error(`bench plan is not a plan: ${read.reason}`);
  const result = checkPlans([read.plan]);
  retained.results = [read.plan, result, formatReport(result, "text")];
}

/**
 * The heap one run's plan document, result and report hold: settled heap with them minus settled heap
 * without them. Measured releasing and then acquiring, twice each, and the median taken, so that any
 * drift left in the readings cancels out.
 */
function retainedHeapMb(parsed: unknown): number {
  const samples: number[] = [];
  for (let i = 0; i < 2; i++) {
    retainOneRun(parsed);
    const withResults = settledHeap();
    retained.results = undefined;
    samples.push(withResults - settledHeap());
    const without = settledHeap();
    retainOneRun(parsed);
    samples.push(settledHeap() - without);
    retained.results = undefined;
  }
  samples.sort((a, b) => a - b);
  return (samples[1] + samples[2]) / 2 / 2 ** 20;
}

function milliseconds(started: bigint): number {
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/** One untimed run whose results are garbage when it returns (a variable holding them would inflate the baseline). */
function warmUp(parsed: unknown): void {
  const read = readPlanDocument(parsed, "plan.json");
  if (!read.ok) throw new Error(`bench plan is not a plan: ${read.reason}`);
  formatReport(checkPlans([read.plan]), "text");
}

/** Measures one size in this process (run it in a fresh one, with --expose-gc). */
export function measureCase(changes: number): GuardBenchRow {
  const text = JSON.stringify(benchPlan(changes));
  const parsed: unknown = JSON.parse(text);
  // Warm up the JIT before timing.
  warmUp(parsed);
  gc();
  const baseRss = process.memoryUsage().rss;

  let parseMs = Infinity;
  let checkMs = Infinity;
  let totalMs = Infinity;
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    retained.results = undefined;
    let started = process.hrtime.bigint();
    JSON.parse(text);
    const parse = milliseconds(started);
    started = process.hrtime.bigint();
    const read = readPlanDocument(parsed, "plan.json");
    if (!read.ok) throw new Error(`bench plan is not a plan: ${read.reason}`);
    const result = checkPlans([read.plan]);
    const check = milliseconds(started);
    const report = formatReport(result, "text");
    const total = parse + milliseconds(started);
    parseMs = Math.min(parseMs, parse);
    checkMs = Math.min(checkMs, check);
    totalMs = Math.min(totalMs, total);
    findings = result.findings.length;
    retained.results = [read.plan, result, report];
  }
  retained.results = undefined;
  const rssDeltaMb = (process.resourceUsage().maxRSS * 1024 - baseRss) / 2 ** 20;
  const heapDeltaMb = retainedHeapMb(parsed);
  return { changes, planMb: text.length / 2 ** 20, parseMs, checkMs, totalMs, heapDeltaMb, rssDeltaMb: Math.max(0, rssDeltaMb), findings };
}

/** Runs each size in a fresh process and returns the rows. */
export async function benchGuard(sizes: readonly number[] = GUARD_BENCH_SIZES): Promise<GuardBenchRow[]> {
  const rows: GuardBenchRow[] = [];
  for (const changes of sizes) {
    const out = execFileSync(process.execPath, ["--expose-gc", "-r", "ts-node/register/transpile-only", __filename, "case", String(changes)], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    rows.push(JSON.parse(out.trim().split("\n").pop()!) as GuardBenchRow);
  }
  return rows;
}

function pad(text: string | number, width: number): string {
  return String(text).padStart(width);
}

const REPO_ROOT = path.resolve(__dirname, "..");
/** The plan size of the whole-run comparison (issue 12: a 20,000-change plan). */
export const WHOLE_RUN_CHANGES = 20_000;
/** Whole runs per command; the fastest counts. */
const WHOLE_RUNS = Number(process.env.BENCH_RUNS ?? 7);

/** The newest modification time of the `.ts` files under `dir`. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * The compiled guard (`dist/lib/guard/cli.js`), built with tsconfig.bench.json unless a build newer
 * than every source of lib/ is there already (`npm run bench` builds before the guard's tables).
 */
function compiledGuard(): string {
  const cli = path.join(REPO_ROOT, "dist", "lib", "guard", "cli.js");
  if (!fs.existsSync(cli) || fs.statSync(cli).mtimeMs < newestSource(path.join(REPO_ROOT, "lib"))) {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(REPO_ROOT, "tsconfig.bench.json")], { stdio: "inherit" });
  }
  return cli;
}

/**
 * A folder laid out as the published package: `bin/hbr-guard` beside `dist/` (a link to the build) and
 * no `lib/*.ts`, so the bin runs the compiled JavaScript exactly as it does for users.
 */
function packageLayout(): { dir: string; bin: string } {
  compiledGuard();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hbr-guard-bench-"));
  fs.mkdirSync(path.join(dir, "bin"));
  fs.copyFileSync(path.join(REPO_ROOT, "bin", "hbr-guard"), path.join(dir, "bin", "hbr-guard"));
  fs.symlinkSync(path.join(REPO_ROOT, "dist"), path.join(dir, "dist"), "dir");
  return { dir, bin: path.join(dir, "bin", "hbr-guard") };
}

/** The wall time of one command in a fresh process, in milliseconds; fails on an unexpected exit code. */
function timeCommand(args: readonly string[], expectedStatus: number): number {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const elapsed = milliseconds(started);
  if (child.status !== expectedStatus) throw new Error(`${args.join(" ")} exited ${child.status}: ${child.stderr}`);
  return elapsed;
}

/** One row of the whole-run comparison. */
export interface WholeRunRow {
  readonly changes: number;
  readonly planMb: number;
  /** `bin/hbr-guard plan.json` (compiled), node start-up to exit. */
  readonly guardMs: number;
  /** `node -e 'JSON.parse(require("fs").readFileSync(f))'` on the same file. */
  readonly bareParseMs: number;
  /** `bin/hbr-guard` on a 10-change plan: start-up, loading the guard and the kept schema, and exit. */
  readonly guardSmallMs: number;
  /** `node -e 0`: the start-up both commands pay. */
  readonly nodeMs: number;
}

/**
 * A whole `hbr-guard` run on a plan of `changes` changes against a bare parse of the same file, each a
 * fresh process, alternated and the fastest of {@link WHOLE_RUNS} kept.
 */
export function benchWholeRun(changes = WHOLE_RUN_CHANGES): WholeRunRow {
  const { dir, bin } = packageLayout();
  try {
    const file = path.join(dir, "plan.json");
    fs.writeFileSync(file, JSON.stringify(benchPlan(changes)));
    const small = path.join(dir, "small.json");
    // Its one group has findings too (a policy without a BACKUP rule), so it also exits 1.
    fs.writeFileSync(small, JSON.stringify(benchPlan(10)));
    const bare = ["-e", 'JSON.parse(require("fs").readFileSync(process.argv[1]))', file];
    // Exit code 1: the bench plan has findings by design (deletions and replacements).
    timeCommand([bin, file], 1);
    let guardMs = Infinity;
    let bareParseMs = Infinity;
    let guardSmallMs = Infinity;
    let nodeMs = Infinity;
    for (let run = 0; run < WHOLE_RUNS; run++) {
      guardMs = Math.min(guardMs, timeCommand([bin, file], 1));
      bareParseMs = Math.min(bareParseMs, timeCommand(bare, 0));
      guardSmallMs = Math.min(guardSmallMs, timeCommand([bin, small], 1));
      nodeMs = Math.min(nodeMs, timeCommand(["-e", "0"], 0));
    }
    return { changes, planMb: fs.statSync(file).size / 2 ** 20, guardMs, bareParseMs, guardSmallMs, nodeMs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the tables (what `npm run bench` shows). */
export async function runBench(): Promise<void> {
  const whole = benchWholeRun();
  console.log(`\nhbr-guard whole run (compiled bin/hbr-guard, fresh process, best of ${WHOLE_RUNS}) against a bare JSON.parse of the same plan`);
  console.log(`${pad("changes", 8)} | ${pad("plan MB", 7)} | ${pad("guard ms", 8)} | ${pad("bare parse ms", 13)} | ratio`);
  console.log(`${pad(whole.changes, 8)} | ${pad(whole.planMb.toFixed(1), 7)} | ${pad(whole.guardMs.toFixed(0), 8)} | ${pad(whole.bareParseMs.toFixed(0), 13)} | ${(whole.guardMs / whole.bareParseMs).toFixed(2)}x`);
  console.log(
    `fixed cost: hbr-guard on a 10-change plan ${whole.guardSmallMs.toFixed(0)} ms, node -e 0 ${whole.nodeMs.toFixed(0)} ms; so the plan costs the guard ${(whole.guardMs - whole.guardSmallMs).toFixed(0)} ms and the bare parse ${(whole.bareParseMs - whole.nodeMs).toFixed(0)} ms`,
  );
  console.log("target: a whole guard run within 1.5x of the bare parse");

  const rows = await benchGuard();
  console.log(`\nhbr-guard on one plan: best of ${RUNS} runs after a warm-up, each size in a fresh process (total = parse + check + text report)`);
  console.log(`${pad("changes", 8)} | ${pad("plan MB", 7)} | ${pad("parse ms", 8)} | ${pad("check ms", 8)} | ${pad("total ms", 8)} | ${pad("heap +MB", 8)} | ${pad("rss +MB", 7)} | findings`);
  for (const r of rows) {
    console.log(
      `${pad(r.changes, 8)} | ${pad(r.planMb.toFixed(1), 7)} | ${pad(r.parseMs.toFixed(0), 8)} | ${pad(r.checkMs.toFixed(0), 8)} | ${pad(r.totalMs.toFixed(0), 8)} | ${pad(r.heapDeltaMb.toFixed(1), 8)} | ${pad(r.rssDeltaMb.toFixed(0), 7)} | ${r.findings}`,
    );
  }
  const at = (n: number) => rows.find((r) => r.changes === n);
  const [small, mid, large] = [at(2_000), at(20_000), at(40_000)];
  if (small && mid && large) {
    console.log(`growth 2,000 -> 20,000 changes: time ${(mid.checkMs / small.checkMs).toFixed(1)}x, heap ${(mid.heapDeltaMb / small.heapDeltaMb).toFixed(1)}x (linear = 10x)`);
    console.log(`growth 20,000 -> 40,000 changes: time ${(large.checkMs / mid.checkMs).toFixed(1)}x, heap ${(large.heapDeltaMb / mid.heapDeltaMb).toFixed(1)}x (linear = 2x)`);
  }
  console.log("target: 20,000 changes checked (total) in under 2 s on a 2-core machine; memory linear");
}

if (require.main === module) {
  if (process.argv[2] === "case") {
    console.log(JSON.stringify(measureCase(Number(process.argv[3]))));
  } else {
    runBench().catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
  }
}
