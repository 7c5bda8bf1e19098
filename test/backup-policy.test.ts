import { TerraformStack, Testing } from "cdktf";
import {
  AlicloudProvider,
  BackupPolicy,
  BackupType,
  BackupVault,
  Duration,
  HbrConfigurationError,
  HbrRules,
  PolicyType,
  Schedule,
  Severity,
  SpecialRetentionType,
  VaultType,
} from "../lib";
import { addressOf, findingsOf, onlyResource } from "./policy/support";
import { expectSchemaValid, findingLines, synthError, synthJson } from "./support";

const daily = Schedule.every(Duration.days(1), { start: new Date("2025-01-01T00:00:00Z") });

function setup() {
  const app = Testing.app();
  const stack = new TerraformStack(app, "s");
  const vault = new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "prod" });
  return { app, stack, vault };
}

describe("BackupPolicy", () => {
  test("emits alicloud_hbr_policy with its name, type and rules in the order they were added", () => {
    const { stack, vault } = setup();
    const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou", policyName: "daily", description: "Daily backups" });
    policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(30), backupType: BackupType.INCREMENTAL, keepLatestSnapshots: 1 });
    policy.addTransitionRule({
      retention: Duration.days(365),
      archiveAfter: Duration.days(90),
      retentionRules: [
        { type: SpecialRetentionType.MONTHLY, retention: Duration.days(730) },
        { type: SpecialRetentionType.YEARLY, retention: Duration.days(3650) },
      ],
    });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_policy")).toEqual({
      provider: "alicloud.cn-hangzhou",
      policy_name: "daily",
      policy_description: "Daily backups",
      policy_type: "STANDARD",
      rules: [
        {
          rule_type: "BACKUP",
          vault_id: `\${${addressOf(doc, "alicloud_hbr_vault")}.id}`,
          schedule: "I|1735689600|P1D",
          retention: 30,
          backup_type: "INCREMENTAL",
          keep_latest_snapshots: 1,
        },
        {
          rule_type: "TRANSITION",
          retention: 365,
          archive_days: 90,
          retention_rules: [
            { advanced_retention_type: "MONTHLY", retention: 730 },
            { advanced_retention_type: "YEARLY", retention: 3650 },
          ],
        },
      ],
    });
    expect(HbrRules.of(stack).findings()).toEqual([]);
  });

  test("defaults to the construct id as name, a STANDARD policy and full backups", () => {
    const { stack, vault } = setup();
    const policy = new BackupPolicy(stack, "Nightly", { region: "cn-hangzhou" });
    policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
    const resource = onlyResource(synthJson(stack), "alicloud_hbr_policy");
    expect(resource).toMatchObject({ policy_name: "Nightly", policy_type: "STANDARD" });
    expect(resource.rules[0].backup_type).toBe("COMPLETE");
    expect(resource.rules[0]).not.toHaveProperty("keep_latest_snapshots");
    expect(resource.rules[0]).not.toHaveProperty("immutable");
    expect(policy.policyType).toBe(PolicyType.STANDARD);
  });

  test("a UDM_ECS_ONLY policy backs up without a vault, with backup lock and replication to another region", () => {
    const { app, stack } = setup();
    const policy = new BackupPolicy(stack, "Instances", { region: "cn-hangzhou", policyType: PolicyType.UDM_ECS_ONLY });
    policy.addBackupRule({ schedule: daily, retention: Duration.days(14), immutable: true });
    policy.addReplicationRule({ region: "cn-shanghai", retention: Duration.days(30) });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(onlyResource(doc, "alicloud_hbr_policy")).toMatchObject({
      policy_type: "UDM_ECS_ONLY",
      rules: [
        { rule_type: "BACKUP", schedule: "I|1735689600|P1D", retention: 14, backup_type: "COMPLETE", immutable: true },
        { rule_type: "REPLICATION", replication_region_id: "cn-shanghai", retention: 30 },
      ],
    });
    expect(onlyResource(doc, "alicloud_hbr_policy").rules[0]).not.toHaveProperty("vault_id");
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("uses the stack's provider for its region, like the vaults", () => {
    const { stack, vault } = setup();
    const beijing = new AlicloudProvider(stack, "bj", { region: "cn-beijing", alias: "beijing" });
    new BackupPolicy(stack, "Hz", { region: "cn-hangzhou" }).addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
    const bj = new BackupPolicy(stack, "Bj", { provider: beijing });
    expect(bj.region).toBe("cn-beijing");
    const doc = synthJson(stack);
    const providers = Object.fromEntries(Object.values(doc.resource.alicloud_hbr_policy).map((p: any) => [p.policy_name, p.provider]));
    expect(providers).toEqual({ Hz: "alicloud.cn-hangzhou", Bj: "alicloud.beijing" });
  });

  test("a provider for another region than the one given is HBR006", () => {
    const { app, stack } = setup();
    const beijing = new AlicloudProvider(stack, "bj", { region: "cn-beijing", alias: "beijing" });
    new BackupPolicy(stack, "P", { region: "cn-hangzhou", provider: beijing });
    expect(findingsOf(app, "HBR006")).toEqual([
      expect.objectContaining({ path: "s/P", message: 'region is "cn-hangzhou" but the provider given is configured for "cn-beijing"; the resource would be created in "cn-beijing".' }),
    ]);
  });

  test("rules added to the resource by hand are kept when typed rules are added after them", () => {
    const { stack, vault } = setup();
    const policy = new BackupPolicy(stack, "P", { region: "cn-hangzhou" });
    policy.resource.putRules([{ ruleType: "BACKUP", vaultId: vault.vaultId, schedule: "I|1700000000|P1D", retention: 3 }]);
    policy.addTransitionRule({ retention: Duration.days(90) });
    expect(onlyResource(synthJson(stack), "alicloud_hbr_policy").rules.map((r: any) => r.rule_type)).toEqual(["BACKUP", "TRANSITION"]);
  });

  describe("refuses calls that bypass the types, at once, naming the construct", () => {
    test.each([
      ["a retention that is not whole days", (p: BackupPolicy, v: BackupVault) => p.addBackupRule({ vault: v, schedule: daily, retention: Duration.hours(36) }), /s\/P: retention is PT36H, not a whole number of days/],
      ["a retention that is a number", (p: BackupPolicy, v: BackupVault) => p.addBackupRule({ vault: v, schedule: daily, retention: 30 as any }), /retention must be a Duration, got 30/],
      ["a schedule that is a string", (p: BackupPolicy, v: BackupVault) => p.addBackupRule({ vault: v, schedule: "I|1|P1D" as any, retention: Duration.days(1) }), /schedule must be a Schedule, got "I\|1\|P1D"/],
      ["a vault that is a string", (p: BackupPolicy) => p.addBackupRule({ vault: "v-123" as any, schedule: daily, retention: Duration.days(1) }), /vault must be a backup vault .* got "v-123"/],
      ["an unknown backup type", (p: BackupPolicy, v: BackupVault) => p.addBackupRule({ vault: v, schedule: daily, retention: Duration.days(1), backupType: "FULL" as any }), /backupType must be one of "COMPLETE", "INCREMENTAL", got "FULL"/],
      ["a special retention without a type", (p: BackupPolicy) => p.addTransitionRule({ retention: Duration.days(90), retentionRules: [{ retention: Duration.days(400) } as any] }), /retentionRules\[0\].type is missing/],
      ["a replication region that is not a string", (p: BackupPolicy) => p.addReplicationRule({ region: 5 as any, retention: Duration.days(1) }), /region must be a string, got 5/],
    ])("%s", (_, call, message) => {
      const { stack, vault } = setup();
      const policy = new BackupPolicy(stack, "P", { region: "cn-hangzhou" });
      expect(() => call(policy, vault)).toThrow(HbrConfigurationError);
      expect(() => call(policy, vault)).toThrow(message);
    });

    test("an unknown policy type", () => {
      const { stack } = setup();
      expect(() => new BackupPolicy(stack, "P", { region: "cn-hangzhou", policyType: "ECS" as any })).toThrow(/s\/P: policyType must be one of "STANDARD", "UDM_ECS_ONLY", got "ECS"/);
    });

    test("a vault of another app", () => {
      const { stack } = setup();
      const other = setup();
      const policy = new BackupPolicy(stack, "P", { region: "cn-hangzhou" });
      expect(() => policy.addBackupRule({ vault: other.vault, schedule: daily, retention: Duration.days(1) })).toThrow(/belongs to another cdktf App/);
    });
  });

  describe("rules checked at synth, reported on the policy", () => {
    test("HBR012: a vault in another region than the policy", () => {
      const { app, stack, vault } = setup();
      new BackupPolicy(stack, "P", { region: "cn-shanghai" }).addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
      expect(findingsOf(app, "HBR012")).toEqual([
        expect.objectContaining({
          path: "s/P",
          message: 'rule 1 (BACKUP) backs up into "prod" (s/Vault) in cn-hangzhou, but the policy is in cn-shanghai; a policy backs up into a vault of its own region.',
        }),
      ]);
    });

    test("HBR013: a replication rule into the policy's own region, or in a STANDARD policy", () => {
      const { app, stack, vault } = setup();
      const udm = new BackupPolicy(stack, "Udm", { region: "cn-hangzhou", policyType: PolicyType.UDM_ECS_ONLY });
      udm.addBackupRule({ schedule: daily, retention: Duration.days(7) });
      udm.addReplicationRule({ region: "cn-hangzhou", retention: Duration.days(7) });
      const std = new BackupPolicy(stack, "Std", { region: "cn-hangzhou" });
      std.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
      std.addReplicationRule({ region: "cn-shanghai", retention: Duration.days(7) });
      const findings = findingsOf(app, "HBR013");
      expect(findings.map((f) => f.path)).toEqual(["s/Std", "s/Udm"]);
      expect(findings[0].message).toContain("rule 2 (REPLICATION) is in a STANDARD policy");
      expect(findings[1].message).toContain("replicates to cn-hangzhou, the policy's own region");
    });

    test("HBR014: a malformed schedule given through the escape hatch", () => {
      const { app, stack, vault } = setup();
      new BackupPolicy(stack, "P", { region: "cn-hangzhou" }).addBackupRule({ vault, schedule: Schedule.expression("I|1700000000|daily"), retention: Duration.days(7) });
      expect(findingsOf(app, "HBR014")).toEqual([
        expect.objectContaining({ path: "s/P", message: 'rule 1 (BACKUP): the interval "daily" in "I|1700000000|daily" is not an ISO 8601 duration such as PT1H, PT6H or P1D.' }),
      ]);
    });

    test("HBR015: retention and archive ages outside the service's ranges", () => {
      const { app, stack, vault } = setup();
      const policy = new BackupPolicy(stack, "P", { region: "cn-hangzhou" });
      policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(400000), keepLatestSnapshots: 3 });
      policy.addTransitionRule({ retention: Duration.days(100), archiveAfter: Duration.days(60) });
      expect(findingsOf(app, "HBR015").map((f) => f.message)).toEqual([
        "rule 1 (BACKUP) keep_latest_snapshots is 3; the service takes 0 (off) or 1 (always keep the latest backup).",
        "rule 1 (BACKUP) retention is 400000 days; the service takes whole days from 1 to 364635.",
        "rule 2 (TRANSITION) keeps backups 100 days and archives them after 60: 40 days in the archive; the service needs retention minus archive days to be at least 60.",
      ]);
    });

    test("HBR017: immutable in a STANDARD policy", () => {
      const { app, stack, vault } = setup();
      new BackupPolicy(stack, "P", { region: "cn-hangzhou" }).addBackupRule({ vault, schedule: daily, retention: Duration.days(7), immutable: true });
      expect(findingsOf(app, "HBR017")).toEqual([expect.objectContaining({ path: "s/P", severity: Severity.ERROR, message: expect.stringContaining("sets immutable, but the policy type is STANDARD") })]);
    });

    test("HBR019: a value outside the provider's enum set through an override", () => {
      const { app, stack, vault } = setup();
      const policy = new BackupPolicy(stack, "P", { region: "cn-hangzhou" });
      policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
      policy.resource.addOverride("rules.0.backup_type", "DIFFERENTIAL");
      expect(findingsOf(app, "HBR019")).toEqual([expect.objectContaining({ path: "s/P", message: 'rules.backup_type is "DIFFERENTIAL", not one of "COMPLETE", "INCREMENTAL".' })]);
    });

    test("HBR020: a policy without rules, and one backing up into two vaults", () => {
      const { app, stack, vault } = setup();
      new BackupPolicy(stack, "Empty", { region: "cn-hangzhou" });
      const other = new BackupVault(stack, "Other", { region: "cn-hangzhou", vaultName: "other" });
      const two = new BackupPolicy(stack, "Two", { region: "cn-hangzhou" });
      two.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
      two.addBackupRule({ vault: other, schedule: daily, retention: Duration.days(7) });
      expect(findingsOf(app, "HBR020")).toEqual([
        expect.objectContaining({ path: "s/Empty", message: "the policy has 0 rules; a policy has 1-10 rules, at least one of them a BACKUP rule." }),
        expect.objectContaining({ path: "s/Two", message: "the BACKUP rules name 2 different vaults; a policy backs up into one vault only." }),
      ]);
    });

    test("app.synth() fails with every error of every policy in one message", () => {
      const { app, stack, vault } = setup();
      new BackupPolicy(stack, "A", { region: "cn-shanghai" }).addBackupRule({ vault, schedule: daily, retention: Duration.days(0) });
      new BackupPolicy(stack, "B", { region: "cn-hangzhou" }).addBackupRule({ vault, schedule: Schedule.expression("weekly"), retention: Duration.days(7) });
      const lines = findingLines(synthError(app));
      expect(lines.map((l) => l.slice(0, l.indexOf(":")))).toEqual(["[HBR012] s/A", "[HBR014] s/B", "[HBR015] s/A"]);
    });

    test("an OTS_BACKUP vault can be a policy's vault", () => {
      const { app, stack } = setup();
      const ots = new BackupVault(stack, "Ots", { region: "cn-hangzhou", vaultName: "ots", vaultType: VaultType.OTS_BACKUP });
      new BackupPolicy(stack, "P", { region: "cn-hangzhou" }).addBackupRule({ vault: ots, schedule: daily, retention: Duration.days(7) });
      expect(HbrRules.of(app).findings()).toEqual([]);
    });
  });
});

