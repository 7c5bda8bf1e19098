import { RULES, Severity } from "../rules/catalog";
import { Finding, formatFinding } from "../rules/finding";
import { GuardResult } from "./plan-checks";

/** The output formats of `hbr-guard --format`. */
export const REPORT_FORMATS = ["text", "json", "github"] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** True when the result must stop the pipeline: any error, or with `strict` any warning too. */
export function guardFails(result: GuardResult, strict = false): boolean {
  return result.findings.some((f) => f.severity === Severity.ERROR || (strict && f.severity === Severity.WARNING));
}

/** The report of a result in `format`, ending with a newline. */
export function formatReport(result: GuardResult, format: ReportFormat, strict = false): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(jsonReport(result, strict), null, 2)}\n`;
    case "github":
      return githubReport(result, strict);
    default:
      return textReport(result, strict);
  }
}

/** For people: each finding with its code and rule title, the address, what happens and how to fix it. */
function textReport(result: GuardResult, strict: boolean): string {
  const lines = [`hbr-guard: ${summaryLine(result)}`];
  // One entry per finding (its blank line first), not five: a large plan has thousands of findings.
  const findings = result.findings;
  for (let i = 0; i < findings.length; i++) {
    const finding = findings[i];
    lines.push(`\n${finding.severity.toUpperCase()} ${finding.code} ${RULES[finding.code].title}\n  at   ${finding.path}\n  what ${finding.message}\n  fix  ${finding.fix}`);
  }
  if (result.notes.length > 0) {
    lines.push("", "Notes:", ...result.notes.map((note) => `  - ${note}`));
  }
  lines.push("", verdict(result, strict));
  return `${lines.join("\n")}\n`;
}

/** For machines: a stable object with the summary, findings and notes. */
function jsonReport(result: GuardResult, strict: boolean): object {
  const { errors, warnings } = counts(result.findings);
  return {
    tool: "hbr-guard",
    result: guardFails(result, strict) ? "fail" : "pass",
    strict,
    summary: { ...result.summary, errors, warnings },
    findings: result.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      title: RULES[f.code].title,
      address: f.path,
      message: f.message,
      fix: f.fix,
    })),
    notes: result.notes,
  };
}

/**
 * For GitHub Actions: one workflow command per finding (`::error` / `::warning`), shown as an
 * annotation on the run, one `::notice` per note, and a plain summary line for the log.
 */
function githubReport(result: GuardResult, strict: boolean): string {
  const lines: string[] = [];
  for (const finding of result.findings) {
    const level = finding.severity === Severity.ERROR || strict ? "error" : "warning";
    lines.push(`::${level} title=${escapeProperty(`${finding.code} ${RULES[finding.code].title}`)}::${escapeData(formatFinding(finding))}`);
  }
  for (const note of result.notes) lines.push(`::notice title=hbr-guard note::${escapeData(note)}`);
  lines.push(`hbr-guard: ${summaryLine(result)} ${verdict(result, strict)}`);
  return `${lines.join("\n")}\n`;
}

/** Workflow command data: `%`, CR and LF must be escaped or the command ends early. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Workflow command properties: additionally `:` and `,`, which separate properties. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function summaryLine(result: GuardResult): string {
  const s = result.summary;
  return `checked ${plural(s.plans, "plan")} with ${plural(s.resourceChanges, "resource change")}: ${plural(s.vaults, "backup vault")}, ${plural(s.mirrors, "mirror vault")}, ${plural(s.backupTargets, "backup target")}.`;
}

function verdict(result: GuardResult, strict: boolean): string {
  const { errors, warnings } = counts(result.findings);
  if (errors === 0 && warnings === 0) return "Result: no findings; the plan may be applied.";
  const tally = `${plural(errors, "error")}, ${plural(warnings, "warning")}`;
  if (guardFails(result, strict)) return `Result: ${tally}; do not apply this plan.`;
  return `Result: ${tally}; warnings do not stop the apply (--strict makes them).`;
}

function counts(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const finding of findings) if (finding.severity === Severity.ERROR) errors++;
  return { errors, warnings: findings.length - errors };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
