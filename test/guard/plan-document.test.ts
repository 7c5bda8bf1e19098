import * as fs from "fs";
import { checkPlans } from "../../lib/guard/plan-checks";
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

  test("bad entries inside a valid plan are skipped with a note each, and the good ones are still read", () => {
    const plan = loadPlan("bad-entries.plan.json");
    expect(plan.resources.map((r) => r.address)).toEqual(["alicloud_hbr_replication_vault.weird_values", "alicloud_hbr_vault.old"]);
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        "resource_changes[0] is a string, not an object: skipped.",
        "resource_changes[1] is null, not an object: skipped.",
        "alicloud_hbr_vault.no_change: change is missing or not an object: skipped, so it is not checked.",
        expect.stringContaining("alicloud_hbr_vault.future: change.actions is not a list of known actions"),
      ]),
    );
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

  test("a resource in prior_state without a change entry is read as deleted when planned_values leaves it out", () => {
    const doc = fixtureJson("delete-vault.plan.json");
    doc.resource_changes = [];
    const plan = planOf(doc);
    expect(plan.resources.map((r) => [r.address, r.actions])).toEqual([["alicloud_hbr_vault.old", ["delete"]]]);
    expect(plan.notes[0]).toContain("has no resource_changes entry");
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

  test("modules nested deeper than the call stack do not overflow it", () => {
    let module: Record<string, unknown> = { resources: [] };
    for (let i = 0; i < 20000; i++) module = { module_calls: { m: { module } }, child_modules: [module] };
    expect(() => planOf({ format_version: "1.2", resource_changes: [], configuration: { root_module: module }, prior_state: { values: { root_module: module } } })).not.toThrow();
  });

  test("any field of a valid plan replaced by a value of the wrong type never makes reading or checking throw", () => {
    const wrongValues: unknown[] = [null, 0, "x", true, [], {}, [null], { id: true }];
    const clean = fixtureJson("clean.plan.json");
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(clean, []);
    expect(paths.length).toBeGreaterThan(100);
    let checked = 0;
    for (const path of paths.slice(1)) {
      for (const wrong of wrongValues) {
        const doc = fixtureJson("clean.plan.json");
        let parent = doc;
        for (const step of path.slice(0, -1)) parent = parent[step];
        parent[path[path.length - 1]] = wrong;
        const read = readPlanDocument(doc, "p.json");
        if (read.ok) {
          checkPlans([read.plan]);
          checked++;
        } else {
          expect(read.reason).not.toContain("\n");
        }
      }
    }
    expect(checked).toBeGreaterThan(paths.length);
  });
});
