import { Construct } from "constructs";
import { TerraformProvider } from "./private/framework";
import { ecsBackupClientFor } from "./backup-client";
import { EcsBackupClientOptions } from "./backup-source";
import { HbrConfigurationError, constructId, describeValue, optionalBoolean, optionalEnum, optionalJsonList, optionalStringList, requireNonEmptyString, requireOptionsObject, requireString } from "./private/arguments";
import { HbrEcsBackupClient } from "./gen/providers/alicloud/hbr-ecs-backup-client";
import { HbrRestoreJob, HbrRestoreJobConfig } from "./gen/providers/alicloud/hbr-restore-job";
import { placeInRegion } from "./placement";
import { HbrRules } from "./hbr-rules";
import { IVault, RegionalProps } from "./vault";
import { literal } from "./private/values";
import { CLIENT_NETWORK_TYPES } from "./private/service-enums";

/** The list form a restore's include and exclude fixes show. */
const PATH_EXAMPLE = '["/data"]';

/** Options of {@link RestoreTarget.ecsFiles}. */
export interface EcsFilesRestoreOptions {
  /** The directory on the target instance to restore into. */
  readonly path: string;
  /**
   * Paths of the backup to restore.
   * @default everything in the backup
   */
  readonly include?: string[];
  /**
   * Paths of the backup to leave out.
   * @default nothing is left out
   */
  readonly exclude?: string[];
  /**
   * Declares the HBR backup client on the target instance (`alicloud_hbr_ecs_backup_client`, with the
   * job's provider) and makes the job depend on it: files are restored through the client. A binding
   * or restore job of the stack that already declares the client for the same instance id and provider
   * shares it. Set `false` when the instance's client is managed elsewhere.
   * @default true
   */
  readonly installClient?: boolean;
  /**
   * Settings of the client declared when `installClient` is true.
   * @default the service's defaults
   */
  readonly client?: EcsBackupClientOptions;
}

/** Options of {@link RestoreTarget.oss}. */
export interface OssRestoreOptions {
  /**
   * The prefix to restore objects under in the target bucket.
   * @default "" (the objects' original keys)
   */
  readonly prefix?: string;
  /**
   * Objects of the backup to restore.
   * @default everything in the backup
   */
  readonly include?: string[];
  /**
   * Objects of the backup to leave out.
   * @default nothing is left out
   */
  readonly exclude?: string[];
}

/** Options of {@link RestoreTarget.nas}. */
export interface NasRestoreOptions {
  /** When the target file system was created, in ISO 8601 (e.g. `2021-07-09T07:45:30Z`): the service needs it to find the file system. */
  readonly fileSystemCreateTime: string;
  /**
   * The directory of the file system to restore into.
   * @default "/"
   */
  readonly path?: string;
  /**
   * Files of the backup to restore.
   * @default everything in the backup
   */
  readonly include?: string[];
  /**
   * Files of the backup to leave out.
   * @default nothing is left out
   */
  readonly exclude?: string[];
}

/** Options of {@link RestoreTarget.tablestore}. */
export interface TablestoreRestoreOptions {
  /** The table of the backup to restore. */
  readonly sourceTable: string;
  /**
   * The table to restore into.
   * @default the source table's name
   */
  readonly targetTable?: string;
  /**
   * The point in time to restore, in UNIX seconds, within the snapshot.
   * @default "0": the end of the snapshot
   */
  readonly targetTime?: string;
  /**
   * Overwrites rows that exist in the target table.
   * @default the service's default
   */
  readonly overwriteExisting?: boolean;
}

/**
 * Where a {@link RestoreJob} restores to, which also fixes what kind of backup it restores (the
 * service's source and restore types correspond one to one).
 */
export class RestoreTarget {
  /**
   * Files of an ECS file backup, restored onto an ECS instance (`ECS_FILE`); declares the instance's
   * backup client unless `installClient` is false.
   */
  public static ecsFiles(instanceId: string, options: EcsFilesRestoreOptions): RestoreTarget {
    const api = "RestoreTarget.ecsFiles";
    const opts = requireOptions(api, options);
    const install = optionalBoolean(api, "installClient", opts.installClient) ?? true;
    const client = opts.client ?? {};
    if (typeof client !== "object" || client === null) {
      throw new HbrConfigurationError(api, `client must be an object, got ${describeValue(client)}.`, "Pass { networkType, useHttps } or leave client out.");
    }
    return new RestoreTarget(
      "ECS_FILE",
      "ECS_FILE",
      {
        targetInstanceId: requireNonEmptyString(api, "instanceId", instanceId),
        targetPath: requireNonEmptyString(api, "path", opts.path),
        include: optionalJsonList(api, "include", opts.include, PATH_EXAMPLE),
        exclude: optionalJsonList(api, "exclude", opts.exclude, PATH_EXAMPLE),
      },
      install
        ? {
            networkType: optionalEnum(api, "client.networkType", client.networkType, CLIENT_NETWORK_TYPES),
            useHttps: optionalBoolean(api, "client.useHttps", client.useHttps),
          }
        : undefined,
    );
  }

