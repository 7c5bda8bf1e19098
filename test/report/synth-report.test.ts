import * as fs from "fs";
import * as path from "path";
import { TerraformStack } from "cdktf";
import { BackupVault, HbrPolicies, Policies, SYNTH_REPORT_FORMAT, Severity, suppress, synthReportOf } from "../../lib";
import { SYNTH_REPORT_FILES, renderReportJson, renderReportMarkdown, writeSynthReport } from "../../lib/report/report-files";
import { buildSynthReport } from "../../lib/report/synth-report";
import { scratchApp, scratchDir } from "../support";
import { sampleApp } from "../topology/support";

/** The sample app with a mirror in its source's region (HBR004), the recommended pack and one suppression. */
function flaggedApp() {
  const app = sampleApp();
  const extra = new TerraformStack(app, "extra");
  const scratch = new BackupVault(extra, "Scratch", { region: "cn-hangzhou", vaultName: "scratch", preventDestroy: true, tags: { owner: "x" } });
  scratch.addMirror("SameRegion", { region: "cn-hangzhou", vaultName: "scratch-dr", preventDestroy: true });
  Policies.of(app).add(HbrPolicies.recommended().withAllSeverities(Severity.WARNING).withSeverity("HBRP004", Severity.ERROR));
  suppress(scratch, "HBRP006", "scratch vault; nothing backs up into it on purpose");
  return app;
}

describe("the synth report", () => {
  test("counts stacks, regions, vaults, mirrors (imported ones too), policies, sources and restore jobs", () => {
    const report = buildSynthReport(sampleApp());
    expect(report.format).toBe(SYNTH_REPORT_FORMAT);
    expect(report.counts).toEqual({
      stacks: 2,
      regions: 4,
      backupVaults: 2,
      importedBackupVaults: 1,
      mirrorVaults: 2,
      importedMirrorVaults: 1,
      policies: 1,
      boundSources: 2,
      restoreJobs: 1,
      errors: 0,
      warnings: 0,
      suppressions: 0,
    });
    expect(report.regions).toEqual([
      { region: "cn-beijing", backupVaults: 0, mirrorVaults: 1, policies: 0, restoreJobs: 1 },
      { region: "cn-hangzhou", backupVaults: 1, mirrorVaults: 0, policies: 1, restoreJobs: 0 },
      { region: "cn-shanghai", backupVaults: 0, mirrorVaults: 1, policies: 0, restoreJobs: 0 },
      { region: "cn-shenzhen", backupVaults: 1, mirrorVaults: 0, policies: 0, restoreJobs: 0 },
    ]);
  });

  test("counts findings by code, service rules and policies together, with what suppressions hid", () => {
    const report = synthReportOf(flaggedApp());
    expect(report.findingsByCode.map((f) => [f.code, f.errors, f.warnings, f.suppressed])).toEqual([
      ["HBR004", 0, 1, 0],
      ["HBRP002", 0, 1, 0],
      ["HBRP003", 0, 4, 0],
      ["HBRP004", 2, 0, 0],
      ["HBRP005", 0, 1, 0],
      ["HBRP006", 0, 0, 1],
      ["HBRP007", 0, 1, 0],
    ]);
    expect(report.findingsByCode.find((f) => f.code === "HBRP004")?.title).toBe("Vaults are protected from destroy");
    expect(report.counts.errors).toBe(report.findings.filter((f) => f.severity === "error").length);
    expect(report.suppressions).toEqual([{ code: "HBRP006", path: "extra/Scratch", reason: "scratch vault; nothing backs up into it on purpose", suppressedFindings: 1 }]);
    expect(report.policyPacks).toEqual([
      expect.objectContaining({ name: "recommended", rules: expect.arrayContaining([{ code: "HBRP004", severity: "error", description: "vaults and mirror vaults have preventDestroy" }]) }),
    ]);
  });

  test("is the same for the same app, with no timestamps or machine paths", () => {
    const first = renderReportJson(synthReportOf(flaggedApp()));
    expect(renderReportJson(synthReportOf(flaggedApp()))).toBe(first);
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(first).not.toContain(process.cwd());
  });

  test("as Markdown, has tables of counts, regions, findings by code, suppressions and packs, and the findings", () => {
    const markdown = renderReportMarkdown(synthReportOf(flaggedApp()));
    expect(markdown.startsWith("# HBR synth report\n")).toBe(true);
    expect(markdown).toContain("| backup vaults (imported) | 3 (1) |");
    expect(markdown).toContain("| cn-hangzhou | 2 | 1 | 1 | 0 |");
    expect(markdown).toContain("| HBRP006 | Every backup vault is the target of a backup policy | 0 | 0 | 1 |");
    expect(markdown).toContain("| HBRP006 | extra/Scratch | scratch vault; nothing backs up into it on purpose | 1 |");
    expect(markdown).toContain("| recommended | HBRP005 | warning | backup vaults carry the tags owner |");
    expect(markdown).toMatch(/## Findings\n\n```text\nWARNING \[HBR004\] extra\/SameRegion: /);
  });

  test("as Markdown, says so when there is nothing to list", () => {
    const markdown = renderReportMarkdown(buildSynthReport(scratchApp()));
    for (const line of ["No HBR constructs.", "No findings.", "No suppressions.", "No policy packs applied."]) expect(markdown).toContain(line);
  });

  test("writeSynthReport writes hbr-report.json and hbr-report.md", () => {
    const report = synthReportOf(flaggedApp());
    const dir = scratchDir();
    expect(writeSynthReport(report, dir)).toEqual([path.join(dir, SYNTH_REPORT_FILES.json), path.join(dir, SYNTH_REPORT_FILES.markdown)]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "hbr-report.json"), "utf8"))).toEqual(JSON.parse(renderReportJson(report)));
    expect(fs.readFileSync(path.join(dir, "hbr-report.md"), "utf8")).toBe(renderReportMarkdown(report));
  });

  test("is written into the outdir while an app with policies synthesizes", () => {
    const app = flaggedApp();
    expect(() => app.synth()).toThrow(/\[HBRP004\]/);
    const written = fs.readFileSync(path.join(app.outdir, "hbr-report.json"), "utf8");
    expect(written).toBe(renderReportJson(synthReportOf(app)));
  });
});
