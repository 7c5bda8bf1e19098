import type { VaultFacts } from "../../rules/vault-rules";
import type { PolicyBindingFacts, PolicyFacts, RestoreJobFacts } from "../../rules/policy-rules";

/**
 * The HBR topology of an app or a plan, as its Terraform documents describe it: what the checks read.
 * Built by the synth-time reader from every stack's written `cdk.tf.json`, and by the plan guard from
 * `terraform show -json`. Plain data: no constructs, no tokens.
 */
export interface HbrModel {
  /** The stacks (or plans) the documents came from, with their dependencies. */
  readonly stacks: readonly ModelStack[];
  /** Every alicloud provider configuration. */
  readonly providers: readonly ModelProvider[];
  /** Every HBR resource, of every type the model knows, in document order. */
  readonly resources: readonly ModelResource[];
  /** Backup vaults and mirrors: declared resources and vaults the app imports by id. */
  readonly vaults: readonly ModelVault[];
  /** Every `vault_id` that something backs up into (policy BACKUP rules, `*_backup_plan`, HANA resources). */
  readonly backupTargets: readonly BackupTarget[];
  /** Backup policies with the facts their checks read. */
  readonly policies: readonly ModelPolicy[];
  /** Policy bindings, each with its policy when it can be told. */
  readonly bindings: readonly ModelBinding[];
  /** Restore jobs. */
  readonly restoreJobs: readonly RestoreJobFacts[];
}

/** A stack (a synthesized document) and the stacks it depends on. */
export interface ModelStack {
  /** The stack's name (its construct path; the name in `manifest.json`). */
  readonly name: string;
  /** Names of the stacks it depends on (directly). */
  readonly dependencies: readonly string[];
}

/** An alicloud provider configuration of one stack. */
export interface ModelProvider {
  /** `<stack>|alicloud` or `<stack>|alicloud.<alias>`: how resources name it. */
  readonly key: string;
  readonly stack: string;
  readonly alias?: string;
  /** The region, when it is a literal. */
  readonly region?: string;
  /** The account key (see `lib/account.ts`). */
  readonly account: string;
  /** `skip_region_validation = true`: the provider accepts region ids outside its list. */
  readonly skipRegionValidation: boolean;
}

/** How many instances a resource declares. */
export type InstanceCount =
  | { readonly kind: "single" }
  | { readonly kind: "count" | "for_each"; /** The number, when the meta-argument is a literal. */ readonly value?: number };

/** One HBR resource block of a document (or, for a plan, one resource as the plan leaves it). */
export interface ModelResource {
  /** Unique in the model: `<stack>|<type>.<name>`. */
  readonly key: string;
  readonly stack: string;
  readonly type: string;
  readonly name: string;
  /** The Terraform address in its stack: `<type>.<name>`. */
  readonly address: string;
  /**
   * The construct path that declared it (cdktf's `//` metadata), without a trailing `/Resource`, so a
   * construct of this library is named by its own path; the address when the document has no path.
   */
  readonly path: string;
  /** The block's arguments as written (snake_case; meta-arguments included). */
  readonly attributes: Readonly<Record<string, unknown>>;
  /** Its provider configuration, when the stack declares it. */
  readonly provider?: ModelProvider;
  readonly instances: InstanceCount;
  /** Keys of the resources in `depends_on`. */
  readonly dependsOn: readonly string[];
  readonly createBeforeDestroy: boolean;
}

/** Where a vault id leads. */
export type VaultLink =
  | { readonly kind: "vault"; readonly vault: ModelVault; /** True when the id is read from another stack. */ readonly remote: boolean }
  | { readonly kind: "literal"; readonly id: string }
  | { readonly kind: "variable"; readonly name: string }
  | { readonly kind: "unknown"; readonly reason: string };

/** A backup vault or a mirror. */
export interface ModelVault {
  /** The facts the vault rules read; `key` is the resource key, or `id|<region>/<id>` for an import. */
  readonly facts: VaultFacts;
  /** The declared resource; `undefined` for a vault imported by id. */
  readonly resource?: ModelResource;
  /** For a mirror: where `replication_source_vault_id` leads; `undefined` when it is not set or read from a stack the model does not hold. */
  readonly source?: VaultLink;
  /** For a mirror: `replication_source_region_id` when it is a literal. */
  readonly sourceRegion?: string;
}

/** One `vault_id` something backs up into. */
export interface BackupTarget {
  /** The writing resource. */
  readonly resource: ModelResource;
  /** `vault_id`, or `rules[1].vault_id` for a policy's rule. */
  readonly attribute: string;
  /** How findings name it: `vault_id`, or `rule 1 (BACKUP)` for a policy's rule. */
  readonly label: string;
  /** Every vault the expression can lead to (several when it cannot be told which one it is). */
  readonly links: readonly VaultLink[];
  /** Why the vault cannot be told, when `links` are candidates of which Terraform takes one. */
  readonly ambiguity?: string;
}

/** A backup policy. */
export interface ModelPolicy {
  /** The declared resource; `undefined` for a policy imported by id. */
  readonly resource?: ModelResource;
  readonly facts: PolicyFacts;
}

/** A policy binding. */
export interface ModelBinding {
  readonly resource: ModelResource;
  readonly facts: PolicyBindingFacts;
  /** The policy it binds to, when its `policy_id` names one of the model. */
  readonly policy?: ModelPolicy;
}
