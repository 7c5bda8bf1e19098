import { VaultEncryption } from "../../private/service-enums";
import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { selectVaults, vaultLabel } from "./vault-selection";

/** HBRP003: declared backup vaults and mirror vaults are encrypted with a KMS key. */
export function kmsEncryptionRule(options: VaultPolicyOptions = {}): PolicyPackRule {
  return {
    code: "HBRP003",
    description: "vaults and mirror vaults use KMS encryption",
    check: (inventory) =>
      selectVaults(inventory, options.appliesTo, "any")
        // An encryption that is a token is decided at apply time.
        .filter((vault) => vault.encryption !== undefined && vault.encryption !== VaultEncryption.KMS)
        .map((vault) => ({
          path: vault.path,
          message: `${vaultLabel(vault)} is encrypted with ${vault.encryption === VaultEncryption.HBR_MANAGED ? "HBR-managed keys (HBR_PRIVATE)" : vault.encryption}, not a KMS key of the organization.`,
          fix:
            vault.role === "mirror"
              ? "Encrypt the source vault with KMS (encryption: VaultEncryption.KMS, kmsKeyId) and give the mirror a kmsKeyId in its own region: a mirror uses its source's encryption."
              : undefined,
        })),
  };
}
