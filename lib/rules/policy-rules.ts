import { isExpression } from "../private/expression-text";
import { isKnownRegion, closestRegion } from "../private/region";
import { describeVersionGap, keptConstraints, providerVersionFacts, versionGap, versionGapFix } from "../schema/kept-schema";
import type { ProviderVersionFacts, VersionGap } from "../schema/provider-version";
import { BackupSourceType, POLICY_TYPES, PolicyType } from "../private/service-enums";
import { Severity } from "./catalog";
import { Finding, makeFinding } from "./finding";
import { regionFinding } from "./vault-rules";

/**
 * The checks behind HBR002 and HBR012-HBR020 for backup policies, policy bindings and restore jobs, as
 * functions over plain data: the constructs build the facts from their Terraform configuration, and a
 * plan guard can build the same facts from a plan's `planned_values`.
 */

/** The service's limits for policy values (CreatePolicyV2, provider docs `hbr_policy`, ROS `ALIYUN::HBR::Policy`). */
export const POLICY_LIMITS = Object.freeze({
  /** The shortest retention a rule takes, in days. */
  retentionMinDays: 1,
  /** The longest retention a rule takes, in days (about 999 years). */
  retentionMaxDays: 364635,
  /** The earliest a TRANSITION rule can archive backups, in days after they are taken (0 means no archiving). */
  archiveMinDays: 30,
  /** The least number of days backups stay in the archive: retention minus archive days. */
  retentionAfterArchiveMinDays: 60,
  /** `keep_latest_snapshots` off: the latest backup expires with its retention. */
  keepLatestSnapshotsMin: 0,
  /** `keep_latest_snapshots` on: the latest backup is kept even past its retention. */
  keepLatestSnapshotsMax: 1,
  /** The fewest rules a policy has; at least one of them must be a BACKUP rule. */
  rulesMin: 1,
  /** The most rules a policy has, of all types together. */
  rulesMax: 10,
  /** The most TRANSITION rules a policy has. */
  transitionRulesMax: 1,
  /** The longest `include` or `exclude` of a policy binding, in characters. */
  filterMaxLength: 255,
  /** A start time above this is in milliseconds (year 2286 and later in seconds). */
  maxStartSeconds: 9_999_999_999,
});

/** Rule types (`rules.rule_type`). */
export const RULE_TYPE_VALUES = Object.freeze({
  /** When backups run, into which vault, and how long they are kept; every policy has one. */
  BACKUP: "BACKUP",
  /** The lifecycle: retention, archiving and special retentions; at most one per policy. */
  TRANSITION: "TRANSITION",
  /** Copies ECS instance backups (UDM_ECS_ONLY policies) to another region. */
  REPLICATION: "REPLICATION",
  /** Selects the data sources a policy applies to by their tags (`tag_filters`); it has no checks of its own. */
  TAG: "TAG",
  /** Immutable backups: backups cannot be deleted before their retention ends; it has no checks of its own. */
  SECURITY: "SECURITY",
});

/** The restore type (`restore_type`) that goes with each restore source type (`source_type`): one to one. */
export const RESTORE_TYPE_FOR_SOURCE: Readonly<Record<string, string>> = Object.freeze({
  ECS_FILE: "ECS_FILE",
  NAS: "NAS",
  OSS: "OSS",
  OTS_TABLE: "OTS_TABLE",
  UDM_ECS: "UDM_ECS_ROLLBACK",
});

/** Enums the service documents but the provider does not validate (so `constraints.json` has none). */
const DOCUMENTED_ENUMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = Object.freeze({
  alicloud_hbr_policy: { policy_type: POLICY_TYPES },
});

/** A value that is set but not known until apply (a Terraform reference or unresolved token). */
export const UNKNOWN: unique symbol = Symbol("unknown until apply");
/** A fact that may be {@link UNKNOWN}; `undefined` means the attribute is not set. */
export type Fact<T> = T | typeof UNKNOWN;

/** A vault as a policy rule or restore job sees it. */
export interface PolicyVaultFacts {
  /** Where the vault is declared (construct path or resource address). */
  readonly path: string;
  /** A backup vault or a mirror vault. */
  readonly role: "backup" | "mirror";
  /** The vault name when it is a literal string; `undefined` for a token or when not known. */
  readonly name?: string;
  /** The vault's region when it is a literal string; `undefined` for a token or when not known. */
  readonly region?: string;
  /**
   * E.g. `STANDARD` or `OTS_BACKUP`, when known; `undefined` when unknown or not set. For a mirror vault
   * as a restore job sees it: its source's type (a mirror holds its source's kind of backups).
   */
  readonly vaultType?: string;
}

