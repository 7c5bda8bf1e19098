import { Construct } from "constructs";
import { TerraformProvider, TerraformStack } from "./private/framework";
import { ecsBackupClientFor } from "./backup-client";
import type { BackupPolicy, IBackupPolicy } from "./backup-policy";
import { BackupSource } from "./backup-source";
import { HbrConfigurationError, constructId, describeValue, optionalBoolean, requireString } from "./private/arguments";
import { HbrEcsBackupClient } from "./gen/providers/alicloud/hbr-ecs-backup-client";
import { HbrPolicyBinding } from "./gen/providers/alicloud/hbr-policy-binding";
import { placeInRegion } from "./placement";
import { recordImport } from "./private/import-notes";
import { HbrRules } from "./hbr-rules";
import { BACKUP_POLICY_SYMBOL, hasMarker } from "./private/type-markers";

/** Options of a binding, as given to {@link BackupPolicy.bind}. */
export interface PolicyBindingOptions {
  /**
   * A description of the binding.
   * @default no description
   */
  readonly description?: string;
  /**
   * Pauses the policy for this data source.
   * @default false (the service's default: the policy applies)
   */
  readonly disabled?: boolean;
}

/** Properties of a {@link PolicyBinding}. */
export interface PolicyBindingProps extends PolicyBindingOptions {
  /**
   * The policy the data source is bound to: a {@link BackupPolicy} (the binding must be in its stack) or
   * an imported one (`BackupPolicy.fromPolicyAttributes`; the binding must be in the stack of the
   * import's provider, when it was given one).
   */
  readonly policy: IBackupPolicy;
  /** The data source, made with {@link BackupSource}. */
  readonly source: BackupSource;
}

/**
 * A data source bound to a {@link BackupPolicy} or an imported policy (`alicloud_hbr_policy_binding`),
 * created in the policy's region with its provider (for an import given none: the stack's provider for
 * that region). For ECS files it also declares the instance's HBR backup client
 * (`alicloud_hbr_ecs_backup_client`, once per instance and provider, shared with restore jobs onto the
 * instance) and depends on it, unless the source says `installClient: false`. Usually made with
 * `policy.bind(id, source)`.
 */
export class PolicyBinding extends Construct {
  /** The generated `alicloud_hbr_policy_binding` resource, for escape hatches. */
  public readonly resource: HbrPolicyBinding;
  /** The backup client the binding depends on, when the source declares one. */
  public readonly backupClient?: HbrEcsBackupClient;
  /** The policy the data source is bound to; the binding uses its region and provider. */
  public readonly policy: IBackupPolicy;
  /** The data source backed up under the policy. */
  public readonly source: BackupSource;
  /** The provider configuration the binding (and the backup client it declares) is created with. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: PolicyBindingProps) {
    super(scope, constructId(scope, id, "PolicyBinding"));
    const path = this.node.path;
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(path, `props must be an object, got ${describeValue(props)}.`, "Pass { policy, source }.");
    }
    this.policy = checkPolicy(this, props.policy);
    this.source = checkSource(path, props.source);
    const description = requireString(path, "description", props.description, true);
    const disabled = optionalBoolean(path, "disabled", props.disabled);
    // A declared policy's provider is placed already; an imported policy's is placed here, in the
    // binding's stack (checked against the policy's region when the import was given one).
    this.provider = isDeclaredPolicy(this.policy) ? this.policy.provider : placeInRegion(this, this.policy.region, this.policy.provider).provider;
    if (!isDeclaredPolicy(this.policy)) {
      // A policy outside the app (an import, or an IBackupPolicy of the caller's making) leaves no
      // resource to read: what it states of itself is recorded for the binding's checks.
      const { policyId, region, policyType } = this.policy;
      recordImport(this, { role: "policy", path: this.policy.node.path, policyId, region, policyType });
    }

    const client = this.source.backupClient;
    // One client per instance and provider: bindings and restore jobs onto the same instance share it.
    const use = client !== undefined ? ecsBackupClientFor(this, this.provider, this.source.dataSourceId, client) : undefined;
    this.backupClient = use?.client;

    const attributes = this.source._bindingAttributes();
    this.resource = new HbrPolicyBinding(this, "Resource", {
      provider: this.provider,
      policyId: this.policy.policyId,
      sourceType: this.source.sourceType,
      dataSourceId: this.source.dataSourceId,
      source: attributes.source,
      include: attributes.include,
      exclude: attributes.exclude,
      speedLimit: attributes.speedLimit,
      advancedOptions: attributes.advancedOptions,
      policyBindingDescription: description,
      disabled,
      // File backups run through the client, so the binding is created after it and deleted before it.
      dependsOn: this.backupClient ? [this.backupClient] : undefined,
    });
    HbrRules.of(this).register({ construct: this });
  }

}

/** A policy declared with {@link BackupPolicy} (of any copy of the library): its provider is its stack's. */
function isDeclaredPolicy(policy: IBackupPolicy): policy is BackupPolicy {
  return hasMarker(policy, BACKUP_POLICY_SYMBOL);
}

function checkPolicy(binding: Construct, policy: unknown): IBackupPolicy {
  const path = binding.node.path;
  const candidate = policy as IBackupPolicy;
  if (typeof policy !== "object" || policy === null || typeof candidate.policyId !== "string" || typeof candidate.region !== "string" || !candidate.node) {
    throw new HbrConfigurationError(
      path,
      `policy must be a backup policy (a BackupPolicy or BackupPolicy.fromPolicyAttributes), got ${describeValue(policy)}.`,
      "Pass the policy, or call policy.bind(id, source).",
    );
  }
  if (candidate.node.root !== binding.node.root) {
    throw new HbrConfigurationError(path, `the policy ${candidate.node.path} belongs to another cdktf App.`, "Declare the policy in the same App, or import it with BackupPolicy.fromPolicyAttributes.");
  }
  if (isDeclaredPolicy(candidate) && TerraformStack.of(candidate) !== TerraformStack.of(binding)) {
    throw new HbrConfigurationError(
      path,
      `the policy ${candidate.node.path} is in another stack; a binding uses its policy's provider, which belongs to the policy's stack.`,
      "Declare the binding in the policy's stack (policy.bind(id, source)).",
    );
  }
  return candidate;
}

function checkSource(path: string, source: unknown): BackupSource {
  const candidate = source as BackupSource;
  if (typeof source !== "object" || source === null || typeof candidate._bindingAttributes !== "function" || typeof candidate.dataSourceId !== "string") {
    throw new HbrConfigurationError(path, `source must be a BackupSource, got ${describeValue(source)}.`, "Make it with BackupSource.ecsFiles, .ecsInstance, .oss, .nas or .tablestore.");
  }
  return candidate;
}
