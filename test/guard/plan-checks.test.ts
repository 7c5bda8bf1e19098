import { Severity } from "../../lib/rules/catalog";
import { checkPlans } from "../../lib/guard/plan-checks";
import { guardFails } from "../../lib/guard/report";
import { findingKeys, fixtureJson, loadPlan, planOf } from "./guard-support";
import { mirrorValues, sourceValues, testPlan } from "./plan-builder";

const SOURCE = "alicloud_hbr_vault.src";
const MIRROR = "alicloud_hbr_replication_vault.mirror";
const TO_SOURCE = { replication_source_vault_id: [`${SOURCE}.id`, SOURCE] };

/** Gives the provider configuration `key` of a test plan an assume_role block with this role_arn expression. */
function assumeRole(doc: Record<string, any>, key: string, roleArn: Record<string, unknown>): void {
  doc.configuration.provider_config[key].expressions.assume_role = [{ role_arn: roleArn }];
}

describe("checkPlans: deleting and replacing vaults", () => {
  test("a clean plan (an update, an unchanged mirror, a new policy into the source) has no findings and no notes", () => {
    const result = checkPlans([loadPlan("clean.plan.json")]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.summary).toEqual({ plans: 1, resourceChanges: 3, vaults: 1, mirrors: 1, backupTargets: 1 });
  });

  test("deleting a vault is HBR011", () => {
    const result = checkPlans([loadPlan("delete-vault.plan.json")]);
    expect(findingKeys(result)).toEqual(["HBR011 alicloud_hbr_vault.old"]);
    expect(result.findings[0].fix).toContain("--allow-delete alicloud_hbr_vault.old");
  });

  test("--allow-delete naming the vault allows its deletion, and the report notes the allowance", () => {
    const result = checkPlans([loadPlan("delete-vault.plan.json")], { allowDelete: ["alicloud_hbr_vault.old"] });
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual(["--allow-delete alicloud_hbr_vault.old: allowed."]);
  });

  test("an allowance that matches no vault is noted, so a typo does not go unseen", () => {
    const result = checkPlans([loadPlan("delete-vault.plan.json")], { allowDelete: ["alicloud_hbr_vault.olf"] });
    expect(findingKeys(result)).toEqual(["HBR011 alicloud_hbr_vault.old"]);
    expect(result.notes).toEqual(["--allow-delete alicloud_hbr_vault.olf: no vault has that address in the given plans; it was not needed."]);
  });

  test("deleting a source whose mirror is kept is HBR003, besides HBR011", () => {
    const result = checkPlans([loadPlan("delete-source-keep-mirror.plan.json")], { allowDelete: ["alicloud_hbr_vault.backups"] });
    expect(findingKeys(result)).toEqual(["HBR003 alicloud_hbr_vault.backups"]);
    expect(result.findings[0].message).toContain("its mirror alicloud_hbr_replication_vault.mirror is kept (no-op)");
    expect(result.findings[0].message).toContain("CannotDeleteReplicationSourceVault");
  });

  test("deleting a source and its mirror in one run is fine when the mirror depends on the source", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src"), actions: ["delete"] },
      { address: MIRROR, before: mirrorValues("v-mir", "v-src"), actions: ["delete"], dependsOn: [SOURCE] },
    ]);
    const result = checkPlans([planOf(plan)], { allowDelete: [SOURCE, MIRROR] });
    expect(result.findings).toEqual([]);
  });

  test("deleting a source and its mirror in one run is HBR003 when nothing orders the mirror's deletion first", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src"), actions: ["delete"] },
      { address: MIRROR, before: mirrorValues("v-mir", "v-src"), actions: ["delete"] },
    ]);
    const result = checkPlans([planOf(plan)], { allowDelete: [SOURCE, MIRROR] });
    expect(findingKeys(result)).toEqual([`HBR003 ${SOURCE}`]);
    expect(result.findings[0].message).toContain("nothing tells Terraform to delete the mirror first");
  });

  test("replacing a mirror is HBR010, with Terraform's reason in the message", () => {
    const result = checkPlans([loadPlan("replace-mirror.plan.json")]);
    expect(findingKeys(result)).toEqual(["HBR010 alicloud_hbr_replication_vault.mirror"]);
    expect(result.findings[0].message).toContain("requested with -replace");
  });

  test("--allow-replace naming the mirror allows its replacement", () => {
    const result = checkPlans([loadPlan("replace-mirror.plan.json")], { allowReplace: ["alicloud_hbr_replication_vault.mirror"] });
    expect(result.findings).toEqual([]);
  });

  test("replacing a source and its mirror together (a changed encrypt_type) is HBR010 for both, and no HBR003: the mirror goes first", () => {
    const result = checkPlans([loadPlan("replace-source-and-mirror.plan.json")]);
    expect(findingKeys(result)).toEqual(["HBR010 alicloud_hbr_replication_vault.mirror", "HBR010 alicloud_hbr_vault.backups"]);
    expect(result.findings[1].message).toContain("encrypt_type, kms_key_id changed, which forces a new resource");
  });

  test("without replace_paths, the ForceNew attributes that changed are named from the kept constraints", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src"), actions: ["delete", "create"], after: { ...sourceValues("v-src", { vault_type: "OTS_BACKUP" }), id: undefined }, afterUnknown: { id: true } },
    ]);
    const [finding] = checkPlans([planOf(plan)]).findings;
    expect(finding.code).toBe("HBR011");
    expect(finding.message).toBe("the vault is replaced (vault_type changed, which forces a new resource): Terraform deletes it, with every backup in it, and creates a new, empty one.");
  });

  test("a mirror replaced with create_before_destroy is HBR001 too: the new mirror would exist beside the old one", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src") },
      { address: MIRROR, before: mirrorValues("v-mir", "v-src"), actions: ["create", "delete"], after: mirrorValues("v-mir", "v-src", { id: undefined }), provider: "alicloud.sh", references: TO_SOURCE },
    ]);
    const result = checkPlans([planOf(plan)], { allowReplace: [MIRROR] });
    expect(findingKeys(result)).toEqual([`HBR001 ${MIRROR}`]);
    expect(result.findings[0].fix).toContain("create_before_destroy");
  });

  test("a deposed vault being deleted is reported under its address with the deposed key", () => {
    const doc = fixtureJson("delete-vault.plan.json");
    doc.resource_changes[0].deposed = "00000001";
    doc.prior_state.values.root_module.resources[0].deposed_key = "00000001";
    const result = checkPlans([planOf(doc)]);
    expect(findingKeys(result)).toEqual(["HBR011 alicloud_hbr_vault.old (deposed 00000001)"]);
    expect(result.findings[0].message).toContain("deposed object");
  });
});

