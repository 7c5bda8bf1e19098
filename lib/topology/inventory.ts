import { IConstruct } from "constructs";
import { TerraformProvider, TerraformResource, TerraformStack } from "../private/framework";
import { BackupPolicy } from "../backup-policy";
import { BackupVault } from "../backup-vault";
import { MirrorVault } from "../mirror-vault";
import { PolicyBinding } from "../policy-binding";
import { providerSettings } from "../regional-provider";
import { RestoreJob } from "../restore-job";
import { HbrRules } from "../hbr-rules";
import { IBackupVault, IMirrorVault, IVault } from "../vault";
import { literal } from "../private/values";

/** How reports and pictures name the region of a construct whose region is only known at apply time. */
export const UNKNOWN_REGION = "(unknown)";

/** Orders region ids by code unit (the same on every machine), with {@link UNKNOWN_REGION} last. */
export function compareRegions(a: string, b: string): number {
  if (a === b) return 0;
  if (a === UNKNOWN_REGION) return 1;
  if (b === UNKNOWN_REGION) return -1;
  return a < b ? -1 : 1;
}

/** A backup vault or mirror vault of the app, as the policies, the topology and the report see it. */
export interface InventoryVault {
  /** The vault construct. */
  readonly construct: IVault;
  /** Its construct path: where findings about it are reported. */
  readonly path: string;
  /** A backup vault or a mirror vault. */
  readonly role: "backup" | "mirror";
  /** True for a vault managed outside this app (`BackupVault.fromVaultAttributes`, `MirrorVault.fromVaultAttributes`). */
  readonly imported: boolean;
  /**
   * The vault name.
   * @default undefined when it is a token
   */
  readonly name?: string;
  /**
   * The region id.
   * @default undefined when it is a token or unknown
   */
  readonly region?: string;
  /**
   * The account it is created in, as an account key (see `AccountKey`): `account:<id>`, `profile:<name>`, `default`, ...
   * @default undefined for imports (nothing is managed, so no provider tells)
   */
  readonly account?: string;
  /**
   * `HBR_PRIVATE` or `KMS`, as the resource will be created (after escape hatches).
   * @default undefined when unknown (an import that did not say)
   */
  readonly encryption?: string;
  /** True when the resource has Terraform `lifecycle.prevent_destroy` (always false for imports: nothing is managed). */
  readonly preventDestroy: boolean;
  /**
   * The vault's tags as synthesized (values may be tokens).
   * @default undefined for mirrors and imports (they take no tags here) and when the whole map is a token
   */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * For a mirror: the construct path of its source vault.
   * @default undefined for backup vaults
   */
  readonly sourcePath?: string;
  /**
   * The path of the stack the vault is declared in.
   * @default undefined for a vault outside any stack
   */
  readonly stackPath?: string;
}

/** A backup policy of the app. */
export interface InventoryPolicy {
  /** The policy construct. */
  readonly construct: BackupPolicy;
  /** Its construct path. */
  readonly path: string;
  /**
   * The policy name.
   * @default undefined when it is a token
   */
  readonly name?: string;
  /**
   * The region id.
   * @default undefined when it is a token
   */
  readonly region?: string;
  /** The account it is created in, as an account key (see `AccountKey`), from its provider configuration. */
  readonly account: string;
  /** Construct paths of the app's vaults its rules back up into (read from the synthesized rules, so escape hatches count). */
  readonly targetVaultPaths: readonly string[];
  /** How many data sources are bound to it. */
  readonly boundSources: number;
  /** The path of the stack the policy is declared in. */
  readonly stackPath: string;
}

/** A restore job of the app. */
export interface InventoryRestoreJob {
  /** The restore job construct. */
  readonly construct: RestoreJob;
  /** Its construct path. */
  readonly path: string;
  /**
   * The region id the job runs in.
   * @default undefined when it is a token
   */
  readonly region?: string;
  /** The account it is created in, as an account key (see `AccountKey`), from its provider configuration. */
  readonly account: string;
  /** The construct path of the vault (backup vault or mirror) it restores from. */
  readonly vaultPath: string;
  /** The path of the stack the job is declared in. */
  readonly stackPath: string;
}

/** What an app declares with this library, sorted by construct path. */
export interface HbrInventory {
  /** Backup vaults and mirror vaults, declared and imported. */
  readonly vaults: readonly InventoryVault[];
  /** Backup policies. */
  readonly policies: readonly InventoryPolicy[];
  /** Restore jobs. */
  readonly restoreJobs: readonly InventoryRestoreJob[];
}

/**
 * Collects the HBR constructs of the app `scope` belongs to, from the constructs registered with
 * {@link HbrRules}: every construct of this library registers itself, so nothing else is walked.
 * Raw generated resources (`alicloud.HbrVault`, ...) are not part of it.
 */