describe("BackupPolicy.fromPolicyAttributes", () => {
  test("imports a policy without emitting a resource or a provider", () => {
    const { app, stack } = setup();
    const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-0001", region: "cn-shanghai", policyType: PolicyType.STANDARD });
    expect(policy.policyId).toBe("po-0001");
    expect(policy.region).toBe("cn-shanghai");
    expect(policy.policyType).toBe(PolicyType.STANDARD);
    expect(policy.provider).toBeUndefined();
    const doc = synthJson(stack);
    // Only the vault of setup() and its provider: nothing for the import, no provider for cn-shanghai.
    expect(Object.keys(doc.resource)).toEqual(["alicloud_hbr_vault"]);
    expect(doc.provider.alicloud).toEqual([{ alias: "cn-hangzhou", region: "cn-hangzhou" }]);
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("is not a BackupPolicy: it has no resource to check", () => {
    const { stack } = setup();
    const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-0001", region: "cn-hangzhou" });
    expect(BackupPolicy.isBackupPolicy(policy)).toBe(false);
    expect(policy.policyType).toBeUndefined();
  });

  test("a provider given is kept, and one for another region than the policy's is HBR006", () => {
    const { app, stack } = setup();
    const beijing = new AlicloudProvider(stack, "bj", { region: "cn-beijing", alias: "beijing" });
    const policy = BackupPolicy.fromPolicyAttributes(stack, "Shared", { policyId: "po-0001", region: "cn-hangzhou", provider: beijing });
    expect(policy.provider).toBe(beijing);
    expect(findingsOf(app, "HBR006")).toEqual([
      expect.objectContaining({ path: "s/Shared", message: 'region is "cn-hangzhou" but the provider given is configured for "cn-beijing"; the resource would be created in "cn-beijing".' }),
    ]);
  });

  describe("refuses calls that bypass the types, at once, naming the import", () => {
    test.each([
      ["attributes that are not an object", "po-1" as any, /s\/Shared: attributes must be an object, got "po-1"/],
      ["an empty policy id", { policyId: " ", region: "cn-hangzhou" }, /s\/Shared: policyId is empty/],
      ["a policy id that is a number", { policyId: 42, region: "cn-hangzhou" } as any, /s\/Shared: policyId must be a string, got 42/],
      ["an empty region", { policyId: "po-1", region: "" }, /s\/Shared: region is empty/],
      ["an unknown policy type", { policyId: "po-1", region: "cn-hangzhou", policyType: "ECS" } as any, /s\/Shared: policyType must be one of "STANDARD", "UDM_ECS_ONLY", got "ECS"/],
      ["a provider that is not an alicloud provider", { policyId: "po-1", region: "cn-hangzhou", provider: {} } as any, /s\/Shared: provider must be an alicloud provider/],
    ])("%s", (_, attributes, message) => {
      const { stack } = setup();
      expect(() => BackupPolicy.fromPolicyAttributes(stack, "Shared", attributes)).toThrow(HbrConfigurationError);
      const again = setup();
      expect(() => BackupPolicy.fromPolicyAttributes(again.stack, "Shared", attributes)).toThrow(message);
    });
  });
});
