import { HbrConfigurationError, describeValue, optionalBoolean, optionalEnum, optionalJsonList, optionalStringList, requireNonEmptyString, requireOptionsObject, requireString } from "./private/arguments";
import { HbrPolicyBindingAdvancedOptions } from "./gen/providers/alicloud/hbr-policy-binding";
import { BackupSourceType, CLIENT_NETWORK_TYPES, ClientNetworkType } from "./private/service-enums";

export { BackupSourceType, ClientNetworkType };

/** Settings of the HBR backup client an ECS file source installs (`alicloud_hbr_ecs_backup_client`). */
export interface EcsBackupClientOptions {
  /**
   * The network the client sends backups over.
   * @default the service's choice
   */
  readonly networkType?: ClientNetworkType;
  /**
   * Sends backup data over HTTPS.
   * @default the service's default
   */
  readonly useHttps?: boolean;
}

/** Options of {@link BackupSource.ecsFiles}. */
export interface EcsFilesSourceOptions {
  /**
   * The directories or files to back up (absolute paths).
   * @default every path of the instance
   */
  readonly paths?: string[];
  /**
   * File patterns to back up, e.g. `*.sql`; at most 255 characters in all.
   * @default every file under `paths`
   */
  readonly include?: string[];
  /**
   * File patterns to skip, e.g. `*.tmp`; at most 255 characters in all.
   * @default nothing is skipped
   */
  readonly exclude?: string[];
  /**
   * Throttling: `{start hour}:{end hour}:{KB/s}` rules separated by `|`, e.g. `0:8:10240|8:24:1024`.
   * @default no throttling
   */
  readonly speedLimit?: string;
  /**
   * Declares the HBR backup client on the instance (`alicloud_hbr_ecs_backup_client`) and makes the
   * binding depend on it: file backups need the client. Set `false` when the client is managed elsewhere.
   * @default true
   */
  readonly installClient?: boolean;
  /**
   * Settings of the client declared when `installClient` is true.
   * @default the service's defaults
   */
  readonly client?: EcsBackupClientOptions;
}

/** Options of {@link BackupSource.ecsInstance}. */
export interface EcsInstanceSourceOptions {
  /**
   * The disks to back up.
   * @default every disk of the instance
   */
  readonly diskIds?: string[];
  /**
   * Disks to leave out.
   * @default none
   */
  readonly excludeDiskIds?: string[];
  /**
   * A KMS key to encrypt the backup copies with.
   * @default the service's encryption
   */
  readonly destinationKmsKeyId?: string;
}

/** Options of {@link BackupSource.oss}. */
export interface OssSourceOptions {
  /**
   * Back up only objects under this prefix, e.g. `uploads/`.
   * @default the whole bucket
   */
  readonly prefix?: string;
}

/** Options of {@link BackupSource.nas}. */
export interface NasSourceOptions {
  /**
   * File patterns to back up; at most 255 characters in all.
   * @default every file
   */
  readonly include?: string[];
  /**
   * File patterns to skip; at most 255 characters in all.
   * @default nothing is skipped
   */
  readonly exclude?: string[];
}

/** What a binding emits for a source (camelCase attributes of the generated `HbrPolicyBinding`). */
interface SourceAttributes {
  readonly source?: string;
  readonly include?: string;
  readonly exclude?: string;
  readonly speedLimit?: string;
  readonly advancedOptions?: HbrPolicyBindingAdvancedOptions;
}


/**
 * A data source to bind to a {@link BackupPolicy}: ECS files, a whole ECS instance, an OSS bucket, a NAS
 * file system or a Tablestore instance. Made with the static factories and passed to `policy.bind`.
 *
 * @example
 * policy.bind("AppFiles", BackupSource.ecsFiles("i-bp1...", { paths: ["/var/lib/app"], exclude: ["*.tmp"] }));
 * policy.bind("Uploads", BackupSource.oss("my-bucket", { prefix: "uploads/" }));
 */
