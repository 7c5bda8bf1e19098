import { Construct } from "constructs";
import { TerraformProvider, Token } from "./private/framework";
import { HbrVault } from "./gen/providers/alicloud/hbr-vault";
import { HbrConfigurationError, constructId, describeValue, optionalBoolean, optionalEnum, requireString } from "./private/arguments";
import { MirrorVault } from "./mirror-vault";
import { placeInRegion } from "./placement";
import { HbrRules } from "./hbr-rules";
import { recordImport } from "./private/import-notes";
import { IBackupVault, MirrorVaultOptions, RegionalProps, VaultEncryption, VaultType } from "./vault";
import { BACKUP_VAULT_SYMBOL, hasMarker } from "./private/type-markers";
import { VAULT_ENCRYPTIONS, VAULT_TYPES } from "./private/service-enums";

/** Properties of a {@link BackupVault}. */
export interface BackupVaultProps extends RegionalProps {
  /** The vault name: 1-64 characters. */
  readonly vaultName: string;
  /**
   * A description of at most 255 characters.
   * @default no description
   */
  readonly description?: string;
  /**
   * The vault type.
   * @default VaultType.STANDARD
   */
  readonly vaultType?: VaultType;
  /**
   * How the vault's data is encrypted.
   * @default VaultEncryption.HBR_MANAGED
   */
  readonly encryption?: VaultEncryption;
  /**
   * The KMS key (id or alias) in the vault's region; required with `VaultEncryption.KMS`, refused without it.
   * @default no key
   */
  readonly kmsKeyId?: string;
  /**
   * Adds Terraform `lifecycle.prevent_destroy`, so a plan that would destroy the vault fails.
   * @default false
   */
  readonly preventDestroy?: boolean;
  /**
   * Tags of the vault.
   * @default no tags
   */
  readonly tags?: Record<string, string>;
  /**
   * The resource group the vault belongs to.
   * @default the account's default resource group
   */
  readonly resourceGroupId?: string;
  /**
   * Turns on write-once-read-many (WORM) protection of the backups.
   * @default the service's default (off)
   */
  readonly wormEnabled?: boolean;
}

/** Attributes of a vault that exists outside this app, for {@link BackupVault.fromVaultAttributes}. */
export interface BackupVaultAttributes {
  /** The vault id, e.g. `v-0001abcd...`. */
  readonly vaultId: string;
  /** The region id the vault is in. */
  readonly region: string;
  /**
   * The vault name.
   * @default the vault id
   */
  readonly vaultName?: string;
  /**
   * The vault's encryption method, so a mirror's encryption can be checked against it.
   * @default unknown: the mirror's encryption is not checked and not emitted unless given
   */
  readonly encryption?: VaultEncryption;
  /**
   * The vault type, so HBR008 can tell whether it can be mirrored.
   * @default unknown (not checked)
   */
  readonly vaultType?: VaultType | string;
}


/** Shared by declared and imported backup vaults. */
abstract class BackupVaultBase extends Construct implements IBackupVault {
  public readonly vaultRole = "backup" as const;
  public readonly backups = "accepted" as const;
  /** The construct path, kept: it is read for every rule evaluation and costs a walk up the tree. */
  protected readonly constructPath = this.node.path;
  public abstract readonly vaultId: string;
  public abstract readonly vaultName: string;
  public abstract readonly region: string;
  public abstract readonly encryption?: VaultEncryption;
  public abstract readonly vaultType?: VaultType | string;
  public abstract readonly provider?: TerraformProvider;

  /** Declares this vault's mirror vault: `new MirrorVault(scope, id, { source: this, ...options })` in this vault's scope. */
  public addMirror(id: string, options: MirrorVaultOptions): MirrorVault {
    return new MirrorVault(this.node.scope ?? this, id, { ...options, source: this });
  }
}

/**
 * A backup vault (`alicloud_hbr_vault`) in one region: where backups land, and what a
 * {@link MirrorVault} replicates to another region.
 *
 * @example
 * const vault = new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod-backups" });
 * vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-backups-dr" });
 */
export class BackupVault extends BackupVaultBase {
  /**
   * A vault that exists outside this app (e.g. the one the console creates with the first backup
   * client), so it can be a mirror's source or a backup target. Nothing is created for it.
   */
  public static fromVaultAttributes(scope: Construct, id: string, attributes: BackupVaultAttributes): IBackupVault {
    return new ImportedBackupVault(scope, id, attributes);
  }

  /**
   * True for a vault declared with this class (not an import, not a mirror), also when it was made by
   * another copy of this library loaded in the same process: it checks for a marker symbol rather than
   * using `instanceof`.
   */
  public static isBackupVault(value: unknown): value is BackupVault {
    return hasMarker(value, BACKUP_VAULT_SYMBOL);
  }