/** One `rules` block of a policy. */
export interface PolicyRuleFacts {
  /** `rule_type`, one of {@link RULE_TYPE_VALUES}. */
  readonly ruleType?: Fact<string>;
  /** The `vault_id` as written (a literal or a reference): compared for equality only. */
  readonly vaultId?: string;
  /** The vault `vaultId` names, when the caller knows it. */
  readonly vault?: PolicyVaultFacts;
  /** `schedule` of a BACKUP rule, as written: `I|<start epoch seconds>|<ISO 8601 interval>` or `C|<start>|<crontab>`. */
  readonly schedule?: Fact<string>;
  /** `retention`: how long backups are kept (for a REPLICATION rule: its copies), in days. */
  readonly retention?: Fact<number>;
  /** `archive_days` of a TRANSITION rule: days after which backups move to archive storage; 0 means never. */
  readonly archiveDays?: Fact<number>;
  /** `keep_latest_snapshots` of a BACKUP rule: 1 keeps the latest backup past its retention, 0 does not. */
  readonly keepLatestSnapshots?: Fact<number>;
  /** `immutable` of a BACKUP rule: backup lock, allowed in UDM_ECS_ONLY policies only. */
  readonly immutable?: Fact<boolean>;
  /** `replication_region_id` of a REPLICATION rule: the region the backups are copied to. */
  readonly replicationRegionId?: Fact<string>;
  /** The `retention_rules` blocks of a TRANSITION rule: backups kept longer than `retention`; `undefined` when there are none. */
  readonly retentionRules?: readonly SpecialRetentionFacts[];
}

/** One `retention_rules` block of a TRANSITION rule. */
export interface SpecialRetentionFacts {
  /** `advanced_retention_type`: which backups are kept longer (`DAILY`, `WEEKLY`, `MONTHLY` or `YEARLY`). */
  readonly advancedRetentionType?: Fact<string>;
  /** `retention`: how long those backups are kept, in days. */
  readonly retention?: Fact<number>;
}

/** A policy (`alicloud_hbr_policy`). */
export interface PolicyFacts {
  /** Where the policy is declared (construct path or resource address); findings point here. */
  readonly path: string;
  /** The region the policy is created in. */
  readonly region?: string;
  /** Its provider accepts region ids outside its list (`skip_region_validation`), so HBR006 does not apply. */
  readonly skipRegionValidation?: boolean;
  /** `policy_type`, one of {@link PolicyType}. */
  readonly policyType?: Fact<string>;
  /** The `rules` blocks, in order; empty when there are none. */
  readonly rules: readonly PolicyRuleFacts[];
}

/** A policy binding (`alicloud_hbr_policy_binding`). */
export interface PolicyBindingFacts {
  /** Where the binding is declared (construct path or resource address); findings point here. */
  readonly path: string;
  /** `source_type`, one of {@link BackupSourceType}, or `File` as the provider also takes it. */
  readonly sourceType?: Fact<string>;
  /** `include`: the file patterns to back up, as the attribute holds them (a JSON list); its length is checked. */
  readonly include?: Fact<string>;
  /** `exclude`: the file patterns to skip, as the attribute holds them (a JSON list); its length is checked. */
  readonly exclude?: Fact<string>;
}

/** A restore job (`alicloud_hbr_restore_job`). */
export interface RestoreJobFacts {
  /** Where the restore job is declared (construct path or resource address); findings point here. */
  readonly path: string;
  /** The region the job runs in. */
  readonly region?: string;
  /** Its provider accepts region ids outside its list (`skip_region_validation`), so HBR006 does not apply. */
  readonly skipRegionValidation?: boolean;
  /** The vault the job restores from, when the caller knows it. */
  readonly vault?: PolicyVaultFacts;
  /** `source_type`: the type of the backed-up data, a key of {@link RESTORE_TYPE_FOR_SOURCE}. */
  readonly sourceType?: Fact<string>;
  /** `restore_type`: how it is restored; must be the value {@link RESTORE_TYPE_FOR_SOURCE} gives for `sourceType`. */
  readonly restoreType?: Fact<string>;
}


function stringFact(value: unknown): Fact<string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isExpression(value)) return UNKNOWN;
  return typeof value === "string" ? value : UNKNOWN;
}

function numberFact(value: unknown): Fact<number> | undefined {
  if (value === undefined || value === null) return undefined;
  if (isExpression(value)) return UNKNOWN;
  if (typeof value === "number") return value;
  // Terraform JSON and plans may carry numbers as strings ("7" in the provider's own examples).
  if (typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return UNKNOWN;
}

function booleanFact(value: unknown): Fact<boolean> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "boolean") return value;
  if (value === "true" || value === "false") return value === "true";
  return UNKNOWN;
}

/**
 * The facts of one Terraform `rules` block (snake_case keys, as synthesized or planned). `resolveVault`
 * maps a `vault_id` to what is known about that vault.
 */
export function policyRuleFacts(block: Record<string, unknown>, resolveVault?: RuleVaultResolver, ruleIndex = 0): PolicyRuleFacts {
  const vaultId = typeof block.vault_id === "string" && block.vault_id !== "" ? block.vault_id : undefined;
  const retentionRules = Array.isArray(block.retention_rules)
    ? block.retention_rules.map((r: Record<string, unknown>): SpecialRetentionFacts => ({
        advancedRetentionType: stringFact(r?.advanced_retention_type),
        retention: numberFact(r?.retention),
      }))
    : undefined;
  return {
    ruleType: stringFact(block.rule_type),
    vaultId,
    vault: vaultId !== undefined ? resolveVault?.(vaultId, ruleIndex) : undefined,
    schedule: stringFact(block.schedule),
    retention: numberFact(block.retention),
    archiveDays: numberFact(block.archive_days),
    keepLatestSnapshots: numberFact(block.keep_latest_snapshots),
    immutable: booleanFact(block.immutable),
    replicationRegionId: stringFact(block.replication_region_id),
    retentionRules,
  };
}

