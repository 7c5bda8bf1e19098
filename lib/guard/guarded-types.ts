/**
 * The Terraform resource types the plan guard reads. Everything else in a plan is counted and
 * otherwise ignored, which keeps memory proportional to the HBR part of a plan.
 */

/** A backup (source) vault. */
export const BACKUP_VAULT_TYPE = "alicloud_hbr_vault";

/** A mirror (replication target) vault. */
export const MIRROR_VAULT_TYPE = "alicloud_hbr_replication_vault";

/** The backup policy model: its `rules` blocks of `rule_type` BACKUP write into their `vault_id`. */
export const BACKUP_POLICY_TYPE = "alicloud_hbr_policy";

/**
 * The per-source backup plans that write into a `vault_id`. Taken from the kept provider schema:
 * `alicloud_hbr_server_backup_plan` has no `vault_id`, so it is not here.
 */
export const BACKUP_PLAN_TYPES: readonly string[] = Object.freeze([
  "alicloud_hbr_ecs_backup_plan",
  "alicloud_hbr_oss_backup_plan",
  "alicloud_hbr_nas_backup_plan",
  "alicloud_hbr_ots_backup_plan",
  "alicloud_hbr_hana_backup_plan",
]);

const GUARDED = new Set<string>([BACKUP_VAULT_TYPE, MIRROR_VAULT_TYPE, BACKUP_POLICY_TYPE, ...BACKUP_PLAN_TYPES]);

/** True for the resource types the guard keeps from a plan. */
export function isGuardedType(type: string): boolean {
  return GUARDED.has(type);
}

/** True for the two vault types (source and mirror). */
export function isVaultType(type: string): boolean {
  return type === BACKUP_VAULT_TYPE || type === MIRROR_VAULT_TYPE;
}

/** True for the types that back up into a vault (plans and policies). */
export function isBackupWriterType(type: string): boolean {
  return type === BACKUP_POLICY_TYPE || BACKUP_PLAN_TYPES.includes(type);
}
