import { compareCodeUnits } from "../private/compare";

/** How serious a finding is: an error fails synthesis; a warning is reported and synthesis goes on. */
export enum Severity {
  /** Fails synthesis (or the plan guard). */
  ERROR = "error",
  /** Reported; synthesis goes on. */
  WARNING = "warning",
}

/** One rule of the service, defined once and reused by the constructs and the plan guard. */
export interface RuleDefinition {
  /** The stable code, e.g. `HBR001`. */
  readonly code: string;
  /** A short title. */
  readonly title: string;
  /** The severity a finding of this rule has unless the rule says otherwise for a case. */
  readonly severity: Severity;
  /** The service fact behind the rule. */
  readonly fact: string;
  /** Where the fact comes from. */
  readonly source: string;
  /** How to fix a finding, in general terms (findings may give a more specific fix). */
  readonly fix: string;
}

function rule(definition: RuleDefinition): RuleDefinition {
  return Object.freeze(definition);
}

/**
 * The rule catalog. Codes are stable: a code is never reused for another meaning, and new rules take
 * the next free number. `docs/rules.md` has one section per code.
 */
export const RULES = Object.freeze({
  /** HBR001: One mirror vault per backup vault. */
  HBR001: rule({
    code: "HBR001",
    title: "One mirror vault per backup vault",
    severity: Severity.ERROR,
    fact: "A backup vault can have only one mirror (replication target) vault.",
    source: "Mirror vaults (product document); Cloud Backup 'Cross-region backup': replication targets per backup vault = 1",
    fix: "Keep one mirror for the vault and remove the others, or mirror a different vault.",
  }),
  /** HBR002: No backups into a mirror vault. */
  HBR002: rule({
    code: "HBR002",
    title: "No backups into a mirror vault",
    severity: Severity.ERROR,
    fact: "Nothing can be backed up into a mirror vault; restoring from it is allowed.",
    source: "Mirror vaults (product document); Cloud Backup 'Back up data across regions'",
    fix: "Back up into the mirror's source vault (a BackupVault); the mirror receives the copies by replication.",
  }),
  /** HBR003: A mirror is deleted before its source. */
  HBR003: rule({
    code: "HBR003",
    title: "A mirror is deleted before its source",
    severity: Severity.ERROR,
    fact:
      "A source vault with a mirror cannot be deleted (CannotDeleteReplicationSourceVault); the mirror must be deleted first.",
    source: "Mirror vaults (product document); provider source (vault delete retries on CannotDeleteReplicationSourceVault)",
    fix: "Let the mirror reference its source so Terraform destroys the mirror first; across stacks, make the mirror's stack depend on the source's stack and never the other way round.",
  }),
  /** HBR004: Mirror in another region than its source. */
  HBR004: rule({
    code: "HBR004",
    title: "Mirror in another region than its source",
    severity: Severity.WARNING,
    fact: "For disaster recovery, a mirror vault belongs in another region than its source vault.",
    source: "Mirror vaults (product document): 'we recommend that you do not select the same region'",
    fix: "Put the mirror in another region (e.g. cn-beijing for a source in cn-hangzhou).",
  }),
  /** HBR005: Vault names and descriptions within the service's limits. */
  HBR005: rule({
    code: "HBR005",
    title: "Vault names and descriptions within the service's limits",
    severity: Severity.ERROR,
    fact: "A vault name is 1-64 characters, a mirror vault name 1-32, a description at most 255.",
    source: "Mirror vaults (product document): mirror name at most 32 characters; ROS ALIYUN::HBR::ReplicationVault and CreateVault API reference",
    fix: "Shorten the name or description.",
  }),
  /** HBR006: Known region ids. */
  HBR006: rule({
    code: "HBR006",
    title: "Known region ids",
    severity: Severity.ERROR,
    fact: "The provider accepts only the region ids it knows (connectivity.ValidRegions); a resource is created in its provider's region.",
    source: "provider source alicloud/connectivity/regions.go (schema/regions.json)",
    fix: "Use a known region id, and the same region on the construct and on the provider it is given.",
  }),
  /** HBR007: Encryption of vaults and mirrors. */
  HBR007: rule({
    code: "HBR007",
    title: "Encryption of vaults and mirrors",
    severity: Severity.ERROR,
    fact:
      "A mirror uses the same encryption method as its source; KMS encryption needs a KMS key id; HBR-managed encryption takes none.",
    source: "Cloud Backup 'Back up data across regions'; provider docs hbr_vault / hbr_replication_vault (kms_key_id only with encrypt_type KMS)",
    fix: "Give the mirror its source's encryption; with KMS, set kmsKeyId (for a mirror, a key in the mirror's region).",
  }),
  /** HBR008: Only STANDARD and OTS_BACKUP vaults can be mirrored. */
  HBR008: rule({
    code: "HBR008",
    title: "Only STANDARD and OTS_BACKUP vaults can be mirrored",
    severity: Severity.ERROR,
    fact: "Only general (STANDARD) and Tablestore (OTS_BACKUP) vaults can have a mirror; a mirror vault cannot itself be mirrored.",
    source: "Cloud Backup 'Cross-region backup' (unsupported: replication target vaults, archive, database, container and free-trial vaults)",
    fix: "Mirror a STANDARD or OTS_BACKUP backup vault; to get a second copy of a mirror, mirror its source instead.",
  }),
  /** HBR009: Mirror vault quota per account and region. */
  HBR009: rule({
    code: "HBR009",
    title: "Mirror vault quota per account and region",
    severity: Severity.ERROR,
    fact: "An account can have at most 5 mirror vaults in one region (the service's default quota).",
    source: "Cloud Backup 'Cross-region backup', limits table",
    fix: "Spread the mirrors over regions or accounts, or, if the account's quota was raised, set the app context 'cdktf-alicloud-hbr:mirrorQuota' to it.",
  }),
  /** HBR010: Replacing a mirror or its source loses the replicated history. */
  HBR010: rule({
    code: "HBR010",
    title: "Replacing a mirror or its source loses the replicated history",
    severity: Severity.ERROR,
    fact:
      "encrypt_type, kms_key_id and vault_type of a vault, and replication_source_vault_id / replication_source_region_id of a mirror, are ForceNew: changing them destroys and recreates the vault, and with it the mirror's replicated backups; replication starts over (historical backups 90 minutes after creation).",
    source: "provider schema (schema/constraints.json force_new); Mirror vaults (product document) on replication timing",
    fix: "Revert the change that forces the replacement, or, if losing the replicated history is intended, allow it explicitly for that address.",
  }),
  /** HBR011: Deleting a vault needs an explicit allowance. */
  HBR011: rule({
    code: "HBR011",
    title: "Deleting a vault needs an explicit allowance",
    severity: Severity.ERROR,
    fact: "Deleting a vault deletes its backups; a pipeline must not do it unless a person said so for that vault.",
    source: "Product decision for unattended pipelines (hbr-guard)",
    fix: "Keep the vault, or allow its deletion explicitly for that address (hbr-guard --allow-delete <address>).",
  }),
  /** HBR012: A policy or restore job uses a vault of its own region. */
  HBR012: rule({
    code: "HBR012",
    title: "A policy or restore job uses a vault of its own region",
    severity: Severity.ERROR,
    fact: "A backup policy backs up into a vault in the policy's region, and a restore job runs in the region of the vault it restores from; copies in another region come from a mirror vault.",
    source: "The HBR API is regional (the provider calls its own region's endpoint; a vault exists in one region); Cloud Backup 'Cross-region backup' (other regions are reached through a replication target vault)",
    fix: "Declare the policy or restore job in the vault's region, or mirror the vault to the other region and use the mirror there.",
  }),
  /** HBR013: Policy replication copies ECS instance backups to another known region. */
  HBR013: rule({
    code: "HBR013",
    title: "Policy replication copies ECS instance backups to another known region",
    severity: Severity.ERROR,
    fact:
      "A policy's REPLICATION rule copies ECS instance backups (UDM_ECS_ONLY policies) to replication_region_id, which must be another region than the policy's; it neither creates nor uses a mirror vault. Backups in a vault are copied to another region by the vault's mirror vault.",
    source: "CreatePolicyV2 API reference (ReplicationRegionId, Retention); Cloud Backup 'Manage backup policies' (only ECS instance backup supports cross-region replication) and 'Cross-region backup' (ECS instances replicate through a backup policy, other sources through a replication target vault)",
    fix: "Replicate to a known region other than the policy's, in a UDM_ECS_ONLY policy; for a STANDARD policy, mirror the backup vault instead.",
  }),
  /** HBR014: Backup schedules in the service's form. */
  HBR014: rule({
    code: "HBR014",
    title: "Backup schedules in the service's form",
    severity: Severity.ERROR,
    fact: "A BACKUP rule's schedule is I|<start in UNIX seconds>|<ISO 8601 interval> (e.g. I|1631685600|P1D), or C|<start>|<crontab>.",
    source: "CreatePolicyV2 API reference (Schedule); provider docs hbr_policy (rules.schedule)",
    fix: "Build the schedule with Schedule.every(Duration.hours(6), { start }) or Schedule.parse(\"I|<seconds>|<interval>\").",
  }),
  /** HBR015: Retention, archiving and other policy values within the service's ranges. */
  HBR015: rule({
    code: "HBR015",
    title: "Retention, archiving and other policy values within the service's ranges",
    severity: Severity.ERROR,
    fact:
      "Retention is 1-364635 days; archiving starts after at least 30 days and at least 60 days before retention ends; keep_latest_snapshots is 0 or 1; a binding's include and exclude are at most 255 characters.",
    source: "CreatePolicyV2 API reference (Retention, KeepLatestSnapshots); provider docs hbr_policy (archive_days) and hbr_policy_binding (include, exclude)",
    fix: "Keep the value within the service's range.",
  }),
  /** HBR016: Data source types the policy type allows. */
  HBR016: rule({
    code: "HBR016",
    title: "Data source types the policy type allows",
    severity: Severity.ERROR,
    fact:
      "Whole ECS instances (UDM_ECS) bind only to UDM_ECS_ONLY policies; files, OSS, NAS and Tablestore bind only to STANDARD policies. A restore's source type and restore type correspond one to one.",
    source: "CreatePolicyV2 API reference (PolicyType, DataSourceFilters.SourceType); provider docs hbr_policy (policy_type) and hbr_restore_job (restore_type)",
    fix: "Bind the source to a policy of the type it needs, or use the RestoreTarget factory for the backup's data source.",
  }),
  /** HBR017: Immutable backups only in UDM_ECS_ONLY policies. */
  HBR017: rule({
    code: "HBR017",
    title: "Immutable backups only in UDM_ECS_ONLY policies",
    severity: Severity.ERROR,
    fact: "A rule's immutable (backup lock) setting is valid only when the policy type is UDM_ECS_ONLY.",
    source: "CreatePolicyV2 API reference (Immutable); provider schema hbr_policy (rules.immutable)",
    fix: "Remove immutable from the rule, or use a UDM_ECS_ONLY policy (whole ECS instances); for vault backups, protect the vault with wormEnabled.",
  }),
  /** HBR018: Tablestore sources and OTS_BACKUP vaults go together. */
  HBR018: rule({
    code: "HBR018",
    title: "Tablestore sources and OTS_BACKUP vaults go together",
    severity: Severity.ERROR,
    fact:
      "Tablestore (OTS) backups go into OTS_BACKUP vaults, and an OTS_BACKUP vault holds Tablestore backups only; files, OSS and NAS go into STANDARD vaults. A restore job restores the kind of backup its vault holds (a mirror holds its source's).",
    source: "provider docs hbr_vault (vault_type: STANDARD, OTS_BACKUP) and hbr_ots_backup_plan; Cloud Backup 'Back up data across regions' (General Backup and Tablestore Backup vaults)",
    fix: "Back up Tablestore instances into an OTS_BACKUP vault and everything else into a STANDARD vault (one policy per vault); restore each from the vault, or its mirror, it was backed up into.",
  }),
  /** HBR019: Values within the provider's enums. */
  HBR019: rule({
    code: "HBR019",
    title: "Values within the provider's enums",
    severity: Severity.ERROR,
    fact: "The provider accepts only the listed values for rule_type, backup_type, advanced_retention_type, source_type, restore_type, cross_account_type and the client's settings; policy_type is STANDARD or UDM_ECS_ONLY.",
    source: "provider schema (schema/constraints.json enums); provider docs hbr_policy (policy_type)",
    fix: "Use one of the values the provider accepts.",
  }),
  /** HBR020: A policy's structure. */
  HBR020: rule({
    code: "HBR020",
    title: "A policy's structure",
    severity: Severity.ERROR,
    fact:
      "A policy has 1-10 rules, at least one of them BACKUP and at most one TRANSITION; it backs up into one vault on one schedule; a STANDARD policy's BACKUP rule names its vault, and a UDM_ECS_ONLY policy uses none.",
    source: "CreatePolicyV2 API reference (a policy has one backup schedule and one vault; RuleType; PolicyType); ROS ALIYUN::HBR::Policy (Rules: 1-10)",
    fix: "Give the policy one BACKUP rule with its vault and schedule, and at most one TRANSITION rule.",
  }),
  /** HBR021: A mirror is in its source's account. */
  HBR021: rule({
    code: "HBR021",
    title: "A mirror is in its source's account",
    severity: Severity.ERROR,
    fact:
      "Cross-region backup replicates a backup vault to a replication target vault in another region under the same account; the mirror is created with its provider's credentials and names its source by id.",
    source: "Cloud Backup 'Cross-region backup' ('a replication target vault in a different region under the same account'); cross-account replication is a separate feature (Resource Sharing) not modelled by alicloud_hbr_replication_vault",
    fix: "Give the mirror a provider in its source's account (leave provider out: the mirror then gets one), or mirror a vault of the mirror's account.",
  }),
});

/** A rule code in the catalog. */
export type RuleCode = keyof typeof RULES;

/** Every rule, in code order. */
export function allRules(): RuleDefinition[] {
  return Object.values(RULES).sort((a, b) => compareCodeUnits(a.code, b.code));
}