  /** Objects of an OSS backup, restored into a bucket (`OSS`). */
  public static oss(bucket: string, options: OssRestoreOptions = {}): RestoreTarget {
    const api = "RestoreTarget.oss";
    const opts = requireOptions(api, options);
    return new RestoreTarget("OSS", "OSS", {
      targetBucket: requireNonEmptyString(api, "bucket", bucket),
      targetPrefix: requireString(api, "prefix", opts.prefix, true) ?? "",
      options: filterOptions(api, opts.include, opts.exclude),
    });
  }

  /** Files of a NAS backup, restored into a NAS file system (`NAS`). */
  public static nas(fileSystemId: string, options: NasRestoreOptions): RestoreTarget {
    const api = "RestoreTarget.nas";
    const opts = requireOptions(api, options);
    return new RestoreTarget("NAS", "NAS", {
      targetFileSystemId: requireNonEmptyString(api, "fileSystemId", fileSystemId),
      targetCreateTime: requireNonEmptyString(api, "fileSystemCreateTime", opts.fileSystemCreateTime),
      targetPath: requireString(api, "path", opts.path, true) ?? "/",
      options: filterOptions(api, opts.include, opts.exclude),
    });
  }

  /** A table of a Tablestore backup, restored into a Tablestore instance (`OTS_TABLE`). */
  public static tablestore(instanceName: string, options: TablestoreRestoreOptions): RestoreTarget {
    const api = "RestoreTarget.tablestore";
    const opts = requireOptions(api, options);
    const sourceTable = requireNonEmptyString(api, "sourceTable", opts.sourceTable);
    const overwriteExisting = optionalBoolean(api, "overwriteExisting", opts.overwriteExisting);
    return new RestoreTarget("OTS_TABLE", "OTS_TABLE", {
      targetInstanceName: requireNonEmptyString(api, "instanceName", instanceName),
      targetTableName: requireString(api, "targetTable", opts.targetTable, true) ?? sourceTable,
      // The provider takes the table to restore from in `include` for Tablestore restores.
      include: sourceTable,
      targetTime: requireString(api, "targetTime", opts.targetTime, true) ?? "0",
      otsDetail: overwriteExisting === undefined ? undefined : { overwriteExisting },
    });
  }

  private constructor(
    /** The job's `source_type`: the kind of backup restored. */
    public readonly sourceType: string,
    /** The job's `restore_type`: the kind of destination. */
    public readonly restoreType: string,
    private readonly attributes: Partial<HbrRestoreJobConfig>,
    /** For ECS files: the backup client to declare on the target instance; `undefined` when none is declared. */
    public readonly backupClient?: EcsBackupClientOptions,
  ) {}

  /** @internal The target's attributes of the generated `HbrRestoreJob`. */
  public _jobAttributes(): Partial<HbrRestoreJobConfig> {
    return this.attributes;
  }
}

/** Properties of a {@link RestoreJob}. */
export interface RestoreJobProps extends RegionalProps {
  /**
   * The vault holding the backup: a backup vault, or a mirror vault (restoring from a mirror is what a
   * mirror is for). The job runs in this vault's region.
   */
  readonly vault: IVault;
  /** The id of the snapshot (backup) to restore, e.g. from the `alicloud_hbr_snapshots` data source. */
  readonly snapshotId: string;
  /** The hash of that snapshot. */
  readonly snapshotHash: string;
  /** Where to restore to, made with {@link RestoreTarget}. */
  readonly target: RestoreTarget;
  /**
   * An id of your choice for the job, unique for ever.
   * @default the service assigns one
   */
  readonly restoreJobId?: string;
}

