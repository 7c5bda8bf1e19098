import { IConstruct } from "constructs";
import { App, Aspects, TerraformStack } from "../private/framework";
import { HbrConfigurationError, describeValue } from "../private/configuration-error";
import { Severity } from "../rules/catalog";
import { Finding, FindingCode, sortFindings } from "../rules/finding";
import { HbrRules } from "../hbr-rules";
import { buildSynthReport, PolicyPackSummary, SynthReportInput } from "../report/synth-report";
import { writeSynthReport } from "../report/report-files";
import { HbrInventory, collectInventory } from "../topology/inventory";
import { PolicyRuleCode, isPolicyRuleCode } from "../rules/pack-catalog";
import { makePackFinding } from "./pack-finding";
import type { PolicyPack } from "./pack";
import type { PolicySuppression, SuppressionUse } from "./suppression";
import { compareCodeUnits } from "../private/compare";
import { POLICY_PACK_SYMBOL, hasMarker } from "../private/type-markers";

/** The organization policies' findings of an app, after suppressions, and what each suppression hid. */
export interface PolicyEvaluation {
  /** The findings that remain, HBRP000 (stale suppressions) included, sorted by code and path. */
  readonly findings: Finding<PolicyRuleCode>[];
  /** Every suppression with the number of findings it hid, sorted by path and code. */
  readonly suppressions: SuppressionUse[];
}

/** A policy pack applied to part of an app with `Aspects.of(scope).add(pack)`. */
export interface ScopedPolicyPack {
  /** The pack. */
  readonly pack: PolicyPack;
  /** The construct paths of the stacks or constructs it was added to, sorted: it reports findings on constructs under them only. */
  readonly scopes: readonly string[];
}

const registries = new WeakMap<IConstruct, Policies>();

/**
 * The organization policy packs and suppressions of one app, found with `Policies.of(scope)`.
 *
 * A pack applies to the whole app with `Policies.of(app).add(pack)`, or to the constructs under one
 * stack or construct with cdktf's `Aspects.of(scope).add(pack)` (see {@link PolicyPack}). cdktf never
 * invokes an aspect added to the App itself, so app-wide packs are not aspects of the App: all packs
 * hook into `HbrRules`, whose aspect runs in every stack with HBR constructs, and are checked with the
 * service rules whenever the app synthesizes. Their errors fail `app.synth()` in the same single
 * error as the service rules', and their warnings become annotations on the vaults. During synth the
 * report files `hbr-report.json` and `hbr-report.md` (counts, findings by code, suppressions) are
 * written into the app's outdir.
 *
 * @example
 * Policies.of(app).add(HbrPolicies.recommended({ requiredTags: ["owner", "cost-center"] }));
 * Aspects.of(prodStack).add(HbrPolicies.recommended({ mirrorOutsideCityGroup: true }));
 * Policies.of(app).suppress(scratchVault, "HBRP001", "scratch vault; deleted after the migration");
 */
export class Policies {
  /** The policies of the app `scope` belongs to (created on first use). */
  public static of(scope: IConstruct): Policies {
    const root = scope.node.root;
    let policies = registries.get(root);
    if (!policies) {
      policies = new Policies(root);
      registries.set(root, policies);
    }
    return policies;
  }

  /**
   * The policies of the app `scope` belongs to, when anything used them.
   * @returns `undefined` when no pack was added and nothing was suppressed in that app (a pack added
   * with `Aspects.of(scope).add` creates them when a synth first visits it)
   */
  public static tryOf(scope: IConstruct): Policies | undefined {
    return registries.get(scope.node.root);
  }

  private readonly appliedPacks: PolicyPack[] = [];
  private readonly suppressionsByKey = new Map<string, PolicySuppression>();

  private constructor(private readonly root: IConstruct) {
    const rules = HbrRules.of(root);
    rules.addFindingSource(() => this.evaluate().findings);
    // The synth's check hands over what it found before it fails on the errors, so the report shows
    // the same findings as the synth error, and is written even when the synth fails.
    rules.onSynthFindings((findings) => this.writeReport(findings));
  }

  /**
   * Applies a pack to every stack of the app. Adding the same pack object twice applies it once, and
   * a pack also added to a scope with `Aspects.of(scope).add(pack)` is then simply app-wide.
   */
  public add(pack: PolicyPack): this {
    if (!isPolicyPack(pack)) {
      throw new HbrConfigurationError("Policies.add", `pack must be a PolicyPack, got ${describeValue(pack)}.`, "Pass e.g. HbrPolicies.recommended().");
    }
    if (!this.appliedPacks.includes(pack)) this.appliedPacks.push(pack);
    return this;
  }

