import { IConstruct } from "constructs";
import { TerraformProvider } from "./private/framework";
import { VaultEncryption, VaultType } from "./private/service-enums";

export { VaultEncryption, VaultType };

/** What every vault has, backup vault or mirror. */
export interface IVault extends IConstruct {
  /** The vault id (a Terraform reference for declared vaults). */
  readonly vaultId: string;
  /** The vault name. */
  readonly vaultName: string;
  /** The region id the vault is in. */
  readonly region: string;
  /**
   * The vault's encryption method.
   * @default undefined when unknown (an imported vault whose encryption was not given)
   */
  readonly encryption?: VaultEncryption;
}

/** What a mirror vault says when it is passed where backups are written: the reason, in TypeScript's own error message. */
export type MirrorRefusesBackups = "refused: a mirror vault receives its source's backups by replication only; back up into its source vault (HBR002)";

/**
 * A vault that backups can be written into: a backup vault, never a mirror. What backup rules take;
 * passing a mirror fails to compile with a message that says why (`backups: "refused: ..."`).
 */
export interface IBackupTarget extends IVault {
  /** Backups can be written into this vault. */
  readonly backups: "accepted";
}

/**
 * A backup vault: where backups land, and what a mirror vault replicates. Declared with
 * {@link BackupVault} or imported with `BackupVault.fromVaultAttributes`. A mirror vault is not an
 * `IBackupVault`: it cannot be a mirror's source nor a backup target.
 */
export interface IBackupVault extends IBackupTarget {
  /** Tells backup vaults from mirror vaults, at compile time and at run time. */
  readonly vaultRole: "backup";
  /**
   * The vault type.
   * @default undefined when unknown (an imported vault whose type was not given)
   */
  readonly vaultType?: VaultType | string;
  /**
   * The provider configuration the vault is managed with.
   * @default undefined for imported vaults
   */
  readonly provider?: TerraformProvider;
  /** Declares this vault's mirror vault (a vault has at most one). */
  addMirror(id: string, options: MirrorVaultOptions): IMirrorVault;
}

/** A mirror (replication target) vault: a read-only copy of one backup vault, usually in another region. */
export interface IMirrorVault extends IVault {
  /** Tells mirror vaults from backup vaults, at compile time and at run time. */
  readonly vaultRole: "mirror";
  /** Nothing is backed up into a mirror vault: the reason, for TypeScript's message when one is passed as a backup target. */
  readonly backups: MirrorRefusesBackups;
  /** The backup vault this mirror replicates. */
  readonly source: IBackupVault;
  /**
   * The provider configuration the mirror is managed with.
   * @default undefined for imported mirrors
   */
  readonly provider?: TerraformProvider;
}

/** Where a vault or mirror is created: a region, a provider configuration, or both (they must agree). */
export interface RegionalProps {
  /**
   * The Alibaba Cloud region id, e.g. `cn-hangzhou`. Required unless `provider` is given and sets a region.
   * @default the region of `provider`
   */
  readonly region?: string;
  /**
   * The alicloud provider configuration to use (any provider whose Terraform type is `alicloud`,
   * e.g. one with `assume_role` into another account).
   * @default a provider of the stack configured for `region` in the default account (for a mirror: in its
   *   source's account); when there is none, one is added with `alias` = `region` (in another account:
   *   `<region>-<account id>`) and no credentials
   */
  readonly provider?: TerraformProvider;
}

/** Options for a mirror vault, as given to `IBackupVault.addMirror`. */
export interface MirrorVaultOptions extends RegionalProps {
  /** The mirror vault's name: 1-32 characters. */
  readonly vaultName: string;
  /**
   * A description of at most 255 characters.
   * @default no description
   */
  readonly description?: string;
  /**
   * The encryption method; must be the source's.
   * @default the source's encryption method
   */
  readonly encryption?: VaultEncryption;
  /**
   * The KMS key (id or alias) in the mirror's region; required with KMS encryption, refused without it.
   * @default no key
   */
  readonly kmsKeyId?: string;
  /**
   * Adds Terraform `lifecycle.prevent_destroy`, so a plan that would destroy the mirror fails.
   * @default false
   */
  readonly preventDestroy?: boolean;
}
