/**
 * One benchmark case, run in its own process so its peak memory is its own:
 *   ts-node bench/vault-pairs.ts <constructs|raw> <pairs>
 * Declares <pairs> vault+mirror pairs spread over regions and accounts so that no rule fires,
 * synthesizes the app into a scratch folder, and prints one JSON line with the figures.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { AlicloudProvider, BackupVault, HbrRules } from "../lib";
import { HbrReplicationVault } from "../lib/gen/providers/alicloud/hbr-replication-vault";
import { HbrVault } from "../lib/gen/providers/alicloud/hbr-vault";

/** Regions the pairs rotate through; each pair's mirror goes to the next region. */
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
/** Mirrors per account and region: the service's default quota, so HBR009 never fires. */
const MIRRORS_PER_ACCOUNT_REGION = 5;
const PAIRS_PER_ACCOUNT = MIRRORS_PER_ACCOUNT_REGION * BENCH_REGIONS.length;
const ACCOUNTS_PER_STACK = 10;

export type BenchMode = "constructs" | "raw";

/** Declares the pairs with the library's constructs or with the generated classes alone. */
export function declarePairs(app: App, mode: BenchMode, pairs: number): void {
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
      if (mode === "constructs") {
        new BackupVault(stack!, name, { provider: providers[from], vaultName: name }).addMirror(`${name}-dr`, {
          provider: providers[to],
          vaultName: `${name}-dr`,
        });
      } else {
        const vault = new HbrVault(stack!, name, { provider: providers[from], vaultName: name, vaultType: "STANDARD", encryptType: "HBR_PRIVATE" });
        new HbrReplicationVault(stack!, `${name}-dr`, {
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

function main(): void {
  const mode = process.argv[2] as BenchMode;
  const pairs = Number(process.argv[3]);
  if ((mode !== "constructs" && mode !== "raw") || !Number.isInteger(pairs) || pairs <= 0) {
    console.error("usage: vault-pairs.ts <constructs|raw> <pairs>");
    process.exit(2);
  }
  const outdir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hbr-bench-")), "cdktf.out");
  const started = process.hrtime.bigint();
  const app = new App({ outdir });
  declarePairs(app, mode, pairs);
  app.synth();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const findings = mode === "constructs" ? HbrRules.of(app).findings().length : 0;
  fs.rmSync(path.dirname(outdir), { recursive: true, force: true });
  console.log(JSON.stringify({ mode, pairs, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024, findings }));
}

if (require.main === module) main();