/**
 * The vault a rule's `vault_id` names, by the id and the rule's index in `rules` (from 0): a plan may
 * know a new vault's id only after the apply, and then only the rule's place tells which vault it is.
 */
export type RuleVaultResolver = (vaultId: string, ruleIndex: number) => PolicyVaultFacts | undefined;

/** The facts of a policy from its Terraform attributes (snake_case). */
export function policyFacts(
  path: string,
  region: string | undefined,
  attributes: Record<string, unknown>,
  resolveVault?: RuleVaultResolver,
): PolicyFacts {
  const rules = Array.isArray(attributes.rules) ? attributes.rules : [];
  return {
    path,
    region,
    policyType: stringFact(attributes.policy_type),
    rules: rules.map((block, index) => policyRuleFacts((block ?? {}) as Record<string, unknown>, resolveVault, index)),
  };
}

/**
 * The facts of a restore job from its Terraform attributes (snake_case).
 *
 * @param region the region its provider configures
 * @param vault the vault `vault_id` names, when the reader could tell
 */
export function restoreJobFacts(
  path: string,
  region: string | undefined,
  attributes: Record<string, unknown>,
  vault: PolicyVaultFacts | undefined,
  skipRegionValidation?: boolean,
): RestoreJobFacts {
  return { path, region, skipRegionValidation, vault, sourceType: stringFact(attributes.source_type), restoreType: stringFact(attributes.restore_type) };
}

/** The facts of a policy binding from its Terraform attributes (snake_case). */
export function policyBindingFacts(path: string, attributes: Record<string, unknown>): PolicyBindingFacts {
  return { path, sourceType: stringFact(attributes.source_type), include: stringFact(attributes.include), exclude: stringFact(attributes.exclude) };
}

// ---------------------------------------------------------------------------------------------
// Schedules

/** A schedule in the service's form, taken apart. */
export interface ParsedSchedule {
  /** `I`: a fixed interval from a start time; `C`: a crontab expression from a start time. */
  readonly kind: "I" | "C";
  /** The first run, in seconds since 1970-01-01T00:00:00Z. */
  readonly startSeconds: number;
  /** For `I`: the ISO 8601 interval as written, e.g. `PT6H`. */
  readonly interval?: string;
  /** For `I`: the interval in seconds (months and years counted as 30 and 365 days). */
  readonly intervalSeconds?: number;
  /** For `C`: the crontab expression. */
  readonly crontab?: string;
}

/** The outcome of {@link parseScheduleExpression}: the schedule, or what is wrong with it. */
export type ScheduleParseResult =
  | {
      /** The schedule, taken apart. */
      readonly schedule: ParsedSchedule;
      /** Always `undefined` for a valid schedule. */
      readonly problem?: undefined;
    }
  | {
      /** Always `undefined` for an invalid schedule. */
      readonly schedule?: undefined;
      /** What is wrong with the schedule, as a sentence that quotes the value. */
      readonly problem: string;
    };

const ISO_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const SECONDS = [365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1];

/** Seconds in an ISO 8601 duration of whole units (`P1D`, `PT6H`, `P1W`), or `undefined` if it is not one. */
export function parseIsoDuration(text: string): number | undefined {
  const match = ISO_DURATION.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return undefined;
  let seconds = 0;
  for (let i = 1; i <= 7; i++) if (match[i] !== undefined) seconds += Number(match[i]) * SECONDS[i - 1];
  return seconds;
}

/**
 * Parses the service's schedule form: `I|<start epoch seconds>|<ISO 8601 interval>` (CreatePolicyV2 and
 * the provider docs), or `C|<start epoch seconds>|<crontab>` (CreatePolicyV2). The problem names the value.
 */
export function parseScheduleExpression(raw: unknown): ScheduleParseResult {
  if (typeof raw !== "string") return { problem: `the schedule must be a string, got ${typeof raw}.` };
  // Quoted only for a problem: most schedules are valid, and a plan has thousands.
  const shown = (): string => JSON.stringify(raw.length > 60 ? `${raw.slice(0, 57)}...` : raw);
  const parts = raw.split("|");
  if (parts.length !== 3) return { problem: `the schedule ${shown()} is not in the form I|<start>|<interval> (e.g. I|1700000000|P1D).` };
  const [kind, start, rest] = parts;
  if (kind !== "I" && kind !== "C") {
    return { problem: `the schedule ${shown()} starts with ${JSON.stringify(kind)}; the service takes "I" (a fixed interval) or "C" (a crontab).` };
  }
  if (!/^\d+$/.test(start)) return { problem: `the start time ${JSON.stringify(start)} in ${shown()} is not a whole number of seconds since 1970 (UNIX time).` };
  const startSeconds = Number(start);
  if (startSeconds > POLICY_LIMITS.maxStartSeconds) {
    return { problem: `the start time ${start} in ${shown()} looks like milliseconds; the service takes UNIX time in seconds.` };
  }
  if (kind === "C") {
    const fields = rest.trim().split(/\s+/).filter((f) => f !== "");
    if (fields.length < 5 || fields.length > 7) {
      return { problem: `the crontab ${JSON.stringify(rest)} in ${shown()} has ${fields.length} fields; a crontab has 5 to 7 (e.g. "0 0 2 ? * 3,5,7").` };
    }
    return { schedule: { kind, startSeconds, crontab: rest } };
  }
  const intervalSeconds = parseIsoDuration(rest);
  if (intervalSeconds === undefined) {
    return { problem: `the interval ${JSON.stringify(rest)} in ${shown()} is not an ISO 8601 duration such as PT1H, PT6H or P1D.` };
  }
  if (intervalSeconds === 0) return { problem: `the interval ${JSON.stringify(rest)} in ${shown()} is zero; backups need a positive interval.` };
  return { schedule: { kind, startSeconds, interval: rest, intervalSeconds } };
}

