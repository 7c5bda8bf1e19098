import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { selectVaults, vaultLabel } from "./vault-selection";

/** HBRP006: every chosen backup vault is the vault of at least one backup policy's rules. */
export function backupTargetRule(options: VaultPolicyOptions = {}): PolicyPackRule {
  return {
    code: "HBRP006",
    description: "every backup vault is the target of a backup policy",
    check: (inventory) => {
      const targets = new Set(inventory.policies.flatMap((policy) => policy.targetVaultPaths));
      return selectVaults(inventory, options.appliesTo, "backup")
        .filter((vault) => !targets.has(vault.path))
        .map((vault) => ({
          path: vault.path,
          message: `nothing backs up into ${vaultLabel(vault)}: no backup policy of this app has a rule with this vault.`,
        }));
    },
  };
}
