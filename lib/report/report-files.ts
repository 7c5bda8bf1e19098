import * as fs from "fs";
import * as path from "path";
import { formatFinding } from "../rules/finding";
import { markdownCodeBlock, markdownTable } from "../private/markdown-text";
import { SynthReport } from "./synth-report";

/** The names of the report files in the synth output directory. */
export const SYNTH_REPORT_FILES = Object.freeze({
  /** The report as JSON (a {@link SynthReport}). */
  json: "hbr-report.json",
  /** The report as Markdown, for people and pull request comments. */
  markdown: "hbr-report.md",
});

/** The report as the JSON written to `hbr-report.json`: two-space indented, ending in a newline. */
export function renderReportJson(report: SynthReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The report as the Markdown written to `hbr-report.md`. */
export function renderReportMarkdown(report: SynthReport): string {
  const c = report.counts;
  const sections: string[] = [
    "# HBR synth report",
    markdownTable(
      ["what", "count"],
      [
        ["stacks", String(c.stacks)],
        ["regions", String(c.regions)],
        ["backup vaults (imported)", `${c.backupVaults} (${c.importedBackupVaults})`],
        ["mirror vaults (imported)", `${c.mirrorVaults} (${c.importedMirrorVaults})`],
        ["backup policies (bound sources)", `${c.policies} (${c.boundSources})`],
        ["restore jobs", String(c.restoreJobs)],
        ["errors", String(c.errors)],
        ["warnings", String(c.warnings)],
        ["suppressions", String(c.suppressions)],
      ],
      [false, true],
    ),
    "## Regions",
    report.regions.length === 0
      ? "No HBR constructs."
      : markdownTable(
          ["region", "backup vaults", "mirror vaults", "policies", "restore jobs"],
          report.regions.map((r) => [r.region, String(r.backupVaults), String(r.mirrorVaults), String(r.policies), String(r.restoreJobs)]),
          [false, true, true, true, true],
        ),
    "## Findings by code",
    report.findingsByCode.length === 0
      ? "No findings."
      : markdownTable(
          ["code", "title", "errors", "warnings", "suppressed"],
          report.findingsByCode.map((f) => [f.code, f.title, String(f.errors), String(f.warnings), String(f.suppressed)]),
          [false, false, true, true, true],
        ),
  ];
  if (report.findings.length > 0) {
    sections.push("## Findings", markdownCodeBlock(report.findings.map((f) => `${f.severity.toUpperCase()} ${formatFinding(f)}`).join("\n")));
  }
  sections.push(
    "## Suppressions",
    report.suppressions.length === 0
      ? "No suppressions."
      : markdownTable(
          ["code", "construct", "reason", "suppressed findings"],
          report.suppressions.map((s) => [s.code, s.path, s.reason, String(s.suppressedFindings)]),
          [false, false, false, true],
        ),
    "## Policy packs",
    report.policyPacks.length === 0
      ? "No policy packs applied."
      : markdownTable(
          ["pack", "code", "severity", "checks"],
          report.policyPacks.flatMap((pack) => {
            const name = pack.scopes === undefined ? pack.name : `${pack.name} (scoped to ${pack.scopes.join(", ")})`;
            return pack.rules.map((rule) => [name, rule.code, rule.severity, rule.description]);
          }),
        ),
  );
  return `${sections.join("\n\n")}\n`;
}

/**
 * Writes `hbr-report.json` and `hbr-report.md` into `outdir` (created when missing).
 * @returns the paths written
 */
export function writeSynthReport(report: SynthReport, outdir: string): string[] {
  fs.mkdirSync(outdir, { recursive: true });
  const json = path.join(outdir, SYNTH_REPORT_FILES.json);
  const markdown = path.join(outdir, SYNTH_REPORT_FILES.markdown);
  fs.writeFileSync(json, renderReportJson(report));
  fs.writeFileSync(markdown, renderReportMarkdown(report));
  return [json, markdown];
}
