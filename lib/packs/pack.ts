import { IConstruct } from "constructs";
import { IAspect } from "../private/framework";
import { HbrConfigurationError, describeValue } from "../private/configuration-error";
import { Severity } from "../rules/catalog";
import { Finding } from "../rules/finding";
import { HbrInventory } from "../topology/inventory";
import { POLICY_RULES, PolicyRuleCode, isPolicyRuleCode } from "../rules/pack-catalog";
import { visitPolicyPack } from "./pack-aspect";
import { makePackFinding } from "./pack-finding";
import { PolicyPackRule } from "./pack-rule";
import { compareCodeUnits } from "../private/compare";
import { POLICY_PACK_SYMBOL } from "../private/type-markers";

/** The severity of some of a pack's rules, by code; the others keep the catalog's. */
export type PolicySeverities = Partial<Readonly<Record<PolicyRuleCode, Severity>>>;

/** Properties of a {@link PolicyPack}. */
export interface PolicyPackProps {
  /** A name for reports, e.g. `recommended` or `payments-prod`. */
  readonly name: string;
  /** The rules, each code at most once (made with the `HbrPolicies` factories). */
  readonly rules: readonly PolicyPackRule[];
  /**
   * Severities that replace the catalog's for some of the rules.
   * @default each rule's severity in `POLICY_RULES`
   */
  readonly severities?: PolicySeverities;
}

const SEVERITIES: readonly string[] = Object.values(Severity);

/**
 * A named set of organization policy rules, each with the severity it reports at: errors fail
 * `app.synth()` with the service's rules, warnings become annotations. Immutable: `withSeverity` and
 * `without` return a new pack.
 *
 * A pack is a cdktf aspect. Apply it to the whole app with `Policies.of(app).add(pack)`, or to the
 * constructs under one stack or construct with `Aspects.of(scope).add(pack)`: findings are then
 * reported only on constructs under that scope (the rules still see the whole app, e.g. a mirror in
 * another stack). cdktf never invokes an aspect added to the App or to a construct above the stacks,
 * so `Aspects.of(app).add(pack)` checks nothing; `Policies.of(app).add(pack)` is the app-wide form.
 * A pack applied both ways reports each finding once.
 *
 * @example
 * Policies.of(app).add(HbrPolicies.recommended().withSeverity("HBRP003", Severity.ERROR));
 * Aspects.of(prodStack).add(HbrPolicies.recommended({ mirrorOutsideCityGroup: true }));
 */
export class PolicyPack implements IAspect {
  /** The pack's name, as listed in the synth report. */
  public readonly name: string;
  /** The rules, in code order. */
  public readonly rules: readonly PolicyPackRule[];
  private readonly severities: ReadonlyMap<PolicyRuleCode, Severity>;

