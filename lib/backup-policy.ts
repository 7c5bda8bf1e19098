import { Construct, IConstruct } from "constructs";
import { TerraformProvider } from "./private/framework";
import { BackupSource } from "./backup-source";
import { Duration } from "./duration";
import { HbrConfigurationError, constructId, describeValue, optionalBoolean, optionalEnum, requireString } from "./private/arguments";
import { HbrPolicy, HbrPolicyRules } from "./gen/providers/alicloud/hbr-policy";
import { PolicyBinding, PolicyBindingOptions } from "./policy-binding";
import { placeInRegion } from "./placement";
import { HbrRules } from "./hbr-rules";
import { RULE_TYPE_VALUES } from "./rules/policy-rules";
import { Schedule } from "./schedule";
import { IBackupTarget, IVault, RegionalProps } from "./vault";
import { BACKUP_POLICY_SYMBOL, hasMarker } from "./private/type-markers";
import { POLICY_TYPES, PolicyType } from "./private/service-enums";

export { PolicyType };

/** The kind of backup a BACKUP rule takes (`backup_type`). */
export enum BackupType {
  /** A full backup. */
  COMPLETE = "COMPLETE",
  /** An incremental backup. */
  INCREMENTAL = "INCREMENTAL",
}

/** Which backups a special retention rule keeps longer (`advanced_retention_type`). */
export enum SpecialRetentionType {
  /** The first backup of each day. */
  DAILY = "DAILY",
  /** The first backup of each week. */
  WEEKLY = "WEEKLY",
  /** The first backup of each month. */
  MONTHLY = "MONTHLY",
  /** The first backup of each year. */
  YEARLY = "YEARLY",
}

/**
 * A backup policy that data sources can be bound to: declared with {@link BackupPolicy} or imported with
 * `BackupPolicy.fromPolicyAttributes`.
 */
export interface IBackupPolicy extends IConstruct {
  /** The policy id (a Terraform reference for declared policies, the given id for imported ones). */
  readonly policyId: string;
  /** The region id the policy is in; its bindings are created there. */
  readonly region: string;
  /**
   * What the policy backs up, so bindings can be checked against it (HBR016).
   * @default undefined when unknown (an imported policy whose type was not given): not checked
   */
  readonly policyType?: PolicyType;
  /**
   * The provider configuration the policy is managed with; its bindings use it too.
   * @default undefined for imported policies given no provider: each binding gets the provider of its
   *   stack for the policy's region
   */
  readonly provider?: TerraformProvider;
  /**
   * Binds a data source to this policy (`alicloud_hbr_policy_binding`), in the policy's region. An ECS
   * file source also declares the instance's backup client unless told not to.
   */
  bind(id: string, source: BackupSource, options?: PolicyBindingOptions): PolicyBinding;
}

/** Properties of a {@link BackupPolicy}. */
export interface BackupPolicyProps extends RegionalProps {
  /**
   * The policy name.
   * @default the construct id
   */
  readonly policyName?: string;
  /**
   * A description of the policy.
   * @default no description
   */
  readonly description?: string;
  /**
   * What the policy backs up: STANDARD for files, OSS, NAS and Tablestore; UDM_ECS_ONLY for whole ECS
   * instances. Changing it replaces the policy.
   * @default PolicyType.STANDARD
   */
  readonly policyType?: PolicyType;
}

/** Options of {@link BackupPolicy.addBackupRule}. */
export interface BackupRuleOptions {
  /**
   * The backup vault the backups go into, in the policy's region. Required in STANDARD policies; a
   * UDM_ECS_ONLY policy takes none. A mirror vault is refused (HBR002): back up into its source.
   * @default no vault (UDM_ECS_ONLY policies)
   */
  readonly vault?: IBackupTarget;
  /** When backups run, e.g. `Schedule.every(Duration.days(1), { start })`. */
  readonly schedule: Schedule;
  /** How long backups are kept: whole days, 1-364635 (a TRANSITION rule's retention takes precedence). */
  readonly retention: Duration;
  /**
   * Full or incremental backups.
   * @default BackupType.COMPLETE
   */
  readonly backupType?: BackupType;
  /**
   * 1 keeps at least the latest backup even when it is older than the retention; 0 does not.
   * @default the service's default (0)
   */
  readonly keepLatestSnapshots?: number;
  /**
   * Backup lock: backups cannot be deleted before their retention ends. UDM_ECS_ONLY policies only.
   * @default the service's default (off)
   */
  readonly immutable?: boolean;
}

