import { IConstruct } from "constructs";
import { TerraformStack } from "../private/framework";
import { POLICY_RULES, PolicyRuleCode, isPolicyRuleCode } from "../rules/pack-catalog";
import type { SuppressionUse } from "../packs/suppression";
import { RULES, Severity } from "../rules/catalog";
import { Finding, FindingCode } from "../rules/finding";
import { HbrRules } from "../hbr-rules";
import { UNKNOWN_REGION, collectInventory, compareRegions } from "../topology/inventory";
import { compareCodeUnits } from "../private/compare";

/** The `format` of a {@link SynthReport}; a change that drops or renames a field changes it. */
export const SYNTH_REPORT_FORMAT = "cdktf-alicloud-hbr/synth-report@1";

/** One rule of a policy pack, as the report lists it. */
export interface PolicyPackRuleSummary {
  /** The policy code. */
  readonly code: PolicyRuleCode;
  /** The severity the pack reports it at. */
  readonly severity: Severity;
  /** What the rule checks with its options. */
  readonly description: string;
}

/** A policy pack applied to the app, as the report lists it. */
export interface PolicyPackSummary {
  /** The pack's name. */
  readonly name: string;
  /** Its rules, in code order. */
  readonly rules: readonly PolicyPackRuleSummary[];
  /**
   * The construct paths it was added to with `Aspects.of(scope).add(pack)`: it reports findings on
   * constructs under them only.
   * @default undefined: the whole app (`Policies.of(app).add(pack)`)
   */
  readonly scopes?: readonly string[];
}

/** What {@link buildSynthReport} takes from the organization policies (`Policies.reportInput()`). */
export interface SynthReportInput {
  /**
   * The policy packs applied.
   * @default none
   */
  readonly packs?: readonly PolicyPackSummary[];
  /**
   * The suppressions, with the findings each hid.
   * @default none
   */
  readonly suppressions?: readonly SuppressionUse[];
  /**
   * The findings to report, when the caller has them (the synth's own check passes what it found).
   * @default the findings of `HbrRules.allFindings()`, computed now
   */
  readonly findings?: readonly Finding<FindingCode>[];
}

/** What one region holds. */
export interface RegionSummary {
  /** The region id, or `(unknown)` for constructs whose region is a token. */
  readonly region: string;
  /** Backup vaults, declared and imported. */
  readonly backupVaults: number;
  /** Mirror vaults, declared and imported. */
  readonly mirrorVaults: number;
  /** Backup policies. */
  readonly policies: number;
  /** Restore jobs. */
  readonly restoreJobs: number;
}

/** The findings of one code. */
export interface FindingCodeSummary {
  /** The rule or policy code. */
  readonly code: FindingCode;
  /** The rule's title. */
  readonly title: string;
  /** Error findings. */
  readonly errors: number;
  /** Warning findings. */
  readonly warnings: number;
  /** Findings hidden by suppressions. */
  readonly suppressed: number;
}

/** The app's totals. */
export interface SynthReportCounts {
  /** Stacks in the app. */
  readonly stacks: number;
  /** Regions with at least one HBR construct. */
  readonly regions: number;
  /** Backup vaults, declared and imported. */
  readonly backupVaults: number;
  /** Of those, imported. */
  readonly importedBackupVaults: number;
  /** Mirror vaults, declared and imported. */
  readonly mirrorVaults: number;
  /** Of those, imported. */
  readonly importedMirrorVaults: number;
  /** Backup policies. */
  readonly policies: number;
  /** Data sources bound to the policies. */
  readonly boundSources: number;
  /** Restore jobs. */
  readonly restoreJobs: number;
  /** Error findings (service rules and policies). */
  readonly errors: number;
  /** Warning findings. */
  readonly warnings: number;
  /** Suppressions declared. */
  readonly suppressions: number;
}

/**
 * What a synth built and flagged: written as `hbr-report.json` (this object) and `hbr-report.md`, and
 * printed as a table by `npm run synth` and `cdktf-alicloud-hbr graph`. Deterministic: everything is
 * sorted and nothing depends on the machine or the time.
 */