// ---------------------------------------------------------------------------------------------
// Policies

/**
 * Checks a policy's rules: HBR002 (no backups into a mirror), HBR006 (its region), HBR012 (the backup
 * vault's region), HBR013 (replication rules), HBR014 (schedules), HBR015 (ranges), HBR017 (immutable)
 * and HBR020 (the policy's structure). Linear in the number of rules.
 */
export function checkPolicy(policy: PolicyFacts): Finding[] {
  const findings: Finding[] = [];
  const path = policy.path;
  if (policy.region !== undefined && !policy.skipRegionValidation && !isKnownRegion(policy.region)) findings.push(regionFinding(path, policy.region));
  findings.push(...checkPolicyStructure(policy));
  policy.rules.forEach((rule, index) => {
    const label = `rule ${index + 1} (${rule.ruleType === UNKNOWN ? "type unknown" : (rule.ruleType ?? "no type")})`;
    if (rule.ruleType === RULE_TYPE_VALUES.BACKUP) findings.push(...checkBackupRule(policy, rule, label));
    else if (rule.ruleType === RULE_TYPE_VALUES.TRANSITION) findings.push(...checkTransitionRule(path, rule, label));
    else if (rule.ruleType === RULE_TYPE_VALUES.REPLICATION) findings.push(...checkReplicationRule(policy, rule, label));
  });
  return findings;
}

/** An empty set shared by the policies that need none. */
const NO_VALUES: ReadonlySet<string> = new Set<string>();

function checkPolicyStructure(policy: PolicyFacts): Finding[] {
  const findings: Finding[] = [];
  const { path, rules } = policy;
  const { rulesMin, rulesMax } = POLICY_LIMITS;
  if (rules.length < rulesMin || rules.length > rulesMax) {
    findings.push(
      makeFinding("HBR020", path, `the policy has ${rules.length} rules; a policy has ${rulesMin}-${rulesMax} rules, at least one of them a BACKUP rule.`, {
        fix: rules.length < rulesMin ? "Add a backup rule with addBackupRule({ vault, schedule, retention })." : `Split the rules over policies of at most ${rulesMax} rules.`,
      }),
    );
  }
  const backupRules = rules.filter((r) => r.ruleType === RULE_TYPE_VALUES.BACKUP);
  if (rules.length > 0 && backupRules.length === 0 && !rules.some((r) => r.ruleType === UNKNOWN)) {
    findings.push(makeFinding("HBR020", path, "the policy has no BACKUP rule; every policy needs one.", { fix: "Add a backup rule with addBackupRule({ vault, schedule, retention })." }));
  }
  const transitions = rules.filter((r) => r.ruleType === RULE_TYPE_VALUES.TRANSITION).length;
  if (transitions > POLICY_LIMITS.transitionRulesMax) {
    findings.push(
      makeFinding("HBR020", path, `the policy has ${transitions} TRANSITION rules; a policy has at most ${POLICY_LIMITS.transitionRulesMax}.`, {
        fix: "Merge the lifecycle settings into one addTransitionRule call.",
      }),
    );
  }
  // Two different vaults or schedules take two BACKUP rules: most policies have one, and build no Sets.
  let vaults = NO_VALUES;
  let schedules = NO_VALUES;
  if (backupRules.length > 1) {
    const ruleVaults = new Set<string>();
    const ruleSchedules = new Set<string>();
    for (const rule of backupRules) {
      if (rule.vaultId !== undefined) ruleVaults.add(rule.vaultId);
      if (typeof rule.schedule === "string") ruleSchedules.add(rule.schedule);
    }
    vaults = ruleVaults;
    schedules = ruleSchedules;
  }
  if (vaults.size > 1) {
    findings.push(
      makeFinding("HBR020", path, `the BACKUP rules name ${vaults.size} different vaults; a policy backs up into one vault only.`, {
        fix: "Use one vault in every backup rule of the policy, or declare one policy per vault.",
      }),
    );
  }
  if (schedules.size > 1) {
    findings.push(
      makeFinding("HBR020", path, `the BACKUP rules have ${schedules.size} different schedules (${[...schedules].join(", ")}); a policy has one backup schedule.`, {
        fix: "Keep one schedule per policy, or declare one policy per schedule.",
      }),
    );
  }
  backupRules.forEach((rule) => {
    const index = rules.indexOf(rule) + 1;
    if (policy.policyType === PolicyType.STANDARD && rule.vaultId === undefined) {
      findings.push(
        makeFinding("HBR020", path, `rule ${index} (BACKUP) names no vault; a BACKUP rule of a STANDARD policy backs up into a vault.`, {
          fix: "Pass the backup vault as vault in addBackupRule.",
        }),
      );
    }
    if (policy.policyType === PolicyType.UDM_ECS_ONLY && rule.vaultId !== undefined) {
      findings.push(
        makeFinding(
          "HBR020",
          path,
          `rule ${index} (BACKUP) names a vault, but a UDM_ECS_ONLY policy backs up ECS instances as snapshots and takes no vault; the service uses no vault for ECS instance backups.`,
          { severity: Severity.WARNING, fix: "Leave vault out of the backup rules of a UDM_ECS_ONLY policy." },
        ),
      );
    }
  });
  return findings;
}

