import { BackupVault, HbrPolicies, MirrorVault, Severity } from "../../../lib";
import { synthError } from "../../support";
import { appWithStack, applyRule, codedLines, compliantVault, findingsOf } from "../support";

describe("HBRP001: every backup vault has a mirror vault", () => {
  test("a backup vault without a mirror is an error naming the vault and its region", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Lonely", { vaultName: "lonely-backups" });
    applyRule(app, HbrPolicies.mirrorRequired());
    expect(codedLines(synthError(app))).toEqual([
      expect.stringMatching(/^\[HBRP001\] s\/Lonely: the backup vault "lonely-backups" has no mirror vault, so its backups exist in cn-hangzhou only\. Fix: /),
    ]);
  });

  test("a vault with a declared mirror passes", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-beijing", vaultName: "dr" });
    applyRule(app, HbrPolicies.mirrorRequired());
    expect(findingsOf(app, "HBRP001")).toEqual([]);
    expect(() => app.synth()).not.toThrow();
  });

  test("a mirror imported by id counts as the vault's mirror", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault");
    MirrorVault.fromMirrorAttributes(stack, "ExistingMirror", { vaultId: "v-mirror", region: "cn-beijing", source: vault });
    applyRule(app, HbrPolicies.mirrorRequired());
    expect(findingsOf(app, "HBRP001")).toEqual([]);
  });

  test("imported backup vaults are not checked: they are managed elsewhere", () => {
    const { app, stack } = appWithStack();
    BackupVault.fromVaultAttributes(stack, "Imported", { vaultId: "v-1", region: "cn-hangzhou" });
    applyRule(app, HbrPolicies.mirrorRequired());
    expect(findingsOf(app, "HBRP001")).toEqual([]);
  });

  test("appliesTo limits the rule to the vaults it chooses, e.g. production ones by tag", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Prod", { tags: { owner: "a", env: "prod" } });
    compliantVault(stack, "Dev", { tags: { owner: "a", env: "dev" } });
    applyRule(app, HbrPolicies.mirrorRequired({ appliesTo: (vault) => vault.tags?.env === "prod" }));
    expect(findingsOf(app, "HBRP001").map((f) => f.path)).toEqual(["s/Prod"]);
  });

  test("made a warning, it no longer fails the synth", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Lonely");
    applyRule(app, HbrPolicies.mirrorRequired(), Severity.WARNING);
    expect(() => app.synth()).not.toThrow();
    expect(findingsOf(app, "HBRP001")).toEqual([expect.objectContaining({ severity: Severity.WARNING, path: "s/Lonely" })]);
  });
});
