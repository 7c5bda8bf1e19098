import { Construct } from "constructs";
import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import {
  BackupPolicy,
  BackupSource,
  BackupVault,
  Duration,
  IMirrorVault,
  RestoreJob,
  RestoreTarget,
  Schedule,
  SpecialRetentionType,
} from "../../lib";

/**
 * One stack: an application's files on an ECS instance and its OSS uploads bucket, backed up every
 * six hours by a policy into a vault in cn-hangzhou; the vault's mirror in cn-shanghai; and a restore
 * drill that restores a snapshot from the mirror onto a standby instance in cn-shanghai.
 *
 * The instance ids, the bucket and the snapshot to restore are Terraform variables, so the same
 * output serves any environment.
 */
export class BackupAndRestoreStack extends TerraformStack {
  public readonly vault: BackupVault;
  public readonly mirror: IMirrorVault;
  public readonly policy: BackupPolicy;
  public readonly restoreDrill: RestoreJob;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const appInstance = new TerraformVariable(this, "app_instance_id", { type: "string", description: "ECS instance (cn-hangzhou) running the application" });
    const uploadsBucket = new TerraformVariable(this, "uploads_bucket", { type: "string", description: "OSS bucket (cn-hangzhou) with user uploads" });
    const standbyInstance = new TerraformVariable(this, "standby_instance_id", { type: "string", description: "ECS instance (cn-shanghai) the restore drill restores onto" });
    const snapshotId = new TerraformVariable(this, "restore_snapshot_id", { type: "string", description: "Snapshot in the mirror vault to restore" });
    const snapshotHash = new TerraformVariable(this, "restore_snapshot_hash", { type: "string", description: "Hash of that snapshot" });

    this.vault = new BackupVault(this, "Backups", {
      region: "cn-hangzhou",
      vaultName: "app-backups",
      description: "Application files and uploads",
      preventDestroy: true,
    });
    this.mirror = this.vault.addMirror("Mirror", {
      region: "cn-shanghai",
      vaultName: "app-backups-dr",
      description: "Mirror of app-backups for disaster recovery",
    });

    this.policy = new BackupPolicy(this, "Policy", {
      region: "cn-hangzhou",
      policyName: "app-every-6h",
      description: "Every 6 hours; kept a year and archived after 90 days; the first backup of each month kept 2 years",
    });
    this.policy.addBackupRule({
      vault: this.vault,
      schedule: Schedule.every(Duration.hours(6), { start: new Date("2025-01-01T02:00:00+08:00") }),
      retention: Duration.days(365),
      keepLatestSnapshots: 1,
    });
    this.policy.addTransitionRule({
      retention: Duration.days(365),
      archiveAfter: Duration.days(90),
      retentionRules: [{ type: SpecialRetentionType.MONTHLY, retention: Duration.days(730) }],
    });
    this.policy.bind(
      "AppFiles",
      BackupSource.ecsFiles(appInstance.stringValue, { paths: ["/var/lib/app", "/etc/app"], exclude: ["*.tmp", "*.log"] }),
      { description: "Application data and configuration" },
    );
    this.policy.bind("Uploads", BackupSource.oss(uploadsBucket.stringValue, { prefix: "uploads/" }), { description: "User uploads" });

    // Restoring from the mirror is what the mirror is for; the job runs in the mirror's region, and
    // declares the HBR backup client on the standby instance that the files are restored through.
    this.restoreDrill = new RestoreJob(this, "RestoreDrill", {
      vault: this.mirror,
      snapshotId: snapshotId.stringValue,
      snapshotHash: snapshotHash.stringValue,
      target: RestoreTarget.ecsFiles(standbyInstance.stringValue, { path: "/restore" }),
    });

    new TerraformOutput(this, "policy_id", { value: this.policy.policyId });
    new TerraformOutput(this, "mirror_vault_id", { value: this.mirror.vaultId });
  }
}
