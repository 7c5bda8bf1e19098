/**
 * One benchmark case, run in its own process so its peak memory is its own:
 *   node dist/bench/vault-pairs.js <provider|region> <constructs|raw|nested> <pairs>
 * Declares <pairs> vault+mirror pairs, synthesizes the app into a scratch folder, and prints one JSON
 * line with the figures. Two shapes:
 * - `provider`: every construct is given an explicit provider; the pairs are spread over accounts
 *   (ten per stack) so that no rule fires;
 * - `region`: the README's quick start, one stack, `region` only, the pairs rotating over six
 *   regions; the library adds one provider per region. The raw case declares the same: one
 *   provider per region, aliased by the region id.
 * The raw case loads the generated classes only, not the library, so that its memory is theirs.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Construct } from "constructs";
import { App, TerraformStack } from "cdktf";
import { AlicloudProvider } from "../lib/gen/providers/alicloud/provider";
import { HbrReplicationVault } from "../lib/gen/providers/alicloud/hbr-replication-vault";
import { HbrVault } from "../lib/gen/providers/alicloud/hbr-vault";

/** Regions the `provider` shape rotates through; each pair's mirror goes to the next region. */
export const BENCH_REGIONS = [
  "cn-hangzhou",
  "cn-shanghai",
  "cn-beijing",
  "cn-shenzhen",
  "cn-qingdao",
  "cn-zhangjiakou",
  "cn-chengdu",
  "ap-southeast-1",
  "eu-central-1",
  "us-west-1",
];
/** Regions the `region` shape rotates through. */
export const README_PATH_REGIONS = BENCH_REGIONS.slice(0, 6);
/** Mirrors per account and region: the service's default quota, so HBR009 never fires. */
const MIRRORS_PER_ACCOUNT_REGION = 5;
const PAIRS_PER_ACCOUNT = MIRRORS_PER_ACCOUNT_REGION * BENCH_REGIONS.length;
const ACCOUNTS_PER_STACK = 10;

/**
 * `constructs`: the library; `raw`: the generated classes straight in the stack; `nested`: the same
 * generated classes, each inside a plain construct as a `Resource` child, the shape every construct
 * library gives its resources (deeper paths, hashed logical ids, longer stacks captured per token).
 */
export type BenchMode = "constructs" | "raw" | "nested";

/** The scope a raw resource is declared in: the stack, or a plain construct in it for `nested`. */
function rawScope(stack: TerraformStack, mode: BenchMode, id: string): [Construct, string] {
  return mode === "nested" ? [new Construct(stack, id), "Resource"] : [stack, id];
}
export type BenchPath = "provider" | "region";

/** The library's entry module, loaded only by the cases that use the constructs. */
function library(): typeof import("../lib") {
  return require("../lib");
}

/** Declares the pairs with explicit providers, with the library's constructs or with the generated classes alone. */
export function declarePairs(app: App, mode: BenchMode, pairs: number): void {
  const BackupVault = mode === "constructs" ? library().BackupVault : undefined;
  const accounts = Math.ceil(pairs / PAIRS_PER_ACCOUNT);
  let declared = 0;
  let stack: TerraformStack | undefined;
  for (let account = 0; account < accounts; account++) {
    if (account % ACCOUNTS_PER_STACK === 0) stack = new TerraformStack(app, `accounts-${account / ACCOUNTS_PER_STACK}`);
    const providers = BENCH_REGIONS.map(
      (region) =>
        new AlicloudProvider(stack!, `p-${account}-${region}`, {
          alias: `a${account}-${region}`,
          region,
          assumeRole: { roleArn: `acs:ram::${100000 + account}:role/backup` },
        }),
    );
    for (let i = 0; i < PAIRS_PER_ACCOUNT && declared < pairs; i++, declared++) {
      const from = i % BENCH_REGIONS.length;
      const to = (from + 1) % BENCH_REGIONS.length;
      const name = `v-${account}-${i}`;
      if (BackupVault) {
        new BackupVault(stack!, name, { provider: providers[from], vaultName: name }).addMirror(`${name}-dr`, {
          provider: providers[to],
          vaultName: `${name}-dr`,
        });
      } else {
        const vault = new HbrVault(...rawScope(stack!, mode, name), { provider: providers[from], vaultName: name, vaultType: "STANDARD", encryptType: "HBR_PRIVATE" });
        new HbrReplicationVault(...rawScope(stack!, mode, `${name}-dr`), {
          provider: providers[to],
          vaultName: `${name}-dr`,
          replicationSourceRegionId: BENCH_REGIONS[from],
          replicationSourceVaultId: vault.id,
          encryptType: "HBR_PRIVATE",
        });
      }
    }
  }
}