function describeRuleVault(vault: PolicyVaultFacts | undefined, vaultId: string | undefined): string {
  if (vault) return vault.name !== undefined ? `"${vault.name}" (${vault.path})` : vault.path;
  return vaultId !== undefined && !isExpression(vaultId) ? JSON.stringify(vaultId) : "its vault";
}

function checkBackupRule(policy: PolicyFacts, rule: PolicyRuleFacts, label: string): Finding[] {
  const findings: Finding[] = [];
  const path = policy.path;
  const vault = rule.vault;
  if (vault?.region !== undefined && policy.region !== undefined && vault.region !== policy.region) {
    findings.push(
      makeFinding("HBR012", path, `${label} backs up into ${describeRuleVault(vault, rule.vaultId)} in ${vault.region}, but the policy is in ${policy.region}; a policy backs up into a vault of its own region.`, {
        fix: `Declare the policy in ${vault.region}, or back up into a vault in ${policy.region} (and mirror that vault to ${vault.region} for a copy there).`,
      }),
    );
  }
  findings.push(...scheduleFindings(path, rule.schedule, label));
  findings.push(...retentionFindings(path, rule.retention, `${label} retention`));
  if (typeof rule.keepLatestSnapshots === "number") {
    const { keepLatestSnapshotsMin: min, keepLatestSnapshotsMax: max } = POLICY_LIMITS;
    if (!Number.isInteger(rule.keepLatestSnapshots) || rule.keepLatestSnapshots < min || rule.keepLatestSnapshots > max) {
      findings.push(
        makeFinding("HBR015", path, `${label} keep_latest_snapshots is ${rule.keepLatestSnapshots}; the service takes ${min} (off) or ${max} (always keep the latest backup).`, {
          fix: `Set keepLatestSnapshots to ${min} or ${max}.`,
        }),
      );
    }
  }
  if (rule.immutable === true && policy.policyType !== undefined && policy.policyType !== UNKNOWN && policy.policyType !== PolicyType.UDM_ECS_ONLY) {
    findings.push(
      makeFinding("HBR017", path, `${label} sets immutable, but the policy type is ${policy.policyType}; immutable backups (backup lock) exist only in UDM_ECS_ONLY policies.`),
    );
  }
  return findings;
}

function checkTransitionRule(path: string, rule: PolicyRuleFacts, label: string): Finding[] {
  const findings = retentionFindings(path, rule.retention, `${label} retention`);
  const { archiveMinDays, retentionAfterArchiveMinDays } = POLICY_LIMITS;
  // 0 is what the provider's own examples write for "no archiving"; only a real archive age is checked.
  if (typeof rule.archiveDays === "number" && rule.archiveDays !== 0) {
    if (!Number.isInteger(rule.archiveDays) || rule.archiveDays < archiveMinDays) {
      findings.push(
        makeFinding("HBR015", path, `${label} archives after ${rule.archiveDays} days; backups can be archived after ${archiveMinDays} days at the earliest.`, {
          fix: `Set archiveAfter to Duration.days(${archiveMinDays}) or more, or leave it out to keep backups unarchived.`,
        }),
      );
    } else if (typeof rule.retention === "number" && rule.retention - rule.archiveDays < retentionAfterArchiveMinDays) {
      findings.push(
        makeFinding(
          "HBR015",
          path,
          `${label} keeps backups ${rule.retention} days and archives them after ${rule.archiveDays}: ${rule.retention - rule.archiveDays} days in the archive; the service needs retention minus archive days to be at least ${retentionAfterArchiveMinDays}.`,
          { fix: `Keep backups at least ${rule.archiveDays + retentionAfterArchiveMinDays} days, or archive them earlier.` },
        ),
      );
    }
  }
  (rule.retentionRules ?? []).forEach((special, i) => {
    const type = typeof special.advancedRetentionType === "string" ? ` ${special.advancedRetentionType}` : "";
    findings.push(...retentionFindings(path, special.retention, `${label} retention rule ${i + 1}${type}`));
  });
  return findings;
}

