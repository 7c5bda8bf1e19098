import { Construct } from "constructs";
import { TerraformProvider, TerraformStack } from "./private/framework";
import { HbrReplicationVault } from "./gen/providers/alicloud/hbr-replication-vault";
import { HbrConfigurationError, constructId, describeValue, optionalBoolean, optionalEnum, requireString } from "./private/arguments";
import { placeInRegion } from "./placement";
import { HbrRules } from "./hbr-rules";
import { recordImport } from "./private/import-notes";
import { IBackupVault, IMirrorVault, MirrorRefusesBackups, MirrorVaultOptions, VaultEncryption } from "./vault";

const MIRROR_REFUSES_BACKUPS: MirrorRefusesBackups =
  "refused: a mirror vault receives its source's backups by replication only; back up into its source vault (HBR002)";
import { BACKUP_VAULT_SYMBOL, MIRROR_VAULT_SYMBOL, hasMarker } from "./private/type-markers";
import { VAULT_ENCRYPTIONS } from "./private/service-enums";

/** Properties of a {@link MirrorVault}. */
export interface MirrorVaultProps extends MirrorVaultOptions {
  /** The backup vault to mirror (declared or imported; never a mirror vault). */
  readonly source: IBackupVault;
}

/** Attributes of a mirror vault that exists outside this app, for {@link MirrorVault.fromVaultAttributes}. */
export interface MirrorVaultAttributes {
  /** The mirror vault's id. */
  readonly vaultId: string;
  /** The region id the mirror is in. */
  readonly region: string;
  /** The backup vault it mirrors (usually imported with `BackupVault.fromVaultAttributes`). */
  readonly source: IBackupVault;
  /**
   * The mirror vault's name.
   * @default the vault id
   */
  readonly vaultName?: string;
  /**
   * Its encryption method.
   * @default the source's
   */
  readonly encryption?: VaultEncryption;
}


/**
 * A mirror vault (`alicloud_hbr_replication_vault`): a read-only copy of one backup vault, kept in
 * another region for disaster recovery and cross-region restore. Backups replicate into it; nothing
 * backs up into it, and it must be deleted before its source (the mirror references the source's id,
 * so Terraform orders that; across stacks, the mirror's stack depends on the source's).
 */
export class MirrorVault extends Construct implements IMirrorVault {
  /**
   * True for a mirror vault declared with this class (not an import), also when it was made by another
   * copy of this library loaded in the same process: it checks for a marker symbol rather than using
   * `instanceof`.
   */
  public static isMirrorVault(value: unknown): value is MirrorVault {
    return hasMarker(value, MIRROR_VAULT_SYMBOL);
  }

  /**
   * A mirror vault that exists outside this app (e.g. created in the console), so restores can read
   * from it and its source's one mirror is counted (HBR001). Nothing is created for it. Named like
   * `BackupVault.fromVaultAttributes`.
   */
  public static fromVaultAttributes(scope: Construct, id: string, attributes: MirrorVaultAttributes): IMirrorVault {
    return new ImportedMirrorVault(scope, id, attributes, "MirrorVault.fromVaultAttributes");
  }

  /**
   * The former name of {@link MirrorVault.fromVaultAttributes}, kept for existing callers; it does the same.
   * @deprecated use fromVaultAttributes
   */
  public static fromMirrorAttributes(scope: Construct, id: string, attributes: MirrorVaultAttributes): IMirrorVault {
    return new ImportedMirrorVault(scope, id, attributes, "MirrorVault.fromMirrorAttributes");
  }