/**
 * Declares the pairs the way the README's quick start does: one stack, `region` only. The raw case
 * declares one provider per region up front, which is what the library adds on first use.
 */
export function declareReadmePairs(app: App, mode: BenchMode, pairs: number): void {
  const BackupVault = mode === "constructs" ? library().BackupVault : undefined;
  const stack = new TerraformStack(app, "backups");
  const regions = README_PATH_REGIONS;
  const providers = mode !== "constructs" ? regions.map((region) => new AlicloudProvider(stack, `alicloud-${region}`, { alias: region, region })) : [];
  for (let i = 0; i < pairs; i++) {
    const from = i % regions.length;
    const to = (from + 1) % regions.length;
    const name = `v-${i}`;
    if (BackupVault) {
      new BackupVault(stack, name, { region: regions[from], vaultName: name }).addMirror(`${name}-dr`, { region: regions[to], vaultName: `${name}-dr` });
    } else {
      const vault = new HbrVault(...rawScope(stack, mode, name), { provider: providers[from], vaultName: name, vaultType: "STANDARD", encryptType: "HBR_PRIVATE" });
      new HbrReplicationVault(...rawScope(stack, mode, `${name}-dr`), {
        provider: providers[to],
        vaultName: `${name}-dr`,
        replicationSourceRegionId: regions[from],
        replicationSourceVaultId: vault.id,
        encryptType: "HBR_PRIVATE",
      });
    }
  }
}

/** The figures of one case, printed as one JSON line. */
export interface PairsCaseResult {
  readonly path: BenchPath;
  readonly mode: BenchMode;
  readonly pairs: number;
  /** Declaring the constructs (placement included). */
  readonly declareSeconds: number;
  /** `app.synth()` into a scratch folder (the rules included). */
  readonly synthSeconds: number;
  /** Both. */
  readonly seconds: number;
  /** CPU time (user and system, all threads) of the declaration: less disturbed than wall time on a shared machine. */
  readonly declareCpuSeconds: number;
  /** CPU time of declaration and synth. */
  readonly cpuSeconds: number;
  /** Peak resident memory when the declaration is done, before synth. */
  readonly declarePeakRssMb: number;
  /** Peak resident memory of the whole run. */
  readonly peakRssMb: number;
  readonly findings: number;
}

function main(): void {
  const [benchPath, mode, pairsArg] = process.argv.slice(2) as [BenchPath, BenchMode, string];
  const pairs = Number(pairsArg);
  if ((benchPath !== "provider" && benchPath !== "region") || (mode !== "constructs" && mode !== "raw" && mode !== "nested") || !Number.isInteger(pairs) || pairs <= 0) {
    console.error("usage: vault-pairs.js <provider|region> <constructs|raw|nested> <pairs>");
    process.exit(2);
  }
  const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hbr-bench-")), "cdktf.out");
  const lib = mode === "constructs" ? library() : undefined;
  const startedCpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  // All mirrors of the README shape are in one account: the quota is raised so that HBR009 stays quiet.
  const app = new App({ outdir, context: lib && benchPath === "region" ? { [lib.MIRROR_QUOTA_CONTEXT_KEY]: pairs } : undefined });
  // The findings are those of the synth itself: asking for them afterwards would synthesize again.
  let findings = 0;
  lib?.HbrRules.of(app).onSynthFindings((found) => (findings = found.length));
  if (benchPath === "region") declareReadmePairs(app, mode, pairs);
  else declarePairs(app, mode, pairs);
  const declared = process.hrtime.bigint();
  const declaredCpu = process.cpuUsage(startedCpu);
  const declarePeakRssMb = process.resourceUsage().maxRSS / 1024;
  app.synth();
  const done = process.hrtime.bigint();
  const doneCpu = process.cpuUsage(startedCpu);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  fs.rmSync(path.dirname(outdir), { recursive: true, force: true });
  const result: PairsCaseResult = {
    path: benchPath,
    mode,
    pairs,
    declareSeconds: Number(declared - started) / 1e9,
    synthSeconds: Number(done - declared) / 1e9,
    seconds: Number(done - started) / 1e9,
    declareCpuSeconds: (declaredCpu.user + declaredCpu.system) / 1e6,
    cpuSeconds: (doneCpu.user + doneCpu.system) / 1e6,
    declarePeakRssMb,
    peakRssMb,
    findings,
  };
  console.log(JSON.stringify(result));
}

if (require.main === module) main();
