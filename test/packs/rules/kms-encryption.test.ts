import { BackupVault, HbrPolicies, VaultEncryption } from "../../../lib";
import { appWithStack, applyRule, compliantVault, findingsOf, manifestWarnings } from "../support";

describe("HBRP003: vaults are encrypted with a KMS key", () => {
  test("an HBR-managed vault and its mirror are warnings on each, the mirror's fix pointing at the source", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    applyRule(app, HbrPolicies.kmsEncryption());
    const findings = findingsOf(app, "HBRP003");
    expect(findings.map((f) => [f.severity, f.path, f.message])).toEqual([
      ["warning", "s/Mirror", 'the mirror vault "prod-dr" is encrypted with HBR-managed keys (HBR_PRIVATE), not a KMS key of the organization.'],
      ["warning", "s/Vault", 'the backup vault "prod" is encrypted with HBR-managed keys (HBR_PRIVATE), not a KMS key of the organization.'],
    ]);
    expect(findings[0].fix).toMatch(/^Encrypt the source vault with KMS/);
  });

  test("its warnings become annotations on the vaults, and the synth succeeds", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" });
    applyRule(app, HbrPolicies.kmsEncryption());
    app.synth();
    expect(manifestWarnings(app)).toEqual([expect.stringMatching(/^s\/Vault: \[HBRP003\] s\/Vault: the backup vault "prod" is encrypted with HBR-managed keys/)]);
  });

  test("KMS-encrypted vaults and mirrors pass", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { encryption: VaultEncryption.KMS, kmsKeyId: "key-1" }).addMirror("Mirror", {
      region: "cn-shanghai",
      vaultName: "dr",
      kmsKeyId: "key-2",
    });
    applyRule(app, HbrPolicies.kmsEncryption());
    expect(findingsOf(app, "HBRP003")).toEqual([]);
  });

  test("an escape hatch that sets encrypt_type to KMS counts", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault");
    vault.resource.addOverride("encrypt_type", "KMS");
    vault.resource.addOverride("kms_key_id", "key-1");
    applyRule(app, HbrPolicies.kmsEncryption());
    expect(findingsOf(app, "HBRP003")).toEqual([]);
  });

  test("imported vaults are not checked", () => {
    const { app, stack } = appWithStack();
    BackupVault.fromVaultAttributes(stack, "Imported", { vaultId: "v-1", region: "cn-hangzhou", encryption: VaultEncryption.HBR_MANAGED });
    applyRule(app, HbrPolicies.kmsEncryption());
    expect(findingsOf(app, "HBRP003")).toEqual([]);
  });
});
