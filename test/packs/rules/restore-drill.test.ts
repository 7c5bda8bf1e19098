import { HbrPolicies, IVault, RestoreJob, RestoreTarget } from "../../../lib";
import { appWithStack, applyRule, compliantVault, findingsOf } from "../support";

function drill(vault: IVault, id = "Drill"): RestoreJob {
  return new RestoreJob(vault.node.scope!, id, { vault, snapshotId: "s-1", snapshotHash: "h-1", target: RestoreTarget.oss("restore-bucket") });
}

describe("HBRP007: every backup vault has a restore drill", () => {
  test("a vault nothing restores from is a warning on the vault", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    applyRule(app, HbrPolicies.restoreDrill());
    expect(findingsOf(app, "HBRP007").map((f) => [f.severity, f.path, f.message])).toEqual([
      ["warning", "s/Vault", 'no restore job restores from the backup vault "prod" or its mirror, so its backups were never shown to restore.'],
    ]);
  });

  test("a restore job from the vault or from its mirror passes", () => {
    const { app, stack } = appWithStack();
    drill(compliantVault(stack, "A"), "DrillA");
    drill(compliantVault(stack, "B").addMirror("BMirror", { region: "cn-shanghai", vaultName: "b-dr" }), "DrillB");
    applyRule(app, HbrPolicies.restoreDrill());
    expect(findingsOf(app, "HBRP007")).toEqual([]);
  });

  test("with fromMirror, a restore from the vault itself does not count", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault", { vaultName: "prod" });
    vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    drill(vault);
    applyRule(app, HbrPolicies.restoreDrill({ fromMirror: true }));
    const [finding] = findingsOf(app, "HBRP007");
    expect([finding.path, finding.message, finding.fix]).toEqual([
      "s/Vault",
      'no restore job restores from the mirror of the backup vault "prod", so recovery in the other region was never drilled.',
      "Declare a RestoreJob from the vault's mirror vault, in the mirror's region.",
    ]);
  });

  test("with fromMirror, a restore from the mirror passes", () => {
    const { app, stack } = appWithStack();
    drill(compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" }));
    applyRule(app, HbrPolicies.restoreDrill({ fromMirror: true }));
    expect(findingsOf(app, "HBRP007")).toEqual([]);
  });
});
