import { Severity } from "../rules/catalog";
import { Finding } from "../rules/finding";
import { POLICY_RULES, PolicyRuleCode } from "../rules/pack-catalog";

/** Builds a finding of an organization pack rule, with the catalog's severity and fix unless given. */
export function makePackFinding(
  code: PolicyRuleCode,
  path: string,
  message: string,
  options: { readonly severity?: Severity; readonly fix?: string } = {},
): Finding<PolicyRuleCode> {
  const rule = POLICY_RULES[code];
  return { code, severity: options.severity ?? rule.severity, path, message, fix: options.fix ?? rule.fix };
}
