import { TerraformStack, Testing } from "cdktf";
import { BackupPolicy, BackupVault, Duration, HbrRules, MirrorVault, RestoreJob, RestoreTarget, Schedule } from "../../lib";
import { findingLines, scratchApp, synthError } from "../support";
import { findingsOf } from "./support";

const daily = Schedule.every(Duration.days(1));
const MESSAGE = /nothing can be backed up into a mirror vault \(restoring from it is allowed\)\.$/;

function vaults(app = Testing.app()) {
  const stack = new TerraformStack(app, "s");
  const vault = new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod" });
  const mirror = vault.addMirror("Mirror", { region: "cn-hangzhou", vaultName: "prod-copy" });
  const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
  return { app, stack, vault, mirror, policy };
}

describe("HBR002 end to end: nothing backs up into a mirror vault", () => {
  test("a MirrorVault passed as a backup rule's vault through `as any` fails app.synth() with HBR002 on the policy", () => {
    const { app, mirror, policy } = vaults(scratchApp());
    policy.addBackupRule({ vault: mirror as any, schedule: daily, retention: Duration.days(7) });
    const lines = findingLines(synthError(app)).filter((l) => l.startsWith("[HBR002]"));
    expect(lines).toEqual([
      `[HBR002] s/Policy: rule 1 (BACKUP) backs up into the mirror vault "prod-copy" (s/Mirror); nothing can be backed up into a mirror vault (restoring from it is allowed). Fix: Back up into the mirror's source vault (a BackupVault); the mirror receives the copies by replication.`,
    ]);
  });

  test("a mirror imported with MirrorVault.fromMirrorAttributes is refused", () => {
    const { app, stack, vault, policy } = vaults();
    const imported = MirrorVault.fromMirrorAttributes(stack, "Imported", { vaultId: "r-0001", region: "cn-hangzhou", source: vault, vaultName: "old-dr" });
    policy.addBackupRule({ vault: imported as any, schedule: daily, retention: Duration.days(7) });
    expect(findingsOf(app, "HBR002")).toEqual([expect.objectContaining({ path: "s/Policy", message: expect.stringContaining('"old-dr" (s/Imported)') })]);
  });

  test("a backup-vault import of a declared mirror's id (a token) is recognised as the mirror", () => {
    const { app, stack, mirror, policy } = vaults();
    const disguised = BackupVault.fromVaultAttributes(stack, "Disguised", { vaultId: mirror.vaultId, region: "cn-hangzhou" });
    policy.addBackupRule({ vault: disguised, schedule: daily, retention: Duration.days(7) });
    expect(findingsOf(app, "HBR002")).toEqual([expect.objectContaining({ path: "s/Policy", message: expect.stringMatching(/mirror vault "prod-copy" \(s\/Mirror\)/) })]);
  });

  test("a backup-vault import of an imported mirror's literal id is recognised as the mirror, even when declared later", () => {
    const { app, stack, vault, policy } = vaults();
    policy.addBackupRule({ vault: BackupVault.fromVaultAttributes(stack, "ById", { vaultId: "r-0002", region: "cn-hangzhou" }), schedule: daily, retention: Duration.days(7) });
    MirrorVault.fromMirrorAttributes(stack, "LateMirror", { vaultId: "r-0002", region: "cn-hangzhou", source: vault });
    expect(findingsOf(app, "HBR002")).toEqual([expect.objectContaining({ message: expect.stringMatching(MESSAGE) })]);
  });

  test("a rule added to the generated resource by hand with a mirror's id is refused", () => {
    const { app, mirror, policy } = vaults();
    policy.resource.putRules([{ ruleType: "BACKUP", vaultId: mirror.vaultId, schedule: "I|1700000000|P1D", retention: 7 }]);
    expect(findingsOf(app, "HBR002")).toEqual([expect.objectContaining({ path: "s/Policy", message: expect.stringMatching(/^rule 1 \(BACKUP\) backs up into the mirror vault/) })]);
  });

  test("a vault id overridden to a mirror's id is refused", () => {
    const { app, vault, mirror, policy } = vaults();
    policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
    expect(findingsOf(app, "HBR002")).toEqual([]);
    policy.resource.addOverride("rules.0.vault_id", mirror.vaultId);
    expect(findingsOf(app, "HBR002")).toHaveLength(1);
  });

  test("a mirror of another stack is found across stacks", () => {
    const app = Testing.app();
    const { vault } = vaults(app);
    const dr = new TerraformStack(app, "dr");
    const mirror = new MirrorVault(dr, "Mirror2", { source: vault, region: "cn-shanghai", vaultName: "dr" });
    const policy = new BackupPolicy(new TerraformStack(app, "p"), "P", { region: "cn-shanghai" });
    policy.addBackupRule({ vault: BackupVault.fromVaultAttributes(policy, "V", { vaultId: mirror.vaultId, region: "cn-shanghai" }), schedule: daily, retention: Duration.days(7) });
    expect(findingsOf(app, "HBR002").map((f) => f.path)).toEqual(["p/P"]);
  });

  test("a rule given the mirror's generated resource id (mirror.resource.id) is refused", () => {
    const { app, mirror, policy } = vaults();
    policy.resource.putRules([{ ruleType: "BACKUP", vaultId: mirror.resource.id, schedule: "I|1700000000|P1D", retention: 7 }]);
    expect(findingsOf(app, "HBR002")).toEqual([expect.objectContaining({ path: "s/Policy", message: expect.stringMatching(/mirror vault "prod-copy" \(s\/Mirror\)/) })]);
  });

  test("a rule given the mirror's id as a raw Terraform expression is refused", () => {
    const { app, stack, mirror, policy } = vaults();
    const address = `${mirror.resource.terraformResourceType}.${mirror.resource.friendlyUniqueId}`;
    policy.resource.putRules([{ ruleType: "BACKUP", vaultId: `\${${address}.id}`, schedule: "I|1700000000|P1D", retention: 7 }]);
    expect(findingsOf(app, "HBR002")).toHaveLength(1);
    // The same expression in another stack names that stack's resource, not this mirror.
    const other = new BackupPolicy(new TerraformStack(app, "other"), "P", { region: "cn-hangzhou" });
    other.resource.putRules([{ ruleType: "BACKUP", vaultId: `\${${address}.id}`, schedule: "I|1700000000|P1D", retention: 7 }]);
    expect(findingsOf(app, "HBR002").map((f) => f.path)).toEqual(["s/Policy"]);
    expect(stack.node.path).toBe("s");
  });

  test("an import of mirror.resource.id in another stack is recognised as the mirror", () => {
    const app = Testing.app();
    const { mirror } = vaults(app);
    const policy = new BackupPolicy(new TerraformStack(app, "p"), "P", { region: "cn-hangzhou" });
    policy.addBackupRule({ vault: BackupVault.fromVaultAttributes(policy, "V", { vaultId: mirror.resource.id, region: "cn-hangzhou" }), schedule: daily, retention: Duration.days(7) });
    expect(findingsOf(app, "HBR002").map((f) => f.path)).toEqual(["p/P"]);
  });

  test("a backup vault of the same construct name in another stack is not mistaken for a mirror", () => {
    const app = Testing.app();
    vaults(app);
    const second = new TerraformStack(app, "t");
    const vault = new BackupVault(second, "Mirror", { region: "cn-hangzhou", vaultName: "not-a-mirror" });
    const policy = new BackupPolicy(second, "P", { region: "cn-hangzhou" });
    policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
    expect(findingsOf(app, "HBR002")).toEqual([]);
  });

  test("backing up into the mirror's source passes, and a restore job from the mirror passes synth", () => {
    const { app, vault, mirror, policy, stack } = vaults(scratchApp());
    policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
    new RestoreJob(stack, "FromMirror", { vault: mirror, snapshotId: "s-1", snapshotHash: "h", target: RestoreTarget.ecsFiles("i-1", { path: "/restore" }) });
    expect(HbrRules.of(app).findings().filter((f) => f.severity === "error")).toEqual([]);
    expect(() => app.synth()).not.toThrow();
  });

  test("an evaluation reads each stack's Terraform once, however many policies it holds", () => {
    const { app, stack, vault } = vaults();
    for (let i = 0; i < 20; i++) {
      new BackupPolicy(stack, `P${i}`, { region: "cn-hangzhou" }).addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
    }
    const rules = HbrRules.of(app);
    const spy = jest.spyOn(stack, "toTerraform");
    rules.findings();
    rules.findings();
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
  });
});
