import { App, TerraformStack } from "cdktf";
import { AlicloudProvider, BackupPolicy, BackupVault, Duration, MirrorVault, RestoreJob, RestoreTarget, Schedule, BackupSource } from "../../lib";
import { scratchApp } from "../support";

/**
 * Two stacks over three regions: a vault in cn-hangzhou mirrored to cn-beijing, backed up by a policy
 * with two sources and restored from its mirror; an imported vault in cn-shenzhen with an imported mirror.
 */
export function sampleApp(): App {
  const app = scratchApp();
  const prod = new TerraformStack(app, "prod");
  const vault = new BackupVault(prod, "Backups", { region: "cn-hangzhou", vaultName: "prod-backups" });
  const mirror = vault.addMirror("Mirror", { region: "cn-beijing", vaultName: "prod-dr" });
  const policy = new BackupPolicy(prod, "Daily", { region: "cn-hangzhou", policyName: "daily" });
  policy.addBackupRule({ vault, schedule: Schedule.every(Duration.days(1), { start: new Date("2025-01-01T00:00:00Z") }), retention: Duration.days(30) });
  policy.bind("Files", BackupSource.oss("bucket-a"));
  policy.bind("Uploads", BackupSource.oss("bucket-b"));
  new RestoreJob(prod, "Drill", { vault: mirror, snapshotId: "s-1", snapshotHash: "h-1", target: RestoreTarget.oss("restore") });

  const legacy = new TerraformStack(app, "legacy");
  const old = BackupVault.fromVaultAttributes(legacy, "Old", { vaultId: "v-old", region: "cn-shenzhen", vaultName: "old-backups" });
  MirrorVault.fromMirrorAttributes(legacy, "OldMirror", { vaultId: "v-old-dr", region: "cn-shanghai", source: old, vaultName: "old-dr" });
  return app;
}

/**
 * Six regions, two accounts: the picture. In cn-hangzhou, `partner-backups` mirrors to
 * cn-shenzhen, past cn-shanghai, where `prod-hz-dr` mirrors `prod-hz` and three vaults mirror
 * into cn-shenzhen too (so cn-shanghai, tall, sits between them); cn-shanghai also mirrors back into cn-hangzhou; cn-beijing mirrors to cn-zhangjiakou; a second account (through an assumed role)
 * keeps a vault in cn-chengdu mirrored to cn-shenzhen. A policy backs up into `prod-hz`, a restore job
 * reads `prod-hz-dr`, and an imported vault sits in cn-shenzhen.
 */
export function fiveRegionApp(): App {
  const app = scratchApp();
  const stack = new TerraformStack(app, "estate");
  const partner = new BackupVault(stack, "PartnerBackups", { region: "cn-hangzhou", vaultName: "partner-backups" });
  partner.addMirror("PartnerBackupsDr", { region: "cn-shenzhen", vaultName: "partner-backups-dr" });
  const prod = new BackupVault(stack, "ProdHz", { region: "cn-hangzhou", vaultName: "prod-hz" });
  const prodDr = prod.addMirror("ProdHzDr", { region: "cn-shanghai", vaultName: "prod-hz-dr" });
  const shanghai = new BackupVault(stack, "ShanghaiApp", { region: "cn-shanghai", vaultName: "sh-app" });
  shanghai.addMirror("ShanghaiAppDr", { region: "cn-hangzhou", vaultName: "sh-app-dr" });
  for (const name of ["logs", "db", "files"]) {
    const vault = new BackupVault(stack, `Shanghai-${name}`, { region: "cn-shanghai", vaultName: `sh-${name}` });
    vault.addMirror(`Shanghai-${name}-dr`, { region: "cn-shenzhen", vaultName: `sh-${name}-dr` });
  }
  const beijing = new BackupVault(stack, "Beijing", { region: "cn-beijing", vaultName: "bj-backups" });
  beijing.addMirror("BeijingDr", { region: "cn-zhangjiakou", vaultName: "bj-backups-dr" });
  const policy = new BackupPolicy(stack, "Daily", { region: "cn-hangzhou", policyName: "daily" });
  policy.addBackupRule({ vault: prod, schedule: Schedule.every(Duration.days(1), { start: new Date("2025-01-01T00:00:00Z") }), retention: Duration.days(30) });
  policy.bind("Files", BackupSource.oss("bucket-a"));
  new RestoreJob(stack, "Drill", { vault: prodDr, snapshotId: "s-1", snapshotHash: "h-1", target: RestoreTarget.oss("restore") });
  BackupVault.fromVaultAttributes(stack, "Legacy", { vaultId: "v-legacy", region: "cn-shenzhen", vaultName: "legacy" });

  const partnerAccount = new TerraformStack(app, "partner-account");
  const provider = new AlicloudProvider(partnerAccount, "chengdu", { region: "cn-chengdu", alias: "partner", assumeRole: { roleArn: "acs:ram::2222222222:role/backup" } });
  const chengdu = new BackupVault(partnerAccount, "Chengdu", { provider, vaultName: "cd-backups" });
  chengdu.addMirror("ChengduDr", { region: "cn-shenzhen", vaultName: "cd-backups-dr" });
  return app;
}
