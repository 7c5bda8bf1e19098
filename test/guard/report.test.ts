import { RULES, Severity } from "../../lib/rules/catalog";
import { makeFinding } from "../../lib/rules/finding";
import { GuardResult, checkPlans } from "../../lib/guard/plan-checks";
import { formatReport, guardFails } from "../../lib/guard/report";
import { loadPlan } from "./guard-support";

const SUMMARY = { plans: 1, resourceChanges: 2, vaults: 1, mirrors: 1, backupTargets: 0 };

function resultWith(...findings: GuardResult["findings"]): GuardResult {
  return { findings, notes: [], summary: SUMMARY };
}

describe("reports", () => {
  test("the text report gives each finding's code, rule title, address, what happens and how to fix it", () => {
    const text = formatReport(checkPlans([loadPlan("delete-vault.plan.json")]), "text");
    expect(text).toContain(`ERROR HBR011 ${RULES.HBR011.title}\n  at   alicloud_hbr_vault.old\n  what the vault is deleted, and with it every backup in it.\n  fix  Keep the vault`);
    expect(text.startsWith("hbr-guard: checked 1 plan with 1 resource change: 1 backup vault, 0 mirror vaults, 0 backup targets.")).toBe(true);
    expect(text.trimEnd().endsWith("Result: 1 error, 0 warnings; do not apply this plan.")).toBe(true);
  });

  test("the text report of a clean plan says it may be applied", () => {
    expect(formatReport(checkPlans([loadPlan("clean.plan.json")]), "text")).toContain("Result: no findings; the plan may be applied.");
  });

  test("the text report lists notes after the findings", () => {
    const text = formatReport({ ...resultWith(), notes: ["x.json: resource_changes[0] is null, not an object: skipped."] }, "text");
    expect(text).toContain("Notes:\n  - x.json: resource_changes[0] is null, not an object: skipped.");
  });

  test("the JSON report is one object with the result, counts, findings (with titles) and notes", () => {
    const report = JSON.parse(formatReport(checkPlans([loadPlan("replace-mirror.plan.json")]), "json"));
    expect(report).toEqual({
      tool: "hbr-guard",
      result: "fail",
      strict: false,
      summary: { ...SUMMARY, errors: 1, warnings: 0 },
      findings: [
        {
          code: "HBR010",
          severity: "error",
          title: RULES.HBR010.title,
          address: "alicloud_hbr_replication_vault.mirror",
          message: expect.stringContaining("the mirror vault is replaced (requested with -replace)"),
          fix: expect.stringContaining("--allow-replace alicloud_hbr_replication_vault.mirror"),
        },
      ],
      notes: [],
    });
  });

  test("the GitHub report writes one ::error or ::warning command per finding, with the catalog's format as message", () => {
    const result = resultWith(makeFinding("HBR004", "m", "same region."), makeFinding("HBR011", "v", "deleted."));
    const lines = formatReport(result, "github").trimEnd().split("\n");
    expect(lines[0]).toBe(`::warning title=HBR004 ${RULES.HBR004.title}::[HBR004] m: same region. Fix: ${RULES.HBR004.fix.replace(/%/g, "%25")}`);
    expect(lines[1]).toMatch(/^::error title=HBR011 Deleting a vault needs an explicit allowance::\[HBR011\] v: deleted\. Fix: /);
    expect(lines[2]).toBe("hbr-guard: checked 1 plan with 2 resource changes: 1 backup vault, 1 mirror vault, 0 backup targets. Result: 1 error, 1 warning; do not apply this plan.");
  });

  test("GitHub command data escapes %, CR and LF, and properties also escape : and ,", () => {
    const result = resultWith(makeFinding("HBR005", "a:b", "100% long\r\nname, really", { fix: "x" }));
    const [line] = formatReport(result, "github").split("\n");
    expect(line).toBe(`::error title=HBR005 ${RULES.HBR005.title.replace(/,/g, "%2C")}::[HBR005] a:b: 100%25 long%0D%0Aname, really Fix: x`);
  });

  test("notes become ::notice commands in the GitHub report", () => {
    expect(formatReport({ ...resultWith(), notes: ["a note"] }, "github")).toContain("::notice title=hbr-guard note::a note\n");
  });

  test("warnings alone do not fail the check unless strict, and strict turns them into GitHub errors", () => {
    const result = resultWith(makeFinding("HBR004", "m", "same region.", { severity: Severity.WARNING }));
    expect(guardFails(result)).toBe(false);
    expect(guardFails(result, true)).toBe(true);
    expect(formatReport(result, "text")).toContain("warnings do not stop the apply (--strict makes them)");
    expect(formatReport(result, "github", true)).toMatch(/^::error title=HBR004/);
  });
});
