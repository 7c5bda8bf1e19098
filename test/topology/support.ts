import { App, TerraformStack } from "cdktf";
import { BackupPolicy, BackupVault, Duration, MirrorVault, RestoreJob, RestoreTarget, Schedule, BackupSource } from "../../lib";
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