  /** The packs applied to the whole app with {@link Policies.add}, in the order they were added. */
  public packs(): readonly PolicyPack[] {
    return [...this.appliedPacks];
  }

  /**
   * The packs added with `Aspects.of(scope).add(pack)` to a stack or a construct in a stack, each with
   * its scopes, in the order the tree first holds them. A pack also applied app-wide is not listed;
   * one added to the App or to a construct above the stacks is not either (cdktf never invokes it).
   */
  public scopedPacks(): ScopedPolicyPack[] {
    const scopes = new Map<PolicyPack, string[]>();
    for (const construct of this.root.node.findAll()) {
      const packs = Aspects.of(construct).all.filter((aspect): aspect is PolicyPack => isPolicyPack(aspect) && !this.appliedPacks.includes(aspect));
      if (packs.length === 0 || !this.inAStack(construct)) continue;
      for (const pack of packs) {
        const paths = scopes.get(pack);
        if (paths === undefined) scopes.set(pack, [construct.node.path]);
        else if (!paths.includes(construct.node.path)) paths.push(construct.node.path);
      }
    }
    return [...scopes.entries()].map(([pack, paths]) => ({ pack, scopes: paths.sort(compareCodeUnits) }));
  }

  /**
   * Suppresses the findings of `code` on `construct` (on that construct only, not on its children),
   * for a reason the synth report lists. Throws an `HbrConfigurationError` at once for an empty
   * reason, a code that is not a policy code (service rules cannot be suppressed), HBRP000, a construct
   * outside any stack or of another app, and a second suppression of the same code on the same construct.
   */
  public suppress(construct: IConstruct, code: PolicyRuleCode, reason: string): void {
    if (typeof construct !== "object" || construct === null || !("node" in construct)) {
      throw new HbrConfigurationError("suppress", `construct must be a construct, got ${describeValue(construct)}.`, "Pass the construct the finding names (e.g. the BackupVault).");
    }
    const path = construct.node.path;
    if (construct.node.root !== this.root) {
      throw new HbrConfigurationError(path, "belongs to another cdktf App than these policies.", "Suppress with Policies.of(construct) or suppress(construct, code, reason).");
    }
    if (!isPolicyRuleCode(code) || code === "HBRP000") {
      throw new HbrConfigurationError(
        path,
        `cannot suppress ${describeValue(code)}: only organization policy codes HBRP001 and up can be suppressed (the service's HBRnnn rules are the service's facts).`,
        "Pass the HBRP code of the finding to suppress.",
      );
    }
    if (typeof reason !== "string" || reason.trim() === "") {
      throw new HbrConfigurationError(path, `the suppression of ${code} has no reason (got ${describeValue(reason)}).`, `Say why ${code} does not apply here, e.g. suppress(vault, "${code}", "scratch vault, deleted after the migration").`);
    }
    const key = suppressionKey(code, path);
    const existing = this.suppressionsByKey.get(key);
    if (existing) {
      throw new HbrConfigurationError(path, `${code} is already suppressed here ("${existing.reason}").`, "Suppress each code once per construct.");
    }
    if (!this.inAStack(construct)) {
      throw new HbrConfigurationError(path, "is not inside a TerraformStack; policy findings are reported on constructs in stacks.", "Suppress on the construct the finding names (e.g. the BackupVault).");
    }
    this.suppressionsByKey.set(key, { code, path, reason: reason.trim() });
    // Registering the construct gives its stack the rules' validation and makes it an annotation target,
    // so a stale-suppression warning (HBRP000) shows on it even when it is not an HBR construct.
    HbrRules.of(construct).register({ construct });
  }

  /** The suppressions declared, sorted by path and code. */
  public suppressions(): PolicySuppression[] {
    return [...this.suppressionsByKey.values()].sort(bySuppression);
  }

