// What the HBR API does when terraform creates, updates and deletes resources: assigns ids and
// computed values, and refuses what the service refuses (../shared/domain.md), with the error codes
// the provider's source names where it names one.
import { CloudData, CloudResource, logEvent, newId } from "./cloud";
import { ObjectValue, UNKNOWN, Value } from "./values";

/** An error the emulated API returns; terraform shows it as the resource's error. */
export class ApiError extends Error {
  constructor(
    /** The API error code, e.g. `CannotDeleteReplicationSourceVault`. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who calls the API: the provider configuration's region and account. */
export interface Caller {
  readonly region: string;
  readonly account: string;
}

const VAULT = "alicloud_hbr_vault";
const MIRROR = "alicloud_hbr_replication_vault";
const POLICY = "alicloud_hbr_policy";
/** The deprecated per-source backup plans: each writes into its `vault_id`. */
const BACKUP_PLANS = new Set([
  "alicloud_hbr_ecs_backup_plan",
  "alicloud_hbr_oss_backup_plan",
  "alicloud_hbr_nas_backup_plan",
  "alicloud_hbr_ots_backup_plan",
  "alicloud_hbr_server_backup_plan",
  "alicloud_hbr_hana_backup_plan",
]);
/** The service's documented limit on mirror vault names (seed; ROS ALIYUN::HBR::ReplicationVault). */
const MIRROR_NAME_MAX = 32;
/** A fixed clock, so runs are reproducible. */
const CREATE_TIME = "2026-01-01T00:00:00Z";

const ID_PREFIXES: Record<string, string> = {
  [VAULT]: "v-",
  [MIRROR]: "v-",
  [POLICY]: "po-",
  alicloud_hbr_ecs_backup_client: "c-",
  alicloud_hbr_hana_backup_client: "c-",
  alicloud_hbr_restore_job: "r-",
  alicloud_hbr_cross_account: "ca-",
  alicloud_hbr_hana_instance: "hana-",
};

/** Creates a resource; returns its attributes with every value the API assigns filled in. */
export function createResource(data: CloudData, caller: Caller, type: string, planned: ObjectValue): ObjectValue {
  checkResource(data, caller, type, planned, undefined);
  const attrs = { ...planned };
  const identity = `${caller.account}|${caller.region}|${type}|${identityOf(type, planned)}`;
  assign(attrs, "region_id", caller.region);
  assign(attrs, "create_time", CREATE_TIME);
  assign(attrs, "status", type === "alicloud_hbr_restore_job" ? "COMPLETE" : type.endsWith("_client") ? "ACTIVATED" : "CREATED");
  assign(attrs, "encrypt_type", "HBR_PRIVATE");
  assign(attrs, "vault_type", "STANDARD");
  assign(attrs, "vault_storage_class", "STANDARD");
  assign(attrs, "policy_type", "STANDARD");
  assign(attrs, "resource_group_id", "rg-emulated");
  assign(attrs, "cross_account_type", "SELF_ACCOUNT");
  let id: string;
  if (type === "alicloud_hbr_policy_binding") {
    id = `${String(attrs.policy_id)}:${String(attrs.source_type)}:${String(attrs.data_source_id)}`;
  } else if (type === "alicloud_hbr_restore_job") {
    assign(attrs, "restore_job_id", newId(data, "r-", identity));
    id = `${String(attrs.restore_job_id)}:${String(attrs.restore_type)}`;
  } else {
    id = newId(data, ID_PREFIXES[type] ?? `${type.replace(/^alicloud_hbr_/, "").replace(/_/g, "-")}-`, identity);
  }
  attrs.id = id;
  if (Array.isArray(attrs.rules)) {
    attrs.rules = attrs.rules.map((rule, i) => (isObject(rule) && rule.rule_id === UNKNOWN ? { ...rule, rule_id: `rule-${id}-${i + 1}` } : rule));
  }
  data.resources[id] = { type, region: caller.region, account: caller.account, attrs: attrs as ObjectValue };
  logEvent(data, { op: "create", type, id, region: caller.region });
  return attrs;
}

/** Updates a resource in place; returns its new attributes. */
export function updateResource(data: CloudData, caller: Caller, type: string, id: string, planned: ObjectValue): ObjectValue {
  const existing = findResource(data, caller, id, type);
  if (!existing) throw new ApiError("ResourceNotFound", `${type} ${id} does not exist in ${caller.region}`);
  checkResource(data, caller, type, planned, id);
  existing.attrs = { ...planned };
  logEvent(data, { op: "update", type, id, region: caller.region });
  return existing.attrs;
}

/** Deletes a resource, unless the service refuses to. A resource already gone is not an error. */
export function deleteResource(data: CloudData, caller: Caller, type: string, id: string): void {
  const existing = findResource(data, caller, id, type);
  if (!existing) return;
  if (type === VAULT) {
    const mirror = Object.entries(data.resources).find(([, r]) => r.type === MIRROR && r.attrs.replication_source_vault_id === id);
    if (mirror) {
      throw new ApiError(
        "CannotDeleteReplicationSourceVault",
        `vault ${id} is the source of mirror vault ${mirror[0]} (${mirror[1].region}); delete the mirror first`,
      );
    }
    const policy = Object.entries(data.resources).find(([, r]) => r.type === POLICY && backupVaultIds(r.attrs).includes(id));
    if (policy) {
      throw new ApiError("VaultBoundPolicyCannotBeDeleted", `vault ${id} is the backup target of policy ${policy[0]}; change or delete the policy first`);
    }
  }
  delete data.resources[id];
  logEvent(data, { op: "delete", type, id, region: caller.region });
}

/** The resource with `id` in the caller's region (a resource in another region is not found, as with the real API). */
export function findResource(data: CloudData, caller: Caller, id: string, type?: string): CloudResource | undefined {
  const found = data.resources[id];
  if (!found || found.region !== caller.region) return undefined;
  if (type !== undefined && found.type !== type) return undefined;
  return found;
}

function checkResource(data: CloudData, caller: Caller, type: string, attrs: ObjectValue, selfId: string | undefined): void {
  if (type === MIRROR) checkMirror(data, caller, attrs, selfId);
  if (type === POLICY) for (const vaultId of backupVaultIds(attrs)) checkBackupTarget(data, caller, vaultId, `policy ${String(attrs.policy_name)}`);
  if (BACKUP_PLANS.has(type) && typeof attrs.vault_id === "string") checkBackupTarget(data, caller, attrs.vault_id, type);
  if (type === "alicloud_hbr_restore_job" && typeof attrs.vault_id === "string") {
    // Restoring from a mirror is what a mirror is for: any vault of the region will do.
    const vault = findResource(data, caller, attrs.vault_id);
    if (!vault || (vault.type !== VAULT && vault.type !== MIRROR)) {
      throw new ApiError("VaultNotFound", `restore job: vault ${attrs.vault_id} does not exist in ${caller.region}`);
    }
  }
  if (type === "alicloud_hbr_policy_binding" && typeof attrs.policy_id === "string" && !findResource(data, caller, attrs.policy_id, POLICY)) {
    throw new ApiError("PolicyNotFound", `policy binding: policy ${attrs.policy_id} does not exist in ${caller.region}`);
  }
}

function checkMirror(data: CloudData, caller: Caller, attrs: ObjectValue, selfId: string | undefined): void {
  const name = String(attrs.vault_name ?? "");
  if (name.length < 1 || name.length > MIRROR_NAME_MAX) {
    throw new ApiError("InvalidVaultName", `mirror vault name "${name}" has ${name.length} characters; a mirror vault name has 1-${MIRROR_NAME_MAX}`);
  }
  const sourceId = String(attrs.replication_source_vault_id);
  const sourceRegion = String(attrs.replication_source_region_id);
  const source = findResource(data, { region: sourceRegion, account: caller.account }, sourceId);
  if (!source) {
    throw new ApiError("ReplicationSourceVaultNotFound", `no vault ${sourceId} in region ${sourceRegion} to mirror`);
  }
  if (source.type === MIRROR) {
    throw new ApiError("CannotReplicateReplicationVault", `vault ${sourceId} is itself a mirror vault; only backup vaults can be mirrored`);
  }
  if (source.account !== caller.account) {
    throw new ApiError(
      "ReplicationSourceVaultNotInAccount",
      `vault ${sourceId} belongs to another account than the one creating the mirror; create the mirror in the source's account`,
    );
  }
  const other = Object.entries(data.resources).find(([id, r]) => r.type === MIRROR && id !== selfId && r.attrs.replication_source_vault_id === sourceId);
  if (other) {
    throw new ApiError("ReplicationVaultAlreadyExists", `vault ${sourceId} already has mirror vault ${other[0]} (${other[1].region}); a backup vault has at most one`);
  }
}

function checkBackupTarget(data: CloudData, caller: Caller, vaultId: string, what: string): void {
  const vault = findResource(data, caller, vaultId);
  if (!vault || (vault.type !== VAULT && vault.type !== MIRROR)) {
    throw new ApiError("VaultNotFound", `${what}: vault ${vaultId} does not exist in ${caller.region}`);
  }
  if (vault.type === MIRROR) {
    throw new ApiError("CannotBackupToReplicationVault", `${what}: vault ${vaultId} is a mirror vault; back up into its source vault instead`);
  }
}

/** The vaults a policy's BACKUP rules write into. */
function backupVaultIds(attrs: ObjectValue): string[] {
  const rules = Array.isArray(attrs.rules) ? attrs.rules : [];
  return rules.filter(isObject).filter((r) => r.rule_type === "BACKUP" && typeof r.vault_id === "string").map((r) => r.vault_id as string);
}

/** What tells two resources of a type apart, for their ids: their configured name-like values. */
function identityOf(type: string, attrs: ObjectValue): string {
  const keys = ["vault_name", "policy_name", "instance_id", "data_source_id", "snapshot_id", "ecs_backup_plan_name", "plan_name", "bucket", "alias"];
  return keys.map((k) => (typeof attrs[k] === "string" ? `${k}=${attrs[k] as string}` : "")).join("|") || type;
}

function assign(attrs: Record<string, Value>, key: string, value: Value): void {
  if (attrs[key] === UNKNOWN) attrs[key] = value;
}

function isObject(value: Value): value is ObjectValue {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
