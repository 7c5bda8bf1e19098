import { Construct } from "constructs";
import { TerraformStack, Testing } from "cdktf";
import {
  AlicloudProvider,
  BackupPolicy,
  BackupSource,
  BackupVault,
  ClientNetworkType,
  Duration,
  HbrRules,
  IBackupPolicy,
  PolicyBinding,
  PolicyType,
  Schedule,
  VaultType,
} from "../lib";
import { addressOf, findingsOf, onlyResource, resourcesOf } from "./policy/support";
import { expectSchemaValid, synthJson } from "./support";

const daily = Schedule.every(Duration.days(1));

function standardPolicy(vaultType: VaultType = VaultType.STANDARD) {
  const app = Testing.app();
  const stack = new TerraformStack(app, "s");
  const vault = new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod", vaultType });
  const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
  policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(30) });
  return { app, stack, vault, policy };
}

function instancePolicy() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "s");
  const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou", policyType: PolicyType.UDM_ECS_ONLY });
  policy.addBackupRule({ schedule: daily, retention: Duration.days(7) });
  return { app, stack, policy };
}

describe("PolicyBinding", () => {
  test("binds ECS files with paths and patterns, declares the instance's backup client and depends on it", () => {
    const { app, stack, policy } = standardPolicy();
    const binding = policy.bind(
      "AppFiles",
      BackupSource.ecsFiles("i-bp1abc", {
        paths: ["/var/lib/app", "/etc/app"],
        include: ["*.db"],
        exclude: ["*.tmp"],
        speedLimit: "0:8:10240",
        client: { networkType: ClientNetworkType.VPC, useHttps: true },
      }),
      { description: "app data", disabled: false },
    );
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    const client = addressOf(doc, "alicloud_hbr_ecs_backup_client");
    expect(onlyResource(doc, "alicloud_hbr_ecs_backup_client")).toEqual({
      provider: "alicloud.cn-hangzhou",
      instance_id: "i-bp1abc",
      data_network_type: "VPC",
      use_https: true,
    });
    expect(onlyResource(doc, "alicloud_hbr_policy_binding")).toEqual({
      provider: "alicloud.cn-hangzhou",
      policy_id: `\${${addressOf(doc, "alicloud_hbr_policy")}.id}`,
      source_type: "ECS_FILE",
      data_source_id: "i-bp1abc",
      source: '["/var/lib/app","/etc/app"]',
      include: '["*.db"]',
      exclude: '["*.tmp"]',
      speed_limit: "0:8:10240",
      policy_binding_description: "app data",
      disabled: false,
      depends_on: [client],
    });
    expect(binding.backupClient).toBeDefined();
    expect(binding.node.path).toBe("s/Policy/AppFiles");
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("installClient: false declares no client and no dependency", () => {
    const { stack, policy } = standardPolicy();
    const binding = policy.bind("Files", BackupSource.ecsFiles("i-bp1abc", { installClient: false }));
    const doc = synthJson(stack);
    expect(resourcesOf(doc, "alicloud_hbr_ecs_backup_client")).toEqual([]);
    expect(onlyResource(doc, "alicloud_hbr_policy_binding")).not.toHaveProperty("depends_on");
    expect(onlyResource(doc, "alicloud_hbr_policy_binding")).not.toHaveProperty("source");
    expect(binding.backupClient).toBeUndefined();
  });

  test("two bindings of one instance's files share one backup client", () => {
    const { stack, vault, policy } = standardPolicy();
    const weekly = new BackupPolicy(stack, "Weekly", { region: "cn-hangzhou" });
    weekly.addBackupRule({ vault, schedule: Schedule.every(Duration.days(7)), retention: Duration.days(90) });
    const a = policy.bind("Data", BackupSource.ecsFiles("i-bp1abc", { paths: ["/data"] }));
    const b = weekly.bind("Config", BackupSource.ecsFiles("i-bp1abc", { paths: ["/etc"] }));
    const doc = synthJson(stack);
    expect(resourcesOf(doc, "alicloud_hbr_ecs_backup_client")).toHaveLength(1);
    expect(b.backupClient).toBe(a.backupClient);
    const client = addressOf(doc, "alicloud_hbr_ecs_backup_client");
    expect(resourcesOf(doc, "alicloud_hbr_policy_binding").map((r) => r.depends_on)).toEqual([[client], [client]]);
  });

  test("binds a whole ECS instance to a UDM_ECS_ONLY policy, with its disk selection", () => {
    const { app, stack, policy } = instancePolicy();
    policy.bind("Vm", BackupSource.ecsInstance("i-bp1vm", { diskIds: ["d-1", "d-2"], destinationKmsKeyId: "key-1" }));
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_policy_binding")).toMatchObject({
      source_type: "UDM_ECS",
      data_source_id: "i-bp1vm",
      advanced_options: { udm_detail: { disk_id_list: ["d-1", "d-2"], destination_kms_key_id: "key-1" } },
    });
    expect(resourcesOf(doc, "alicloud_hbr_ecs_backup_client")).toEqual([]);
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("binds an OSS bucket with a prefix, and a NAS file system with patterns", () => {
    const { app, stack, policy } = standardPolicy();
    policy.bind("Uploads", BackupSource.oss("my-bucket", { prefix: "uploads/" }));
    policy.bind("Share", BackupSource.nas("0a1b2c3d", { exclude: ["*.iso"] }));
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    const bindings = Object.fromEntries(resourcesOf(doc, "alicloud_hbr_policy_binding").map(({ "//": _, ...r }) => [r.source_type, r]));
    expect(bindings.OSS).toMatchObject({ data_source_id: "my-bucket", source: "uploads/" });
    expect(bindings.NAS).toMatchObject({ data_source_id: "0a1b2c3d", exclude: '["*.iso"]' });
    expect(bindings.NAS).not.toHaveProperty("source");
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("binds a Tablestore instance to a policy whose vault is an OTS_BACKUP vault", () => {
    const { app, stack, policy } = standardPolicy(VaultType.OTS_BACKUP);
    policy.bind("Orders", BackupSource.tablestore("orders-ots"));
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_policy_binding")).toMatchObject({ source_type: "OTS", data_source_id: "orders-ots" });
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("can be declared with new PolicyBinding in the policy's stack", () => {
    const { stack, policy } = standardPolicy();
    new PolicyBinding(stack, "Direct", { policy, source: BackupSource.oss("b") });
    expect(onlyResource(synthJson(stack), "alicloud_hbr_policy_binding").source_type).toBe("OSS");
  });

  describe("to a policy imported with BackupPolicy.fromPolicyAttributes", () => {
    function importedPolicy(attributes: Partial<Parameters<typeof BackupPolicy.fromPolicyAttributes>[2]> = {}) {
      const app = Testing.app();
      const stack = new TerraformStack(app, "s");
      const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-0001", region: "cn-shanghai", ...attributes });
      return { app, stack, policy };
    }

    test("emits the binding with the literal policy id and the provider of the policy's region, and nothing for the policy", () => {
      const { app, stack, policy } = importedPolicy({ policyType: PolicyType.STANDARD });
      const binding = policy.bind("Uploads", BackupSource.oss("my-bucket", { prefix: "uploads/" }));
      const doc = synthJson(stack); // schema-checked: the provider alias it names is declared
      expect(onlyResource(doc, "alicloud_hbr_policy_binding")).toEqual({
        provider: "alicloud.cn-shanghai",
        policy_id: "po-0001",
        source_type: "OSS",
        data_source_id: "my-bucket",
        source: "uploads/",
      });
      expect(doc.provider.alicloud).toEqual([{ alias: "cn-shanghai", region: "cn-shanghai" }]);
      expect(resourcesOf(doc, "alicloud_hbr_policy")).toEqual([]);
      expect(binding.node.path).toBe("s/Shared/Uploads");
      expect(binding.policy).toBe(policy);
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("reuses the stack's provider for the policy's region, and declares an ECS instance's backup client with it", () => {
      const { app, stack, policy } = importedPolicy();
      const shanghai = new AlicloudProvider(stack, "sh", { region: "cn-shanghai" });
      const binding = policy.bind("AppFiles", BackupSource.ecsFiles("i-bp1abc", { paths: ["/data"] }));
      expect(binding.provider).toBe(shanghai);
      const doc = synthJson(stack);
      expect(onlyResource(doc, "alicloud_hbr_ecs_backup_client")).toMatchObject({ provider: "alicloud", instance_id: "i-bp1abc" });
      expect(onlyResource(doc, "alicloud_hbr_policy_binding")).toMatchObject({ provider: "alicloud", policy_id: "po-0001", depends_on: [addressOf(doc, "alicloud_hbr_ecs_backup_client")] });
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("uses the provider given to the import", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "s");
      const dr = new AlicloudProvider(stack, "dr", { region: "cn-shanghai", alias: "dr" });
      const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-0001", region: "cn-shanghai", provider: dr });
      policy.bind("Share", BackupSource.nas("0a1b2c3d"));
      expect(onlyResource(synthJson(stack), "alicloud_hbr_policy_binding")).toMatchObject({ provider: "alicloud.dr", policy_id: "po-0001" });
    });

    test("can be bound from another stack, which gets its own provider for the policy's region", () => {
      const { app, policy } = importedPolicy();
      const other = new TerraformStack(app, "other");
      new PolicyBinding(other, "Bucket", { policy, source: BackupSource.oss("b") });
      const doc = synthJson(other);
      expect(onlyResource(doc, "alicloud_hbr_policy_binding")).toMatchObject({ provider: "alicloud.cn-shanghai", policy_id: "po-0001" });
      expect(doc.provider.alicloud).toEqual([{ alias: "cn-shanghai", region: "cn-shanghai" }]);
    });

    test("HBR016: a whole ECS instance bound to an imported STANDARD policy", () => {
      const { app, policy } = importedPolicy({ policyType: PolicyType.STANDARD });
      policy.bind("Vm", BackupSource.ecsInstance("i-bp1vm"));
      expect(findingsOf(app, "HBR016")).toEqual([
        expect.objectContaining({ path: "s/Shared/Vm", message: "the UDM_ECS source is bound to the STANDARD policy s/Shared; UDM_ECS sources can be bound only to UDM_ECS_ONLY policies." }),
      ]);
    });

    test("source types are not checked when the import does not say the policy's type", () => {
      const { app, policy } = importedPolicy();
      policy.bind("Vm", BackupSource.ecsInstance("i-bp1vm"));
      policy.bind("Bucket", BackupSource.oss("b"));
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("a policy of the caller's own making (an IBackupPolicy) is checked against the type it states", () => {
      class SharedPolicy extends Construct implements IBackupPolicy {
        public readonly policyId = "po-0002";
        public readonly region = "cn-shanghai";
        public readonly policyType = PolicyType.UDM_ECS_ONLY;
        public bind(id: string, source: BackupSource): PolicyBinding {
          return new PolicyBinding(this, id, { policy: this, source });
        }
      }
      const { app, stack } = importedPolicy();
      const binding = new SharedPolicy(stack, "Custom").bind("Bucket", BackupSource.oss("b"));
      expect(onlyResource(synthJson(stack), "alicloud_hbr_policy_binding")).toMatchObject({ provider: "alicloud.cn-shanghai", policy_id: "po-0002" });
      expect(binding.node.path).toBe("s/Custom/Bucket");
      expect(findingsOf(app, "HBR016")).toEqual([expect.objectContaining({ path: "s/Custom/Bucket", message: expect.stringContaining("OSS sources can be bound only to STANDARD policies") })]);
    });
  });

  describe("refuses calls that bypass the types, at once", () => {
    test("a binding in another stack than its policy", () => {
      const { app, policy } = standardPolicy();
      const other = new TerraformStack(app, "other");
      expect(() => new PolicyBinding(other, "B", { policy, source: BackupSource.oss("b") })).toThrow(/other\/B: the policy s\/Policy is in another stack/);
    });

    test("a binding in another stack than the provider given to its imported policy", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "s");
      const dr = new AlicloudProvider(stack, "dr", { region: "cn-shanghai", alias: "dr" });
      const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-0001", region: "cn-shanghai", provider: dr });
      const other = new TerraformStack(app, "other");
      expect(() => new PolicyBinding(other, "B", { policy, source: BackupSource.oss("b") })).toThrow(/other\/B: the provider s\/dr belongs to the stack s; a resource can use only a provider declared in its own stack/);
    });

    test("a policy that is not a policy", () => {
      const { stack } = standardPolicy();
      expect(() => new PolicyBinding(stack, "B", { policy: "po-0001" as any, source: BackupSource.oss("b") })).toThrow(
        'policy must be a backup policy (a BackupPolicy or BackupPolicy.fromPolicyAttributes), got "po-0001".',
      );
    });

    test("a policy of another app", () => {
      const { policy } = standardPolicy();
      const { stack } = standardPolicy();
      expect(() => new PolicyBinding(stack, "B", { policy, source: BackupSource.oss("b") })).toThrow(/s\/B: the policy s\/Policy belongs to another cdktf App/);
    });

    test("a source that is not a BackupSource", () => {
      const { policy } = standardPolicy();
      expect(() => policy.bind("B", { sourceType: "OSS" } as any)).toThrow(/source must be a BackupSource, got an object/);
    });
  });

  describe("rules checked at synth, reported on the binding", () => {
    test("HBR016: a whole ECS instance bound to a STANDARD policy", () => {
      const { app, policy } = standardPolicy();
      policy.bind("Vm", BackupSource.ecsInstance("i-bp1vm"));
      expect(findingsOf(app, "HBR016")).toEqual([
        expect.objectContaining({ path: "s/Policy/Vm", message: "the UDM_ECS source is bound to the STANDARD policy s/Policy; UDM_ECS sources can be bound only to UDM_ECS_ONLY policies." }),
      ]);
    });

    test("HBR016: an OSS bucket bound to a UDM_ECS_ONLY policy", () => {
      const { app, policy } = instancePolicy();
      policy.bind("Bucket", BackupSource.oss("b"));
      expect(findingsOf(app, "HBR016")).toEqual([expect.objectContaining({ path: "s/Policy/Bucket", message: expect.stringContaining("OSS sources can be bound only to STANDARD policies") })]);
    });

    test("HBR018: Tablestore into a STANDARD vault, and ECS files into an OTS_BACKUP vault", () => {
      const standard = standardPolicy();
      standard.policy.bind("Ots", BackupSource.tablestore("orders"));
      expect(findingsOf(standard.app, "HBR018")).toEqual([
        expect.objectContaining({ path: "s/Policy/Ots", message: 'the Tablestore (OTS) source is backed up into "prod" (s/Vault) of type STANDARD; Tablestore backups go into OTS_BACKUP vaults.' }),
      ]);
      const ots = standardPolicy(VaultType.OTS_BACKUP);
      ots.policy.bind("Files", BackupSource.ecsFiles("i-1"));
      expect(findingsOf(ots.app, "HBR018")).toEqual([expect.objectContaining({ path: "s/Policy/Files", message: expect.stringContaining("an OTS_BACKUP vault holds Tablestore backups only") })]);
    });

    test("HBR018 sees a rule's vault even when the rule is added after the binding", () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, "s");
      const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
      policy.bind("Ots", BackupSource.tablestore("orders"));
      policy.addBackupRule({ vault: new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" }), schedule: daily, retention: Duration.days(7) });
      expect(findingsOf(app, "HBR018").map((f) => f.path)).toEqual(["s/Policy/Ots"]);
    });

    test("HBR015: exclude patterns over 255 characters", () => {
      const { app, policy } = standardPolicy();
      policy.bind("Files", BackupSource.ecsFiles("i-1", { exclude: Array.from({ length: 30 }, (_, i) => `/var/cache/dir-${i}/*`) }));
      expect(findingsOf(app, "HBR015")).toEqual([expect.objectContaining({ path: "s/Policy/Files", message: expect.stringMatching(/^exclude is \d+ characters; the service takes at most 255\.$/) })]);
    });

    test("HBR019: a source type outside the enum set through an override, and a client setting outside its enum, each on its own resource", () => {
      const { app, policy } = standardPolicy();
      const binding = policy.bind("Files", BackupSource.ecsFiles("i-1"));
      binding.resource.addOverride("source_type", "ECS_FILES");
      binding.backupClient!.addOverride("data_network_type", "LAN");
      expect(findingsOf(app, "HBR019").map((f) => [f.path, f.message])).toEqual([
        ["s/Policy/Files", 'source_type is "ECS_FILES", not one of "UDM_ECS", "NAS", "OSS", "File", "ECS_FILE", "OTS".'],
        ["s/Policy/Files/BackupClient", 'data_network_type is "LAN", not one of "CLASSIC", "PUBLIC", "VPC".'],
      ]);
    });
  });
});
