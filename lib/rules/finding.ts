import { RULES, RuleCode, Severity } from "./catalog";
import type { PolicyRuleCode } from "./pack-catalog";
import { compareCodeUnits } from "../private/compare";

/** Any finding's code: a service rule's ({@link RuleCode}, `HBR001`) or an organization policy's ({@link PolicyRuleCode}, `HBRP001`). */
export type FindingCode = RuleCode | PolicyRuleCode;

/**
 * One violation of a rule, found at synth time or in a plan. `C` is the codes it may carry: the
 * service rules' by default (what the constructs and the plan guard report, so `RULES[finding.code]`
 * stays typed); `Finding<FindingCode>` also admits organization policy codes.
 */
export interface Finding<C extends FindingCode = RuleCode> {
  /** The rule's stable code. */
  readonly code: C;
  /** `error` fails synthesis (or the plan guard); `warning` is reported only. */
  readonly severity: Severity;
  /** Where: a construct path at synth time, a resource address in a plan. */
  readonly path: string;
  /**
   * At synth time, the Terraform address of the resource the finding is about (`alicloud_hbr_vault.Backups_1A2B3C4D`),
   * when there is one; the stack is the first part of `path`.
   */
  readonly address?: string;
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

/** One line per finding: `[HBR001] path (address): message Fix: how`; the address is left out when there is none. */
export function formatFinding(finding: Finding<FindingCode>): string {
  const where = finding.address !== undefined ? `${finding.path} (${finding.address})` : finding.path;
  return `[${finding.code}] ${where}: ${finding.message} Fix: ${finding.fix}`;
}

/** Sorts findings by code, then path, then message, so reports are stable. */
export function sortFindings<F extends Finding<FindingCode>>(findings: readonly F[]): F[] {
  return [...findings].sort(
    (a, b) => compareCodeUnits(a.code, b.code) || compareCodeUnits(a.path, b.path) || compareCodeUnits(a.message, b.message),
  );
}
