import * as fs from "fs";
import { checkPlans } from "../../lib/guard/plan-checks";
import { guardFails } from "../../lib/guard/report";
import { MAX_NOTES_PER_PLAN } from "../../lib/guard/note-list";
import { parsePlanText, readPlanDocument } from "../../lib/guard/plan-document";
import { fixtureJson, fixturePath, loadPlan, planOf } from "./guard-support";

function reasonFor(fixture: string): string {
  const read = parsePlanText(fs.readFileSync(fixturePath(fixture), "utf8"), fixture);
  if (read.ok) throw new Error(`${fixture} was read as a plan`);
  return read.reason;
}

describe("reading a plan document", () => {
  test("a plan from terraform show -json is read with its guarded resources, configuration and providers", () => {
    const plan = loadPlan("clean.plan.json");
    expect(plan.formatVersion).toBe("1.2");
    expect(plan.resourceChangeCount).toBe(3);
    expect(plan.resources.map((r) => [r.address, r.actions])).toEqual([
      ["alicloud_hbr_vault.backups", ["update"]],
      ["alicloud_hbr_replication_vault.mirror", ["no-op"]],
      ["alicloud_hbr_policy.daily", ["create"]],
    ]);
    expect(plan.resources[1].dependsOn).toEqual(["alicloud_hbr_vault.backups"]);
    expect(plan.config.get("alicloud_hbr_replication_vault.mirror")?.providerConfigKey).toBe("alicloud.cn-shanghai");
    expect(plan.providers.get("alicloud.cn-shanghai")).toEqual({ region: "cn-shanghai", account: "default" });
    expect(plan.notes).toEqual([]);
  });

  test("an empty file is not a plan", () => {
    expect(reasonFor("empty.json")).toBe("the file is empty");
  });

  test("truncated JSON is not a plan, and the reason is one line", () => {
    const reason = reasonFor("truncated.json");
    expect(reason).toMatch(/^not JSON \(/);
    expect(reason).not.toContain("\n");
  });

  test("a resource_changes that is not an array is not a plan", () => {
    expect(reasonFor("wrong-types.json")).toBe("resource_changes is an object, expected an array");
  });

  test("a document without format_version is not a plan", () => {
    expect(reasonFor("missing-keys.json")).toBe("no format_version: not the output of terraform show -json");
  });

  test("another major format version is refused, as the format's documentation asks", () => {
    expect(reasonFor("wrong-major.json")).toContain('format_version "2.0" has major version 2');
  });

  test("a state document is told apart from a plan", () => {
    expect(reasonFor("state-not-plan.json")).toMatch(/^a state, not a plan/);
  });

  test.each([
    [[], "expected a JSON object, found an array"],
    [null, "expected a JSON object, found null"],
    ["plan", "expected a JSON object, found a string"],
    [{}, "the document is empty ({})"],
    [{ format_version: 1.2, resource_changes: [] }, 'format_version is a number, expected a string such as "1.2"'],
    [{ format_version: "latest", resource_changes: [] }, 'format_version "latest" is not a version number'],
    [{ format_version: "1.2" }, "neither resource_changes nor planned_values: not a plan"],
    [{ format_version: "1.2", resource_changes: [], configuration: "x" }, "configuration is a string, expected an object"],
  ])("the top level %j is not a plan: %s", (value, reason) => {
    expect(readPlanDocument(value, "p.json")).toEqual({ ok: false, reason });
  });

  test("a plan without changes (Terraform then leaves out resource_changes) is a plan", () => {
    const read = readPlanDocument({ format_version: "1.2", planned_values: { root_module: {} } }, "p.json");
    expect(read.ok && read.plan.resources).toEqual([]);
  });

  test("bad entries that are not of a guarded type are skipped with a note each, and the guarded ones are still read", () => {
    const plan = loadPlan("bad-entries.plan.json");
    expect(plan.resources.map((r) => [r.address, r.actions])).toEqual([
      ["alicloud_hbr_replication_vault.weird_values", ["create"]],
      ["alicloud_hbr_vault.old", ["delete"]],
    ]);
    expect(plan.notes).toEqual([
      "a resource of type alicloud_hbr_vault in prior_state has no address: skipped.",
      "resource_changes[0] is a string, not an object: skipped.",
      "resource_changes[1] is null, not an object: skipped.",
      "resource_changes[2] has no address: skipped.",
    ]);
  });

  const VAULT_ENTRY = { address: "alicloud_hbr_vault.v", mode: "managed", type: "alicloud_hbr_vault", change: { actions: ["delete"], before: { id: "v-1" }, after: null } };
  const ACTIONS = "no-op, create, read, update, delete, forget";

  test.each([
    ["no change", { ...VAULT_ENTRY, change: undefined }, "alicloud_hbr_vault.v: change is missing, so what the plan does to it is unknown"],
    ["a change that is a string", { ...VAULT_ENTRY, change: "delete" }, "alicloud_hbr_vault.v: change is a string, not an object, so what the plan does to it is unknown"],
    ["actions that are a string", { ...VAULT_ENTRY, change: { actions: "delete" } }, `alicloud_hbr_vault.v: change.actions is "delete", not a list of known actions (${ACTIONS})`],
    ["an unknown action", { ...VAULT_ENTRY, change: { actions: ["destroy"] } }, `alicloud_hbr_vault.v: change.actions is ["destroy"], not a list of known actions (${ACTIONS})`],
    ["no actions", { ...VAULT_ENTRY, change: { actions: [] } }, `alicloud_hbr_vault.v: change.actions is [], not a list of known actions (${ACTIONS})`],
    ["missing actions", { ...VAULT_ENTRY, change: {} }, `alicloud_hbr_vault.v: change.actions is missing, not a list of known actions (${ACTIONS})`],
    ["no address", { ...VAULT_ENTRY, address: 42 }, "resource_changes[0] (alicloud_hbr_vault) has no address: its address is a number"],
    ["a type its address contradicts", { ...VAULT_ENTRY, type: "alicloud_oss_bucket" }, 'alicloud_hbr_vault.v (resource_changes[0]): its type is "alicloud_oss_bucket", but its address names a alicloud_hbr_vault'],
    ["a managed address marked as data", { ...VAULT_ENTRY, mode: "data" }, 'alicloud_hbr_vault.v (resource_changes[0]): mode is "data", but the address names a managed alicloud_hbr_vault'],
    [
      "a mirror with an unknown action",
      { address: "alicloud_hbr_replication_vault.m", type: "alicloud_hbr_replication_vault", change: { actions: ["teleport"] } },
      `alicloud_hbr_replication_vault.m: change.actions is ["teleport"], not a list of known actions (${ACTIONS})`,
    ],
    [
      "a backup plan with no change",
      { address: 'module.app.alicloud_hbr_ecs_backup_plan.web["a"]', type: "alicloud_hbr_ecs_backup_plan" },
      'module.app.alicloud_hbr_ecs_backup_plan.web["a"]: change is missing, so what the plan does to it is unknown',
    ],
  ])("a guarded entry with %s makes the input not a plan, naming the address and what is wrong", (_, entry, reason) => {
    expect(readPlanDocument({ format_version: "1.2", resource_changes: [entry] }, "p.json")).toEqual({ ok: false, reason });
  });

  test("a guarded address listed twice makes the input not a plan: the guard cannot tell which entry Terraform applies", () => {
    const doc = { format_version: "1.2", resource_changes: [VAULT_ENTRY, { ...VAULT_ENTRY, change: { ...VAULT_ENTRY.change, actions: ["no-op"] } }] };
    expect(readPlanDocument(doc, "p.json")).toEqual({
      ok: false,
      reason: "alicloud_hbr_vault.v appears twice in resource_changes (entries 0 and 1); the guard cannot tell which one Terraform applies",
    });
  });

  test("a deposed object and the current object of one address are two instances, not a repeat", () => {
    const deposed = { ...VAULT_ENTRY, deposed: "00000001" };
    const plan = planOf({ format_version: "1.2", resource_changes: [VAULT_ENTRY, deposed] });
    expect(plan.resources.map((r) => [r.address, r.deposed])).toEqual([
      ["alicloud_hbr_vault.v", undefined],
      ["alicloud_hbr_vault.v", "00000001"],
    ]);
  });

  test("actions nested far deeper than the call stack are described by their type, not printed", () => {
    let actions: unknown = ["delete"];
    for (let i = 0; i < 200000; i++) actions = [actions];
    expect(readPlanDocument({ format_version: "1.2", resource_changes: [{ ...VAULT_ENTRY, change: { actions } }] }, "p.json")).toEqual({
      ok: false,
      reason: `alicloud_hbr_vault.v: change.actions is an array of 1 item, not a list of known actions (${ACTIONS})`,
    });
  });

  test("an address with a line break still gives a one-line reason", () => {
    const read = readPlanDocument({ format_version: "1.2", resource_changes: [{ ...VAULT_ENTRY, address: 'alicloud_hbr_vault.v["a\nb"]', change: null }] }, "p.json");
    expect(read).toEqual({ ok: false, reason: 'alicloud_hbr_vault.v["a b"]: change is null, not an object, so what the plan does to it is unknown' });
  });

  test("thousands of bad entries give a bounded list of notes", () => {
    const plan = planOf({ format_version: "1.2", resource_changes: Array.from({ length: 5000 }, () => 7) });
    expect(plan.notes).toHaveLength(MAX_NOTES_PER_PLAN + 1);
    expect(plan.notes[MAX_NOTES_PER_PLAN]).toBe(`${5000 - MAX_NOTES_PER_PLAN} more notes like these were left out.`);
  });

  test("keys named like Object.prototype members are read as data, not inherited", () => {
    const plan = planOf(
      JSON.parse('{"format_version":"1.2","resource_changes":[],"configuration":{"provider_config":{"constructor":{},"__proto__":{"expressions":{"region":{"constant_value":"cn-hangzhou"}}}}}}'),
    );
    expect(plan.providers.get("constructor")).toEqual({ region: undefined, account: "default" });
    expect(plan.providers.get("__proto__")?.region).toBe("cn-hangzhou");
  });

  test("a resource in prior_state without a change entry is untouched by the run, not deleted, even when planned_values leaves it out", () => {
    const doc = fixtureJson("delete-vault.plan.json");
    doc.resource_changes = [];
    const plan = planOf(doc);
    expect(plan.resources.map((r) => [r.address, r.actions, r.untouched])).toEqual([["alicloud_hbr_vault.old", ["no-op"], true]]);
    expect(plan.notes[0]).toMatch(/^alicloud_hbr_vault\.old is in prior_state but not in resource_changes: this run leaves it as it is/);
    expect(checkPlans([plan]).findings).toEqual([]);
  });

  test.each([
    ["null", null],
    ["a string", "x"],
    ["an object without address or type", {}],
  ])("an entry of resource_changes that is %s, beside a prior_state resource without an entry, makes the input not a plan: it may be the deletion", (_, entry) => {
    const doc = fixtureJson("delete-vault.plan.json");
    doc.resource_changes = [entry];
    const read = readPlanDocument(doc, "p.json");
    expect(read.ok).toBe(false);
    expect(!read.ok && read.reason).toMatch(/^resource_changes\[0\] cannot be read, and alicloud_hbr_vault\.old of prior_state has no readable resource_changes entry/);
  });

  test("resources in nested modules get module addresses, and configuration references become absolute", () => {
    const plan = planOf({
      format_version: "1.2",
      resource_changes: [{ address: "module.dr.module.inner.alicloud_hbr_vault.v[0]", mode: "managed", type: "alicloud_hbr_vault", change: { actions: ["create"], before: null, after: {} } }],
      configuration: {
        root_module: {
          module_calls: {
            dr: {
              module: {
                module_calls: {
                  inner: {
                    module: {
                      resources: [{ address: "alicloud_hbr_replication_vault.m", type: "alicloud_hbr_replication_vault", expressions: { replication_source_vault_id: { references: ["alicloud_hbr_vault.v[0].id"] } } }],
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    expect(plan.resources[0].configAddress).toBe("module.dr.module.inner.alicloud_hbr_vault.v");
    expect(plan.config.get("module.dr.module.inner.alicloud_hbr_replication_vault.m")?.modulePrefix).toBe("module.dr.module.inner.");
  });

  test("a vault deleted at the bottom of modules nested deeper than the call stack is found: HBR011", () => {
    const depth = 20000;
    const address = `${"module.m.".repeat(depth)}alicloud_hbr_vault.old`;
    const values = { id: "v-0000old0000001", vault_name: "old", region_id: "cn-hangzhou" };
    let state: Record<string, unknown> = { resources: [{ address, mode: "managed", type: "alicloud_hbr_vault", name: "old", values }] };
    let config: Record<string, unknown> = { resources: [{ address: "alicloud_hbr_vault.old", mode: "managed", type: "alicloud_hbr_vault", name: "old", expressions: {} }] };
    for (let i = 0; i < depth; i++) {
      state = { resources: [], child_modules: [state] };
      config = { module_calls: { m: { module: config } } };
    }
    const doc = {
      format_version: "1.2",
      resource_changes: [{ address, mode: "managed", type: "alicloud_hbr_vault", change: { actions: ["delete"], before: values, after: null } }],
      planned_values: { root_module: {} },
      prior_state: { values: { root_module: state } },
      configuration: { root_module: config },
    };
    const plan = planOf(doc);
    expect(plan.config.has(address)).toBe(true);
    const result = checkPlans([plan]);
    expect(result.findings.map((f) => [f.code, f.path === address])).toEqual([["HBR011", true]]);
    expect(guardFails(result)).toBe(true);
  });

  test("any field of a plan that deletes a vault replaced by a value of the wrong type never passes: it is not a plan, or the deletion still fails", () => {
    const wrongValues: unknown[] = [null, 0, "x", true, [], {}, [null], { id: true }];
    const planWithDeletion = () => {
      const doc = fixtureJson("clean.plan.json");
      const deletion = fixtureJson("delete-vault.plan.json");
      doc.resource_changes.push(...deletion.resource_changes);
      doc.prior_state.values.root_module.resources.push(...deletion.prior_state.values.root_module.resources);
      return doc;
    };
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(planWithDeletion(), []);
    expect(paths.length).toBeGreaterThan(100);
    let checked = 0;
    let refused = 0;
    for (const path of paths.slice(1)) {
      for (const wrong of wrongValues) {
        // An empty resource_changes is a plan that changes nothing (refresh-only): it deletes nothing.
        if (path.length === 1 && path[0] === "resource_changes" && Array.isArray(wrong) && wrong.length === 0) continue;
        const doc = planWithDeletion();
        let parent = doc;
        for (const step of path.slice(0, -1)) parent = parent[step];
        parent[path[path.length - 1]] = wrong;
        const read = readPlanDocument(doc, "p.json");
        if (read.ok) {
          const result = checkPlans([read.plan]);
          const where = `${path.join(".")} = ${JSON.stringify(wrong)}`;
          expect({ where, deletions: result.findings.filter((f) => f.code === "HBR011").map((f) => f.path) }).toEqual({ where, deletions: expect.arrayContaining(["alicloud_hbr_vault.old"]) });
          expect(guardFails(result)).toBe(true);
          checked++;
        } else {
          expect(read.reason).not.toContain("\n");
          refused++;
        }
      }
    }
    expect(checked).toBeGreaterThan(paths.length);
    expect(refused).toBeGreaterThan(0);
  });
});