/** A special retention of a {@link TransitionRuleOptions}: some backups kept longer. */
export interface SpecialRetention {
  /** Which backups: the first of each day, week, month or year. */
  readonly type: SpecialRetentionType;
  /** How long they are kept: whole days, 1-364635. */
  readonly retention: Duration;
}

/** Options of {@link BackupPolicy.addTransitionRule}. */
export interface TransitionRuleOptions {
  /** How long backups are kept: whole days, 1-364635. */
  readonly retention: Duration;
  /**
   * Moves backups to archive storage after this many days: at least 30, and at least 60 days before
   * `retention` ends.
   * @default backups are not archived
   */
  readonly archiveAfter?: Duration;
  /**
   * Backups kept longer than `retention`, e.g. the first backup of each month for two years.
   * @default none
   */
  readonly retentionRules?: SpecialRetention[];
}

/** Options of {@link BackupPolicy.addReplicationRule}. */
export interface ReplicationRuleOptions {
  /**
   * The region ECS instance backups are copied to; another region than the policy's. UDM_ECS_ONLY
   * policies only: backups in a vault reach another region through the vault's mirror.
   */
  readonly region: string;
  /** How long the copies are kept: whole days, 1-364635. */
  readonly retention: Duration;
}

/** Attributes of a policy that exists outside this app, for {@link BackupPolicy.fromPolicyAttributes}. */
export interface BackupPolicyAttributes {
  /** The policy id, e.g. `po-000...`. */
  readonly policyId: string;
  /** The region id the policy is in; bindings to it are created there. */
  readonly region: string;
  /**
   * What the policy backs up, so the sources bound to it can be checked (HBR016).
   * @default unknown: the source types are not checked
   */
  readonly policyType?: PolicyType;
  /**
   * The alicloud provider configuration bindings to the policy are created with; it must be configured
   * for `region` (HBR006 otherwise) and belong to the stack of the import, where its bindings are.
   * @default for each binding, a provider of its stack configured for `region` (one is added when there is none)
   */
  readonly provider?: TerraformProvider;
}

const BACKUP_TYPES = Object.values(BackupType);
const SPECIAL_RETENTION_TYPES = Object.values(SpecialRetentionType);

/**
 * A backup policy (`alicloud_hbr_policy`) in one region: rules for when backups run, into which vault,
 * how long they are kept, when they are archived and where ECS instance backups are copied. Data sources
 * are bound to it with {@link BackupPolicy.bind}. Rules are emitted in the order they are added.
 *
 * @example
 * const policy = new BackupPolicy(stack, "Daily", { region: "cn-hangzhou" });
 * policy.addBackupRule({ vault, schedule: Schedule.every(Duration.days(1)), retention: Duration.days(30) });
 * policy.bind("AppFiles", BackupSource.ecsFiles("i-bp1...", { paths: ["/var/lib/app"] }));
 */
export class BackupPolicy extends Construct implements IBackupPolicy {
  /**
   * A policy that exists outside this app (created in the console or by another tool), so data sources
   * can be bound to it. Nothing is created for it; its `bind` declares the bindings.
   *
   * @example
   * const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-000abc", region: "cn-hangzhou", policyType: PolicyType.STANDARD });
   * policy.bind("Uploads", BackupSource.oss("my-bucket"));
   */
  public static fromPolicyAttributes(scope: Construct, id: string, attributes: BackupPolicyAttributes): IBackupPolicy {
    return new ImportedBackupPolicy(scope, id, attributes);
  }

  /**
   * True for a policy declared with this class (not an import), also when it was made by another copy
   * of this library loaded in the same process: it checks for a marker symbol rather than using `instanceof`.
   */
  public static isBackupPolicy(value: unknown): value is BackupPolicy {
    return hasMarker(value, BACKUP_POLICY_SYMBOL);
  }