export interface SynthReport {
  /** {@link SYNTH_REPORT_FORMAT}. */
  readonly format: string;
  /** The totals. */
  readonly counts: SynthReportCounts;
  /** One entry per region, sorted by region id (unknown last). */
  readonly regions: readonly RegionSummary[];
  /** One entry per code with findings or suppressions, sorted by code. */
  readonly findingsByCode: readonly FindingCodeSummary[];
  /** Every finding (service rules and policies), sorted by code, path and message. */
  readonly findings: readonly Finding<FindingCode>[];
  /** Every suppression with its use, sorted by path and code. */
  readonly suppressions: readonly SuppressionUse[];
  /** The policy packs applied: app-wide ones in the order they were added, then scoped ones. */
  readonly policyPacks: readonly PolicyPackSummary[];
}

/**
 * The synth report of the app `scope` belongs to: its HBR constructs by region and every finding of
 * the service rules and the organization policies (`HbrRules.allFindings()`).
 */
export function buildSynthReport(scope: IConstruct, input: SynthReportInput = {}): SynthReport {
  const root = scope.node.root;
  const inventory = collectInventory(root);
  const findings = (input.findings ?? HbrRules.of(root).allFindings()).map(({ code, severity, path, message, fix }) => ({ code, severity, path, message, fix }));
  const suppressions = [...(input.suppressions ?? [])];

  const regions = new Map<string, { backupVaults: number; mirrorVaults: number; policies: number; restoreJobs: number }>();
  const regionOf = (region: string | undefined) => {
    const id = region ?? UNKNOWN_REGION;
    let entry = regions.get(id);
    if (!entry) regions.set(id, (entry = { backupVaults: 0, mirrorVaults: 0, policies: 0, restoreJobs: 0 }));
    return entry;
  };
  for (const vault of inventory.vaults) regionOf(vault.region)[vault.role === "mirror" ? "mirrorVaults" : "backupVaults"]++;
  for (const policy of inventory.policies) regionOf(policy.region).policies++;
  for (const job of inventory.restoreJobs) regionOf(job.region).restoreJobs++;

  const byCode = new Map<FindingCode, { errors: number; warnings: number; suppressed: number }>();
  const codeEntry = (code: FindingCode) => {
    let entry = byCode.get(code);
    if (!entry) byCode.set(code, (entry = { errors: 0, warnings: 0, suppressed: 0 }));
    return entry;
  };
  for (const finding of findings) codeEntry(finding.code)[finding.severity === Severity.ERROR ? "errors" : "warnings"]++;
  for (const use of suppressions) if (use.suppressedFindings > 0) codeEntry(use.code).suppressed += use.suppressedFindings;

  const vaults = inventory.vaults;
  return {
    format: SYNTH_REPORT_FORMAT,
    counts: {
      stacks: root.node.findAll().filter((c) => TerraformStack.isStack(c)).length,
      regions: regions.size,
      backupVaults: vaults.filter((v) => v.role === "backup").length,
      importedBackupVaults: vaults.filter((v) => v.role === "backup" && v.imported).length,
      mirrorVaults: vaults.filter((v) => v.role === "mirror").length,
      importedMirrorVaults: vaults.filter((v) => v.role === "mirror" && v.imported).length,
      policies: inventory.policies.length,
      boundSources: inventory.policies.reduce((sum, p) => sum + p.boundSources, 0),
      restoreJobs: inventory.restoreJobs.length,
      errors: findings.filter((f) => f.severity === Severity.ERROR).length,
      warnings: findings.filter((f) => f.severity === Severity.WARNING).length,
      suppressions: suppressions.length,
    },
    regions: [...regions.entries()].sort(([a], [b]) => compareRegions(a, b)).map(([region, counts]) => ({ region, ...counts })),
    findingsByCode: [...byCode.entries()].sort(([a], [b]) => compareCodeUnits(a, b)).map(([code, counts]) => ({ code, title: findingTitle(code), ...counts })),
    findings,
    suppressions,
    policyPacks: [...(input.packs ?? [])],
  };
}

/** The title of a service rule or an organization policy, by code. */
export function findingTitle(code: FindingCode): string {
  return isPolicyRuleCode(code) ? POLICY_RULES[code].title : RULES[code].title;
}

