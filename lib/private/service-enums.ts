// The service's value sets, each defined once: the public enums (exported with the constructs that
// take them) and the lists the argument checks and the rules use. Kept free of imports, so the rules
// and the plan guard can use them without the constructs.

/** The kind of backup vault (`vault_type`). */
export enum VaultType {
  /** A general-purpose backup vault (files, ECS, OSS, NAS). */
  STANDARD = "STANDARD",
  /** A vault for Tablestore (OTS) backups. */
  OTS_BACKUP = "OTS_BACKUP",
}

/** How a vault's data is encrypted (`encrypt_type`). */
export enum VaultEncryption {
  /** Keys managed by HBR (`HBR_PRIVATE`). */
  HBR_MANAGED = "HBR_PRIVATE",
  /** A KMS key of yours (`KMS`); needs `kmsKeyId`. */
  KMS = "KMS",
}

/** What a policy backs up (`policy_type`). */
export enum PolicyType {
  /** Files, OSS buckets, NAS file systems and Tablestore instances, into a backup vault. */
  STANDARD = "STANDARD",
  /** Whole ECS instances only, as ECS snapshots (no vault). */
  UDM_ECS_ONLY = "UDM_ECS_ONLY",
}

/** Data source types of a policy binding (`source_type`). */
export enum BackupSourceType {
  /** Files on an ECS instance, through the HBR backup client (ECS File Backup). */
  ECS_FILE = "ECS_FILE",
  /** A whole ECS instance, as ECS snapshots (ECS instance backup); needs a UDM_ECS_ONLY policy. */
  UDM_ECS = "UDM_ECS",
  /** An OSS bucket. */
  OSS = "OSS",
  /** An Alibaba Cloud NAS file system. */
  NAS = "NAS",
  /** A Tablestore (OTS) instance; needs an OTS_BACKUP vault. */
  OTS = "OTS",
}

/** How the HBR client on an ECS instance reaches the service (`data_network_type`). */
export enum ClientNetworkType {
  /** Through the instance's VPC. */
  VPC = "VPC",
  /** Over the classic network. */
  CLASSIC = "CLASSIC",
  /** Over the internet. */
  PUBLIC = "PUBLIC",
}

/** Every {@link VaultType}, for argument checks. */
export const VAULT_TYPES: readonly VaultType[] = Object.freeze(Object.values(VaultType));
/** Every {@link VaultEncryption}, for argument checks. */
export const VAULT_ENCRYPTIONS: readonly VaultEncryption[] = Object.freeze(Object.values(VaultEncryption));
/** Every {@link PolicyType}, for argument checks and the HBR019 check of `policy_type`. */
export const POLICY_TYPES: readonly PolicyType[] = Object.freeze(Object.values(PolicyType));
/** Every {@link ClientNetworkType}, for argument checks. */
export const CLIENT_NETWORK_TYPES: readonly ClientNetworkType[] = Object.freeze(Object.values(ClientNetworkType));
/** Vault types that can have a mirror: both {@link VaultType}s; an override can write another (`ARCHIVE`), which cannot. */
export const MIRRORABLE_VAULT_TYPES: readonly string[] = Object.freeze([VaultType.STANDARD, VaultType.OTS_BACKUP]);
