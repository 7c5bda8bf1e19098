import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { selectVaults, vaultLabel } from "./vault-selection";

/** HBRP004: declared backup vaults and mirror vaults have Terraform `lifecycle.prevent_destroy`. */
export function preventDestroyRule(options: VaultPolicyOptions = {}): PolicyPackRule {
  return {
    code: "HBRP004",
    description: "vaults and mirror vaults have preventDestroy",
    check: (inventory) =>
      selectVaults(inventory, options.appliesTo, "any")
        .filter((vault) => !vault.preventDestroy)
        .map((vault) => ({
          path: vault.path,
          message: `${vaultLabel(vault)} has no lifecycle.prevent_destroy, so a plan that destroys it (and its backups) would apply.`,
        })),
  };
}