describe("checkPlans: mirrors and backups", () => {
  test("a second mirror for a source that has one is HBR001 on the new mirror", () => {
    const result = checkPlans([loadPlan("second-mirror.plan.json")]);
    expect(findingKeys(result)).toEqual(["HBR001 alicloud_hbr_replication_vault.mirror_beijing"]);
  });

  test("creating a mirror while the source's current mirror is deleted in the same run is HBR001: Terraform does not order them", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src") },
      { address: "alicloud_hbr_replication_vault.old", before: mirrorValues("v-old", "v-src"), actions: ["delete"] },
      { address: "alicloud_hbr_replication_vault.new", after: mirrorValues("x", "v-src", { id: undefined }), provider: "alicloud.sh" },
    ]);
    const result = checkPlans([planOf(plan)], { allowDelete: ["alicloud_hbr_replication_vault.old"] });
    expect(findingKeys(result)).toEqual(["HBR001 alicloud_hbr_replication_vault.new"]);
    expect(result.findings[0].severity).toBe(Severity.ERROR);
    expect(result.findings[0].fix).toContain("moved block");
  });

  test("a backup plan whose vault_id is a mirror's id, and a BACKUP policy rule that references a new mirror, are HBR002 (the rule's mirror is in another region than the policy: HBR012 too)", () => {
    const result = checkPlans([loadPlan("backup-into-mirror.plan.json")]);
    expect(findingKeys(result)).toEqual(["HBR002 alicloud_hbr_ecs_backup_plan.web", "HBR002 alicloud_hbr_policy.logs", "HBR012 alicloud_hbr_policy.logs"]);
    expect(result.findings[2].message).toMatch(/^rule 1 \(BACKUP\) backs up into "logs-dr" \(alicloud_hbr_replication_vault\.logs_dr\) in cn-shanghai, but the policy is in cn-hangzhou/);
    expect(result.findings[0].message).toMatch(
      /^the alicloud_hbr_ecs_backup_plan's vault_id backs up into the mirror vault ("[^"]+" \()?alicloud_hbr_replication_vault\.mirror\)?; nothing can be backed up into a mirror vault/,
    );
    expect(result.findings[1].message).toContain("rules[0].vault_id");
  });

  test("backup plans into a source vault, and policy rules of other types, are not HBR002", () => {
    const result = checkPlans([loadPlan("backup-into-mirror.plan.json")]);
    expect(result.findings.map((f) => f.path)).not.toContain("alicloud_hbr_oss_backup_plan.assets");
    expect(result.summary.backupTargets).toBe(3);
  });

  test("the vault rules run over planned values: same region (HBR004 warning), long mirror name (HBR005), encryption (HBR007)", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src") },
      {
        address: MIRROR,
        after: { vault_name: "a-mirror-name-longer-than-32-characters", encrypt_type: "KMS", replication_source_vault_id: "v-src" },
        afterUnknown: { id: true },
        provider: "alicloud.hz",
      },
    ]);
    const result = checkPlans([planOf(plan)]);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ["HBR004", Severity.WARNING],
      ["HBR005", Severity.ERROR],
      ["HBR007", Severity.ERROR],
      ["HBR007", Severity.ERROR],
    ]);
    expect(result.findings.map((f) => f.message).join(" ")).toMatch(/KMS.*no kmsKeyId is given/);
  });

  test("a mirror of a mirror is HBR008, and an unknown provider region is HBR006", () => {
    const plan = testPlan(
      [
        { address: SOURCE, before: sourceValues("v-src") },
        { address: MIRROR, before: mirrorValues("v-mir", "v-src"), provider: "alicloud.sh" },
        { address: "alicloud_hbr_replication_vault.chain", after: mirrorValues("x", "v-mir", { id: undefined }), provider: "alicloud.xx" },
      ],
      { "alicloud.hz": "cn-hangzhou", "alicloud.sh": "cn-shanghai", "alicloud.xx": "cn-shanghia" },
    );
    expect(findingKeys(checkPlans([planOf(plan)]))).toEqual(["HBR006 alicloud_hbr_replication_vault.chain", "HBR008 alicloud_hbr_replication_vault.chain"]);
  });

  test("more than 5 mirrors in one region and account is HBR009 on the new ones; --mirror-quota raises the limit", () => {
    const resources = [];
    for (let i = 0; i < 6; i++) {
      resources.push({ address: `alicloud_hbr_vault.s${i}`, before: sourceValues(`v-s${i}`) });
      const mirror = mirrorValues(`v-m${i}`, `v-s${i}`);
      resources.push(i === 0 ? { address: `alicloud_hbr_replication_vault.m${i}`, after: { ...mirror, id: undefined }, provider: "alicloud.sh" } : { address: `alicloud_hbr_replication_vault.m${i}`, before: mirror, provider: "alicloud.sh" });
    }
    const plan = planOf(testPlan(resources));
    expect(findingKeys(checkPlans([plan]))).toEqual(["HBR009 alicloud_hbr_replication_vault.m0"]);
    expect(checkPlans([plan], { mirrorQuota: 6 }).findings).toEqual([]);
  });

  test("names of vaults the run leaves unchanged are not judged again (the service accepted them)", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("v-src") },
      { address: MIRROR, before: mirrorValues("v-mir", "v-src", { vault_name: "an-existing-mirror-name-of-40-characters" }), provider: "alicloud.sh" },
    ]);
    expect(checkPlans([planOf(plan)]).findings).toEqual([]);
  });

  test("the region of a vault the run leaves unchanged is not judged again (HBR006), but a changed vault's is", () => {
    const odd = { region_id: "cn-hangzhou-x" };
    const unchanged = testPlan([{ address: SOURCE, before: sourceValues("v-src", odd) }]);
    expect(checkPlans([planOf(unchanged)]).findings).toEqual([]);
    const updated = testPlan([{ address: SOURCE, before: sourceValues("v-src", odd), actions: ["update"], after: sourceValues("v-src", { ...odd, description: "new" }) }]);
    expect(findingKeys(checkPlans([planOf(updated)]))).toEqual([`HBR006 ${SOURCE}`]);
  });

  test("an unchanged mirror in a provider region the kept list lacks is not HBR006; a new mirror there is", () => {
    const plan = testPlan(
      [
        { address: SOURCE, before: sourceValues("v-src") },
        { address: MIRROR, before: mirrorValues("v-mir", "v-src"), provider: "alicloud.new" },
        { address: "alicloud_hbr_vault.other", before: sourceValues("v-other") },
        { address: "alicloud_hbr_replication_vault.added", after: { ...mirrorValues("x", "v-other"), id: undefined }, provider: "alicloud.new" },
      ],
      { "alicloud.hz": "cn-hangzhou", "alicloud.new": "cn-nowhere-1" },
    );
    expect(findingKeys(checkPlans([planOf(plan)]))).toEqual(["HBR006 alicloud_hbr_replication_vault.added"]);
  });

  test("the quota finding (HBR009) tells a pipeline to use --mirror-quota, not the constructs' app context", () => {
    const resources = [];
    for (let i = 0; i < 6; i++) {
      resources.push({ address: `alicloud_hbr_vault.s${i}`, before: sourceValues(`v-s${i}`) });
      resources.push({ address: `alicloud_hbr_replication_vault.m${i}`, after: { ...mirrorValues(`v-m${i}`, `v-s${i}`), id: undefined }, provider: "alicloud.sh" });
    }
    const [finding] = checkPlans([planOf(testPlan(resources))]).findings;
    expect(finding.code).toBe("HBR009");
    expect(finding.fix).toBe("Spread the mirrors over regions or accounts, or, if the account's quota was raised, run hbr-guard with --mirror-quota <n>.");
  });

  test("encryption findings (HBR007) name the plan's attributes in their fix, not the constructs' kmsKeyId", () => {
    const plan = testPlan([{ address: SOURCE, after: sourceValues("x", { id: undefined, encrypt_type: "KMS" }) }]);
    const [finding] = checkPlans([planOf(plan)]).findings;
    expect(finding.code).toBe("HBR007");
    expect(finding.fix).toContain("set kms_key_id");
    expect(finding.fix).not.toContain("kmsKeyId");
  });

  test("a backup into a mirror (HBR002) is fixed by setting vault_id, not by a construct type", () => {
    const [finding] = checkPlans([loadPlan("backup-into-mirror.plan.json")]).findings;
    expect([finding.code, finding.fix]).toEqual(["HBR002", "Set vault_id to the mirror's source vault (a backup vault); the mirror receives the copies by replication."]);
  });

  test("a mirror whose provider assumes a role in another account than its source's is HBR021, with a fix for the provider configuration", () => {
    const doc = testPlan([
      { address: SOURCE, before: sourceValues("v-src") },
      { address: MIRROR, after: { ...mirrorValues("v-mir", "v-src"), id: undefined }, provider: "alicloud.sh" },
    ]);
    assumeRole(doc, "alicloud.hz", { constant_value: "acs:ram::111111111111:role/backup" });
    assumeRole(doc, "alicloud.sh", { constant_value: "acs:ram::222222222222:role/backup" });
    const [finding] = checkPlans([planOf(doc)]).findings;
    expect([finding.code, finding.path]).toEqual(["HBR021", MIRROR]);
    expect(finding.fix).toBe(
      "Give the mirror a provider configuration in its source's account (the same assume_role or profile as the source's provider, with the mirror's region), or mirror a vault of the mirror's account.",
    );
  });

  test("mirrors whose providers assume the role in var.role_arn are in an unknown account: no HBR021, and they are not counted for HBR009", () => {
    const resources = [];
    for (let i = 0; i < 6; i++) {
      resources.push({ address: `alicloud_hbr_vault.s${i}`, before: sourceValues(`v-s${i}`) });
      resources.push({ address: `alicloud_hbr_replication_vault.m${i}`, after: { ...mirrorValues(`v-m${i}`, `v-s${i}`), id: undefined }, provider: i % 2 === 0 ? "alicloud.sh" : "alicloud.bj" });
    }
    const doc = testPlan(resources);
    for (const key of ["alicloud.hz", "alicloud.sh", "alicloud.bj"]) assumeRole(doc, key, { references: ["var.role_arn"] });
    const plan = planOf(doc);
    expect([...plan.providers.values()].map((p) => p.account)).toEqual(["provider:alicloud.hz", "provider:alicloud.sh", "provider:alicloud.bj"]);
    expect(checkPlans([plan], { mirrorQuota: 1 }).findings).toEqual([]);
  });

  test("mirrors declared with for_each are matched to the source with the same key", () => {
    const plan = testPlan([
      { address: 'alicloud_hbr_vault.src["a"]', before: sourceValues("v-a") },
      { address: 'alicloud_hbr_vault.src["b"]', before: sourceValues("v-b") },
      { address: 'alicloud_hbr_replication_vault.dr["a"]', after: { vault_name: "dr-a", encrypt_type: "HBR_PRIVATE" }, afterUnknown: { id: true, replication_source_vault_id: true }, provider: "alicloud.sh", references: { replication_source_vault_id: ["alicloud_hbr_vault.src", "each.key"] } },
      { address: 'alicloud_hbr_replication_vault.dr["b"]', after: { vault_name: "dr-b", encrypt_type: "KMS", kms_key_id: "k" }, afterUnknown: { id: true, replication_source_vault_id: true }, provider: "alicloud.sh", references: { replication_source_vault_id: ["alicloud_hbr_vault.src", "each.key"] } },
    ]);
    const result = checkPlans([planOf(plan)]);
    expect(findingKeys(result)).toEqual(['HBR007 alicloud_hbr_replication_vault.dr["b"]']);
    expect(result.findings[0].message).toContain('alicloud_hbr_vault.src["b"]');
  });

  test("a mirror whose source is not known yet is noted, and the checks that need it are skipped without failing", () => {
    const plan = testPlan([
      {
        address: MIRROR,
        after: { vault_name: "dr", encrypt_type: "HBR_PRIVATE" },
        afterUnknown: { id: true, replication_source_vault_id: true },
        provider: "alicloud.sh",
        references: { replication_source_vault_id: ["data.terraform_remote_state.src.outputs.vault_id", "data.terraform_remote_state.src.outputs", "data.terraform_remote_state.src"] },
      },
    ]);
    const result = checkPlans([planOf(plan)]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([expect.stringContaining(`${MIRROR}: its source vault is unknown (it comes from data.terraform_remote_state.src`)]);
  });
});