/**
 * A restore job (`alicloud_hbr_restore_job`): restores one snapshot from a backup vault or a mirror
 * vault, in that vault's region. The service creates the job once; it cannot be changed or deleted, so
 * changing any property creates a new job. An ECS file restore also declares the target instance's HBR
 * backup client (`alicloud_hbr_ecs_backup_client`, once per instance and provider, shared with bindings
 * of the instance) and depends on it, unless the target says `installClient: false`.
 *
 * @example
 * new RestoreJob(stack, "DrDrill", {
 *   vault: mirror,
 *   snapshotId, snapshotHash,
 *   target: RestoreTarget.ecsFiles("i-uf6...", { path: "/restore" }),
 * });
 */
export class RestoreJob extends Construct {
  /** The generated `alicloud_hbr_restore_job` resource, for escape hatches. */
  public readonly resource: HbrRestoreJob;
  /** The vault restored from. */
  public readonly vault: IVault;
  /** The region the job runs in. */
  public readonly region: string;
  /** The provider configuration the job is created with. */
  public readonly provider: TerraformProvider;
  /** The backup client on the target instance the job depends on, when the target declares one. */
  public readonly backupClient?: HbrEcsBackupClient;

  constructor(scope: Construct, id: string, props: RestoreJobProps) {
    super(scope, constructId(scope, id, "RestoreJob"));
    const path = this.node.path;
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(path, `props must be an object, got ${describeValue(props)}.`, "Pass { vault, snapshotId, snapshotHash, target }.");
    }
    this.vault = checkVault(this, props.vault);
    const target = props.target as RestoreTarget;
    if (typeof target !== "object" || target === null || typeof target._jobAttributes !== "function") {
      throw new HbrConfigurationError(path, `target must be a RestoreTarget, got ${describeValue(target)}.`, "Make it with RestoreTarget.ecsFiles, .oss, .nas or .tablestore.");
    }
    const snapshotId = requireNonEmpty(path, "snapshotId", props.snapshotId);
    const snapshotHash = requireNonEmpty(path, "snapshotHash", props.snapshotHash);
    const restoreJobId = requireString(path, "restoreJobId", props.restoreJobId, true);
    const regionProp = requireString(path, "region", props.region, true);

    const rules = HbrRules.of(this);
    const vaultRegion = literal(this.vault.region);
    // Without a region or provider the job follows its vault: the service runs a restore where the vault is.
    ({ provider: this.provider, region: this.region } = placeInRegion(this, regionProp, props.provider, vaultRegion));

    // Files are restored through the target instance's backup client, in the job's region and account.
    const attributes = target._jobAttributes();
    const client = target.backupClient;
    const use = client !== undefined && attributes.targetInstanceId !== undefined ? ecsBackupClientFor(this, this.provider, attributes.targetInstanceId, client) : undefined;
    this.backupClient = use?.client;

    this.resource = new HbrRestoreJob(this, "Resource", {
      ...attributes,
      provider: this.provider,
      vaultId: this.vault.vaultId,
      snapshotId,
      snapshotHash,
      sourceType: target.sourceType,
      restoreType: target.restoreType,
      restoreJobId,
      // Created after the client, and the client is deleted after the job.
      dependsOn: this.backupClient ? [this.backupClient] : undefined,
    });
    rules.register({ construct: this });
  }

}


function checkVault(job: Construct, vault: unknown): IVault {
  const path = job.node.path;
  const v = vault as IVault;
  if (typeof vault !== "object" || vault === null || typeof v.vaultId !== "string" || typeof v.region !== "string" || !("node" in vault)) {
    throw new HbrConfigurationError(path, `vault must be a backup vault or a mirror vault, got ${describeValue(vault)}.`, "Pass the vault holding the backup (a BackupVault, a MirrorVault or an import of either).");
  }
  if (v.node.root !== job.node.root) {
    throw new HbrConfigurationError(path, `the vault ${v.node.path} belongs to another cdktf App.`, "Declare the vault in the same App, or import it with BackupVault.fromVaultAttributes or MirrorVault.fromVaultAttributes.");
  }
  return v;
}

function requireNonEmpty(path: string, prop: string, value: unknown): string {
  return requireNonEmptyString(path, prop, value, `Pass the ${prop} of the snapshot to restore.`);
}

function requireOptions<T>(api: string, options: T): T {
  return requireOptionsObject(api, options, "Pass the options object.");
}

/** OSS and NAS restores need `options`: `{"includes":[...],"excludes":[...]}`. */
function filterOptions(api: string, include: unknown, exclude: unknown): string {
  return JSON.stringify({ includes: optionalStringList(api, "include", include, PATH_EXAMPLE) ?? [], excludes: optionalStringList(api, "exclude", exclude, PATH_EXAMPLE) ?? [] });
}