  /** The generated `alicloud_hbr_policy` resource, for escape hatches (its rules are checked too). */
  public readonly resource: HbrPolicy;
  /** The policy id (a Terraform reference). */
  public readonly policyId: string;
  /** The policy name: `policyName` from the props, else the construct id. */
  public readonly policyName: string;
  /** What the policy backs up; `PolicyType.STANDARD` unless the props say otherwise. */
  public readonly policyType: PolicyType;
  /** The region the policy is in. */
  public readonly region: string;
  /** The provider configuration the policy (and its bindings) are created with. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: BackupPolicyProps = {}) {
    super(scope, constructId(scope, id, "BackupPolicy"));
    const path = this.node.path;
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(path, `props must be an object, got ${describeValue(props)}.`, "Pass { region, policyType, ... }.");
    }
    this.policyName = requireString(path, "policyName", props.policyName, true) ?? id;
    const description = requireString(path, "description", props.description, true);
    this.policyType = optionalEnum(path, "policyType", props.policyType, POLICY_TYPES) ?? PolicyType.STANDARD;
    const regionProp = requireString(path, "region", props.region, true);

    const rules = HbrRules.of(this);
    ({ provider: this.provider, region: this.region } = placeInRegion(this, regionProp, props.provider));

    this.resource = new HbrPolicy(this, "Resource", {
      provider: this.provider,
      policyName: this.policyName,
      policyDescription: description,
      policyType: this.policyType,
    });
    this.policyId = this.resource.id;
    rules.register({ construct: this });
  }

  /** Adds a BACKUP rule: when backups run, into which vault, and how long they are kept. */
  public addBackupRule(options: BackupRuleOptions): void {
    const path = this.node.path;
    const opts = requireObject(path, "addBackupRule", options);
    const vault = opts.vault === undefined ? undefined : this.checkVault(opts.vault);
    this.appendRule({
      ruleType: RULE_TYPE_VALUES.BACKUP,
      vaultId: vault?.vaultId,
      schedule: requireSchedule(path, opts.schedule),
      retention: wholeDays(path, "retention", opts.retention),
      backupType: optionalEnum(path, "backupType", opts.backupType, BACKUP_TYPES) ?? BackupType.COMPLETE,
      keepLatestSnapshots: optionalNumber(path, "keepLatestSnapshots", opts.keepLatestSnapshots),
      immutable: optionalBoolean(path, "immutable", opts.immutable),
    });
  }

  /** Adds the TRANSITION (lifecycle) rule: retention, archiving and special retentions. A policy has at most one. */
  public addTransitionRule(options: TransitionRuleOptions): void {
    const path = this.node.path;
    const opts = requireObject(path, "addTransitionRule", options);
    const special = opts.retentionRules ?? [];
    if (!Array.isArray(special)) {
      throw new HbrConfigurationError(path, `retentionRules must be a list, got ${describeValue(special)}.`, "Pass [{ type, retention }, ...] or leave it out.");
    }
    this.appendRule({
      ruleType: RULE_TYPE_VALUES.TRANSITION,
      retention: wholeDays(path, "retention", opts.retention),
      archiveDays: opts.archiveAfter === undefined ? undefined : wholeDays(path, "archiveAfter", opts.archiveAfter),
      retentionRules:
        special.length === 0
          ? undefined
          : special.map((rule, i) => {
              const r = requireObject(path, `retentionRules[${i}]`, rule);
              return {
                advancedRetentionType: optionalEnum(path, `retentionRules[${i}].type`, r.type, SPECIAL_RETENTION_TYPES) ?? missing(path, `retentionRules[${i}].type`),
                retention: wholeDays(path, `retentionRules[${i}].retention`, r.retention),
              };
            }),
    });
  }

  /** Adds a REPLICATION rule: ECS instance backups (UDM_ECS_ONLY policies) copied to another region. */
  public addReplicationRule(options: ReplicationRuleOptions): void {
    const path = this.node.path;
    const opts = requireObject(path, "addReplicationRule", options);
    this.appendRule({
      ruleType: RULE_TYPE_VALUES.REPLICATION,
      replicationRegionId: requireString(path, "region", opts.region)!,
      retention: wholeDays(path, "retention", opts.retention),
    });
  }

  /**
   * Binds a data source to this policy (`alicloud_hbr_policy_binding`), in the policy's region and with
   * its provider. An ECS file source also declares the instance's backup client unless told not to.
   */
  public bind(id: string, source: BackupSource, options: PolicyBindingOptions = {}): PolicyBinding {
    return new PolicyBinding(this, id, { ...options, policy: this, source });
  }

