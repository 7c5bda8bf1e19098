import { RuleDefinition, Severity } from "./catalog";
import { compareCodeUnits } from "../private/compare";

function policyRule(definition: RuleDefinition): RuleDefinition {
  return Object.freeze(definition);
}

/**
 * The organization policy catalog: opt-in rules a platform team adds on top of the service's rules
 * (`RULES`, codes `HBRnnn`). Policy codes are `HBRPnnn`, stable, and never reused; `docs/rules.md`
 * has one section per code under "Organization policies". A rule's severity here is its default;
 * a {@link PolicyPack} can make any rule an error or a warning.
 */
export const POLICY_RULES = Object.freeze({
  /** HBRP000: Suppressions still apply. */
  HBRP000: policyRule({
    code: "HBRP000",
    title: "Suppressions still apply",
    severity: Severity.WARNING,
    fact: "A suppression hides one policy's findings on one construct, for a stated reason. One that hides nothing (the construct now complies, the finding is reported elsewhere, or no pack checks the code) is stale and would silently hide a future violation.",
    source: "Library practice for policy suppressions",
    fix: "Remove the suppression, or move it to the construct the finding names.",
  }),
  /** HBRP001: Every backup vault has a mirror vault. */
  HBRP001: policyRule({
    code: "HBRP001",
    title: "Every backup vault has a mirror vault",
    severity: Severity.ERROR,
    fact: "Backups that exist in one region only are lost with that region; a mirror vault keeps a copy in another region.",
    source: "Organization policy (opt-in); Mirror vaults product document (mirrors are for disaster recovery)",
    fix: 'Give the vault a mirror in another region: vault.addMirror("Mirror", { region, vaultName }).',
  }),
  /** HBRP002: A mirror vault is in another region than its source. */
  HBRP002: policyRule({
    code: "HBRP002",
    title: "A mirror vault is in another region than its source",
    severity: Severity.ERROR,
    fact: "A mirror in its source's region (or, when the pack asks for it, in a region of the same city group) shares its source's disasters.",
    source: "Organization policy (opt-in); Mirror vaults product document ('we recommend that you do not select the same region'); the city groups are this library's own grouping",
    fix: "Put the mirror in another region than its source; when the pack asks for mirrors outside the city group, in a region of another city group (see docs/rules.md, City groups).",
  }),
  /** HBRP003: Vaults are encrypted with a KMS key. */
  HBRP003: policyRule({
    code: "HBRP003",
    title: "Vaults are encrypted with a KMS key",
    severity: Severity.WARNING,
    fact: "With KMS encryption the organization holds and audits the key; HBR-managed keys are held by the service.",
    source: "Organization policy (opt-in); provider docs hbr_vault and hbr_replication_vault (encrypt_type KMS with kms_key_id)",
    fix: "Set encryption: VaultEncryption.KMS and kmsKeyId on the vault (a mirror takes its source's encryption; give it a key in its own region).",
  }),
  /** HBRP004: Vaults are protected from destroy. */
  HBRP004: policyRule({
    code: "HBRP004",
    title: "Vaults are protected from destroy",
    severity: Severity.ERROR,
    fact: "Destroying a vault deletes its backups; Terraform's lifecycle.prevent_destroy makes any plan that would destroy it fail.",
    source: "Organization policy (opt-in); Terraform lifecycle meta-argument prevent_destroy",
    fix: "Set preventDestroy: true on the vault or mirror.",
  }),
  /** HBRP005: Backup vaults carry the required tags. */
  HBRP005: policyRule({
    code: "HBRP005",
    title: "Backup vaults carry the required tags",
    severity: Severity.WARNING,
    fact: "Tags say who owns a vault and who pays for it; the organization requires some keys on every vault.",
    source: "Organization policy (opt-in); provider docs hbr_vault (tags). Mirror vaults take no tags in the provider, so only backup vaults are checked",
    fix: "Add the missing tags to the vault's tags.",
  }),
  /** HBRP006: Every backup vault is the target of a backup policy. */
  HBRP006: policyRule({
    code: "HBRP006",
    title: "Every backup vault is the target of a backup policy",
    severity: Severity.WARNING,
    fact: "A vault nothing backs up into protects nothing; it usually means a policy was forgotten or points at another vault.",
    source: "Organization policy (opt-in)",
    fix: "Add a BackupPolicy whose BACKUP rule uses this vault (policy.addBackupRule({ vault, ... })), or remove the vault.",
  }),
  /** HBRP007: Every backup vault has a restore drill. */
  HBRP007: policyRule({
    code: "HBRP007",
    title: "Every backup vault has a restore drill",
    severity: Severity.WARNING,
    fact: "A backup nobody ever restored is not known to work; a declared restore job from the vault (or its mirror) is a drill that proves it.",
    source: "Organization policy (opt-in)",
    fix: "Declare a RestoreJob from the vault or, better, from its mirror vault in the mirror's region.",
  }),
});

/** An organization policy code in the catalog (`HBRP000`-`HBRP007`). */
export type PolicyRuleCode = keyof typeof POLICY_RULES;

/** Every organization policy rule, in code order. */
export function allPolicyRules(): RuleDefinition[] {
  return Object.values(POLICY_RULES).sort((a, b) => compareCodeUnits(a.code, b.code));
}

/** True when `code` is a code of the organization policy catalog. */
export function isPolicyRuleCode(code: unknown): code is PolicyRuleCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(POLICY_RULES, code);
}
