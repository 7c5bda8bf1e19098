import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { mirrorsBySource, selectVaults, vaultLabel } from "./vault-selection";

/** Options of HBRP007. */
export interface RestoreDrillPolicyOptions extends VaultPolicyOptions {
  /**
   * Only a restore job from the vault's mirror counts: the drill proves recovery in the other region.
   * @default false: a restore job from the vault or from its mirror counts
   */
  readonly fromMirror?: boolean;
}

/** HBRP007: every chosen backup vault has a declared restore job from it (or its mirror). */
export function restoreDrillRule(options: RestoreDrillPolicyOptions = {}): PolicyPackRule {
  const fromMirror = options.fromMirror === true;
  return {
    code: "HBRP007",
    description: fromMirror ? "every backup vault has a restore drill from its mirror" : "every backup vault has a restore drill",
    check: (inventory) => {
      const mirrors = mirrorsBySource(inventory);
      const restoredFrom = new Set(inventory.restoreJobs.map((job) => job.vaultPath));
      return selectVaults(inventory, options.appliesTo, "backup").flatMap((vault) => {
        const candidates = [...(fromMirror ? [] : [vault.path]), ...(mirrors.get(vault.path) ?? []).map((mirror) => mirror.path)];
        if (candidates.some((path) => restoredFrom.has(path))) return [];
        return [
          {
            path: vault.path,
            message: fromMirror
              ? `no restore job restores from the mirror of ${vaultLabel(vault)}, so recovery in the other region was never drilled.`
              : `no restore job restores from ${vaultLabel(vault)} or its mirror, so its backups were never shown to restore.`,
            fix: fromMirror ? "Declare a RestoreJob from the vault's mirror vault, in the mirror's region." : undefined,
          },
        ];
      });
    },
  };
}