  constructor(props: PolicyPackProps) {
    const where = "PolicyPack";
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(where, `props must be an object, got ${describeValue(props)}.`, "Pass { name, rules }.");
    }
    if (typeof props.name !== "string" || props.name.trim() === "") {
      throw new HbrConfigurationError(where, `name must be a non-empty string, got ${describeValue(props.name)}.`, "Name the pack, e.g. \"recommended\".");
    }
    this.name = props.name;
    const at = `PolicyPack "${props.name}"`;
    if (!Array.isArray(props.rules)) {
      throw new HbrConfigurationError(at, `rules must be a list, got ${describeValue(props.rules)}.`, "Pass rules made with the HbrPolicies factories.");
    }
    const seen = new Set<string>();
    for (const rule of props.rules) {
      if (typeof rule !== "object" || rule === null || !isPolicyRuleCode(rule.code) || typeof rule.check !== "function") {
        throw new HbrConfigurationError(at, `every rule must be a policy rule, got ${describeValue(rule)}.`, "Make rules with the HbrPolicies factories, e.g. HbrPolicies.mirrorRequired().");
      }
      if (rule.code === "HBRP000") {
        throw new HbrConfigurationError(at, "HBRP000 (stale suppressions) is checked for every app with policies and cannot be in a pack.", "Leave it out of the pack.");
      }
      if (seen.has(rule.code)) {
        throw new HbrConfigurationError(at, `${rule.code} appears twice; a pack checks each code once.`, "Keep one rule per code (for two tag sets, list all keys in one requiredTags rule).");
      }
      seen.add(rule.code);
    }
    this.rules = Object.freeze([...props.rules].sort((a, b) => compareCodeUnits(a.code, b.code)));
    const severities = new Map<PolicyRuleCode, Severity>();
    for (const [code, severity] of Object.entries(props.severities ?? {})) {
      checkCode(at, seen, code);
      checkSeverity(at, code, severity);
      severities.set(code as PolicyRuleCode, severity as Severity);
    }
    this.severities = severities;
  }

  /** The codes the pack checks, in order. */
  public get codes(): PolicyRuleCode[] {
    return this.rules.map((rule) => rule.code);
  }

  /** The severity the pack reports `code` at. */
  public severityOf(code: PolicyRuleCode): Severity {
    return this.severities.get(code) ?? POLICY_RULES[code].severity;
  }

  /** A copy of the pack that reports `code` at `severity`. */
  public withSeverity(code: PolicyRuleCode, severity: Severity): PolicyPack {
    checkCode(`PolicyPack "${this.name}"`, new Set(this.codes), code);
    return new PolicyPack({ name: this.name, rules: this.rules, severities: { ...this.severityRecord(), [code]: severity } });
  }

  /** A copy of the pack that reports every rule at `severity`, e.g. warnings only while a team adopts the pack. */
  public withAllSeverities(severity: Severity): PolicyPack {
    checkSeverity(`PolicyPack "${this.name}"`, "every rule", severity);
    const severities: Partial<Record<PolicyRuleCode, Severity>> = {};
    for (const code of this.codes) severities[code] = severity;
    return new PolicyPack({ name: this.name, rules: this.rules, severities });
  }

  /** A copy of the pack without the rules of `codes`. */
  public without(...codes: PolicyRuleCode[]): PolicyPack {
    const drop = new Set<string>(codes);
    const rules = this.rules.filter((rule) => !drop.has(rule.code));
    const severities = Object.fromEntries(Object.entries(this.severityRecord()).filter(([code]) => !drop.has(code)));
    return new PolicyPack({ name: this.name, rules, severities });
  }

  /** The pack's findings in an app's inventory, each at the pack's severity for its code. */
  public evaluate(inventory: HbrInventory): Finding<PolicyRuleCode>[] {
    return this.rules.flatMap((rule) =>
      rule.check(inventory).map((violation) =>
        makePackFinding(rule.code, violation.path, violation.message, { severity: this.severityOf(rule.code), fix: violation.fix }),
      ),
    );
  }

  /**
   * Called by cdktf for each construct under a scope the pack was added to with
   * `Aspects.of(scope).add(pack)`; not meant to be called directly. Makes sure the app's `Policies`
   * check the pack at this synth (which constructs it covers is read from where it was added).
   */
  public visit(node: IConstruct): void {
    visitPolicyPack(node);
  }

  private severityRecord(): PolicySeverities {
    return Object.fromEntries(this.severities);
  }
}

function checkCode(at: string, codes: ReadonlySet<string>, code: unknown): void {
  if (!isPolicyRuleCode(code) || !codes.has(code)) {
    throw new HbrConfigurationError(at, `has no rule ${describeValue(code)} to set a severity for; it checks ${[...codes].sort().join(", ") || "nothing"}.`, "Use one of the pack's codes.");
  }
}

function checkSeverity(at: string, what: string, severity: unknown): void {
  if (typeof severity !== "string" || !SEVERITIES.includes(severity)) {
    throw new HbrConfigurationError(at, `the severity of ${what} must be Severity.ERROR or Severity.WARNING, got ${describeValue(severity)}.`, "Pass Severity.ERROR or Severity.WARNING.");
  }
}

Object.defineProperty(PolicyPack.prototype, POLICY_PACK_SYMBOL, { value: true });
