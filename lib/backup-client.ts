import { Construct } from "constructs";
import { TerraformProvider } from "./private/framework";
import type { EcsBackupClientOptions } from "./backup-source";
import { HbrEcsBackupClient } from "./gen/providers/alicloud/hbr-ecs-backup-client";

/**
 * One HBR backup client per ECS instance and provider configuration (so per stack, region and account):
 * a binding of the instance's files and a restore job onto the same instance share it, whichever is
 * declared first. The instance id is compared as written (a literal or the same token).
 */
const clientsByProvider = new WeakMap<TerraformProvider, Map<string, HbrEcsBackupClient>>();

/** The backup client {@link ecsBackupClientFor} returns, and whether this call declared it. */
export interface EcsBackupClientUse {
  /** The `alicloud_hbr_ecs_backup_client` of the instance, declared now or earlier. */
  readonly client: HbrEcsBackupClient;
  /** True when this call declared the client (its owner checks its settings, once). */
  readonly declared: boolean;
}

/**
 * The instance's backup client with `provider`: the one already declared for the same instance id and
 * provider, or a new `alicloud_hbr_ecs_backup_client` with id `BackupClient` under `owner`.
 */
export function ecsBackupClientFor(owner: Construct, provider: TerraformProvider, instanceId: string, options: EcsBackupClientOptions): EcsBackupClientUse {
  let clients = clientsByProvider.get(provider);
  if (!clients) clientsByProvider.set(provider, (clients = new Map()));
  const existing = clients.get(instanceId);
  if (existing) return { client: existing, declared: false };
  const client = new HbrEcsBackupClient(owner, "BackupClient", {
    provider,
    instanceId,
    dataNetworkType: options.networkType,
    useHttps: options.useHttps,
  });
  clients.set(instanceId, client);
  return { client, declared: true };
}
