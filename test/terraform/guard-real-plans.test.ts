import * as fs from "fs";
import * as path from "path";
import { PLAN_FIXTURES, changeSummary, guard, loadPlanCases } from "./plan-fixtures";

// Plans real terraform 1.11.4 made against the HBR emulator (test/terraform/examples.test.ts keeps
// them; HBR_UPDATE_PLAN_FIXTURES=1 rewrites them). No terraform is needed to replay them.
const cases = loadPlanCases();

describe("hbr-guard on plans real terraform made of the bundled examples", () => {
  test("the kept cases cover the first apply and every second-run change", () => {
    expect(cases.map((c) => c.name).sort()).toEqual(["change-encryption", "first-apply", "refresh-only", "refresh-only-mirror-gone", "remove-mirror", "remove-mirrored-source", "rename-vault"]);
  });

  test("every kept plan is terraform's own plan JSON, without the run's paths or timestamp", () => {
    for (const planCase of cases) {
      for (const stack of planCase.stacks) {
        const text = fs.readFileSync(path.join(PLAN_FIXTURES, planCase.name, `${stack}.json`), "utf8");
        const plan = JSON.parse(text) as Record<string, unknown>;
        expect({ file: `${planCase.name}/${stack}`, version: plan.terraform_version, format: plan.format_version }).toEqual({
          file: `${planCase.name}/${stack}`,
          version: "1.11.4",
          format: expect.stringMatching(/^1\./),
        });
        expect(plan.timestamp).toBeUndefined();
        expect(text).not.toMatch(/\/tmp\/|hbr-tf-examples-/);
      }
    }
  });

  const runs = cases.flatMap((planCase) =>
    planCase.runs.map((run) => ({
      title: `${planCase.name}${run.args.length > 0 ? ` ${run.args.join(" ")}` : ""}: exit ${run.exitCode}${run.codes.length > 0 ? ` (${run.codes.join(", ")})` : ""}`,
      planCase,
      run,
    })),
  );

  test.each(runs)("$title", ({ planCase, run }) => {
    const files = planCase.stacks.map((stack) => path.join(PLAN_FIXTURES, planCase.name, `${stack}.json`));
    const result = guard(files, run.args);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: run.exitCode, stderr: "" });
    for (const code of run.codes) expect(result.stdout).toContain(code);
  });

  test("the kept plans hold the changes each case is about", () => {
    const summary = (name: string, stack: string) => changeSummary(fs.readFileSync(path.join(PLAN_FIXTURES, name, `${stack}.json`), "utf8"));
    expect(summary("remove-mirror", "cross-region-dr")).toContain("alicloud_hbr_replication_vault.Mirror_224E8F46 delete");
    expect(summary("remove-mirrored-source", "multi-stack-source-cn-hangzhou")).toEqual(["alicloud_hbr_vault.Backups_9A29A52D delete"]);
    expect(summary("rename-vault", "cross-region-dr")).toContain("alicloud_hbr_vault.Backups_9A29A52D update");
    expect(summary("change-encryption", "generated-bindings")).toEqual(
      expect.arrayContaining(["alicloud_hbr_vault.vault delete,create", "alicloud_hbr_replication_vault.mirror delete,create"]),
    );
    expect(summary("refresh-only", "cross-region-dr").every((line) => line.endsWith(" no-op"))).toBe(true);
    expect(summary("first-apply", "multi-stack-mirrors")).toEqual([
      "alicloud_hbr_replication_vault.Mirror-cn-beijing_79F83CF0 create",
      "alicloud_hbr_replication_vault.Mirror-cn-hangzhou_5BAED301 create",
    ]);
  });
});
