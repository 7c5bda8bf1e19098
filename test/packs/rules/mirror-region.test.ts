import { BackupVault, HbrPolicies, MirrorVault } from "../../../lib";
import { synthError } from "../../support";
import { appWithStack, applyRule, codedLines, compliantVault, findingsOf } from "../support";

describe("HBRP002: a mirror vault is in another region than its source", () => {
  test("a mirror in its source's region is an error on the mirror, naming both", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" }).addMirror("Mirror", { region: "cn-hangzhou", vaultName: "prod-dr", preventDestroy: true });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion());
    expect(codedLines(synthError(app))).toContainEqual(
      expect.stringMatching(/^\[HBRP002\] s\/Mirror: the mirror vault "prod-dr" is in cn-hangzhou, the region of its source "prod" \(s\/Vault\): one regional outage takes both copies\. Fix: /),
    );
  });

  test("without outsideCityGroup, the fix of a mirror in its source's region asks for another region only", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-hangzhou", vaultName: "dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion());
    expect(findingsOf(app, "HBRP002").map((f) => f.fix)).toEqual(["Put the mirror in another region than cn-hangzhou, its source's region."]);
  });

  test("with outsideCityGroup, the fix of a mirror in its source's region names the city group to leave", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-hangzhou", vaultName: "dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion({ outsideCityGroup: true }));
    expect(findingsOf(app, "HBRP002").map((f) => f.fix)).toEqual([expect.stringMatching(/^Put the mirror in a region outside East China \(Yangtze River Delta\) \(cn-hangzhou, cn-shanghai, /)]);
  });

  test("with outsideCityGroup, the fix for a source region in no city group says any other region will do", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { region: "cn-qingdao" }).addMirror("Mirror", { region: "cn-qingdao", vaultName: "dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion({ outsideCityGroup: true }));
    expect(findingsOf(app, "HBRP002").map((f) => f.fix)).toEqual([
      "Put the mirror in another region than cn-qingdao, its source's region (cn-qingdao is in no city group, so any other region is outside its group).",
    ]);
  });

  test("a mirror in another region passes, even in the same city group, unless asked", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion());
    expect(findingsOf(app, "HBRP002")).toEqual([]);
  });

  test("with outsideCityGroup, a mirror in its source's city group is an error naming the group", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion({ outsideCityGroup: true }));
    const [finding] = findingsOf(app, "HBRP002");
    expect(finding).toMatchObject({ path: "s/Mirror", severity: "error" });
    expect(finding.message).toBe(
      'the mirror vault "prod-dr" (cn-shanghai) and its source "prod" (s/Vault) (cn-hangzhou) are both in the city group East China (Yangtze River Delta): one disaster of that area can take both copies.',
    );
    expect(finding.fix).toMatch(/^Put the mirror in a region outside East China \(Yangtze River Delta\) \(cn-hangzhou, cn-shanghai, /);
  });

  test("with outsideCityGroup, a mirror in another city group passes", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-beijing", vaultName: "dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion({ outsideCityGroup: true }));
    expect(findingsOf(app, "HBRP002")).toEqual([]);
  });

  test("imported mirrors are not checked", () => {
    const { app, stack } = appWithStack();
    const source = BackupVault.fromVaultAttributes(stack, "Source", { vaultId: "v-1", region: "cn-hangzhou" });
    MirrorVault.fromMirrorAttributes(stack, "Mirror", { vaultId: "v-2", region: "cn-hangzhou", source });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion());
    expect(findingsOf(app, "HBRP002")).toEqual([]);
  });

  test("a declared mirror of an imported source in the same region is checked", () => {
    const { app, stack } = appWithStack();
    const source = BackupVault.fromVaultAttributes(stack, "Source", { vaultId: "v-1", region: "cn-beijing", vaultName: "legacy" });
    source.addMirror("Mirror", { region: "cn-beijing", vaultName: "legacy-dr" });
    applyRule(app, HbrPolicies.mirrorInAnotherRegion());
    expect(findingsOf(app, "HBRP002").map((f) => [f.path, f.message])).toEqual([
      ["s/Mirror", 'the mirror vault "legacy-dr" is in cn-beijing, the region of its source "legacy" (s/Source): one regional outage takes both copies.'],
    ]);
  });
});
