/** The Terraform resource types the model reads, and what each is to the rules. */

/** A backup (source) vault. */
export const BACKUP_VAULT_TYPE = "alicloud_hbr_vault";
/** A mirror (replication target) vault. */
export const MIRROR_VAULT_TYPE = "alicloud_hbr_replication_vault";
/** A backup policy: its `rules` blocks of `rule_type` BACKUP write into their `vault_id`. */
export const BACKUP_POLICY_TYPE = "alicloud_hbr_policy";
/** Binds data sources to a policy. */
export const POLICY_BINDING_TYPE = "alicloud_hbr_policy_binding";
/** Restores from a vault (a mirror is allowed). */
export const RESTORE_JOB_TYPE = "alicloud_hbr_restore_job";

/**
 * Resources that back up into their `vault_id`: the per-source backup plans (deprecated since provider
 * 1.249.0, still accepted) and the HANA resources, whose backups land in the vault they name. From the
 * kept schema: `alicloud_hbr_server_backup_plan` has no `vault_id`.
 */
export const VAULT_ID_WRITER_TYPES: readonly string[] = Object.freeze([
  "alicloud_hbr_ecs_backup_plan",
  "alicloud_hbr_oss_backup_plan",
  "alicloud_hbr_nas_backup_plan",
  "alicloud_hbr_ots_backup_plan",
  "alicloud_hbr_hana_backup_plan",
  "alicloud_hbr_hana_backup_client",
  "alicloud_hbr_hana_instance",
]);

/** True for the resource types the model keeps: every HBR resource (their enums are checked too). */
export function isModelledType(type: string): boolean {
  return type.startsWith("alicloud_hbr_");
}
