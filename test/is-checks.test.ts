import { TerraformStack, Testing } from "cdktf";
import { BackupPolicy, BackupVault, MirrorVault } from "../lib";

function declared() {
  const stack = new TerraformStack(Testing.app(), "s");
  const vault = new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod" });
  const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
  const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
  return { stack, vault, mirror, policy };
}

/** The library loaded a second time, as when a CLI and an app each bring their own copy. */
function secondCopy(): typeof import("../lib") {
  let copy: typeof import("../lib") | undefined;
  jest.isolateModules(() => {
    copy = require("../lib");
  });
  return copy!;
}

const checks = [
  ["BackupVault.isBackupVault", "cdktf-alicloud-hbr.BackupVault", (v: unknown) => BackupVault.isBackupVault(v)],
  ["MirrorVault.isMirrorVault", "cdktf-alicloud-hbr.MirrorVault", (v: unknown) => MirrorVault.isMirrorVault(v)],
  ["BackupPolicy.isBackupPolicy", "cdktf-alicloud-hbr.BackupPolicy", (v: unknown) => BackupPolicy.isBackupPolicy(v)],
] as const;

describe("isBackupVault, isMirrorVault and isBackupPolicy", () => {
  test("each recognises the constructs declared with its class, and only those", () => {
    const { vault, mirror, policy } = declared();
    expect([vault, mirror, policy].map((c) => checks.map(([, , is]) => is(c)))).toEqual([
      [true, false, false],
      [false, true, false],
      [false, false, true],
    ]);
  });

  test("imports are not declared constructs", () => {
    const { stack, vault } = declared();
    const importedVault = BackupVault.fromVaultAttributes(stack, "OldVault", { vaultId: "v-1", region: "cn-hangzhou" });
    const importedMirror = MirrorVault.fromVaultAttributes(stack, "OldMirror", { vaultId: "v-2", region: "cn-beijing", source: vault });
    const importedPolicy = BackupPolicy.fromPolicyAttributes(stack, "OldPolicy", { policyId: "po-1", region: "cn-hangzhou" });
    expect(BackupVault.isBackupVault(importedVault)).toBe(false);
    expect(MirrorVault.isMirrorVault(importedMirror)).toBe(false);
    expect(BackupPolicy.isBackupPolicy(importedPolicy)).toBe(false);
  });

  test.each(checks)("%s recognises an object carrying the Symbol.for(%j) marker", (_name, key, is) => {
    expect(is({ [Symbol.for(key)]: true })).toBe(true);
    expect(is(Object.create({ [Symbol.for(key)]: true }))).toBe(true);
  });

  test.each(checks)("%s refuses a lookalike without the marker, and values that are not objects", (_name, _key, is) => {
    const { vault, mirror, policy } = declared();
    // Every own property of the declared vault, mirror and policy, but not their classes' prototypes.
    const lookalike = { ...vault, ...mirror, ...policy, node: vault.node, resource: vault.resource };
    expect(is(lookalike)).toBe(false);
    for (const value of [undefined, null, "BackupVault", 42, Symbol.for("cdktf-alicloud-hbr.BackupVault")]) expect(is(value)).toBe(false);
  });

  test("recognise constructs made by a second copy of the library, which instanceof does not", () => {
    const other = secondCopy();
    expect(other.BackupVault).not.toBe(BackupVault);
    const stack = new TerraformStack(Testing.app(), "s");
    const vault = new other.BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod" });
    const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    const policy = new other.BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
    expect(vault instanceof BackupVault).toBe(false);
    expect(BackupVault.isBackupVault(vault)).toBe(true);
    expect(MirrorVault.isMirrorVault(mirror)).toBe(true);
    expect(BackupPolicy.isBackupPolicy(policy)).toBe(true);
    // And the other way round: the second copy recognises this copy's constructs.
    const mine = declared();
    expect(other.BackupVault.isBackupVault(mine.vault)).toBe(true);
    expect(other.MirrorVault.isMirrorVault(mine.mirror)).toBe(true);
    expect(other.BackupPolicy.isBackupPolicy(mine.policy)).toBe(true);
  });
});
