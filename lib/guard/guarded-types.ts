/**
 * The Terraform resource types the plan guard reads: every HBR resource type, as the synth-time model
 * reads them (`lib/private/model/resource-types.ts`): vaults, mirrors, policies, bindings, restore jobs
 * and the resources that write into a `vault_id` are checked for what they are, and every one for its
 * enum values. Everything else in a plan is counted and otherwise ignored, which keeps memory
 * proportional to the HBR part of a plan.
 */
import { BACKUP_POLICY_TYPE, BACKUP_VAULT_TYPE, MIRROR_VAULT_TYPE, POLICY_BINDING_TYPE, RESTORE_JOB_TYPE, VAULT_ID_WRITER_TYPES, isModelledType } from "../private/model/resource-types";

export { BACKUP_POLICY_TYPE, BACKUP_VAULT_TYPE, MIRROR_VAULT_TYPE, POLICY_BINDING_TYPE, RESTORE_JOB_TYPE };

const WRITERS = new Set<string>([BACKUP_POLICY_TYPE, ...VAULT_ID_WRITER_TYPES]);

/** True for the resource types the guard keeps from a plan. */
export function isGuardedType(type: string): boolean {
  return isModelledType(type);
}

/** True for the two vault types (source and mirror). */
export function isVaultType(type: string): boolean {
  return type === BACKUP_VAULT_TYPE || type === MIRROR_VAULT_TYPE;
}

/** True for the types that back up into a vault (policies, backup plans, HANA resources). */
export function isBackupWriterType(type: string): boolean {
  return WRITERS.has(type);
}