  public readonly vaultRole = "mirror" as const;
  public readonly backups: MirrorRefusesBackups = MIRROR_REFUSES_BACKUPS;
  /** The generated `alicloud_hbr_replication_vault` resource, for escape hatches. */
  public readonly resource: HbrReplicationVault;
  public readonly source: IBackupVault;
  public readonly vaultName: string;
  public readonly region: string;
  /** The encryption method, when known (the source's unless given). */
  public readonly encryption?: VaultEncryption;
  /** The provider configuration the mirror is created with (configured for the mirror's region). */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: MirrorVaultProps) {
    super(scope, constructId(scope, id, "MirrorVault"));
    const path = this.node.path;
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(path, `props must be an object, got ${describeValue(props)}.`, "Pass { source, region, vaultName, ... }.");
    }
    this.source = checkSource(path, props.source, this);
    this.vaultName = requireString(path, "vaultName", props.vaultName)!;
    const description = requireString(path, "description", props.description, true);
    const kmsKeyId = requireString(path, "kmsKeyId", props.kmsKeyId, true);
    const regionProp = requireString(path, "region", props.region, true);
    this.encryption = optionalEnum(path, "encryption", props.encryption, VAULT_ENCRYPTIONS) ?? this.source.encryption;
    const preventDestroy = optionalBoolean(path, "preventDestroy", props.preventDestroy);

    // The service replicates within one account: without a provider, the mirror goes in its source's.
    ({ provider: this.provider, region: this.region } = placeInRegion(this, regionProp, props.provider, undefined, this.source.provider));

    this.resource = new HbrReplicationVault(this, "Resource", {
      provider: this.provider,
      vaultName: this.vaultName,
      description,
      replicationSourceRegionId: this.source.region,
      // The reference to the source's id is what makes Terraform destroy the mirror before its source;
      // across stacks, cdktf turns it into a dependency of this stack on the source's.
      replicationSourceVaultId: this.source.vaultId,
      encryptType: this.encryption,
      kmsKeyId,
      lifecycle: preventDestroy ? { preventDestroy: true } : undefined,
    });
    this.orderAfterSourceStack();
    HbrRules.of(this).register({ construct: this });
  }

  /**
   * Across stacks, `cdktf destroy` removes dependent stacks first, so the mirror's stack depends on its
   * source's. The cross-stack reference adds that dependency when the app synthesizes; adding it now
   * makes it visible at once, and a dependency the other way (a cycle) is refused by cdktf at the
   * call that makes it, naming both stacks.
   */
  private orderAfterSourceStack(): void {
    if (!hasMarker(this.source, BACKUP_VAULT_SYMBOL)) return;
    const mirrorStack = TerraformStack.of(this);
    const sourceStack = TerraformStack.of(this.source);
    if (mirrorStack !== sourceStack && !mirrorStack.dependsOn(sourceStack)) mirrorStack.addDependency(sourceStack);
  }

  private vaultIdToken?: string;

  /** The mirror vault's id: a reference to the resource's `id`, made on first use. */
  public get vaultId(): string {
    return (this.vaultIdToken ??= this.resource.id);
  }
}

Object.defineProperty(MirrorVault.prototype, MIRROR_VAULT_SYMBOL, { value: true });

/** A mirror vault declared outside this app. */
class ImportedMirrorVault extends Construct implements IMirrorVault {
  public readonly vaultRole = "mirror" as const;
  public readonly backups: MirrorRefusesBackups = MIRROR_REFUSES_BACKUPS;
  public readonly vaultId: string;
  public readonly vaultName: string;
  public readonly region: string;
  public readonly source: IBackupVault;
  public readonly encryption?: VaultEncryption;
  /** Nothing is managed for an imported mirror, so it has no provider. */
  public readonly provider = undefined;

  constructor(scope: Construct, id: string, attributes: MirrorVaultAttributes, method: string) {
    super(scope, constructId(scope, id, method));
    const path = this.node.path;
    if (typeof attributes !== "object" || attributes === null) {
      throw new HbrConfigurationError(path, `attributes must be an object, got ${describeValue(attributes)}.`, "Pass { vaultId, region, source, ... }.");
    }
    this.vaultId = requireString(path, "vaultId", attributes.vaultId)!;
    if (this.vaultId.trim() === "") throw new HbrConfigurationError(path, "vaultId is empty.", "Pass the existing mirror vault's id.");
    this.region = requireString(path, "region", attributes.region)!;
    if (this.region.trim() === "") throw new HbrConfigurationError(path, "region is empty.", 'Pass the region id the mirror vault is in, e.g. "cn-shanghai".');
    this.source = checkSource(path, attributes.source, this);
    this.vaultName = requireString(path, "vaultName", attributes.vaultName, true) ?? this.vaultId;
    this.encryption = optionalEnum(path, "encryption", attributes.encryption, VAULT_ENCRYPTIONS) ?? this.source.encryption;
    HbrRules.of(this).register({ construct: this });
    recordImport(this, {
      role: "mirror",
      path,
      vaultId: this.vaultId,
      region: this.region,
      vaultName: attributes.vaultName,
      encryption: this.encryption,
      sourceVaultId: this.source.vaultId,
      sourceRegion: this.source.region,
    });
  }
}

/** Refuses what cannot be a source at all; what can be but breaks a rule is reported at synth. */
function checkSource(path: string, source: unknown, mirror: Construct): IBackupVault {
  if (typeof source !== "object" || source === null || !("vaultId" in source) || !("region" in source) || !("node" in source)) {
    throw new HbrConfigurationError(
      path,
      `source must be a backup vault (a BackupVault or BackupVault.fromVaultAttributes), got ${describeValue(source)}.`,
      "Pass the vault to mirror as source.",
    );
  }
  const vault = source as IBackupVault;
  if (vault.node.root !== mirror.node.root) {
    throw new HbrConfigurationError(
      path,
      `the source vault ${vault.node.path} belongs to another cdktf App; a construct can reference only constructs of its own app.`,
      "Declare the source in the same App, or import it in this app with BackupVault.fromVaultAttributes.",
    );
  }
  return vault;
}
