import { Finding, Severity } from "../../lib";
import { POLICY_LIMITS, PolicyFacts, PolicyRuleFacts, PolicyVaultFacts, UNKNOWN, checkEnums, checkPolicy, checkPolicyBinding, checkRestoreJob, policyFacts, policyRuleFacts } from "../../lib/rules/policy-rules";

const vault: PolicyVaultFacts = { path: "app/s/Vault", role: "backup", name: "prod", region: "cn-hangzhou", vaultType: "STANDARD" };
const backup: PolicyRuleFacts = { ruleType: "BACKUP", vaultId: "v-1", vault, schedule: "I|1700000000|P1D", retention: 30 };

function policy(rules: PolicyRuleFacts[], overrides: Partial<PolicyFacts> = {}): PolicyFacts {
  return { path: "app/s/Policy", region: "cn-hangzhou", policyType: "STANDARD", rules, ...overrides };
}

function only(findings: Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

describe("checkPolicy", () => {
  test("a STANDARD policy with one valid BACKUP rule into a vault of its region has no findings", () => {
    expect(checkPolicy(policy([backup]))).toEqual([]);
  });

  describe("HBR006: the policy's region", () => {
    test("an unknown region id is an error with a suggestion", () => {
      const [finding] = only(checkPolicy(policy([{ ...backup, vault: { ...vault, region: "cn-hangzou" } }], { region: "cn-hangzou" })), "HBR006");
      expect(finding.path).toBe("app/s/Policy");
      expect(finding.message).toBe('"cn-hangzou" is not a region id the alicloud provider knows.');
      expect(finding.fix).toContain('"cn-hangzhou"');
    });
  });

  describe("HBR012: the BACKUP rule's vault is in the policy's region", () => {
    test("a vault in another region is an error naming both regions", () => {
      const [finding] = only(checkPolicy(policy([{ ...backup, vault: { ...vault, region: "cn-beijing" } }])), "HBR012");
      expect(finding.path).toBe("app/s/Policy");
      expect(finding.message).toContain('"prod" (app/s/Vault) in cn-beijing, but the policy is in cn-hangzhou');
    });

    test("a vault whose region is unknown is not checked", () => {
      expect(only(checkPolicy(policy([{ ...backup, vault: { ...vault, region: undefined } }])), "HBR012")).toEqual([]);
    });
  });

  describe("HBR013: replication rules", () => {
    const udm = (rule: PolicyRuleFacts) => policy([{ ruleType: "BACKUP", schedule: "I|1700000000|P1D", retention: 7 }, rule], { policyType: "UDM_ECS_ONLY" });

    test("a UDM_ECS_ONLY policy replicating to another known region passes", () => {
      expect(checkPolicy(udm({ ruleType: "REPLICATION", replicationRegionId: "cn-shanghai", retention: 7 }))).toEqual([]);
    });

    test("replicating into the policy's own region is an error", () => {
      const [finding] = only(checkPolicy(udm({ ruleType: "REPLICATION", replicationRegionId: "cn-hangzhou", retention: 7 })), "HBR013");
      expect(finding.message).toBe("rule 2 (REPLICATION) replicates to cn-hangzhou, the policy's own region; a replica in the same region does not survive a regional outage.");
    });

    test("replicating into an unknown region is an error with a suggestion", () => {
      const [finding] = only(checkPolicy(udm({ ruleType: "REPLICATION", replicationRegionId: "cn-shanghia", retention: 7 })), "HBR013");
      expect(finding.message).toBe('rule 2 (REPLICATION) replicates to "cn-shanghia", which is not a region id the alicloud provider knows.');
      expect(finding.fix).toContain('"cn-shanghai"');
    });

    test("a replication rule without a region is an error", () => {
      expect(only(checkPolicy(udm({ ruleType: "REPLICATION", retention: 7 })), "HBR013")[0].message).toBe("rule 2 (REPLICATION) names no replication region.");
    });

    test("a replication rule in a STANDARD policy is an error pointing at the vault's mirror", () => {
      const [finding] = only(checkPolicy(policy([backup, { ruleType: "REPLICATION", replicationRegionId: "cn-shanghai", retention: 7 }])), "HBR013");
      expect(finding.message).toContain("is in a STANDARD policy");
      expect(finding.fix).toContain("vault.addMirror");
    });
  });

  describe("HBR014: schedules", () => {
    test("a malformed schedule is an error naming the value", () => {
      const [finding] = only(checkPolicy(policy([{ ...backup, schedule: "I|1700000000|1d" }])), "HBR014");
      expect(finding.path).toBe("app/s/Policy");
      expect(finding.message).toBe('rule 1 (BACKUP): the interval "1d" in "I|1700000000|1d" is not an ISO 8601 duration such as PT1H, PT6H or P1D.');
    });

    test("a BACKUP rule without a schedule is an error", () => {
      expect(only(checkPolicy(policy([{ ...backup, schedule: undefined }])), "HBR014")[0].message).toBe("rule 1 (BACKUP) has no schedule; a BACKUP rule runs on a schedule.");
    });

    test("a schedule known only at apply time is not checked, and the crontab form passes", () => {
      expect(checkPolicy(policy([{ ...backup, schedule: UNKNOWN }]))).toEqual([]);
      expect(checkPolicy(policy([{ ...backup, schedule: "C|1631685600|0 0 2 ? * 3,5,7" }]))).toEqual([]);
    });
  });

  describe("HBR015: ranges", () => {
    test.each([0, POLICY_LIMITS.retentionMaxDays + 1, 1.5])("retention %s is an error naming the value and the range", (retention) => {
      const [finding] = only(checkPolicy(policy([{ ...backup, retention }])), "HBR015");
      expect(finding.message).toBe(`rule 1 (BACKUP) retention is ${retention} days; the service takes whole days from 1 to 364635.`);
    });

    test("retention at both ends of the range passes", () => {
      expect(checkPolicy(policy([{ ...backup, retention: 1 }]))).toEqual([]);
      expect(checkPolicy(policy([{ ...backup, retention: 364635 }]))).toEqual([]);
    });

    test("a missing retention is an error", () => {
      expect(only(checkPolicy(policy([{ ...backup, retention: undefined }])), "HBR015")[0].message).toBe("rule 1 (BACKUP) retention is not set; the service needs 1-364635 days.");
    });

    test("keep_latest_snapshots other than 0 or 1 is an error; 0 and 1 pass", () => {
      expect(only(checkPolicy(policy([{ ...backup, keepLatestSnapshots: 2 }])), "HBR015")[0].message).toBe(
        "rule 1 (BACKUP) keep_latest_snapshots is 2; the service takes 0 (off) or 1 (always keep the latest backup).",
      );
      expect(checkPolicy(policy([{ ...backup, keepLatestSnapshots: 0 }]))).toEqual([]);
      expect(checkPolicy(policy([{ ...backup, keepLatestSnapshots: 1 }]))).toEqual([]);
    });

    test("archiving before 30 days is an error", () => {
      const [finding] = only(checkPolicy(policy([backup, { ruleType: "TRANSITION", retention: 365, archiveDays: 29 }])), "HBR015");
      expect(finding.message).toBe("rule 2 (TRANSITION) archives after 29 days; backups can be archived after 30 days at the earliest.");
    });

    test("fewer than 60 days between archiving and the end of retention is an error", () => {
      const [finding] = only(checkPolicy(policy([backup, { ruleType: "TRANSITION", retention: 89, archiveDays: 30 }])), "HBR015");
      expect(finding.message).toContain("keeps backups 89 days and archives them after 30: 59 days in the archive");
    });

    test("archiving after 30 days with 60 days left, or no archiving (0), passes", () => {
      expect(checkPolicy(policy([backup, { ruleType: "TRANSITION", retention: 90, archiveDays: 30 }]))).toEqual([]);
      expect(checkPolicy(policy([backup, { ruleType: "TRANSITION", retention: 10, archiveDays: 0 }]))).toEqual([]);
    });

    test("a special retention outside the range is an error naming its type", () => {
      const rule: PolicyRuleFacts = { ruleType: "TRANSITION", retention: 365, retentionRules: [{ advancedRetentionType: "YEARLY", retention: 0 }] };
      expect(only(checkPolicy(policy([backup, rule])), "HBR015")[0].message).toBe("rule 2 (TRANSITION) retention rule 1 YEARLY is 0 days; the service takes whole days from 1 to 364635.");
    });

    test("a replication retention outside the range is an error", () => {
      const p = policy([{ ruleType: "BACKUP", schedule: "I|1|P1D", retention: 7 }, { ruleType: "REPLICATION", replicationRegionId: "cn-shanghai", retention: 400000 }], { policyType: "UDM_ECS_ONLY" });
      expect(only(checkPolicy(p), "HBR015")[0].message).toBe("rule 2 (REPLICATION) retention is 400000 days; the service takes whole days from 1 to 364635.");
    });
  });

  describe("HBR017: immutable backups", () => {
    test("immutable in a STANDARD policy is an error", () => {
      const [finding] = only(checkPolicy(policy([{ ...backup, immutable: true }])), "HBR017");
      expect(finding.message).toBe("rule 1 (BACKUP) sets immutable, but the policy type is STANDARD; immutable backups (backup lock) exist only in UDM_ECS_ONLY policies.");
    });

    test("immutable in a UDM_ECS_ONLY policy passes, and immutable false is never reported", () => {
      expect(checkPolicy(policy([{ ruleType: "BACKUP", schedule: "I|1|P1D", retention: 7, immutable: true }], { policyType: "UDM_ECS_ONLY" }))).toEqual([]);
      expect(checkPolicy(policy([{ ...backup, immutable: false }]))).toEqual([]);
    });
  });

  describe("HBR020: structure", () => {
    test("a policy without rules, or with more than 10, is an error", () => {
      expect(only(checkPolicy(policy([])), "HBR020")[0].message).toBe("the policy has 0 rules; a policy has 1-10 rules, at least one of them a BACKUP rule.");
      expect(only(checkPolicy(policy(Array.from({ length: 11 }, () => backup))), "HBR020")[0].message).toContain("has 11 rules");
    });

    test("a policy without a BACKUP rule is an error", () => {
      expect(only(checkPolicy(policy([{ ruleType: "TRANSITION", retention: 30 }])), "HBR020")[0].message).toBe("the policy has no BACKUP rule; every policy needs one.");
    });

    test("two TRANSITION rules, two vaults or two schedules are errors", () => {
      const t = { ruleType: "TRANSITION", retention: 30 };
      expect(only(checkPolicy(policy([backup, t, t])), "HBR020")[0].message).toBe("the policy has 2 TRANSITION rules; a policy has at most 1.");
      expect(only(checkPolicy(policy([backup, { ...backup, vaultId: "v-2" }])), "HBR020")[0].message).toContain("name 2 different vaults");
      expect(only(checkPolicy(policy([backup, { ...backup, schedule: "I|1700000000|PT6H" }])), "HBR020")[0].message).toContain("2 different schedules");
    });

    test("a STANDARD BACKUP rule without a vault is an error; a UDM_ECS_ONLY one with a vault is a warning", () => {
      expect(only(checkPolicy(policy([{ ...backup, vaultId: undefined, vault: undefined }])), "HBR020")[0]).toMatchObject({
        severity: Severity.ERROR,
        message: "rule 1 (BACKUP) names no vault; a BACKUP rule of a STANDARD policy backs up into a vault.",
      });
      expect(only(checkPolicy(policy([backup], { policyType: "UDM_ECS_ONLY" })), "HBR020")[0].severity).toBe(Severity.WARNING);
    });
  });
});

describe("checkPolicyBinding", () => {
  const standard = policy([backup]);
  const ots = policy([{ ...backup, vault: { ...vault, vaultType: "OTS_BACKUP" } }]);
  const udm = policy([{ ruleType: "BACKUP", schedule: "I|1|P1D", retention: 7 }], { policyType: "UDM_ECS_ONLY" });

  test("sources bound to the policy type they need pass", () => {
    expect(checkPolicyBinding({ path: "b", sourceType: "ECS_FILE" }, standard)).toEqual([]);
    expect(checkPolicyBinding({ path: "b", sourceType: "OSS" }, standard)).toEqual([]);
    expect(checkPolicyBinding({ path: "b", sourceType: "UDM_ECS" }, udm)).toEqual([]);
    expect(checkPolicyBinding({ path: "b", sourceType: "OTS" }, ots)).toEqual([]);
  });

  test("HBR016: a UDM_ECS source on a STANDARD policy, or a file source on a UDM_ECS_ONLY policy, is an error", () => {
    expect(checkPolicyBinding({ path: "app/s/Policy/Vm", sourceType: "UDM_ECS" }, standard)).toEqual([
      expect.objectContaining({ code: "HBR016", path: "app/s/Policy/Vm", message: "the UDM_ECS source is bound to the STANDARD policy app/s/Policy; UDM_ECS sources can be bound only to UDM_ECS_ONLY policies." }),
    ]);
    expect(checkPolicyBinding({ path: "b", sourceType: "NAS" }, udm)[0].message).toContain("NAS sources can be bound only to STANDARD policies");
  });

  test("HBR018: Tablestore into a STANDARD vault, or files into an OTS_BACKUP vault, is an error", () => {
    expect(checkPolicyBinding({ path: "b", sourceType: "OTS" }, standard)[0]).toMatchObject({
      code: "HBR018",
      message: 'the Tablestore (OTS) source is backed up into "prod" (app/s/Vault) of type STANDARD; Tablestore backups go into OTS_BACKUP vaults.',
    });
    expect(checkPolicyBinding({ path: "b", sourceType: "ECS_FILE" }, ots)[0].message).toBe(
      'the ECS_FILE source is backed up into the OTS_BACKUP vault "prod" (app/s/Vault); an OTS_BACKUP vault holds Tablestore backups only.',
    );
  });

  test("HBR018 is not checked when the vault type is unknown", () => {
    expect(checkPolicyBinding({ path: "b", sourceType: "OTS" }, policy([{ ...backup, vault: { ...vault, vaultType: undefined } }]))).toEqual([]);
  });

  test("HBR015: include or exclude over 255 characters is an error", () => {
    const include = JSON.stringify(Array.from({ length: 40 }, (_, i) => `*.ext${i}`));
    expect(include.length).toBeGreaterThan(255);
    expect(checkPolicyBinding({ path: "b", sourceType: "ECS_FILE", include }, standard)[0]).toMatchObject({ code: "HBR015", message: `include is ${include.length} characters; the service takes at most 255.` });
  });
});

describe("checkRestoreJob", () => {
  test("a job in its vault's region, from a mirror, with matching types passes", () => {
    expect(checkRestoreJob({ path: "j", region: "cn-shanghai", vault: { path: "m", role: "mirror", region: "cn-shanghai" }, sourceType: "ECS_FILE", restoreType: "ECS_FILE" })).toEqual([]);
  });

  test("HBR012: a job in another region than its vault is an error", () => {
    const [finding] = checkRestoreJob({ path: "app/s/Job", region: "cn-hangzhou", vault: { path: "app/s/Mirror", role: "mirror", name: "dr", region: "cn-shanghai" } });
    expect(finding).toMatchObject({ code: "HBR012", path: "app/s/Job" });
    expect(finding.message).toBe('the job restores from "dr" (app/s/Mirror) in cn-shanghai, but runs in cn-hangzhou; a restore job runs in its vault\'s region.');
  });

  test("HBR016: a restore type that does not go with the source type is an error", () => {
    expect(checkRestoreJob({ path: "j", sourceType: "UDM_ECS", restoreType: "ECS_FILE" })[0]).toMatchObject({
      code: "HBR016",
      message: "the job restores UDM_ECS backups as ECS_FILE; UDM_ECS backups restore as UDM_ECS_ROLLBACK (source and restore types correspond one to one).",
    });
  });
});

describe("checkEnums (HBR019)", () => {
  test("values inside the kept enums pass", () => {
    expect(checkEnums("p", "alicloud_hbr_policy", { policy_type: "STANDARD", rules: [{ rule_type: "BACKUP", backup_type: "INCREMENTAL", retention_rules: [{ advanced_retention_type: "DAILY" }] }] })).toEqual([]);
  });

  test("a nested value outside its enum is an error naming the attribute path, the value and the allowed values", () => {
    expect(checkEnums("app/s/Policy", "alicloud_hbr_policy", { rules: [{ rule_type: "BACKUP" }, { rule_type: "BACKUPS" }] })).toEqual([
      expect.objectContaining({
        code: "HBR019",
        path: "app/s/Policy",
        message: 'rules.rule_type is "BACKUPS", not one of "BACKUP", "TRANSITION", "REPLICATION", "TAG", "SECURITY".',
      }),
    ]);
  });

  test("policy_type, which the provider does not validate, is checked against the documented values", () => {
    expect(checkEnums("p", "alicloud_hbr_policy", { policy_type: "ECS" })[0].message).toBe('policy_type is "ECS", not one of "STANDARD", "UDM_ECS_ONLY".');
  });

  test("a value no released provider accepts yet is a warning", () => {
    expect(checkEnums("p", "alicloud_hbr_policy", { rules: [{ rule_type: "SECURITY" }] })).toEqual([expect.objectContaining({ code: "HBR019", severity: Severity.WARNING })]);
  });

  test("a value the target provider version lacks is a warning naming the version it needs; a target that has it passes", () => {
    expect(checkEnums("p", "alicloud_hbr_policy", { rules: [{ rule_type: "SECURITY" }] })).toEqual([
      expect.objectContaining({ code: "HBR019", path: "p", message: expect.stringMatching(/^rules\.rule_type "SECURITY" is not in any released provider: .*expected in 1\.290\.0/) }),
    ]);
    expect(checkEnums("p", "alicloud_hbr_policy", { rules: [{ rule_type: "SECURITY" }] }, "1.290.0")).toEqual([]);
    expect(checkEnums("p", "alicloud_hbr_policy", { rules: [{ rule_type: "TAG" }] }, "1.267.0")).toEqual([
      expect.objectContaining({ code: "HBR019", severity: Severity.WARNING, message: expect.stringMatching(/^rules\.rule_type "TAG" needs provider 1\.268\.0 or newer, but the app targets 1\.267\.0/) }),
    ]);
  });

  test("references are not checked", () => {
    expect(checkEnums("b", "alicloud_hbr_policy_binding", { source_type: "${var.type}" })).toEqual([]);
  });
});

describe("facts from Terraform attributes", () => {
  test("policyRuleFacts reads snake_case blocks, numbers written as strings, and references as unknown", () => {
    expect(policyRuleFacts({ rule_type: "BACKUP", retention: "7", archive_days: "0", schedule: "${var.s}", vault_id: "v-1" }, () => vault)).toEqual({
      ruleType: "BACKUP",
      vaultId: "v-1",
      vault,
      schedule: UNKNOWN,
      retention: 7,
      archiveDays: 0,
      keepLatestSnapshots: undefined,
      immutable: undefined,
      replicationRegionId: undefined,
      retentionRules: undefined,
    });
  });

  test("policyFacts takes every rules block in order", () => {
    const facts = policyFacts("p", "cn-hangzhou", { policy_type: "STANDARD", rules: [{ rule_type: "BACKUP" }, { rule_type: "TRANSITION" }] });
    expect(facts.rules.map((r) => r.ruleType)).toEqual(["BACKUP", "TRANSITION"]);
  });
});