function checkReplicationRule(policy: PolicyFacts, rule: PolicyRuleFacts, label: string): Finding[] {
  const findings: Finding[] = [];
  const path = policy.path;
  const target = rule.replicationRegionId;
  if (target === undefined || target === "") {
    findings.push(makeFinding("HBR013", path, `${label} names no replication region.`, { fix: "Set region in addReplicationRule to the region the backups are copied to." }));
  } else if (typeof target === "string") {
    if (!isKnownRegion(target)) {
      const suggestion = closestRegion(target);
      findings.push(
        makeFinding("HBR013", path, `${label} replicates to "${target}", which is not a region id the alicloud provider knows.`, {
          fix: suggestion ? `Use a known region id; did you mean "${suggestion}"?` : "Use a known region id, e.g. cn-shanghai.",
        }),
      );
    } else if (policy.region !== undefined && target === policy.region) {
      findings.push(
        makeFinding("HBR013", path, `${label} replicates to ${target}, the policy's own region; a replica in the same region does not survive a regional outage.`, {
          fix: `Replicate to another region than ${policy.region}.`,
        }),
      );
    }
  }
  if (policy.policyType === PolicyType.STANDARD) {
    findings.push(
      makeFinding(
        "HBR013",
        path,
        `${label} is in a STANDARD policy; a policy's replication copies ECS instance backups (UDM_ECS_ONLY policies) to another region, and backups in a vault are copied to another region by the vault's mirror vault instead.`,
        { fix: "Remove the replication rule and mirror the backup vault (vault.addMirror(...)) in the other region; keep replication rules for UDM_ECS_ONLY policies." },
      ),
    );
  }
  findings.push(...retentionFindings(path, rule.retention, `${label} retention`));
  return findings;
}

function scheduleFindings(path: string, schedule: Fact<string> | undefined, label: string): Finding[] {
  if (schedule === UNKNOWN) return [];
  if (schedule === undefined || schedule === "") {
    return [makeFinding("HBR014", path, `${label} has no schedule; a BACKUP rule runs on a schedule.`, { fix: "Pass schedule: Schedule.every(Duration.days(1), { start })." })];
  }
  const parsed = parseScheduleExpression(schedule);
  return parsed.problem !== undefined ? [makeFinding("HBR014", path, `${label}: ${parsed.problem}`)] : [];
}