describe("checkPlans: several plans of one app", () => {
  const pair = () => [loadPlan("multi-sources.plan.json"), loadPlan("multi-mirrors.plan.json")];

  test("replacing a source in one stack while its mirror in another stack is kept is HBR010 and HBR003, addresses prefixed with the plan", () => {
    const result = checkPlans(pair());
    expect(findingKeys(result)).toEqual([
      "HBR003 multi-sources.plan.json:alicloud_hbr_vault.Backups_9A29A52D",
      "HBR010 multi-sources.plan.json:alicloud_hbr_vault.Backups_9A29A52D",
    ]);
    expect(result.findings[0].message).toContain("multi-mirrors.plan.json:alicloud_hbr_replication_vault.Mirror-cn-hangzhou_5BAED301 in another plan is kept");
  });

  test("the same pair is clean when the source is not replaced", () => {
    const sources = fixtureJson("multi-sources.plan.json");
    const change = sources.resource_changes[0].change;
    change.actions = ["no-op"];
    change.after = change.before;
    change.after_unknown = {};
    const result = checkPlans([planOf(sources, "multi-sources.plan.json"), loadPlan("multi-mirrors.plan.json")]);
    expect(result.findings).toEqual([]);
  });

  test("alone, each plan of the pair sees nothing wrong that the other would show", () => {
    expect(findingKeys(checkPlans([loadPlan("multi-mirrors.plan.json")]))).toEqual([]);
    expect(findingKeys(checkPlans([loadPlan("multi-sources.plan.json")]))).toEqual(["HBR011 alicloud_hbr_vault.Backups_9A29A52D"]);
  });

  test("a source deleted in one plan and its mirror deleted in another is an HBR003 error: pipelines apply the source's plan first", () => {
    const sources = testPlan([{ address: SOURCE, before: sourceValues("v-src"), actions: ["delete"] }]);
    const mirrors = testPlan([{ address: MIRROR, before: mirrorValues("v-mir", "v-src"), actions: ["delete"] }]);
    const result = checkPlans([planOf(sources, "stacks/sources/plan.json"), planOf(mirrors, "stacks/mirrors/plan.json")], {
      allowDelete: [SOURCE, MIRROR],
    });
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([["HBR003", Severity.ERROR, `sources:${SOURCE}`]]);
    expect(guardFails(result)).toBe(true);
    expect(result.findings[0].message).toContain(`its mirror mirrors:${MIRROR} is deleted by another plan (mirrors); a pipeline applies the source's plan first`);
    expect(result.findings[0].fix).toBe(
      "Apply the plan of mirrors first, on its own (checked with hbr-guard), then plan sources again and check that new plan: with the mirror gone, this deletion is no longer blocked by it.",
    );
  });

  test("a source replaced in one plan while its mirror is deleted in another is an HBR003 error too", () => {
    const sources = testPlan([{ address: SOURCE, before: sourceValues("v-src"), actions: ["delete", "create"], after: { ...sourceValues("v-src"), id: undefined } }]);
    const mirrors = testPlan([{ address: MIRROR, before: mirrorValues("v-mir", "v-src"), actions: ["delete"] }]);
    const result = checkPlans([planOf(sources, "stacks/sources/plan.json"), planOf(mirrors, "stacks/mirrors/plan.json")], {
      allowDelete: [MIRROR],
      allowReplace: [SOURCE],
    });
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([["HBR003", Severity.ERROR, `sources:${SOURCE}`]]);
  });

  test("with several plans, a fix suggests the plan-prefixed address, which allows the deletion in that plan only", () => {
    const one = testPlan([{ address: SOURCE, before: sourceValues("v-1"), actions: ["delete"] }]);
    const two = testPlan([{ address: SOURCE, before: sourceValues("v-2"), actions: ["delete"] }]);
    const plans = [planOf(one, "cdktf.out/stacks/one/plan.json"), planOf(two, "cdktf.out/stacks/two/plan.json")];
    const result = checkPlans(plans);
    expect(result.findings.map((f) => f.fix.split("run hbr-guard with ")[1])).toEqual([`--allow-delete one:${SOURCE}.`, `--allow-delete two:${SOURCE}.`]);
    expect(findingKeys(checkPlans(plans, { allowDelete: [`one:${SOURCE}`] }))).toEqual([`HBR011 two:${SOURCE}`]);
  });

  test("with several plans, the suggested --allow-replace address is plan-prefixed too", () => {
    const one = testPlan([{ address: MIRROR, before: mirrorValues("v-mir", "v-ext"), actions: ["delete", "create"], after: mirrorValues("v-mir", "v-ext", { id: undefined }), provider: "alicloud.sh" }]);
    const two = testPlan([]);
    const [finding] = checkPlans([planOf(one, "a.json"), planOf(two, "b.json")]).findings;
    expect([finding.code, finding.fix]).toEqual(["HBR010", `Revert the change that forces the replacement, or, if that is intended, run hbr-guard with --allow-replace a.json:${MIRROR}.`]);
  });

  test("a suggested address with quotes in its instance key is quoted for the shell", () => {
    const plan = testPlan([{ address: 'alicloud_hbr_vault.src["it\'s"]', before: sourceValues("v-1"), actions: ["delete"] }]);
    const [finding] = checkPlans([planOf(plan)]).findings;
    expect(finding.fix).toContain(`--allow-delete 'alicloud_hbr_vault.src["it'\\''s"]'.`);
  });

  test("a deposed vault in one of several plans is allowed by its plan-prefixed address without the deposed key, as the fix suggests", () => {
    const doc = fixtureJson("delete-vault.plan.json");
    doc.resource_changes[0].deposed = "00000001";
    doc.prior_state.values.root_module.resources[0].deposed_key = "00000001";
    const plans = [planOf(doc, "a.json"), planOf(testPlan([]), "b.json")];
    const [finding] = checkPlans(plans).findings;
    expect([finding.path, finding.fix]).toEqual(["a.json:alicloud_hbr_vault.old (deposed 00000001)", expect.stringContaining("--allow-delete a.json:alicloud_hbr_vault.old.")]);
    expect(checkPlans(plans, { allowDelete: ["a.json:alicloud_hbr_vault.old"] }).findings).toEqual([]);
  });

  test("a new mirror in one stack for a source that has a mirror in another stack is HBR001", () => {
    const sources = testPlan([{ address: SOURCE, before: sourceValues("v-src") }, { address: MIRROR, before: mirrorValues("v-mir", "v-src"), provider: "alicloud.sh" }]);
    const extra = testPlan([{ address: "alicloud_hbr_replication_vault.extra", after: mirrorValues("x", "v-src", { id: undefined }), provider: "alicloud.bj" }]);
    const result = checkPlans([planOf(sources, "a/plan.json"), planOf(extra, "b/plan.json")]);
    expect(findingKeys(result)).toEqual(["HBR001 b:alicloud_hbr_replication_vault.extra"]);
  });

  test("an allowance may name the bare address (any plan) or the labelled one (that plan only)", () => {
    const one = testPlan([{ address: SOURCE, before: sourceValues("v-1"), actions: ["delete"] }]);
    const two = testPlan([{ address: SOURCE, before: sourceValues("v-2"), actions: ["delete"] }]);
    const plans = [planOf(one, "one.json"), planOf(two, "two.json")];
    expect(findingKeys(checkPlans(plans, { allowDelete: [SOURCE] }))).toEqual([]);
    expect(findingKeys(checkPlans(plans, { allowDelete: [`one.json:${SOURCE}`] }))).toEqual([`HBR011 two.json:${SOURCE}`]);
  });
});

