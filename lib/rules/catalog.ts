/** How serious a finding is: an error fails synthesis; a warning is reported and synthesis goes on. */
export enum Severity {
  ERROR = "error",
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
  HBR001: rule({
    code: "HBR001",
    title: "One mirror vault per backup vault",
    severity: Severity.ERROR,
    fact: "A backup vault can have only one mirror (replication target) vault.",
    source: "Mirror vaults (product document); Cloud Backup 'Cross-region backup': replication targets per backup vault = 1",
    fix: "Keep one mirror for the vault and remove the others, or mirror a different vault.",
  }),
  HBR002: rule({
    code: "HBR002",
    title: "No backups into a mirror vault",
    severity: Severity.ERROR,
    fact: "Nothing can be backed up into a mirror vault; restoring from it is allowed.",
    source: "Mirror vaults (product document); Cloud Backup 'Back up data across regions'",
    fix: "Back up into the mirror's source vault (a BackupVault); the mirror receives the copies by replication.",
  }),
  HBR003: rule({
    code: "HBR003",
    title: "A mirror is deleted before its source",
    severity: Severity.ERROR,
    fact:
      "A source vault with a mirror cannot be deleted (CannotDeleteReplicationSourceVault); the mirror must be deleted first.",
    source: "Mirror vaults (product document); provider source (vault delete retries on CannotDeleteReplicationSourceVault)",
    fix: "Let the mirror reference its source so Terraform destroys the mirror first; across stacks, make the mirror's stack depend on the source's stack and never the other way round.",
  }),
  HBR004: rule({
    code: "HBR004",
    title: "Mirror in another region than its source",
    severity: Severity.WARNING,
    fact: "For disaster recovery, a mirror vault belongs in another region than its source vault.",
    source: "Mirror vaults (product document): 'we recommend that you do not select the same region'",
    fix: "Put the mirror in another region (e.g. cn-shanghai for a source in cn-hangzhou).",
  }),
  HBR005: rule({
    code: "HBR005",
    title: "Vault names and descriptions within the service's limits",
    severity: Severity.ERROR,
    fact: "A vault name is 1-64 characters, a mirror vault name 1-32, a description at most 255.",
    source: "Mirror vaults (product document): mirror name at most 32 characters; ROS ALIYUN::HBR::ReplicationVault and CreateVault API reference",
    fix: "Shorten the name or description.",
  }),
  HBR006: rule({
    code: "HBR006",
    title: "Known region ids",
    severity: Severity.ERROR,
    fact: "The provider accepts only the region ids it knows (connectivity.ValidRegions); a resource is created in its provider's region.",
    source: "provider source alicloud/connectivity/regions.go (schema/regions.json)",
    fix: "Use a known region id, and the same region on the construct and on the provider it is given.",
  }),
  HBR007: rule({
    code: "HBR007",
    title: "Encryption of vaults and mirrors",
    severity: Severity.ERROR,
    fact:
      "A mirror uses the same encryption method as its source; KMS encryption needs a KMS key id; HBR-managed encryption takes none.",
    source: "Cloud Backup 'Back up data across regions'; provider docs hbr_vault / hbr_replication_vault (kms_key_id only with encrypt_type KMS)",
    fix: "Give the mirror its source's encryption; with KMS, set kmsKeyId (for a mirror, a key in the mirror's region).",
  }),
  HBR008: rule({
    code: "HBR008",
    title: "Only STANDARD and OTS_BACKUP vaults can be mirrored",
    severity: Severity.ERROR,
    fact: "Only general (STANDARD) and Tablestore (OTS_BACKUP) vaults can have a mirror; a mirror vault cannot itself be mirrored.",
    source: "Cloud Backup 'Cross-region backup' (unsupported: replication target vaults, archive, database, container and free-trial vaults)",
    fix: "Mirror a STANDARD or OTS_BACKUP backup vault; to get a second copy of a mirror, mirror its source instead.",
  }),
  HBR009: rule({
    code: "HBR009",
    title: "Mirror vault quota per account and region",
    severity: Severity.ERROR,
    fact: "An account can have at most 5 mirror vaults in one region (the service's default quota).",
    source: "Cloud Backup 'Cross-region backup', limits table",
    fix: "Spread the mirrors over regions or accounts, or, if the account's quota was raised, set the app context 'cdktf-alicloud-hbr:mirrorQuota' to it.",
  }),
  HBR010: rule({
    code: "HBR010",
    title: "Replacing a mirror or its source loses the replicated history",
    severity: Severity.ERROR,
    fact:
      "encrypt_type, kms_key_id and vault_type of a vault, and replication_source_vault_id / replication_source_region_id of a mirror, are ForceNew: changing them destroys and recreates the vault, and with it the mirror's replicated backups; replication starts over (historical backups 90 minutes after creation).",
    source: "provider schema (schema/constraints.json force_new); Mirror vaults (product document) on replication timing",
    fix: "Revert the change that forces the replacement, or, if losing the replicated history is intended, allow it explicitly for that address.",
  }),
  HBR011: rule({
    code: "HBR011",
    title: "Deleting a vault needs an explicit allowance",
    severity: Severity.ERROR,
    fact: "Deleting a vault deletes its backups; a pipeline must not do it unless a person said so for that vault.",
    source: "Product decision for unattended pipelines (hbr-guard)",
    fix: "Keep the vault, or allow its deletion explicitly for that address (hbr-guard --allow-delete <address>).",
  }),
});

/** A rule code in the catalog. */
export type RuleCode = keyof typeof RULES;

/** Every rule, in code order. */
export function allRules(): RuleDefinition[] {
  return Object.values(RULES).sort((a, b) => a.code.localeCompare(b.code));
}