function retentionFindings(path: string, retention: Fact<number> | undefined, what: string): Finding[] {
  const { retentionMinDays: min, retentionMaxDays: max } = POLICY_LIMITS;
  if (retention === UNKNOWN) return [];
  if (retention === undefined) {
    return [makeFinding("HBR015", path, `${what} is not set; the service needs ${min}-${max} days.`, { fix: "Set retention, e.g. Duration.days(30)." })];
  }
  if (!Number.isInteger(retention) || retention < min || retention > max) {
    return [makeFinding("HBR015", path, `${what} is ${retention} days; the service takes whole days from ${min} to ${max}.`, { fix: `Keep backups between ${min} and ${max} days.` })];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Bindings and restore jobs

/**
 * Checks a binding against its policy: HBR016 (source types the policy type allows), HBR018 (Tablestore
 * sources and OTS_BACKUP vaults) and HBR015 (include/exclude lengths).
 */
export function checkPolicyBinding(binding: PolicyBindingFacts, policy: PolicyFacts): Finding[] {
  const findings: Finding[] = [];
  const { path, sourceType } = binding;
  const policyType = policy.policyType;
  if (typeof sourceType === "string" && typeof policyType === "string") {
    const needs = sourceType === BackupSourceType.UDM_ECS ? PolicyType.UDM_ECS_ONLY : PolicyType.STANDARD;
    if (policyType !== needs) {
      findings.push(
        makeFinding("HBR016", path, `the ${sourceType} source is bound to the ${policyType} policy ${policy.path}; ${sourceType} sources can be bound only to ${needs} policies.`, {
          fix:
            needs === PolicyType.UDM_ECS_ONLY
              ? "Bind whole ECS instances to a policy with policyType: PolicyType.UDM_ECS_ONLY."
              : "Bind files, OSS buckets, NAS file systems and Tablestore instances to a STANDARD policy.",
        }),
      );
    }
  }
  if (typeof sourceType === "string" && sourceType !== BackupSourceType.UDM_ECS) {
    const seen = new Set<string>();
    for (const rule of policy.rules) {
      const vault = rule.vault;
      // Backing up into a mirror is HBR002 whatever the kind of backup; its type is not checked on top.
      if (rule.ruleType !== RULE_TYPE_VALUES.BACKUP || vault?.vaultType === undefined || vault.role === "mirror" || seen.has(vault.path)) continue;
      seen.add(vault.path);
      if (holdsTablestoreBackups(vault.vaultType) === (sourceType === BackupSourceType.OTS)) continue;
      if (sourceType === BackupSourceType.OTS) {
        findings.push(
          makeFinding("HBR018", path, `the Tablestore (OTS) source is backed up into ${describeRuleVault(vault, rule.vaultId)} of type ${vault.vaultType}; Tablestore backups go into OTS_BACKUP vaults.`, {
            fix: "Back up Tablestore instances with a policy whose vault has vaultType: VaultType.OTS_BACKUP.",
          }),
        );
      } else {
        findings.push(
          makeFinding("HBR018", path, `the ${sourceType} source is backed up into the OTS_BACKUP vault ${describeRuleVault(vault, rule.vaultId)}; an OTS_BACKUP vault holds Tablestore backups only.`, {
            fix: "Back up files, OSS and NAS into a STANDARD vault.",
          }),
        );
      }
    }
  }
  for (const [name, value] of [["include", binding.include], ["exclude", binding.exclude]] as const) {
    if (typeof value === "string" && value.length > POLICY_LIMITS.filterMaxLength) {
      findings.push(
        makeFinding("HBR015", path, `${name} is ${value.length} characters; the service takes at most ${POLICY_LIMITS.filterMaxLength}.`, {
          fix: `Use fewer or shorter ${name} patterns.`,
        }),
      );
    }
  }
  return findings;
}

/**
 * HBR018's pairing: an OTS_BACKUP vault holds Tablestore backups only, and Tablestore backups are kept
 * only in OTS_BACKUP vaults. False for every other vault type.
 */
function holdsTablestoreBackups(vaultType: string): boolean {
  return vaultType === "OTS_BACKUP";
}

/** Restore source types (`source_type`) whose backups are kept in a vault, and whether they are Tablestore's. */
const RESTORE_SOURCE_IS_TABLESTORE: Readonly<Record<string, boolean>> = Object.freeze({ ECS_FILE: false, NAS: false, OSS: false, OTS_TABLE: true });

/** HBR018 for a restore job: the backup it restores is of the kind its vault (or a mirror's source) holds. */
function restoreVaultTypeFindings(job: RestoreJobFacts): Finding[] {
  const { path, vault, sourceType } = job;
  if (vault?.vaultType === undefined || typeof sourceType !== "string") return [];
  const tablestore = RESTORE_SOURCE_IS_TABLESTORE[sourceType];
  if (tablestore === undefined || holdsTablestoreBackups(vault.vaultType) === tablestore) return [];
  const described = describeRuleVault(vault, undefined);
  const from =
    vault.role === "mirror" ? `the mirror vault ${described}, a copy of a vault of type ${vault.vaultType}` : `the vault ${described} of type ${vault.vaultType}`;
  return [
    tablestore
      ? makeFinding("HBR018", path, `the job restores a Tablestore table (OTS_TABLE) from ${from}; Tablestore backups are kept in OTS_BACKUP vaults only.`, {
          fix: "Restore Tablestore tables from the OTS_BACKUP vault they were backed up into, or from its mirror.",
        })
      : makeFinding("HBR018", path, `the job restores ${sourceType} backups from ${from}; an OTS_BACKUP vault holds Tablestore backups only.`, {
          fix: `Restore ${sourceType} backups from the STANDARD vault they were backed up into, or from its mirror; restore from this vault with RestoreTarget.tablestore.`,
        }),
  ];
}

/**
 * Checks a restore job: HBR006 (its region), HBR012 (the vault's region), HBR016 (source and restore
 * types) and HBR018 (the backup's kind and the vault's type; for a mirror, its source's type).
 */
export function checkRestoreJob(job: RestoreJobFacts): Finding[] {
  const findings: Finding[] = [];
  const { path, region, vault } = job;
  if (region !== undefined && !job.skipRegionValidation && !isKnownRegion(region)) findings.push(regionFinding(path, region));
  if (vault?.region !== undefined && region !== undefined && vault.region !== region) {
    findings.push(
      makeFinding("HBR012", path, `the job restores from ${describeRuleVault(vault, undefined)} in ${vault.region}, but runs in ${region}; a restore job runs in its vault's region.`, {
        fix: `Leave region out (it defaults to the vault's), or set it to ${vault.region}.`,
      }),
    );
  }
  if (typeof job.sourceType === "string" && typeof job.restoreType === "string") {
    const expected = RESTORE_TYPE_FOR_SOURCE[job.sourceType];
    if (expected !== undefined && expected !== job.restoreType) {
      findings.push(
        makeFinding("HBR016", path, `the job restores ${job.sourceType} backups as ${job.restoreType}; ${job.sourceType} backups restore as ${expected} (source and restore types correspond one to one).`, {
          fix: `Set restore_type to ${expected}, or use the RestoreTarget factory for the data source.`,
        }),
      );
    }
  }
  findings.push(...restoreVaultTypeFindings(job));
  return findings;
}

// ---------------------------------------------------------------------------------------------
// Enums

/**
 * HBR019: every value of `attributes` (a resource's Terraform attributes, snake_case, nested blocks as
 * lists) that is outside its enum in `schema/constraints.json`, or outside an enum the service
 * documents and the provider does not check (`policy_type`). Values the target release
 * (`providerVersion`, by default the kept schema's) does not have yet, because they shipped later or
 * are marked unreleased, are warnings.
 */
export function checkEnums(path: string, resourceType: string, attributes: Record<string, unknown>, providerVersion?: string): Finding[] {
  const findings: Finding[] = [];
  // The kept schema's version, remembered: keptProviderVersion() parses the release tag on every call.
  const target = providerVersion ?? keptVersionFacts().schemaVersion;
  const enums = enumsOf(resourceType);
  // Indexed loops, and a top-level attribute read directly: a plan checks thousands of resources, mostly
  // before V8 optimizes this code, where for...of and a list per attribute are garbage to collect.
  for (let e = 0; e < enums.length; e++) {
    const enumAttribute = enums[e];
    const keys = enumAttribute.keys;
    if (keys.length === 1 && typeof attributes === "object" && attributes !== null && !Array.isArray(attributes)) {
      const value = attributes[keys[0]];
      if (!Array.isArray(value)) {
        if (typeof value === "string") checkEnumValue(findings, path, enumAttribute, value, target);
        continue;
      }
    }
    const values = valuesAt(attributes, keys);
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value === "string") checkEnumValue(findings, path, enumAttribute, value, target);
    }
  }
  return findings;
}

