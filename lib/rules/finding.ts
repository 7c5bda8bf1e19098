import { RULES, RuleCode, Severity } from "./catalog";

/** One violation of a rule, found at synth time or in a plan. */
export interface Finding {
  /** The rule's stable code. */
  readonly code: RuleCode;
  /** `error` fails synthesis (or the plan guard); `warning` is reported only. */
  readonly severity: Severity;
  /** Where: a construct path at synth time, a resource address in a plan. */
  readonly path: string;
  /** What is wrong, naming the values involved. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
}

/** Builds a finding of `code`, with the rule's severity and fix unless given. */
export function makeFinding(
  code: RuleCode,
  path: string,
  message: string,
  options: { readonly severity?: Severity; readonly fix?: string } = {},
): Finding {
  const rule = RULES[code];
  return { code, severity: options.severity ?? rule.severity, path, message, fix: options.fix ?? rule.fix };
}

/** One line per finding: `[HBR001] path: message Fix: how`. */
export function formatFinding(finding: Finding): string {
  return `[${finding.code}] ${finding.path}: ${finding.message} Fix: ${finding.fix}`;
}

/** Sorts findings by code, then path, then message, so reports are stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => a.code.localeCompare(b.code) || a.path.localeCompare(b.path) || a.message.localeCompare(b.message),
  );
}
