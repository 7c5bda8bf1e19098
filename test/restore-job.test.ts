import { TerraformStack, Testing } from "cdktf";
import { AlicloudProvider, BackupVault, HbrConfigurationError, HbrRules, MirrorVault, RestoreJob, RestoreTarget, VaultType } from "../lib";
import { addressOf, findingsOf, onlyResource } from "./policy/support";
import { expectSchemaValid, synthJson } from "./support";

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "s");
  const vault = new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod" });
  const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
  return { app, stack, vault, mirror };
}

const snapshot = { snapshotId: "s-0001", snapshotHash: "f00d" };

describe("RestoreJob", () => {
  test("restores ECS files from a mirror vault, in the mirror's region, with no findings", () => {
    const { app, stack, mirror } = setup();
    const job = new RestoreJob(stack, "Drill", { vault: mirror, ...snapshot, target: RestoreTarget.ecsFiles("i-uf6standby", { path: "/restore", include: ["/var/lib/app"] }) });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_restore_job")).toEqual({
      provider: "alicloud.cn-shanghai",
      vault_id: `\${${addressOf(doc, "alicloud_hbr_replication_vault")}.id}`,
      snapshot_id: "s-0001",
      snapshot_hash: "f00d",
      source_type: "ECS_FILE",
      restore_type: "ECS_FILE",
      target_instance_id: "i-uf6standby",
      target_path: "/restore",
      include: '["/var/lib/app"]',
    });
    expect(job.region).toBe("cn-shanghai");
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("restores OSS objects from a backup vault, with the filter options the service needs", () => {
    const { app, stack, vault } = setup();
    new RestoreJob(stack, "Oss", { vault, ...snapshot, target: RestoreTarget.oss("restored-bucket", { prefix: "restored/", exclude: ["tmp/"] }), restoreJobId: "drill-2025-01" });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_restore_job")).toMatchObject({
      provider: "alicloud.cn-hangzhou",
      source_type: "OSS",
      restore_type: "OSS",
      target_bucket: "restored-bucket",
      target_prefix: "restored/",
      options: '{"includes":[],"excludes":["tmp/"]}',
      restore_job_id: "drill-2025-01",
    });
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("restores a NAS backup into a file system, by default into its root", () => {
    const { stack, mirror } = setup();
    new RestoreJob(stack, "Nas", { vault: mirror, ...snapshot, target: RestoreTarget.nas("0a1b2c", { fileSystemCreateTime: "2021-07-09T07:45:30Z" }) });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_restore_job")).toMatchObject({
      source_type: "NAS",
      restore_type: "NAS",
      target_file_system_id: "0a1b2c",
      target_create_time: "2021-07-09T07:45:30Z",
      target_path: "/",
      options: '{"includes":[],"excludes":[]}',
    });
  });

  test("restores a Tablestore table from an OTS_BACKUP vault's mirror", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    const ots = new BackupVault(stack, "Ots", { region: "cn-hangzhou", vaultName: "ots", vaultType: VaultType.OTS_BACKUP });
    const mirror = new MirrorVault(stack, "OtsDr", { source: ots, region: "cn-shanghai", vaultName: "ots-dr" });
    new RestoreJob(stack, "Table", { vault: mirror, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders", overwriteExisting: false }) });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_restore_job")).toMatchObject({
      provider: "alicloud.cn-shanghai",
      source_type: "OTS_TABLE",
      restore_type: "OTS_TABLE",
      target_instance_name: "orders-dr",
      target_table_name: "orders",
      include: "orders",
      target_time: "0",
      ots_detail: { overwrite_existing: false },
    });
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("restores from an imported mirror", () => {
    const { app, stack, vault } = setup();
    const imported = MirrorVault.fromMirrorAttributes(stack, "OldMirror", { vaultId: "r-0001", region: "cn-beijing", source: vault });
    new RestoreJob(stack, "J", { vault: imported, ...snapshot, target: RestoreTarget.oss("b") });
    expect(onlyResource(synthJson(stack), "alicloud_hbr_restore_job")).toMatchObject({ provider: "alicloud.cn-beijing", vault_id: "r-0001" });
    expect(findingsOf(app, "HBR012")).toEqual([]);
  });

  describe("rules checked at synth, reported on the job", () => {
    test("HBR012: a region other than the vault's", () => {
      const { app, stack, mirror } = setup();
      new RestoreJob(stack, "J", { vault: mirror, region: "cn-hangzhou", ...snapshot, target: RestoreTarget.oss("b") });
      expect(findingsOf(app, "HBR012")).toEqual([
        expect.objectContaining({ path: "s/J", message: 'the job restores from "prod-dr" (s/Mirror) in cn-shanghai, but runs in cn-hangzhou; a restore job runs in its vault\'s region.' }),
      ]);
    });

    test("HBR012: a provider for another region than the vault's", () => {
      const { app, stack, mirror } = setup();
      const hz = new AlicloudProvider(stack, "hz", { region: "cn-hangzhou", alias: "hz" });
      new RestoreJob(stack, "J", { vault: mirror, provider: hz, ...snapshot, target: RestoreTarget.oss("b") });
      expect(findingsOf(app, "HBR012").map((f) => f.path)).toEqual(["s/J"]);
    });

    test("HBR016: a restore type that does not go with the source type, set through an override", () => {
      const { app, stack, vault } = setup();
      const job = new RestoreJob(stack, "J", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-1", { path: "/r" }) });
      job.resource.addOverride("restore_type", "OSS");
      expect(findingsOf(app, "HBR016")).toEqual([
        expect.objectContaining({ path: "s/J", message: "the job restores ECS_FILE backups as OSS; ECS_FILE backups restore as ECS_FILE (source and restore types correspond one to one)." }),
      ]);
    });

    test("HBR019: a restore type outside the provider's enum", () => {
      const { app, stack, vault } = setup();
      const job = new RestoreJob(stack, "J", { vault, ...snapshot, target: RestoreTarget.oss("b") });
      job.resource.addOverride("restore_type", "BUCKET");
      expect(findingsOf(app, "HBR019")).toEqual([
        expect.objectContaining({ path: "s/J", message: 'restore_type is "BUCKET", not one of "ECS_FILE", "NAS", "OSS", "OTS_TABLE", "UDM_ECS_ROLLBACK".' }),
      ]);
    });
  });

  describe("refuses calls that bypass the types, at once", () => {
    test.each([
      ["no vault", (s: TerraformStack) => new RestoreJob(s, "J", { ...snapshot, target: RestoreTarget.oss("b") } as any), /s\/J: vault must be a backup vault or a mirror vault, got undefined/],
      ["no target", (s: TerraformStack, v: BackupVault) => new RestoreJob(s, "J", { vault: v, ...snapshot } as any), /target must be a RestoreTarget, got undefined/],
      ["an empty snapshot id", (s: TerraformStack, v: BackupVault) => new RestoreJob(s, "J", { vault: v, snapshotId: " ", snapshotHash: "h", target: RestoreTarget.oss("b") }), /snapshotId is empty/],
      ["a NAS target without the file system's creation time", () => RestoreTarget.nas("fs", {} as any), /RestoreTarget.nas: fileSystemCreateTime must be a string, got undefined/],
      ["an ECS target without a path", () => RestoreTarget.ecsFiles("i-1", {} as any), /RestoreTarget.ecsFiles: path must be a string, got undefined/],
    ])("%s", (_, make, message) => {
      const attempt = () => {
        const { stack, vault } = setup();
        make(stack, vault);
      };
      expect(attempt).toThrow(HbrConfigurationError);
      expect(attempt).toThrow(message);
    });
  });
});
