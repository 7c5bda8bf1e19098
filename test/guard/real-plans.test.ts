import { Severity } from "../../lib/rules/catalog";
import { runGuard, GUARD_EXIT_CODES } from "../../lib/guard/cli";
import { SENSITIVE_TEXT, checkPlans } from "../../lib/guard/plan-checks";
import { guardFails } from "../../lib/guard/report";
import { findingKeys, fixtureJson, fixturePath, loadPlan, memoryIo, planOf } from "./guard-support";

/** The fixtures of plan kinds in the shape `terraform show -json` writes (Terraform 1.9). */
describe("plan kinds as terraform show -json writes them", () => {
  test("a refresh-only plan (no resource_changes, the vaults only in prior_state) passes: nothing is deleted", () => {
    const plan = loadPlan("refresh-only.plan.json");
    expect(plan.resources.map((r) => [r.address, r.actions, r.untouched])).toEqual([
      ["alicloud_hbr_ecs_backup_plan.web", ["no-op"], true],
      ["alicloud_hbr_replication_vault.mirror", ["no-op"], true],
      ["alicloud_hbr_vault.backups", ["no-op"], true],
    ]);
    const result = checkPlans([plan]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([expect.stringMatching(/^3 HBR resources .* are in prior_state but not in resource_changes: this run leaves them as they are/)]);
    const io = memoryIo();
    expect(runGuard([fixturePath("refresh-only.plan.json")], io)).toBe(GUARD_EXIT_CODES.CLEAN);
  });

  test("a targeted plan (-target of the backup plan) leaves the mirror it does not list in place: no HBR011", () => {
    const result = checkPlans([loadPlan("targeted.plan.json")]);
    expect(result.findings).toEqual([]);
    expect(result.summary).toEqual({ plans: 1, resourceChanges: 2, vaults: 1, mirrors: 1, backupTargets: 1 });
  });

  test("an untouched mirror still counts: a second mirror of its source in a targeted plan is HBR001", () => {
    const doc = fixtureJson("targeted.plan.json");
    doc.resource_changes.push({
      address: "alicloud_hbr_replication_vault.again",
      mode: "managed",
      type: "alicloud_hbr_replication_vault",
      name: "again",
      change: { actions: ["create"], before: null, after: { vault_name: "again", encrypt_type: "HBR_PRIVATE", replication_source_vault_id: "v-0000source0001" }, after_unknown: { id: true } },
    });
    expect(findingKeys(checkPlans([planOf(doc)]))).toEqual(["HBR001 alicloud_hbr_replication_vault.again"]);
  });

  test("a deletion that resource_changes lists is still found in a targeted plan", () => {
    const doc = fixtureJson("targeted.plan.json");
    const mirror = doc.prior_state.values.root_module.resources.find((r: { type: string }) => r.type === "alicloud_hbr_replication_vault");
    doc.resource_changes.push({ address: mirror.address, mode: "managed", type: mirror.type, name: mirror.name, change: { actions: ["delete"], before: mirror.values, after: null, after_unknown: {} } });
    expect(findingKeys(checkPlans([planOf(doc)]))).toEqual(["HBR011 alicloud_hbr_replication_vault.mirror"]);
  });

  test("inside a module called with for_each, a plain reference names the resource of the same module instance: each instance's backup plan into its own mirror is HBR002", () => {
    const result = checkPlans([loadPlan("module-for-each.plan.json")]);
    expect(findingKeys(result)).toEqual(['HBR002 module.dr["a"].alicloud_hbr_ecs_backup_plan.web', 'HBR002 module.dr["b"].alicloud_hbr_ecs_backup_plan.web']);
    expect(result.findings[0].message).toMatch(/^the alicloud_hbr_ecs_backup_plan's vault_id backs up into the mirror vault "site-a-dr" \(module\.dr\["a"\]\.alicloud_hbr_replication_vault\.mirror\);/);
    expect(result.findings[1].message).toMatch(/module\.dr\["b"\]\.alicloud_hbr_replication_vault\.mirror/);
    expect(result.notes).toEqual([]);
    expect(guardFails(result)).toBe(true);
  });

  test("mirrors inside module instances are matched to the source of their own instance: a second mirror there is HBR001", () => {
    const doc = fixtureJson("module-for-each.plan.json");
    doc.resource_changes.push({
      address: 'module.dr["a"].alicloud_hbr_replication_vault.extra',
      module_address: 'module.dr["a"]',
      mode: "managed",
      type: "alicloud_hbr_replication_vault",
      name: "extra",
      change: { actions: ["create"], before: null, after: { vault_name: "extra", encrypt_type: "HBR_PRIVATE" }, after_unknown: { id: true, replication_source_vault_id: true } },
    });
    doc.configuration.root_module.module_calls.dr.module.resources.push({
      address: "alicloud_hbr_replication_vault.extra",
      mode: "managed",
      type: "alicloud_hbr_replication_vault",
      name: "extra",
      provider_config_key: "module.dr:alicloud.dr",
      expressions: { replication_source_vault_id: { references: ["alicloud_hbr_vault.source.id", "alicloud_hbr_vault.source"] } },
    });
    const result = checkPlans([planOf(doc)]);
    expect(findingKeys(result).filter((k) => k.startsWith("HBR001"))).toEqual(['HBR001 module.dr["a"].alicloud_hbr_replication_vault.extra']);
    expect(result.findings.find((f) => f.code === "HBR001")?.message).toMatch(/module\.dr\["a"\]\.alicloud_hbr_vault\.source/);
  });

  test("a root backup plan that writes into module.dr[\"a\"].mirror_id follows the module output to that instance's mirror: HBR002", () => {
    const doc = fixtureJson("module-for-each.plan.json");
    doc.resource_changes.push({
      address: "alicloud_hbr_oss_backup_plan.assets",
      mode: "managed",
      type: "alicloud_hbr_oss_backup_plan",
      name: "assets",
      change: { actions: ["create"], before: null, after: { oss_backup_plan_name: "assets", bucket: "assets" }, after_unknown: { id: true, vault_id: true } },
    });
    doc.configuration.root_module.resources = [
      {
        address: "alicloud_hbr_oss_backup_plan.assets",
        mode: "managed",
        type: "alicloud_hbr_oss_backup_plan",
        name: "assets",
        provider_config_key: "alicloud",
        expressions: { vault_id: { references: ['module.dr["a"].mirror_id', 'module.dr["a"]', "module.dr"] } },
      },
    ];
    const result = checkPlans([planOf(doc)]);
    expect(result.findings.filter((f) => f.path === "alicloud_hbr_oss_backup_plan.assets").map((f) => [f.code, f.severity])).toEqual([["HBR002", Severity.ERROR]]);
    expect(result.findings.find((f) => f.path === "alicloud_hbr_oss_backup_plan.assets")?.message).toMatch(/module\.dr\["a"\]\.alicloud_hbr_replication_vault\.mirror/);
  });

  test("a backup plan whose vault_id names an instance the plan cannot tell (x[var.k]) is HBR002 when every instance is a mirror, not only a note", () => {
    const doc = fixtureJson("module-for-each.plan.json");
    doc.resource_changes.push({
      address: "alicloud_hbr_nas_backup_plan.files",
      mode: "managed",
      type: "alicloud_hbr_nas_backup_plan",
      name: "files",
      change: { actions: ["create"], before: null, after: { nas_backup_plan_name: "files" }, after_unknown: { id: true, vault_id: true } },
    });
    for (const key of ["a", "b"]) {
      doc.resource_changes.push({
        address: `alicloud_hbr_replication_vault.dr["${key}"]`,
        mode: "managed",
        type: "alicloud_hbr_replication_vault",
        name: "dr",
        index: key,
        change: { actions: ["no-op"], before: { id: `v-dr-${key}`, vault_name: `dr-${key}`, replication_source_vault_id: `v-src-${key}` }, after: { id: `v-dr-${key}`, vault_name: `dr-${key}`, replication_source_vault_id: `v-src-${key}` }, after_unknown: {} },
      });
    }
    doc.configuration.root_module.resources = [
      { address: "alicloud_hbr_nas_backup_plan.files", mode: "managed", type: "alicloud_hbr_nas_backup_plan", name: "files", expressions: { vault_id: { references: ["alicloud_hbr_replication_vault.dr", "var.site"] } } },
    ];
    const result = checkPlans([planOf(doc)]);
    const finding = result.findings.find((f) => f.path === "alicloud_hbr_nas_backup_plan.files");
    expect([finding?.code, finding?.severity]).toEqual(["HBR002", Severity.ERROR]);
    expect(finding?.message).toMatch(/^the alicloud_hbr_nas_backup_plan's vault_id is one of 2 vaults \(alicloud_hbr_replication_vault\.dr\["a"\], alicloud_hbr_replication_vault\.dr\["b"\]\): .*all of them are mirror vaults/);
  });

  test("a mirror whose source names an instance the plan cannot tell is an HBR001 warning, and HBR003 when one of them is deleted", () => {
    const doc = fixtureJson("refresh-only.plan.json");
    doc.resource_changes = [
      { address: 'alicloud_hbr_vault.site["a"]', mode: "managed", type: "alicloud_hbr_vault", name: "site", index: "a", change: { actions: ["no-op"], before: { id: "v-a" }, after: { id: "v-a" }, after_unknown: {} } },
      { address: 'alicloud_hbr_vault.site["b"]', mode: "managed", type: "alicloud_hbr_vault", name: "site", index: "b", change: { actions: ["delete"], before: { id: "v-b" }, after: null, after_unknown: {} } },
      { address: "alicloud_hbr_replication_vault.dr", mode: "managed", type: "alicloud_hbr_replication_vault", name: "dr", change: { actions: ["create"], before: null, after: { vault_name: "dr" }, after_unknown: { id: true, replication_source_vault_id: true } } },
    ];
    doc.prior_state.values.root_module.resources = [];
    doc.configuration.root_module.resources = [
      { address: "alicloud_hbr_replication_vault.dr", mode: "managed", type: "alicloud_hbr_replication_vault", name: "dr", expressions: { replication_source_vault_id: { references: ["alicloud_hbr_vault.site", "var.site"] } } },
    ];
    const result = checkPlans([planOf(doc)], { allowDelete: ['alicloud_hbr_vault.site["b"]'] });
    expect(result.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ["HBR001", Severity.WARNING, "alicloud_hbr_replication_vault.dr"],
      ["HBR003", Severity.WARNING, "alicloud_hbr_replication_vault.dr"],
    ]);
    expect(result.findings[0].message).toMatch(/source is one of 2 vaults .*cannot check that it is the only mirror/);
    expect(result.findings[1].message).toMatch(/alicloud_hbr_vault\.site\["b"\] is deleted or replaced/);
  });

  test("resources imported by the run (import blocks) exist already: no creation, and a second mirror of the imported source is HBR001", () => {
    const plan = loadPlan("imported.plan.json");
    expect(plan.resources.filter((r) => r.importing).map((r) => r.address)).toEqual(["alicloud_hbr_replication_vault.mirror", "alicloud_hbr_vault.backups"]);
    const result = checkPlans([plan]);
    expect(findingKeys(result)).toEqual(["HBR001 alicloud_hbr_replication_vault.second"]);
    expect(result.findings[0].message).toMatch(/already has the mirror alicloud_hbr_replication_vault\.mirror/);
  });

  test("a vault renamed with a moved block is neither deleted nor created", () => {
    const plan = loadPlan("moved.plan.json");
    expect(plan.resources.map((r) => [r.address, r.previousAddress])).toEqual([
      ["alicloud_hbr_replication_vault.mirror", undefined],
      ["alicloud_hbr_vault.backups", "alicloud_hbr_vault.old_name"],
    ]);
    const result = checkPlans([plan]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  test("a moved vault's old address in prior_state is not read as a second, untouched vault", () => {
    const doc = fixtureJson("moved.plan.json");
    const current = doc.prior_state.values.root_module.resources.find((r: { type: string }) => r.type === "alicloud_hbr_vault");
    current.address = "alicloud_hbr_vault.old_name";
    const result = checkPlans([planOf(doc)]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
  });
});

describe("plan formats 0.1 and 0.2 (Terraform 0.12 to 1.0)", () => {
  test.each(["0.1", "0.2"])("a plan in format %s is checked like a 1.x plan", (version) => {
    const doc = fixtureJson("delete-vault.plan.json");
    doc.format_version = version;
    expect(findingKeys(checkPlans([planOf(doc)]))).toEqual(["HBR011 alicloud_hbr_vault.old"]);
  });

  test("a module resource of Terraform 0.12/0.13 (provider_config_key dr:alicloud) finds its provider keyed module.dr:alicloud", () => {
    const doc = fixtureJson("module-for-each.plan.json");
    doc.format_version = "0.1";
    const module = doc.configuration.root_module.module_calls.dr.module;
    for (const resource of module.resources) resource.provider_config_key = resource.provider_config_key.replace("module.dr:", "dr:");
    // Both providers of the module in one region: each mirror is in its source's region (HBR004), which
    // the guard can tell only when it finds the module's providers.
    doc.configuration.provider_config["module.dr:alicloud"].expressions.region = { constant_value: "cn-shanghai" };
    doc.configuration.provider_config["module.dr:alicloud.dr"].expressions.region = { constant_value: "cn-shanghai" };
    const plan = planOf(doc);
    expect(plan.config.get("module.dr.alicloud_hbr_replication_vault.mirror")?.providerConfigKey).toBe("dr:alicloud.dr");
    expect(findingKeys(checkPlans([plan])).filter((k) => k.startsWith("HBR004"))).toEqual([
      'HBR004 module.dr["a"].alicloud_hbr_replication_vault.mirror',
      'HBR004 module.dr["b"].alicloud_hbr_replication_vault.mirror',
    ]);
  });

  test("a format older than 0.1 is refused with the Terraform version needed", () => {
    const read = planOf.bind(null);
    expect(() => read({ format_version: "0.0", resource_changes: [] })).toThrow(/older than 0\.1; .*Terraform 0\.12 or newer/);
  });
});

describe("values Terraform marks sensitive", () => {
  test("a sensitive vault name is printed as (sensitive) in findings, never as its value", () => {
    const doc = fixtureJson("imported.plan.json");
    const second = doc.resource_changes.find((r: { address: string }) => r.address === "alicloud_hbr_replication_vault.second");
    second.change.after.vault_name = "secret-name-of-the-second-mirror-vault-x";
    second.change.after_sensitive = { vault_name: true };
    const source = doc.resource_changes.find((r: { address: string }) => r.address === "alicloud_hbr_vault.backups");
    source.change.before_sensitive = { vault_name: true };
    source.change.after_sensitive = { vault_name: true };
    const result = checkPlans([planOf(doc)]);
    expect(findingKeys(result)).toEqual(["HBR001 alicloud_hbr_replication_vault.second", "HBR005 alicloud_hbr_replication_vault.second"]);
    const io = memoryIo({ "plan.json": JSON.stringify(doc) });
    runGuard(["--format", "json", "plan.json"], io);
    expect(io.out).not.toContain("secret-name-of-the-second-mirror-vault-x");
    expect(io.out).not.toContain("prod-backups\\\"");
    expect(io.out).toContain(SENSITIVE_TEXT);
  });

  test("sensitive marks on nested values (a whole list) hide every string under them", () => {
    const doc = fixtureJson("backup-into-mirror.plan.json");
    const plan = doc.resource_changes.find((r: { address: string }) => r.address === "alicloud_hbr_ecs_backup_plan.web");
    plan.change.after_sensitive = { vault_id: true };
    const io = memoryIo({ "plan.json": JSON.stringify(doc) });
    runGuard(["plan.json"], io);
    expect(io.out).toContain("HBR002");
    expect(io.out).not.toContain("v-0000mirror0001");
  });
});
