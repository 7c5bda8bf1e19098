import { SynthReport } from "./synth-report";

/**
 * The report as a short plain-text summary for a terminal: a totals line, a table of regions and,
 * when there are any, a table of findings by code. Printed by `npm run synth` and the CLI.
 */
export function formatSummaryTable(report: SynthReport): string {
  const c = report.counts;
  const lines = [
    `HBR: ${plural(c.regions, "region")}, ${plural(c.backupVaults, "backup vault")}, ${plural(c.mirrorVaults, "mirror vault")}, ` +
      `${plural(c.policies, "backup policy", "backup policies")}, ${plural(c.restoreJobs, "restore job")}; ` +
      `${plural(c.errors, "error")}, ${plural(c.warnings, "warning")}, ${plural(c.suppressions, "suppression")}`,
  ];
  if (report.regions.length > 0) {
    const rows = report.regions.map((r) => [r.region, r.backupVaults, r.mirrorVaults, r.policies, r.restoreJobs].map(String));
    rows.push(["total", c.backupVaults, c.mirrorVaults, c.policies, c.restoreJobs].map(String));
    lines.push("", ...textTable(["region", "backup vaults", "mirror vaults", "policies", "restore jobs"], rows));
  }
  if (report.findingsByCode.length > 0) {
    const rows = report.findingsByCode.map((f) => [f.code, String(f.errors), String(f.warnings), String(f.suppressed), f.title]);
    lines.push("", ...textTable(["code", "errors", "warnings", "suppressed", "title"], rows, [false, true, true, true, false]));
  }
  return lines.join("\n");
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Columns padded to their widest cell; numbers (all but the first column, unless told) right-aligned. */
function textTable(headers: readonly string[], rows: readonly (readonly string[])[], right?: readonly boolean[]): string[] {
  const alignRight = right ?? headers.map((_, i) => i > 0);
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 && !alignRight[i] ? cell : alignRight[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)];
}
