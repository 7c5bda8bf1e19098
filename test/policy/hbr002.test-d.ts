/**
 * Compile-time refusals, checked by `npx tsc --noEmit -p .` (not run by jest): each `@ts-expect-error`
 * fails the type check if the line after it compiles.
 */
import { TerraformStack } from "cdktf";
import { BackupPolicy, BackupVault, Duration, IBackupVault, IMirrorVault, MirrorVault, RestoreJob, RestoreTarget, Schedule } from "../../lib";

export function mirrorIsNotABackupRuleVault(stack: TerraformStack, vault: BackupVault, mirror: MirrorVault, imported: IMirrorVault): void {
  const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
  const schedule = Schedule.every(Duration.days(1));
  const retention = Duration.days(7);

  policy.addBackupRule({ vault, schedule, retention });
  const backupVault: IBackupVault = BackupVault.fromVaultAttributes(stack, "Imported", { vaultId: "v-1", region: "cn-hangzhou" });
  policy.addBackupRule({ vault: backupVault, schedule, retention });

  // @ts-expect-error a MirrorVault is not an IBackupVault (HBR002)
  policy.addBackupRule({ vault: mirror, schedule, retention });
  // @ts-expect-error an imported mirror is not an IBackupVault either (HBR002)
  policy.addBackupRule({ vault: imported, schedule, retention });
  // @ts-expect-error a vault id string is not a vault
  policy.addBackupRule({ vault: "v-123", schedule, retention });
}

export function restoringFromAMirrorCompiles(stack: TerraformStack, vault: BackupVault, mirror: MirrorVault, imported: IMirrorVault): void {
  const target = RestoreTarget.ecsFiles("i-1", { path: "/restore" });
  new RestoreJob(stack, "FromVault", { vault, snapshotId: "s", snapshotHash: "h", target });
  new RestoreJob(stack, "FromMirror", { vault: mirror, snapshotId: "s", snapshotHash: "h", target });
  new RestoreJob(stack, "FromImportedMirror", { vault: imported, snapshotId: "s", snapshotHash: "h", target });
}

export function rulesTakeDurationsAndSchedules(policy: BackupPolicy, vault: BackupVault): void {
  // @ts-expect-error retention is a Duration, not a number of days
  policy.addBackupRule({ vault, schedule: Schedule.every(Duration.days(1)), retention: 7 });
  // @ts-expect-error a schedule is a Schedule, not its raw string
  policy.addBackupRule({ vault, schedule: "I|1700000000|P1D", retention: Duration.days(7) });
  // @ts-expect-error a replication rule needs a region
  policy.addReplicationRule({ retention: Duration.days(7) });
}
