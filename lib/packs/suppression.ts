import { IConstruct } from "constructs";
import { PolicyRuleCode } from "../rules/pack-catalog";
import { Policies } from "./app-packs";

/** A policy's findings on one construct, declared acceptable for a reason. */
export interface PolicySuppression {
  /** The policy code suppressed. */
  readonly code: PolicyRuleCode;
  /** The construct path the suppression is on (findings are suppressed on this construct only). */
  readonly path: string;
  /** Why the finding is acceptable here, e.g. `scratch vault, deleted after the migration`. */
  readonly reason: string;
}

/** A suppression and what it suppressed in the last evaluation: listed in the synth report. */
export interface SuppressionUse extends PolicySuppression {
  /** How many findings it suppressed; 0 makes it stale (HBRP000). */
  readonly suppressedFindings: number;
}

/**
 * Suppresses one organization policy's findings on one construct, for a reason that the synth report
 * lists. Shorthand for `Policies.of(construct).suppress(construct, code, reason)`.
 *
 * An empty reason, an unknown code, HBRP000 and a second suppression of the same code on the same
 * construct throw an `HbrConfigurationError` at once; a suppression that ends up suppressing nothing
 * is reported as an HBRP000 warning at synth.
 *
 * @example
 * suppress(scratchVault, "HBRP001", "scratch vault for the migration; deleted in March");
 */
export function suppress(construct: IConstruct, code: PolicyRuleCode, reason: string): void {
  Policies.of(construct).suppress(construct, code, reason);
}
