import { Token } from "cdktf";
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
