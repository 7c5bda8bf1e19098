import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { mirrorsBySource, selectVaults, vaultLabel } from "./vault-selection";

/** HBRP001: every chosen backup vault has a mirror vault (declared or imported). */
export function mirrorRequiredRule(options: VaultPolicyOptions = {}): PolicyPackRule {
  return {
    code: "HBRP001",
    description: "every backup vault has a mirror vault",
    check: (inventory) => {
      const mirrors = mirrorsBySource(inventory);
      return selectVaults(inventory, options.appliesTo, "backup")
        .filter((vault) => !mirrors.has(vault.path))
        .map((vault) => ({
          path: vault.path,
          message: `${vaultLabel(vault)} has no mirror vault, so its backups exist in ${vault.region ?? "one region"} only.`,
        }));
    },
  };
}