export class BackupSource {
  /** Files on an ECS instance (`ECS_FILE`); declares the instance's backup client unless `installClient` is false. */
  public static ecsFiles(instanceId: string, options: EcsFilesSourceOptions = {}): BackupSource {
    const api = "BackupSource.ecsFiles";
    const id = requireId(api, "instanceId", instanceId);
    const opts = requireOptions(api, options);
    const install = optionalBoolean(api, "installClient", opts.installClient) ?? true;
    const client = opts.client ?? {};
    if (typeof client !== "object" || client === null) {
      throw new HbrConfigurationError(api, `client must be an object, got ${describeValue(client)}.`, "Pass { networkType, useHttps } or leave client out.");
    }
    return new BackupSource(
      BackupSourceType.ECS_FILE,
      id,
      {
        source: optionalJsonList(api, "paths", opts.paths),
        include: optionalJsonList(api, "include", opts.include),
        exclude: optionalJsonList(api, "exclude", opts.exclude),
        speedLimit: requireString(api, "speedLimit", opts.speedLimit, true),
      },
      install
        ? {
            networkType: optionalEnum(api, "client.networkType", client.networkType, CLIENT_NETWORK_TYPES),
            useHttps: optionalBoolean(api, "client.useHttps", client.useHttps),
          }
        : undefined,
    );
  }

  /** A whole ECS instance (`UDM_ECS`), backed up as snapshots; bind it to a UDM_ECS_ONLY policy. */
  public static ecsInstance(instanceId: string, options: EcsInstanceSourceOptions = {}): BackupSource {
    const api = "BackupSource.ecsInstance";
    const id = requireId(api, "instanceId", instanceId);
    const opts = requireOptions(api, options);
    const diskIdList = optionalStringList(api, "diskIds", opts.diskIds);
    const excludeDiskIdList = optionalStringList(api, "excludeDiskIds", opts.excludeDiskIds);
    const destinationKmsKeyId = requireString(api, "destinationKmsKeyId", opts.destinationKmsKeyId, true);
    const hasDetail = diskIdList !== undefined || excludeDiskIdList !== undefined || destinationKmsKeyId !== undefined;
    return new BackupSource(BackupSourceType.UDM_ECS, id, {
      advancedOptions: hasDetail ? { udmDetail: { diskIdList, excludeDiskIdList, destinationKmsKeyId } } : undefined,
    });
  }

  /** An OSS bucket (`OSS`), by name. */
  public static oss(bucket: string, options: OssSourceOptions = {}): BackupSource {
    const api = "BackupSource.oss";
    const name = requireId(api, "bucket", bucket);
    const opts = requireOptions(api, options);
    return new BackupSource(BackupSourceType.OSS, name, { source: requireString(api, "prefix", opts.prefix, true) });
  }

  /** An Alibaba Cloud NAS file system (`NAS`), by id. The service adds a mount target to it for backups. */
  public static nas(fileSystemId: string, options: NasSourceOptions = {}): BackupSource {
    const api = "BackupSource.nas";
    const id = requireId(api, "fileSystemId", fileSystemId);
    const opts = requireOptions(api, options);
    return new BackupSource(BackupSourceType.NAS, id, { include: optionalJsonList(api, "include", opts.include), exclude: optionalJsonList(api, "exclude", opts.exclude) });
  }

  /** A Tablestore instance (`OTS`), by instance name; its policy's vault must be an OTS_BACKUP vault. */
  public static tablestore(instanceName: string): BackupSource {
    const api = "BackupSource.tablestore";
    return new BackupSource(BackupSourceType.OTS, requireId(api, "instanceName", instanceName), {});
  }

  private constructor(
    /** The binding's `source_type`. */
    public readonly sourceType: BackupSourceType,
    /** The binding's `data_source_id`: instance id, bucket name, file system id or Tablestore instance name. */
    public readonly dataSourceId: string,
    private readonly attributes: SourceAttributes,
    /** For ECS files: the backup client to declare; `undefined` when none is declared. */
    public readonly backupClient?: EcsBackupClientOptions,
  ) {}

  /** @internal The source's attributes of the generated `HbrPolicyBinding`. */
  public _bindingAttributes(): SourceAttributes {
    return this.attributes;
  }
}

function requireId(api: string, prop: string, value: unknown): string {
  return requireNonEmptyString(api, prop, value, `Pass the ${prop} of the data source.`);
}

function requireOptions<T>(api: string, options: T): T {
  return requireOptionsObject(api, options, "Pass an options object or leave it out.");
}