  /** The generated `alicloud_hbr_vault` resource, for escape hatches. */
  public readonly resource: HbrVault;
  /** The vault name. */
  public readonly vaultName: string;
  /** The region id the vault is in. */
  public readonly region: string;
  /** How the vault's data is encrypted. */
  public readonly encryption: VaultEncryption;
  /** The vault type. */
  public readonly vaultType: VaultType;
  /** The provider configuration the vault is created with. */
  public readonly provider: TerraformProvider;
  private readonly description?: string;
  private readonly kmsKeyId?: string;

  constructor(scope: Construct, id: string, props: BackupVaultProps) {
    super(scope, constructId(scope, id, "BackupVault"));
    const path = this.constructPath;
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(path, `props must be an object, got ${describeValue(props)}.`, "Pass { region, vaultName, ... }.");
    }
    this.vaultName = requireString(path, "vaultName", props.vaultName)!;
    this.description = requireString(path, "description", props.description, true);
    this.kmsKeyId = requireString(path, "kmsKeyId", props.kmsKeyId, true);
    const regionProp = requireString(path, "region", props.region, true);
    this.vaultType = optionalEnum(path, "vaultType", props.vaultType, VAULT_TYPES) ?? VaultType.STANDARD;
    this.encryption = optionalEnum(path, "encryption", props.encryption, VAULT_ENCRYPTIONS) ?? VaultEncryption.HBR_MANAGED;
    const preventDestroy = optionalBoolean(path, "preventDestroy", props.preventDestroy);
    const wormEnabled = optionalBoolean(path, "wormEnabled", props.wormEnabled);
    const resourceGroupId = requireString(path, "resourceGroupId", props.resourceGroupId, true);
    const tags = stringMap(path, "tags", props.tags);

    const rules = HbrRules.of(this);
    ({ provider: this.provider, region: this.region } = placeInRegion(this, regionProp, props.provider));

    this.resource = new HbrVault(this, "Resource", {
      provider: this.provider,
      vaultName: this.vaultName,
      vaultType: this.vaultType,
      encryptType: this.encryption,
      kmsKeyId: this.kmsKeyId,
      description: this.description,
      tags,
      resourceGroupId,
      wormEnabled,
      lifecycle: preventDestroy ? { preventDestroy: true } : undefined,
    });
    rules.register({ construct: this });
  }

  private vaultIdToken?: string;

  /** The vault id: a reference to the resource's `id`, made on first use (vaults nobody references cost no token). */
  public get vaultId(): string {
    return (this.vaultIdToken ??= this.resource.id);
  }

}

Object.defineProperty(BackupVault.prototype, BACKUP_VAULT_SYMBOL, { value: true });

/** A vault declared outside this app. */
class ImportedBackupVault extends BackupVaultBase {
  public readonly vaultId: string;
  public readonly vaultName: string;
  public readonly region: string;
  public readonly encryption?: VaultEncryption;
  public readonly vaultType?: VaultType | string;
  public readonly provider = undefined;

  constructor(scope: Construct, id: string, attributes: BackupVaultAttributes) {
    super(scope, constructId(scope, id, "BackupVault.fromVaultAttributes"));
    const path = this.constructPath;
    if (typeof attributes !== "object" || attributes === null) {
      throw new HbrConfigurationError(path, `attributes must be an object, got ${describeValue(attributes)}.`, "Pass { vaultId, region, ... }.");
    }
    this.vaultId = requireString(path, "vaultId", attributes.vaultId)!;
    if (this.vaultId.trim() === "") {
      throw new HbrConfigurationError(path, "vaultId is empty.", "Pass the existing vault's id (v-...).");
    }
    this.region = requireString(path, "region", attributes.region)!;
    if (this.region.trim() === "") throw new HbrConfigurationError(path, "region is empty.", 'Pass the region id the vault is in, e.g. "cn-hangzhou".');
    this.vaultName = requireString(path, "vaultName", attributes.vaultName, true) ?? this.vaultId;
    this.encryption = optionalEnum(path, "encryption", attributes.encryption, VAULT_ENCRYPTIONS);
    this.vaultType = requireString(path, "vaultType", attributes.vaultType, true);
    HbrRules.of(this).register({ construct: this });
    recordImport(this, {
      role: "backup",
      path,
      vaultId: this.vaultId,
      region: this.region,
      vaultName: attributes.vaultName,
      encryption: this.encryption,
      vaultType: this.vaultType,
    });
  }
}

/** Checks an optional map of strings (tags) from a caller that may bypass the types. */
function stringMap(path: string, prop: string, value: unknown): Record<string, string> | undefined {
  if (value === undefined) return undefined;
  // A map known only at plan time (a variable's value, a local) is the user's to get right.
  if (Token.isUnresolved(value)) return value as Record<string, string>;
  const fix = `Pass ${prop} as e.g. { team: "platform" }, or leave it out.`;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new HbrConfigurationError(path, `${prop} must be an object of string values, got ${describeValue(value)}.`, fix);
  }
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== "string" && !Token.isUnresolved(item)) throw new HbrConfigurationError(path, `${prop}[${JSON.stringify(key)}] must be a string, got ${describeValue(item)}.`, fix);
  }
  return value as Record<string, string>;
}
