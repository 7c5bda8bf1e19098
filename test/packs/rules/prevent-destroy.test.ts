import { HbrPolicies } from "../../../lib";
import { synthError } from "../../support";
import { appWithStack, applyRule, codedLines, compliantVault, findingsOf } from "../support";

describe("HBRP004: vaults are protected from destroy", () => {
  test("a vault and a mirror without preventDestroy are errors on each", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod", preventDestroy: false }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    applyRule(app, HbrPolicies.preventDestroy());
    expect(codedLines(synthError(app))).toEqual([
      expect.stringMatching(/^\[HBRP004\] s\/Mirror: the mirror vault "prod-dr" has no lifecycle\.prevent_destroy, so a plan that destroys it \(and its backups\) would apply\. Fix: Set preventDestroy: true/),
      expect.stringMatching(/^\[HBRP004\] s\/Vault: the backup vault "prod" has no lifecycle\.prevent_destroy/),
    ]);
  });

  test("vaults and mirrors with preventDestroy pass", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr", preventDestroy: true });
    applyRule(app, HbrPolicies.preventDestroy());
    expect(findingsOf(app, "HBRP004")).toEqual([]);
  });

  test("prevent_destroy set through an escape hatch counts", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { preventDestroy: false }).resource.addOverride("lifecycle.prevent_destroy", true);
    applyRule(app, HbrPolicies.preventDestroy());
    expect(findingsOf(app, "HBRP004")).toEqual([]);
  });

  test("a mirror follows its source when appliesTo chooses vaults", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Dev", { preventDestroy: false, tags: { owner: "a", env: "dev" } }).addMirror("DevMirror", { region: "cn-shanghai", vaultName: "dev-dr" });
    compliantVault(stack, "Prod", { preventDestroy: false, tags: { owner: "a", env: "prod" } }).addMirror("ProdMirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    applyRule(app, HbrPolicies.preventDestroy({ appliesTo: (vault) => vault.tags?.env === "prod" }));
    expect(findingsOf(app, "HBRP004").map((f) => f.path)).toEqual(["s/Prod", "s/ProdMirror"]);
  });
});
