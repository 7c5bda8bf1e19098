import { Testing } from "cdktf";
import { BackupAndRestoreStack } from "../../examples/backup-and-restore";
import { HbrRules } from "../../lib";
import { addressOf, onlyResource, resourcesOf } from "../policy/support";
import { expectSchemaValid, synthJson } from "../support";

describe("examples/backup-and-restore", () => {
  const app = Testing.app();
  const stack = new BackupAndRestoreStack(app, "backup-and-restore");
  const doc = synthJson(stack);
  const ref = (type: string) => `\${${addressOf(doc, type)}.id}`;
  /** The address of the backup client declared for an instance id. */
  const clientOf = (instanceId: string) => {
    const [name] = Object.entries(doc.resource.alicloud_hbr_ecs_backup_client as Record<string, { instance_id: string }>).find(([, c]) => c.instance_id === instanceId)!;
    return `alicloud_hbr_ecs_backup_client.${name}`;
  };

  test("its output passes the offline schema check and the app has no rule findings", () => {
    expectSchemaValid(doc);
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("declares one aliased provider per region: the vault's and the mirror's", () => {
    expect(doc.provider.alicloud).toEqual([
      { alias: "cn-hangzhou", region: "cn-hangzhou" },
      { alias: "cn-shanghai", region: "cn-shanghai" },
    ]);
  });

  test("mirrors the vault from cn-hangzhou to cn-shanghai", () => {
    expect(onlyResource(doc, "alicloud_hbr_vault")).toMatchObject({ provider: "alicloud.cn-hangzhou", vault_name: "app-backups", vault_type: "STANDARD", lifecycle: { prevent_destroy: true } });
    expect(onlyResource(doc, "alicloud_hbr_replication_vault")).toMatchObject({
      provider: "alicloud.cn-shanghai",
      vault_name: "app-backups-dr",
      replication_source_region_id: "cn-hangzhou",
      replication_source_vault_id: ref("alicloud_hbr_vault"),
    });
  });

  test("backs up every 6 hours into the vault, in the vault's region, with a lifecycle rule", () => {
    expect(onlyResource(doc, "alicloud_hbr_policy")).toMatchObject({
      provider: "alicloud.cn-hangzhou",
      policy_name: "app-every-6h",
      policy_type: "STANDARD",
      rules: [
        { rule_type: "BACKUP", vault_id: ref("alicloud_hbr_vault"), schedule: "I|1735668000|PT6H", retention: 365, backup_type: "COMPLETE", keep_latest_snapshots: 1 },
        { rule_type: "TRANSITION", retention: 365, archive_days: 90, retention_rules: [{ advanced_retention_type: "MONTHLY", retention: 730 }] },
      ],
    });
  });

  test("binds the instance's files (after its backup client) and the uploads bucket to the policy", () => {
    const bindings = Object.fromEntries(resourcesOf(doc, "alicloud_hbr_policy_binding").map((b) => [b.source_type, b]));
    const policy = ref("alicloud_hbr_policy");
    expect(bindings.ECS_FILE).toMatchObject({
      provider: "alicloud.cn-hangzhou",
      policy_id: policy,
      data_source_id: "${var.app_instance_id}",
      source: '["/var/lib/app","/etc/app"]',
      exclude: '["*.tmp","*.log"]',
      depends_on: [clientOf("${var.app_instance_id}")],
    });
    expect(bindings.OSS).toMatchObject({ provider: "alicloud.cn-hangzhou", policy_id: policy, data_source_id: "${var.uploads_bucket}", source: "uploads/" });
  });

  test("declares a backup client on each instance, in its region: the application's and the standby", () => {
    const clients = resourcesOf(doc, "alicloud_hbr_ecs_backup_client").map(({ "//": _metadata, ...attributes }) => attributes);
    expect(clients).toEqual([
      { provider: "alicloud.cn-hangzhou", instance_id: "${var.app_instance_id}" },
      { provider: "alicloud.cn-shanghai", instance_id: "${var.standby_instance_id}" },
    ]);
  });

  test("restores from the mirror, in the mirror's region, onto the standby instance after its backup client", () => {
    expect(onlyResource(doc, "alicloud_hbr_restore_job")).toEqual({
      provider: "alicloud.cn-shanghai",
      vault_id: ref("alicloud_hbr_replication_vault"),
      snapshot_id: "${var.restore_snapshot_id}",
      snapshot_hash: "${var.restore_snapshot_hash}",
      source_type: "ECS_FILE",
      restore_type: "ECS_FILE",
      target_instance_id: "${var.standby_instance_id}",
      target_path: "/restore",
      depends_on: [clientOf("${var.standby_instance_id}")],
    });
  });

  test("takes the environment's ids as Terraform variables", () => {
    expect(Object.keys(doc.variable).sort()).toEqual(["app_instance_id", "restore_snapshot_hash", "restore_snapshot_id", "standby_instance_id", "uploads_bucket"]);
  });
});
