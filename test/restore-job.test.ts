import { TerraformStack, Testing } from "cdktf";
import {
  AlicloudProvider,
  BackupPolicy,
  BackupSource,
  BackupVault,
  ClientNetworkType,
  Duration,
  HbrConfigurationError,
  HbrRules,
  MirrorVault,
  RestoreJob,
  RestoreTarget,
  Schedule,
  VaultType,
  alicloud,
} from "../lib";
import { addressOf, findingsOf, onlyResource, resourcesOf } from "./policy/support";
import { expectSchemaValid, findingLines, synthError, synthJson } from "./support";

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "s");
  const vault = new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod" });
  const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
  return { app, stack, vault, mirror };
}

const snapshot = { snapshotId: "s-0001", snapshotHash: "f00d" };

describe("RestoreJob", () => {
  test("restores ECS files from a mirror vault, in the mirror's region, after the target's backup client, with no findings", () => {
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
      depends_on: [addressOf(doc, "alicloud_hbr_ecs_backup_client")],
    });
    expect(job.region).toBe("cn-shanghai");
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  describe("the backup client on the target instance of an ECS file restore", () => {
    test("is declared with the job's provider, in the mirror's region, with the client settings given", () => {
      const { app, stack, mirror } = setup();
      const target = RestoreTarget.ecsFiles("i-uf6standby", { path: "/restore", client: { networkType: ClientNetworkType.VPC, useHttps: true } });
      const job = new RestoreJob(stack, "Drill", { vault: mirror, ...snapshot, target });
      const doc = synthJson(stack);
      expectSchemaValid(doc);
      expect(onlyResource(doc, "alicloud_hbr_ecs_backup_client")).toEqual({ provider: "alicloud.cn-shanghai", instance_id: "i-uf6standby", data_network_type: "VPC", use_https: true });
      expect(job.backupClient?.node.path).toBe("s/Drill/BackupClient");
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("is not declared with installClient: false, and the job then depends on nothing", () => {
      const { stack, mirror } = setup();
      const job = new RestoreJob(stack, "Drill", { vault: mirror, ...snapshot, target: RestoreTarget.ecsFiles("i-uf6standby", { path: "/restore", installClient: false }) });
      const doc = synthJson(stack);
      expectSchemaValid(doc);
      expect(resourcesOf(doc, "alicloud_hbr_ecs_backup_client")).toEqual([]);
      expect(onlyResource(doc, "alicloud_hbr_restore_job").depends_on).toBeUndefined();
      expect(job.backupClient).toBeUndefined();
    });

    test("is not declared for OSS, NAS or Tablestore restores", () => {
      const { stack, vault, mirror } = setup();
      const ots = new BackupVault(stack, "Ots", { region: "cn-hangzhou", vaultName: "ots", vaultType: VaultType.OTS_BACKUP });
      new RestoreJob(stack, "Oss", { vault, ...snapshot, target: RestoreTarget.oss("b") });
      new RestoreJob(stack, "Nas", { vault: mirror, ...snapshot, target: RestoreTarget.nas("0a1b2c", { fileSystemCreateTime: "2021-07-09T07:45:30Z" }) });
      new RestoreJob(stack, "Table", { vault: ots, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders" }) });
      const doc = synthJson(stack);
      expect(resourcesOf(doc, "alicloud_hbr_ecs_backup_client")).toEqual([]);
      expect(resourcesOf(doc, "alicloud_hbr_restore_job").map((job) => job.depends_on)).toEqual([undefined, undefined, undefined]);
    });

    test("is the one a binding of the same instance in the stack already declared, with the same provider", () => {
      const { app, stack, vault } = setup();
      const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
      policy.addBackupRule({ vault, schedule: Schedule.every(Duration.days(1)), retention: Duration.days(30) });
      const binding = policy.bind("Files", BackupSource.ecsFiles("i-bp1app", { paths: ["/data"] }));
      const job = new RestoreJob(stack, "Restore", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-bp1app", { path: "/restore" }) });
      const doc = synthJson(stack);
      expectSchemaValid(doc);
      expect(job.backupClient).toBe(binding.backupClient);
      const client = addressOf(doc, "alicloud_hbr_ecs_backup_client");
      expect(onlyResource(doc, "alicloud_hbr_restore_job").depends_on).toEqual([client]);
      expect(onlyResource(doc, "alicloud_hbr_policy_binding").depends_on).toEqual([client]);
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("is shared with a binding declared after the job, and with a second restore onto the instance", () => {
      const { stack, vault } = setup();
      const first = new RestoreJob(stack, "Restore", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-bp1app", { path: "/restore" }) });
      const second = new RestoreJob(stack, "Again", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-bp1app", { path: "/restore-2" }) });
      const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
      policy.addBackupRule({ vault, schedule: Schedule.every(Duration.days(1)), retention: Duration.days(30) });
      const binding = policy.bind("Files", BackupSource.ecsFiles("i-bp1app"));
      const doc = synthJson(stack);
      expect(resourcesOf(doc, "alicloud_hbr_ecs_backup_client")).toHaveLength(1);
      expect(first.backupClient?.node.path).toBe("s/Restore/BackupClient");
      expect([second.backupClient, binding.backupClient]).toEqual([first.backupClient, first.backupClient]);
    });

    test("is declared again for the same instance id in another stack, with that stack's provider", () => {
      const { app, stack, vault } = setup();
      const other = new TerraformStack(app, "other");
      new RestoreJob(stack, "Restore", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-bp1app", { path: "/restore" }) });
      new RestoreJob(other, "Restore", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-bp1app", { path: "/restore" }) });
      for (const s of [stack, other]) {
        const doc = synthJson(s);
        expect(onlyResource(doc, "alicloud_hbr_ecs_backup_client")).toEqual({ provider: "alicloud.cn-hangzhou", instance_id: "i-bp1app" });
        expect(onlyResource(doc, "alicloud_hbr_restore_job").depends_on).toEqual([addressOf(doc, "alicloud_hbr_ecs_backup_client")]);
      }
    });
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

    test("HBR019: a setting of the target's backup client outside its enum, set through an override, on the client the job declared", () => {
      const { app, stack, vault } = setup();
      const job = new RestoreJob(stack, "J", { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-1", { path: "/r" }) });
      job.backupClient!.addOverride("data_network_type", "LAN");
      expect(findingsOf(app, "HBR019")).toEqual([expect.objectContaining({ path: "s/J/BackupClient", severity: "error", message: 'data_network_type is "LAN", not one of "CLASSIC", "PUBLIC", "VPC".' })]);
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

  describe("HBR018: restores the kind of backup the vault holds", () => {
    function otsSetup() {
      const { app, stack, vault, mirror } = setup();
      const ots = new BackupVault(stack, "Ots", { region: "cn-hangzhou", vaultName: "ots", vaultType: VaultType.OTS_BACKUP });
      const otsMirror = ots.addMirror("OtsDr", { region: "cn-shanghai", vaultName: "ots-dr" });
      return { app, stack, vault, mirror, ots, otsMirror };
    }

    test("ECS files restored from an OTS_BACKUP vault are an error on the job", () => {
      const { app, stack, ots } = otsSetup();
      new RestoreJob(stack, "Files", { vault: ots, ...snapshot, target: RestoreTarget.ecsFiles("i-1", { path: "/r" }) });
      expect(findingLines(synthError(app))).toEqual([
        '[HBR018] s/Files: the job restores ECS_FILE backups from the vault "ots" (s/Ots) of type OTS_BACKUP; an OTS_BACKUP vault holds Tablestore backups only. Fix: Restore ECS_FILE backups from the STANDARD vault they were backed up into, or from its mirror; restore from this vault with RestoreTarget.tablestore.',
      ]);
    });

    test("a raw generated alicloud_hbr_restore_job is held to the same rules: ECS files from an OTS_BACKUP mirror in another region are HBR012 and HBR018", () => {
      const { app, stack, otsMirror } = otsSetup();
      const hz = new AlicloudProvider(stack, "hz", { region: "cn-hangzhou", alias: "hz" });
      new alicloud.hbrRestoreJob.HbrRestoreJob(stack, "RawJob", { provider: hz, vaultId: otsMirror.vaultId, ...snapshot, sourceType: "ECS_FILE", restoreType: "ECS_FILE", targetInstanceId: "i-1", targetPath: "/r" });
      const findings = HbrRules.of(app).findings().filter((f) => f.code === "HBR012" || f.code === "HBR018");
      expect(findings.map((f) => [f.code, f.path])).toEqual([
        ["HBR012", "s/RawJob"],
        ["HBR018", "s/RawJob"],
      ]);
      expect(findings[0].message).toMatch(/^the job restores from "ots-dr" \(s\/OtsDr\) in cn-shanghai, but runs in cn-hangzhou/);
      expect(findings[1].message).toMatch(/^the job restores ECS_FILE backups from the mirror vault "ots-dr" \(s\/OtsDr\), a copy of a vault of type OTS_BACKUP/);
    });

    test("OSS and NAS restored from an OTS_BACKUP vault's mirror are errors, naming the source's type", () => {
      const { app, stack, otsMirror } = otsSetup();
      new RestoreJob(stack, "Oss", { vault: otsMirror, ...snapshot, target: RestoreTarget.oss("b") });
      new RestoreJob(stack, "Nas", { vault: otsMirror, ...snapshot, target: RestoreTarget.nas("0a1b2c", { fileSystemCreateTime: "2021-07-09T07:45:30Z" }) });
      expect(findingsOf(app, "HBR018").map((f) => [f.path, f.severity, f.message])).toEqual([
        ["s/Nas", "error", 'the job restores NAS backups from the mirror vault "ots-dr" (s/OtsDr), a copy of a vault of type OTS_BACKUP; an OTS_BACKUP vault holds Tablestore backups only.'],
        ["s/Oss", "error", 'the job restores OSS backups from the mirror vault "ots-dr" (s/OtsDr), a copy of a vault of type OTS_BACKUP; an OTS_BACKUP vault holds Tablestore backups only.'],
      ]);
    });

    test("a Tablestore table restored from a STANDARD vault, or from its mirror, is an error", () => {
      const { app, stack, vault, mirror } = otsSetup();
      new RestoreJob(stack, "FromVault", { vault, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders" }) });
      new RestoreJob(stack, "FromMirror", { vault: mirror, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders" }) });
      const findings = findingsOf(app, "HBR018");
      expect(findings.map((f) => [f.path, f.message])).toEqual([
        ["s/FromMirror", 'the job restores a Tablestore table (OTS_TABLE) from the mirror vault "prod-dr" (s/Mirror), a copy of a vault of type STANDARD; Tablestore backups are kept in OTS_BACKUP vaults only.'],
        ["s/FromVault", 'the job restores a Tablestore table (OTS_TABLE) from the vault "prod" (s/Vault) of type STANDARD; Tablestore backups are kept in OTS_BACKUP vaults only.'],
      ]);
      expect(findings[0].fix).toBe("Restore Tablestore tables from the OTS_BACKUP vault they were backed up into, or from its mirror.");
    });

    test("an imported OTS_BACKUP vault's imported mirror is checked with the type the import gives", () => {
      const { app, stack } = setup();
      const old = BackupVault.fromVaultAttributes(stack, "OldOts", { vaultId: "v-0001", region: "cn-hangzhou", vaultName: "old-ots", vaultType: VaultType.OTS_BACKUP });
      const oldMirror = MirrorVault.fromMirrorAttributes(stack, "OldOtsDr", { vaultId: "r-0001", region: "cn-shanghai", vaultName: "old-ots-dr", source: old });
      new RestoreJob(stack, "Files", { vault: oldMirror, ...snapshot, target: RestoreTarget.ecsFiles("i-1", { path: "/r" }) });
      new RestoreJob(stack, "Table", { vault: oldMirror, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders" }) });
      expect(findingsOf(app, "HBR018").map((f) => [f.path, f.message])).toEqual([
        ["s/Files", 'the job restores ECS_FILE backups from the mirror vault "old-ots-dr" (s/OldOtsDr), a copy of a vault of type OTS_BACKUP; an OTS_BACKUP vault holds Tablestore backups only.'],
      ]);
    });

    test("is not checked when the vault's type is unknown: an import without vaultType, and its mirror", () => {
      const { app, stack } = setup();
      const old = BackupVault.fromVaultAttributes(stack, "Old", { vaultId: "v-0001", region: "cn-hangzhou" });
      const oldMirror = MirrorVault.fromMirrorAttributes(stack, "OldDr", { vaultId: "r-0001", region: "cn-shanghai", source: old });
      for (const [id, vault] of [["A", old], ["B", oldMirror]] as const) {
        new RestoreJob(stack, `${id}Files`, { vault, ...snapshot, target: RestoreTarget.ecsFiles("i-1", { path: "/r" }) });
        new RestoreJob(stack, `${id}Table`, { vault, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders" }) });
      }
      expect(findingsOf(app, "HBR018")).toEqual([]);
    });

    test("a source type set through an override is checked too", () => {
      const { app, stack, ots } = otsSetup();
      const job = new RestoreJob(stack, "J", { vault: ots, ...snapshot, target: RestoreTarget.tablestore("orders-dr", { sourceTable: "orders" }) });
      expect(findingsOf(app, "HBR018")).toEqual([]);
      job.resource.addOverride("source_type", "OSS");
      job.resource.addOverride("restore_type", "OSS");
      expect(findingsOf(app, "HBR018").map((f) => f.path)).toEqual(["s/J"]);
    });
  });

  describe("refuses calls that bypass the types, at once", () => {
    test.each([
      ["no vault", (s: TerraformStack) => new RestoreJob(s, "J", { ...snapshot, target: RestoreTarget.oss("b") } as any), /s\/J: vault must be a backup vault or a mirror vault, got undefined/],
      ["no target", (s: TerraformStack, v: BackupVault) => new RestoreJob(s, "J", { vault: v, ...snapshot } as any), /target must be a RestoreTarget, got undefined/],
      ["an empty snapshot id", (s: TerraformStack, v: BackupVault) => new RestoreJob(s, "J", { vault: v, snapshotId: " ", snapshotHash: "h", target: RestoreTarget.oss("b") }), /snapshotId is empty/],
      ["a NAS target without the file system's creation time", () => RestoreTarget.nas("fs", {} as any), /RestoreTarget.nas: fileSystemCreateTime must be a string, got undefined/],
      ["an ECS target without a path", () => RestoreTarget.ecsFiles("i-1", {} as any), /RestoreTarget.ecsFiles: path must be a string, got undefined/],
      ["installClient a string", () => RestoreTarget.ecsFiles("i-1", { path: "/r", installClient: "no" as any }), /RestoreTarget.ecsFiles: installClient must be true or false, got "no"/],
      ["client a string", () => RestoreTarget.ecsFiles("i-1", { path: "/r", client: "vpc" as any }), /RestoreTarget.ecsFiles: client must be an object, got "vpc"/],
      ["a client network type outside the enum", () => RestoreTarget.ecsFiles("i-1", { path: "/r", client: { networkType: "LAN" as any } }), /RestoreTarget.ecsFiles: client.networkType must be one of "VPC", "CLASSIC", "PUBLIC", got "LAN"/],
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
