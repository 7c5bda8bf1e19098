// `cdktf-alicloud-hbr/guard`: hbr-guard as a library, checking `terraform show -json` plans. It loads
// neither cdktf nor the constructs, so a CI step that only checks plans stays fast.

export { GUARD_EXIT_CODES, GUARD_USAGE, parseGuardArguments, processIo, runGuard } from "./cli";
export type { GuardArguments, GuardIo } from "./cli";
export { checkPlans } from "./plan-checks";
export type { GuardOptions, GuardResult, GuardSummary } from "./plan-checks";
export { SUPPORTED_PLAN_FORMAT_MAJOR, parsePlanText, readPlanDocument } from "./plan-document";
export type { ConfigResource, PlanAction, PlanDocument, PlanReadResult, PlanResource, ProviderConfigFacts } from "./plan-document";
export { REPORT_FORMATS, formatReport, guardFails } from "./report";
export type { ReportFormat } from "./report";
export type { JsonObject } from "./json-values";
