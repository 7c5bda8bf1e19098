import { HbrInventory, InventoryVault } from "../../topology/inventory";
import type { VaultFilter } from "../pack-rule";

/**
 * The vaults of the app a rule checks: declared ones only (an import is managed elsewhere and cannot
 * be fixed here). Backup vaults are those `appliesTo` chooses; a mirror follows its source vault (asked
 * of the mirror itself when its source is unknown).
 */
export function selectVaults(inventory: HbrInventory, appliesTo: VaultFilter | undefined, role: "backup" | "mirror" | "any"): InventoryVault[] {
  const byPath = new Map(inventory.vaults.map((vault) => [vault.path, vault] as const));
  return inventory.vaults.filter((vault) => {
    if (vault.imported || (role !== "any" && vault.role !== role)) return false;
    if (appliesTo === undefined) return true;
    const chosenBy = vault.role === "mirror" && vault.sourcePath !== undefined ? (byPath.get(vault.sourcePath) ?? vault) : vault;
    return appliesTo(chosenBy);
  });
}

/** The mirror vaults of the inventory (declared and imported), by the construct path of their source. */
export function mirrorsBySource(inventory: HbrInventory): Map<string, InventoryVault[]> {
  const mirrors = new Map<string, InventoryVault[]>();
  for (const vault of inventory.vaults) {
    if (vault.role !== "mirror" || vault.sourcePath === undefined) continue;
    const list = mirrors.get(vault.sourcePath);
    if (list) list.push(vault);
    else mirrors.set(vault.sourcePath, [vault]);
  }
  return mirrors;
}

/** `the backup vault "name"` or `the mirror vault "name"`, for messages (the path is the finding's). */
export function vaultLabel(vault: InventoryVault): string {
  const kind = vault.role === "mirror" ? "mirror vault" : "backup vault";
  return vault.name !== undefined ? `the ${kind} "${vault.name}"` : `the ${kind}`;
}