  /**
   * The packs' findings after suppressions, plus HBRP000 for each suppression that hid nothing. A
   * scoped pack's findings are those on constructs under its scopes.
   */
  public evaluate(inventory: HbrInventory = collectInventory(this.root)): PolicyEvaluation {
    const scoped = this.scopedPacks();
    const checkedEverywhere = new Set<string>(this.appliedPacks.flatMap((pack) => pack.codes));
    const checkedAt = (code: PolicyRuleCode, path: string) =>
      checkedEverywhere.has(code) || scoped.some(({ pack, scopes }) => pack.codes.includes(code) && underAny(path, scopes));
    const suppressedCounts = new Map<string, number>();
    const findings: Finding<PolicyRuleCode>[] = [];
    const packFindings = [
      ...this.appliedPacks.flatMap((pack) => pack.evaluate(inventory)),
      ...scoped.flatMap(({ pack, scopes }) => pack.evaluate(inventory).filter((finding) => underAny(finding.path, scopes))),
    ];
    for (const finding of oncePerFinding(packFindings)) {
      const key = suppressionKey(finding.code, finding.path);
      if (this.suppressionsByKey.has(key)) suppressedCounts.set(key, (suppressedCounts.get(key) ?? 0) + 1);
      else findings.push(finding);
    }
    const suppressions = this.suppressions().map((s) => ({ ...s, suppressedFindings: suppressedCounts.get(suppressionKey(s.code, s.path)) ?? 0 }));
    for (const use of suppressions) {
      if (use.suppressedFindings > 0) continue;
      findings.push(
        makePackFinding(
          "HBRP000",
          use.path,
          checkedAt(use.code, use.path)
            ? `the suppression of ${use.code} ("${use.reason}") suppresses nothing: ${use.code} found nothing on this construct.`
            : checkedEverywhere.has(use.code) || !scoped.some(({ pack }) => pack.codes.includes(use.code))
              ? `the suppression of ${use.code} ("${use.reason}") suppresses nothing: no policy pack applied to this app checks ${use.code}.`
              : `the suppression of ${use.code} ("${use.reason}") suppresses nothing: the policy packs that check ${use.code} are scoped to other constructs (${scopesChecking(scoped, use.code).join(", ")}).`,
        ),
      );
    }
    return { findings: sortFindings(findings), suppressions };
  }

  /**
   * What the synth report needs from the policies: packs with their severities (app-wide packs first,
   * then scoped ones with their scopes), and suppressions with their use.
   */
  public reportInput(): SynthReportInput {
    const summary = (pack: PolicyPack, scopes?: readonly string[]): PolicyPackSummary => ({
      name: pack.name,
      rules: pack.rules.map((rule) => ({ code: rule.code, severity: pack.severityOf(rule.code), description: rule.description })),
      ...(scopes === undefined ? {} : { scopes: [...scopes] }),
    });
    const packs = [...this.appliedPacks.map((pack) => summary(pack)), ...this.scopedPacks().map(({ pack, scopes }) => summary(pack, scopes))];
    return { packs, suppressions: this.evaluate().suppressions };
  }

  private writeReport(findings: readonly Finding<FindingCode>[]): void {
    if (!App.isApp(this.root)) return;
    writeSynthReport(buildSynthReport(this.root, { ...this.reportInput(), findings }), this.root.outdir);
  }

  private inAStack(construct: IConstruct): boolean {
    return construct.node.scopes.some((scope) => TerraformStack.isStack(scope));
  }
}

/** True when `path` is one of `scopes` or under one of them. */
function underAny(path: string, scopes: readonly string[]): boolean {
  return scopes.some((scope) => path === scope || path.startsWith(`${scope}/`));
}

/** The scopes of the scoped packs that check `code`, sorted and once each. */
function scopesChecking(scoped: readonly ScopedPolicyPack[], code: PolicyRuleCode): string[] {
  return [...new Set(scoped.filter(({ pack }) => pack.codes.includes(code)).flatMap(({ scopes }) => scopes))].sort(compareCodeUnits);
}

function suppressionKey(code: string, path: string): string {
  return `${code}\u0000${path}`;
}

function bySuppression(a: PolicySuppression, b: PolicySuppression): number {
  return compareCodeUnits(a.path, b.path) || compareCodeUnits(a.code, b.code);
}


/**
 * One finding per code, path and message: two packs with the same rule report it once, at the stricter
 * of their severities.
 */
function oncePerFinding(findings: Finding<PolicyRuleCode>[]): Finding<PolicyRuleCode>[] {
  const byKey = new Map<string, Finding<PolicyRuleCode>>();
  for (const finding of findings) {
    const key = `${finding.code}\u0000${finding.path}\u0000${finding.message}`;
    const kept = byKey.get(key);
    if (!kept || (kept.severity === Severity.WARNING && finding.severity === Severity.ERROR)) byKey.set(key, finding);
  }
  return [...byKey.values()];
}

/** True for a pack of this copy of the library, as `instanceof PolicyPack` would be. */
function isPolicyPack(value: unknown): value is PolicyPack {
  return hasMarker(value, POLICY_PACK_SYMBOL);
}
