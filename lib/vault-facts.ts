import { TerraformProvider, Token } from "./private/framework";
import { providerSettings } from "./regional-provider";
import { VaultFacts } from "./rules/vault-rules";
import { IBackupVault } from "./vault";

/** The facts of a source vault, whether or not it was declared with this library. */
export function sourceVaultFacts(source: IBackupVault): VaultFacts {
  const own = (source as { _vaultFacts?: () => VaultFacts })._vaultFacts;
  if (typeof own === "function") return own.call(source);
  const id = literal(source.vaultId);
  const region = literal(source.region);
  return {
    key: id !== undefined && region !== undefined ? `vault:${region}/${id}` : source.node.path,
    path: source.node.path,
    role: (source as { vaultRole?: string }).vaultRole === "mirror" ? "mirror" : "backup",
    imported: true,
    name: literal(source.vaultName),
    region,
    encryption: source.encryption,
    vaultType: source.vaultType,
  };
}

/** The value when it is a literal string; `undefined` for tokens and absent values. */
export function literal(value: string | undefined): string | undefined {
  return typeof value !== "string" || Token.isUnresolved(value) ? undefined : value;
}

/**
 * A mirror's facts for the rules, plus its source's when the source is not a construct of this
 * library (those register their own facts), so the rules can see the source either way.
 */
export function mirrorAndSourceFacts(mirror: VaultFacts, source: IBackupVault): VaultFacts[] {
  const sourceRegistersItself = typeof (source as { _vaultFacts?: unknown })._vaultFacts === "function";
  return sourceRegistersItself ? [mirror] : [mirror, sourceVaultFacts(source)];
}

/** The configuration a vault's or mirror's generated resource holds (both generated classes have it). */
export interface VaultResourceInputs {
  /** `vault_name` as set. */
  readonly vaultNameInput?: string;
  /** `description` as set. */
  readonly descriptionInput?: string;
  /** `encrypt_type` as set. */
  readonly encryptTypeInput?: string;
  /** `kms_key_id` as set. */
  readonly kmsKeyIdInput?: string;
}

/** What a vault declared with this library knows about itself, for {@link declaredVaultFacts}. */
export interface DeclaredVaultFields {
  /** The construct path: identity and where findings go. */
  readonly path: string;
  /**
   * The generated resource: the facts are read from it, so changes made through the escape hatch
   * are checked too.
   */
  readonly resource: VaultResourceInputs;
  /** The vault name the construct was given (when the resource holds none). */
  readonly vaultName: string;
  /** The region id ("" when unknown). */
  readonly region: string;
  /** The provider the vault is created with; its account is what quotas count against. */
  readonly provider: TerraformProvider;
  /** A backup vault's type. */
  readonly vaultType?: string;
  /** A mirror's source's {@link VaultFacts.key}. */
  readonly sourceKey?: string;
}

/** The facts the rules read about a vault or mirror declared with this library (tokens become unknowns). */
export function declaredVaultFacts(role: "backup" | "mirror", fields: DeclaredVaultFields): VaultFacts {
  const { resource } = fields;
  const kmsKeyId = resource.kmsKeyIdInput;
  return {
    key: fields.path,
    path: fields.path,
    role,
    name: literal(resource.vaultNameInput ?? fields.vaultName),
    description: literal(resource.descriptionInput),
    region: literal(fields.region) || undefined,
    account: providerSettings(fields.provider).account,
    encryption: resource.encryptTypeInput,
    // A blank key is no key: the service would reject it as missing.
    hasKmsKeyId: kmsKeyId !== undefined && kmsKeyId.trim() !== "",
    vaultType: fields.vaultType,
    sourceKey: fields.sourceKey,
  };
}