/** HBR019 for one string value of an enum attribute, unless it is an expression. */
function checkEnumValue(findings: Finding[], path: string, { attribute, allowed, since, ignoreCase }: EnumAttribute, value: string, target: string): void {
  if (isExpression(value)) return;
  const match = allowedValue(allowed, value, ignoreCase);
  if (match === undefined) {
    findings.push(
      makeFinding("HBR019", path, `${attribute} is ${JSON.stringify(value)}, not one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}.`, {
        fix: `Use one of the values the provider accepts for ${attribute}.`,
      }),
    );
    return;
  }
  const release = since?.[match];
  if (release === undefined) return;
  const versionFacts = keptVersionFacts();
  const gap = cachedVersionGap(release, target, versionFacts);
  if (!gap) return;
  findings.push(
    makeFinding("HBR019", path, `${describeVersionGap(`${attribute} ${JSON.stringify(value)}`, gap, target, versionFacts)}.`, {
      severity: Severity.WARNING,
      fix: versionGapFix(gap),
    }),
  );
}

/** One attribute with an enum, as {@link checkEnums} reads it. */
interface EnumAttribute {
  readonly attribute: string;
  /** The attribute's path, split at dots (nested blocks). */
  readonly keys: readonly string[];
  readonly allowed: readonly string[];
  /** The first release of each value, where the kept constraints record it. */
  readonly since?: Readonly<Record<string, string>>;
  readonly ignoreCase: boolean;
}

const enumsByType = new Map<string, readonly EnumAttribute[]>();
let versionFactsOfKeptSchema: ProviderVersionFacts | undefined;
/** By target version, then by release. */
const versionGaps = new Map<string, Map<string, VersionGap | undefined>>();

function keptVersionFacts(): ProviderVersionFacts {
  return (versionFactsOfKeptSchema ??= providerVersionFacts(keptConstraints()));
}

/** {@link versionGap} remembered per release and target: every resource of a type asks the same few questions. */
function cachedVersionGap(release: string, target: string, facts: ProviderVersionFacts): VersionGap | undefined {
  // Keyed by the two strings as they are: a joined key would be a new string to hash per value.
  let byRelease = versionGaps.get(target);
  if (byRelease === undefined) versionGaps.set(target, (byRelease = new Map()));
  if (!byRelease.has(release)) byRelease.set(release, versionGap(release, target, facts));
  return byRelease.get(release);
}

/** The entry of `allowed` that `value` is (ignoring case when the provider does), or `undefined`. */
function allowedValue(allowed: readonly string[], value: string, ignoreCase: boolean): string | undefined {
  if (!ignoreCase) {
    for (let i = 0; i < allowed.length; i++) if (allowed[i] === value) return allowed[i];
    return undefined;
  }
  const lower = value.toLowerCase();
  for (let i = 0; i < allowed.length; i++) if (allowed[i].toLowerCase() === lower) return allowed[i];
  return undefined;
}

/** The enum attributes of a resource type, read from the kept constraints once per type: thousands of resources share them. */
function enumsOf(resourceType: string): readonly EnumAttribute[] {
  let enums = enumsByType.get(resourceType);
  if (enums !== undefined) return enums;
  const found: EnumAttribute[] = [];
  const constraints = keptConstraints().resources?.[resourceType]?.attributes ?? {};
  for (const [attribute, constraint] of Object.entries(constraints)) {
    if (constraint.enum && constraint.enum.length > 0) {
      const since = (constraint as { enum_values_since_git?: Record<string, string> }).enum_values_since_git;
      found.push({ attribute, keys: attribute.split("."), allowed: constraint.enum.map(String), since, ignoreCase: constraint.enum_ignore_case === true });
    }
  }
  for (const [attribute, values] of Object.entries(DOCUMENTED_ENUMS[resourceType] ?? {})) {
    if (!found.some((e) => e.attribute === attribute)) found.push({ attribute, keys: attribute.split("."), allowed: values, ignoreCase: false });
  }
  enumsByType.set(resourceType, (enums = found));
  return enums;
}

function valuesAt(node: unknown, keys: readonly string[]): unknown[] {
  const values: unknown[] = [];
  collectValuesAt(node, keys, 0, values);
  return values;
}

/** Pushes the values under `keys[depth...]` onto `values`: one array per call of {@link valuesAt}, not one per step (a plan checks thousands of resources). */
function collectValuesAt(node: unknown, keys: readonly string[], depth: number, values: unknown[]): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) collectValuesAt(node[i], keys, depth, values);
    return;
  }
  if (depth === keys.length) {
    values.push(node);
    return;
  }
  if (typeof node !== "object" || node === null) return;
  collectValuesAt((node as Record<string, unknown>)[keys[depth]], keys, depth + 1, values);
}
