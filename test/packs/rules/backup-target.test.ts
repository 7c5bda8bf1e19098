import { TerraformStack } from "cdktf";
import { BackupPolicy, BackupVault, Duration, HbrPolicies, Schedule } from "../../../lib";
import { appWithStack, applyRule, compliantVault, findingsOf } from "../support";

const daily = { schedule: Schedule.every(Duration.days(1), { start: new Date("2025-01-01T00:00:00Z") }), retention: Duration.days(30) };

describe("HBRP006: every backup vault is the target of a backup policy", () => {
  test("a vault no policy backs up into is a warning on the vault", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Idle", { vaultName: "idle" });
    applyRule(app, HbrPolicies.backupTarget());
    expect(findingsOf(app, "HBRP006").map((f) => [f.severity, f.path, f.message])).toEqual([
      ["warning", "s/Idle", 'nothing backs up into the backup vault "idle": no backup policy of this app has a rule with this vault.'],
    ]);
  });

  test("a vault a policy backs up into passes, even when the policy is in another stack", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault");
    const other = new TerraformStack(app, "policies");
    new BackupPolicy(other, "Policy", { region: "cn-hangzhou" }).addBackupRule({ vault, ...daily });
    applyRule(app, HbrPolicies.backupTarget());
    expect(findingsOf(app, "HBRP006")).toEqual([]);
  });

  test("a policy rule added through the escape hatch counts", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault");
    const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
    policy.resource.putRules([{ ruleType: "BACKUP", vaultId: vault.vaultId, schedule: "I|1704067200|P1D", retention: 7 }]);
    applyRule(app, HbrPolicies.backupTarget());
    expect(findingsOf(app, "HBRP006")).toEqual([]);
  });

  test("only the vault the policy names passes; the others are still flagged", () => {
    const { app, stack } = appWithStack();
    const used = compliantVault(stack, "Used");
    compliantVault(stack, "Unused");
    new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" }).addBackupRule({ vault: used, ...daily });
    applyRule(app, HbrPolicies.backupTarget());
    expect(findingsOf(app, "HBRP006").map((f) => f.path)).toEqual(["s/Unused"]);
  });

  test("imported vaults are not checked", () => {
    const { app, stack } = appWithStack();
    BackupVault.fromVaultAttributes(stack, "Imported", { vaultId: "v-1", region: "cn-hangzhou" });
    applyRule(app, HbrPolicies.backupTarget());
    expect(findingsOf(app, "HBRP006")).toEqual([]);
  });
});