export function collectInventory(scope: IConstruct): HbrInventory {
  const registered = [...new Set(HbrRules.of(scope).registeredConstructs())];
  const vaults = new Map<string, InventoryVault>();
  const addVault = (vault: IVault): void => {
    if (!vaults.has(vault.node.path)) vaults.set(vault.node.path, describeVault(vault));
  };
  for (const construct of registered) {
    if (isVault(construct)) addVault(construct);
  }
  // A mirror's source or a job's vault may be an IVault of someone else's making that never registered.
  for (const construct of registered) {
    if (isVault(construct) && construct.vaultRole === "mirror") addVault(construct.source);
    if (construct instanceof RestoreJob) addVault(construct.vault);
  }

  const byVaultId = new Map<string, string>();
  for (const vault of vaults.values()) {
    // A declared vault's id is one cached token, so a reference to it compares equal as a string.
    const id = vault.construct.vaultId;
    if (typeof id === "string" && !byVaultId.has(id)) byVaultId.set(id, vault.path);
  }

  const boundSources = new Map<string, number>();
  for (const construct of registered) {
    if (construct instanceof PolicyBinding) {
      const policyPath = construct.policy.node.path;
      boundSources.set(policyPath, (boundSources.get(policyPath) ?? 0) + 1);
    }
  }

  const policies: InventoryPolicy[] = [];
  const restoreJobs: InventoryRestoreJob[] = [];
  for (const construct of registered) {
    if (BackupPolicy.isBackupPolicy(construct)) {
      policies.push({
        construct,
        path: construct.node.path,
        name: literal(construct.policyName),
        region: literal(construct.region) || undefined,
        account: accountOf(construct.provider),
        targetVaultPaths: policyTargets(construct, byVaultId),
        boundSources: boundSources.get(construct.node.path) ?? 0,
        stackPath: TerraformStack.of(construct).node.path,
      });
    } else if (construct instanceof RestoreJob) {
      restoreJobs.push({
        construct,
        path: construct.node.path,
        region: literal(construct.region) || undefined,
        account: accountOf(construct.provider),
        vaultPath: construct.vault.node.path,
        stackPath: TerraformStack.of(construct).node.path,
      });
    }
  }
  return {
    vaults: [...vaults.values()].sort(byPath),
    policies: policies.sort(byPath),
    restoreJobs: restoreJobs.sort(byPath),
  };
}

/** True for a backup vault or mirror vault of any making (declared, imported, or a custom `IVault`). */
function isVault(construct: IConstruct): construct is IBackupVault | IMirrorVault {
  const role = (construct as { vaultRole?: unknown }).vaultRole;
  return (role === "backup" || role === "mirror") && typeof (construct as { vaultId?: unknown }).vaultId === "string";
}

function describeVault(vault: IVault): InventoryVault {
  const role = (vault as { vaultRole?: unknown }).vaultRole === "mirror" ? "mirror" : "backup";
  const resource = BackupVault.isBackupVault(vault) || MirrorVault.isMirrorVault(vault) ? vault.resource : undefined;
  const declared = resource !== undefined;
  // The synthesized attributes, so escape hatches (overrides of tags, lifecycle, encryption) count.
  const attributes = resource ? terraformAttributes(resource) : {};
  const lifecycle = attributes.lifecycle as { prevent_destroy?: unknown } | undefined;
  const encryption = declared ? attributes.encrypt_type : vault.encryption;
  // The provider the resource is created with now, after escape hatches: its region is where the vault is.
  const provider = BackupVault.isBackupVault(vault) || MirrorVault.isMirrorVault(vault) ? (vault.resource.provider ?? vault.provider) : undefined;
  return {
    construct: vault,
    path: vault.node.path,
    role,
    imported: !declared,
    name: literal(vault.vaultName),
    region: (provider !== undefined ? providerSettings(provider).region : undefined) ?? (literal(vault.region) || undefined),
    account: declared && provider !== undefined ? accountOf(provider) : undefined,
    encryption: typeof encryption === "string" ? encryption : undefined,
    preventDestroy: lifecycle?.prevent_destroy === true,
    tags: declared && role === "backup" ? tagsOf(attributes.tags) : undefined,
    sourcePath: role === "mirror" ? (vault as IMirrorVault).source.node.path : undefined,
    stackPath: stackPathOf(vault),
  };
}

/** The tags as synthesized: `{}` when there are none, `undefined` when the whole map is a token. */
function tagsOf(value: unknown): Readonly<Record<string, string>> | undefined {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) return undefined;
  const tags: Record<string, string> = {};
  for (const [key, tag] of Object.entries(value)) {
    if (typeof tag === "string") tags[key] = tag;
  }
  return tags;
}

/** The app's vaults a policy's rules name in `vault_id`. */
function policyTargets(policy: BackupPolicy, byVaultId: ReadonlyMap<string, string>): string[] {
  const rules = terraformAttributes(policy.resource).rules;
  const targets = new Set<string>();
  for (const rule of Array.isArray(rules) ? rules : []) {
    const vaultId = (rule as { vault_id?: unknown } | null)?.vault_id;
    const target = typeof vaultId === "string" ? byVaultId.get(vaultId) : undefined;
    if (target !== undefined) targets.add(target);
  }
  return [...targets].sort();
}

function accountOf(provider: TerraformProvider): string {
  return providerSettings(provider).account;
}

function stackPathOf(construct: IConstruct): string | undefined {
  try {
    return TerraformStack.of(construct).node.path;
  } catch {
    return undefined;
  }
}

function byPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * The attributes a resource synthesizes to (snake_case, after overrides and other escape hatches), so
 * the picture shows what is written rather than what the construct was told.
 */
function terraformAttributes(resource: TerraformResource): Record<string, unknown> {
  const doc = resource.toTerraform() as { resource?: Record<string, Record<string, Record<string, unknown>>> };
  const byName = doc.resource?.[resource.terraformResourceType] ?? {};
  return Object.values(byName)[0] ?? {};
}