describe("checkPlans: hostile input inside valid plans", () => {
  test("thousands of unresolvable mirrors give a bounded list of notes", () => {
    const mirrors = Array.from({ length: 500 }, (_, i) => ({
      address: `alicloud_hbr_replication_vault.m${i}`,
      after: { vault_name: `m${i}` },
      afterUnknown: { id: true, replication_source_vault_id: true },
      provider: "alicloud.sh",
    }));
    const result = checkPlans([planOf(testPlan(mirrors))]);
    expect(result.notes).toHaveLength(21);
    expect(result.notes[20]).toBe("480 more notes like these were left out.");
  });

  test("empty vault ids never match each other", () => {
    const plan = testPlan([
      { address: SOURCE, before: sourceValues("") },
      { address: MIRROR, before: mirrorValues("", ""), provider: "alicloud.sh" },
      { address: "alicloud_hbr_ecs_backup_plan.web", before: { vault_id: "" } },
    ]);
    const result = checkPlans([planOf(plan)]);
    expect(result.findings).toEqual([]);
  });
});

describe("checkPlans: the policy rules of app.synth() over a plan's new policies", () => {
  const policy = (after: Record<string, unknown>, afterUnknown: Record<string, unknown> = { id: true }, actions?: ("create" | "update" | "no-op")[], before?: Record<string, unknown>) =>
    checkPlans([planOf(testPlan([{ address: "alicloud_hbr_policy.nightly", provider: "alicloud.hz", actions, before, after, afterUnknown }]))]);

  test("a created policy whose schedule and retention the service refuses is HBR014 and HBR015 on its address", () => {
    const result = policy({ policy_type: "STANDARD", rules: [{ rule_type: "BACKUP", schedule: "daily", retention: 0, vault_id: "v-0000source0001" }] });
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([
      ["HBR014", "alicloud_hbr_policy.nightly"],
      ["HBR015", "alicloud_hbr_policy.nightly"],
    ]);
    expect(result.findings[0].message).toMatch(/^rule 1 \(BACKUP\): the schedule "daily" is not in the form I\|<start>\|<interval>/);
  });

  test("a value known only after apply is not taken as missing", () => {
    const result = policy({ policy_type: "STANDARD", rules: [{ rule_type: "BACKUP", schedule: "I|1700000000|P1D", vault_id: "v-0000source0001" }] }, { id: true, rules: [{ retention: true }] });
    expect(result.findings).toEqual([]);
  });

  const backupRule = (vaultId?: string) => ({ rule_type: "BACKUP", schedule: "I|1700000000|P1D", retention: 7, vault_id: vaultId });

  test("a created policy whose BACKUP rule names a vault of another region by id is HBR012; one naming a vault of its own region is not", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.sh", provider: "alicloud.sh", before: sourceValues("v-sh") },
          { address: "alicloud_hbr_vault.hz", provider: "alicloud.hz", before: sourceValues("v-hz") },
          { address: "alicloud_hbr_policy.far", provider: "alicloud.hz", after: { policy_type: "STANDARD", rules: [backupRule("v-sh")] }, afterUnknown: { id: true } },
          { address: "alicloud_hbr_policy.near", provider: "alicloud.hz", after: { policy_type: "STANDARD", rules: [backupRule("v-hz")] }, afterUnknown: { id: true } },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR012 alicloud_hbr_policy.far"]);
    expect(result.findings[0].message).toMatch(/^rule 1 \(BACKUP\) backs up into "vault-v-sh" \(alicloud_hbr_vault\.sh\) in cn-shanghai, but the policy is in cn-hangzhou/);
  });

  test("a rule's vault created in the same run, its id known only after apply, is found by the rule's reference: HBR012 names it", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.new", provider: "alicloud.bj", after: sourceValues("x", { id: undefined }) },
          {
            address: "alicloud_hbr_policy.nightly",
            provider: "alicloud.hz",
            after: { policy_type: "STANDARD", rules: [backupRule()] },
            afterUnknown: { id: true, rules: [{ vault_id: true }] },
            expressions: { rules: [{ vault_id: { references: ["alicloud_hbr_vault.new.id", "alicloud_hbr_vault.new"] } }] },
          },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR012 alicloud_hbr_policy.nightly"]);
    expect(result.findings[0].message).toMatch(/backs up into "vault-x" \(alicloud_hbr_vault\.new\) in cn-beijing, but the policy is in cn-hangzhou/);
  });

  test("a new restore job in another region than its vault is HBR012, and one restoring ECS files from the mirror of an OTS_BACKUP vault is HBR018 (Tablestore from it is fine)", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.ots", provider: "alicloud.hz", before: sourceValues("v-ots", { vault_type: "OTS_BACKUP" }) },
          { address: "alicloud_hbr_replication_vault.ots_dr", provider: "alicloud.sh", before: mirrorValues("v-ots-dr", "v-ots") },
          { address: "alicloud_hbr_restore_job.far", provider: "alicloud.sh", after: { vault_id: "v-ots", source_type: "OTS_TABLE", restore_type: "OTS_TABLE" }, afterUnknown: { id: true } },
          { address: "alicloud_hbr_restore_job.files", provider: "alicloud.sh", after: { vault_id: "v-ots-dr", source_type: "ECS_FILE", restore_type: "ECS_FILE" }, afterUnknown: { id: true } },
          { address: "alicloud_hbr_restore_job.tables", provider: "alicloud.sh", after: { vault_id: "v-ots-dr", source_type: "OTS_TABLE", restore_type: "OTS_TABLE" }, afterUnknown: { id: true } },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR012 alicloud_hbr_restore_job.far", "HBR018 alicloud_hbr_restore_job.files"]);
    expect(result.findings.find((f) => f.code === "HBR012")?.message).toMatch(/^the job restores from "vault-v-ots" \(alicloud_hbr_vault\.ots\) in cn-hangzhou, but runs in cn-shanghai/);
    expect(result.findings.find((f) => f.code === "HBR018")?.message).toMatch(/^the job restores ECS_FILE backups from .*alicloud_hbr_replication_vault\.ots_dr.*; an OTS_BACKUP vault holds Tablestore backups only/);
  });

  test("a new restore job whose restore type does not match its source type is HBR016; one whose vault is created in the same run is found by its reference", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.new", provider: "alicloud.hz", after: sourceValues("x", { id: undefined }) },
          {
            address: "alicloud_hbr_restore_job.nas",
            provider: "alicloud.sh",
            after: { source_type: "NAS", restore_type: "OSS" },
            afterUnknown: { id: true, vault_id: true },
            references: { vault_id: ["alicloud_hbr_vault.new.id", "alicloud_hbr_vault.new"] },
          },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR012 alicloud_hbr_restore_job.nas", "HBR016 alicloud_hbr_restore_job.nas"]);
    expect(result.findings[1].message).toMatch(/^the job restores NAS backups as OSS; NAS backups restore as NAS/);
  });

  const standardPolicy = (id: string, vaultId = "v-hz") => ({ id, policy_type: "STANDARD", rules: [backupRule(vaultId)] });

  test("a new binding of a UDM_ECS source to an existing STANDARD policy, named by its id, is HBR016", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.hz", provider: "alicloud.hz", before: sourceValues("v-hz") },
          { address: "alicloud_hbr_policy.std", provider: "alicloud.hz", before: standardPolicy("po-std") },
          { address: "alicloud_hbr_policy_binding.web", provider: "alicloud.hz", after: { policy_id: "po-std", source_type: "UDM_ECS", data_source_id: "i-web" }, afterUnknown: { id: true } },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR016 alicloud_hbr_policy_binding.web"]);
    expect(result.findings[0].message).toMatch(/^the UDM_ECS source is bound to the STANDARD policy alicloud_hbr_policy\.std; UDM_ECS sources can be bound only to UDM_ECS_ONLY policies/);
  });

  test("a new binding of a Tablestore source to a new policy, named by reference, whose rule backs up into a STANDARD vault is HBR018", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.hz", provider: "alicloud.hz", before: sourceValues("v-hz") },
          { address: "alicloud_hbr_policy.new", provider: "alicloud.hz", after: { policy_type: "STANDARD", rules: [backupRule("v-hz")] }, afterUnknown: { id: true } },
          {
            address: "alicloud_hbr_policy_binding.tables",
            provider: "alicloud.hz",
            after: { source_type: "OTS", data_source_id: "ots-1" },
            afterUnknown: { id: true, policy_id: true },
            references: { policy_id: ["alicloud_hbr_policy.new.id", "alicloud_hbr_policy.new"] },
          },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR018 alicloud_hbr_policy_binding.tables"]);
    expect(result.findings[0].message).toMatch(/^the Tablestore \(OTS\) source is backed up into "vault-v-hz" \(alicloud_hbr_vault\.hz\) of type STANDARD; Tablestore backups go into OTS_BACKUP vaults/);
  });

  test("an unchanged binding is judged again when its policy changes; a pair the run leaves as it is is not", () => {
    const udmBinding = (policyId: string) => ({ id: `pb-${policyId}`, policy_id: policyId, source_type: "UDM_ECS", data_source_id: "i-web" });
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.hz", provider: "alicloud.hz", before: sourceValues("v-hz") },
          { address: "alicloud_hbr_policy.changed", provider: "alicloud.hz", actions: ["update"], before: { ...standardPolicy("po-a"), policy_type: "UDM_ECS_ONLY" }, after: standardPolicy("po-a"), afterUnknown: {} },
          { address: "alicloud_hbr_policy.kept", provider: "alicloud.hz", before: standardPolicy("po-b") },
          { address: "alicloud_hbr_policy_binding.a", provider: "alicloud.hz", before: udmBinding("po-a") },
          { address: "alicloud_hbr_policy_binding.b", provider: "alicloud.hz", before: udmBinding("po-b") },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR016 alicloud_hbr_policy_binding.a"]);
    expect(result.findings[0].message).toMatch(/^the UDM_ECS source is bound to the STANDARD policy alicloud_hbr_policy\.changed; /);
  });

  test("any other HBR resource the plan creates is checked for its enum values, as at synth (HBR019)", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_ecs_backup_client.web", provider: "alicloud.hz", after: { instance_id: "i-web", data_network_type: "INTERNET" }, afterUnknown: { id: true } },
          { address: "alicloud_hbr_ecs_backup_client.db", provider: "alicloud.hz", after: { instance_id: "i-db", data_network_type: "VPC" }, afterUnknown: { id: true } },
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(["HBR019 alicloud_hbr_ecs_backup_client.web"]);
    expect(result.findings[0].message).toMatch(/^data_network_type is "INTERNET", not one of "CLASSIC", "PUBLIC", "VPC"/);
  });

  test("a binding made with for_each is checked against the policy instance with its own key", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.hz", provider: "alicloud.hz", before: sourceValues("v-hz") },
          { address: 'alicloud_hbr_policy.p["std"]', provider: "alicloud.hz", after: { policy_type: "STANDARD", rules: [backupRule("v-hz")] }, afterUnknown: { id: true } },
          { address: 'alicloud_hbr_policy.p["udm"]', provider: "alicloud.hz", after: { policy_type: "UDM_ECS_ONLY", rules: [backupRule()] }, afterUnknown: { id: true } },
          ...["std", "udm"].map((key) => ({
            address: `alicloud_hbr_policy_binding.b["${key}"]`,
            provider: "alicloud.hz",
            after: { source_type: "UDM_ECS", data_source_id: "i-web" },
            afterUnknown: { id: true, policy_id: true },
            references: { policy_id: ["alicloud_hbr_policy.p", "each.key"] },
          })),
        ]),
      ),
    ]);
    expect(findingKeys(result)).toEqual(['HBR016 alicloud_hbr_policy_binding.b["std"]']);
    expect(result.findings[0].message).toMatch(/^the UDM_ECS source is bound to the STANDARD policy alicloud_hbr_policy\.p\["std"\]; UDM_ECS sources can be bound only to UDM_ECS_ONLY policies/);
  });

  test("a binding naming a replaced policy by its old id is not judged against the policy that replaces it", () => {
    const result = checkPlans([
      planOf(
        testPlan([
          { address: "alicloud_hbr_vault.hz", provider: "alicloud.hz", before: sourceValues("v-hz") },
          { address: "alicloud_hbr_policy.rep", provider: "alicloud.hz", actions: ["delete", "create"], before: { ...standardPolicy("po-old"), policy_type: "UDM_ECS_ONLY" }, after: { policy_type: "STANDARD", rules: [backupRule("v-hz")] }, afterUnknown: { id: true } },
          { address: "alicloud_hbr_policy_binding.web", provider: "alicloud.hz", actions: ["update"], before: { id: "pb-1", policy_id: "po-old", source_type: "UDM_ECS", data_source_id: "i-1" }, after: { id: "pb-1", policy_id: "po-old", source_type: "UDM_ECS", data_source_id: "i-2" }, afterUnknown: {} },
        ]),
      ),
      ], { allowReplace: ["alicloud_hbr_policy.rep"] });
    expect(findingKeys(result)).toEqual([]);
  });

  test("a policy the run leaves as it is is not judged again", () => {
    const values = { policy_type: "STANDARD", rules: [{ rule_type: "BACKUP", schedule: "daily", retention: 0, vault_id: "v-0000source0001" }] };
    expect(policy(values, {}, ["no-op"], values).findings).toEqual([]);
  });
});
