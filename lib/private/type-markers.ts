/**
 * Marker symbols for the `isXxx` checks of the library's classes. `Symbol.for` makes them process-wide,
 * so an object made by another copy of the library (a CLI and an app loading different copies) is
 * recognised, where `instanceof` would fail. Internal: not exported from the package.
 */

/** Set on `BackupVault.prototype`. */
export const BACKUP_VAULT_SYMBOL = Symbol.for("cdktf-alicloud-hbr.BackupVault");
/** Set on `MirrorVault.prototype`. */
export const MIRROR_VAULT_SYMBOL = Symbol.for("cdktf-alicloud-hbr.MirrorVault");
/** Set on `BackupPolicy.prototype`. */
export const BACKUP_POLICY_SYMBOL = Symbol.for("cdktf-alicloud-hbr.BackupPolicy");

/** True when `value` is an object carrying `marker` (on itself or its prototype chain). */
export function hasMarker(value: unknown, marker: symbol): boolean {
  return typeof value === "object" && value !== null && marker in value;
}

/**
 * Set on `PolicyPack.prototype`, so that the app's packs can recognise a pack without loading the
 * pack module (which loads them). `Symbol`, not `Symbol.for`: it stands in for `instanceof`, so a
 * pack of another copy of the library is refused as before.
 */
export const POLICY_PACK_SYMBOL = Symbol("cdktf-alicloud-hbr.PolicyPack");