  private checkVault(vault: unknown): IVault {
    const path = this.node.path;
    if (typeof vault !== "object" || vault === null || typeof (vault as IVault).vaultId !== "string" || !("node" in vault)) {
      throw new HbrConfigurationError(path, `vault must be a backup vault (a BackupVault or BackupVault.fromVaultAttributes), got ${describeValue(vault)}.`, "Pass the vault the backups go into.");
    }
    const v = vault as IVault;
    if (v.node.root !== this.node.root) {
      throw new HbrConfigurationError(path, `the vault ${v.node.path} belongs to another cdktf App.`, "Declare the vault in the same App, or import it with BackupVault.fromVaultAttributes.");
    }
    return v;
  }

  /** Appends to the resource's rules as they stand, so rules added through the escape hatch are kept. */
  private appendRule(rule: HbrPolicyRules): void {
    const current = this.resource.rulesInput;
    this.resource.putRules([...(Array.isArray(current) ? current : []), rule]);
  }
}

Object.defineProperty(BackupPolicy.prototype, BACKUP_POLICY_SYMBOL, { value: true });

/** A policy declared outside this app. */
class ImportedBackupPolicy extends Construct implements IBackupPolicy {
  public readonly policyId: string;
  public readonly region: string;
  public readonly policyType?: PolicyType;
  public readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, attributes: BackupPolicyAttributes) {
    super(scope, constructId(scope, id, "BackupPolicy.fromPolicyAttributes"));
    const path = this.node.path;
    if (typeof attributes !== "object" || attributes === null) {
      throw new HbrConfigurationError(path, `attributes must be an object, got ${describeValue(attributes)}.`, "Pass { policyId, region, ... }.");
    }
    this.policyId = requireString(path, "policyId", attributes.policyId)!;
    if (this.policyId.trim() === "") throw new HbrConfigurationError(path, "policyId is empty.", "Pass the existing policy's id (po-...).");
    const region = requireString(path, "region", attributes.region)!;
    if (region.trim() === "") throw new HbrConfigurationError(path, "region is empty.", 'Pass the region id the policy is in, e.g. "cn-hangzhou".');
    this.policyType = optionalEnum(path, "policyType", attributes.policyType, POLICY_TYPES);
    if (attributes.provider !== undefined) {
      // Checked now (an alicloud provider of this stack, configured for the region: HBR006 otherwise);
      // without one, each binding is placed in its own stack, so nothing is added here.
      ({ provider: this.provider, region: this.region } = placeInRegion(this, region, attributes.provider));
    } else {
      this.region = region;
    }
  }

  /**
   * Binds a data source to this policy (`alicloud_hbr_policy_binding`), in the policy's region with the
   * provider given to the import, else the stack's provider for that region.
   */
  public bind(id: string, source: BackupSource, options: PolicyBindingOptions = {}): PolicyBinding {
    return new PolicyBinding(this, id, { ...options, policy: this, source });
  }

}

function requireObject<T>(path: string, what: string, value: T): T {
  if (typeof value !== "object" || value === null) {
    throw new HbrConfigurationError(path, `${what} needs an options object, got ${describeValue(value)}.`, "Pass an object with the rule's options.");
  }
  return value;
}

function requireSchedule(path: string, schedule: unknown): string {
  if (typeof schedule !== "object" || schedule === null || typeof (schedule as Schedule).expressionString !== "string") {
    throw new HbrConfigurationError(path, `schedule must be a Schedule, got ${describeValue(schedule)}.`, "Pass e.g. Schedule.every(Duration.days(1)) or Schedule.parse(\"I|1700000000|P1D\").");
  }
  return (schedule as Schedule).expressionString;
}

function wholeDays(path: string, prop: string, value: unknown): number {
  if (!Duration.isDuration(value)) {
    throw new HbrConfigurationError(path, `${prop} must be a Duration, got ${describeValue(value)}.`, `Pass e.g. Duration.days(30) for ${prop}.`);
  }
  if (!value.isWholeDays()) {
    throw new HbrConfigurationError(path, `${prop} is ${value.toIsoString()}, not a whole number of days; the service counts it in days.`, `Give ${prop} in days, e.g. Duration.days(30).`);
  }
  return value.toDays();
}

function optionalNumber(path: string, prop: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new HbrConfigurationError(path, `${prop} must be a number, got ${describeValue(value)}.`, `Pass a number for ${prop}, or leave it out.`);
  }
  return value;
}

function missing(path: string, prop: string): never {
  throw new HbrConfigurationError(path, `${prop} is missing.`, `Set ${prop}.`);
}
