// The package's API: what an app that declares HBR vaults uses. Internals (the rule checks over
// facts, the model, provider placement, argument checks) are not exported; the plan guard and the
// topology picture have their own entry points, `cdktf-alicloud-hbr/guard` and
// `cdktf-alicloud-hbr/topology`.

// Constructs, their props and enums.
export * from "./vault";
export * from "./backup-vault";
export * from "./mirror-vault";
export * from "./backup-source";
export * from "./backup-policy";
export * from "./policy-binding";
export * from "./restore-job";
export * from "./duration";
export * from "./schedule";
export type { ParsedSchedule } from "./rules/policy-rules";
export { HbrConfigurationError } from "./private/configuration-error";

// The generated provider bindings.
export { AlicloudProvider } from "./gen/providers/alicloud/provider";
export type { AlicloudProviderConfig } from "./gen/providers/alicloud/provider";
export * as alicloud from "./gen/providers/alicloud";

// The service's rules: checked at synth, reported as findings.
export { HbrRules, HbrRulesError, MIRROR_QUOTA_CONTEXT_KEY, STRICT_CONTEXT_KEY, WARNINGS_ENV } from "./hbr-rules";
export type { RuleSubject } from "./hbr-rules";
export { RULES, Severity, allRules } from "./rules/catalog";
export type { RuleCode, RuleDefinition } from "./rules/catalog";
export { formatFinding } from "./rules/finding";
export type { Finding, FindingCode } from "./rules/finding";

// The schema check of Terraform JSON.
export { SchemaProblemKind, checkTerraformJson, formatSchemaProblems } from "./schema/check-terraform-json";
export type { CheckTerraformJsonOptions, SchemaProblem } from "./schema/check-terraform-json";
export { keptProviderVersion, providerVersionFromContext } from "./schema/kept-schema";
export type {
  AttributeConstraint,
  BlockConstraints,
  ConstraintsDocument,
  NumberBounds,
  ProviderSchema,
  SchemaAttribute,
  SchemaBlock,
  SchemaBlockType,
  SchemaEntry,
  TerraformType,
} from "./schema/kept-schema";
export { PROVIDER_VERSION_CONTEXT_KEY } from "./schema/provider-version";

// Organization policy packs and suppressions.
export { POLICY_RULES, allPolicyRules, isPolicyRuleCode } from "./rules/pack-catalog";
export type { PolicyRuleCode } from "./rules/pack-catalog";
export * from "./packs/pack-rule";
export * from "./packs/pack";
export * from "./packs/hbr-packs";
export * from "./packs/app-packs";
export * from "./packs/suppression";
export type { MirrorRegionPolicyOptions } from "./packs/rules/mirror-region";
export type { RequiredTagsPolicyOptions } from "./packs/rules/required-tags";
export type { RestoreDrillPolicyOptions } from "./packs/rules/restore-drill";
// What a pack rule is given to check.
export type { HbrInventory, InventoryPolicy, InventoryRestoreJob, InventoryVault } from "./topology/inventory";

// The synth report and the files written beside the synth (the topology picture has its own entry point).
export { synthReportOf, writeSynthOutputs } from "./cli/synth-outputs";
export type { SynthOutputs } from "./cli/synth-outputs";
export { formatSummaryTable } from "./report/summary-table";
export { SYNTH_REPORT_FORMAT, buildSynthReport } from "./report/synth-report";
export type { FindingCodeSummary, PolicyPackRuleSummary, PolicyPackSummary, RegionSummary, SynthReport, SynthReportCounts, SynthReportInput } from "./report/synth-report";
