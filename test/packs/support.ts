import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { BackupVault, BackupVaultProps, Finding, FindingCode, HbrRules, PolicyPack, PolicyPackRule, Policies, Severity } from "../../lib";
import { scratchApp } from "../support";

/** A scratch app with one stack, `s`. */
export function appWithStack(context?: Record<string, unknown>): { app: App; stack: TerraformStack } {
  const app = scratchApp(context);
  return { app, stack: new TerraformStack(app, "s") };
}

/** A backup vault that passes every recommended policy unless `props` says otherwise. */
export function compliantVault(stack: TerraformStack, id: string, props: Partial<BackupVaultProps> = {}): BackupVault {
  return new BackupVault(stack, id, {
    region: "cn-hangzhou",
    vaultName: id.toLowerCase(),
    preventDestroy: true,
    tags: { owner: "platform" },
    ...props,
  });
}

/** Applies a pack holding just `rule` (at `severity` when given) to the app. */
export function applyRule(app: App, rule: PolicyPackRule, severity?: Severity): PolicyPack {
  const pack = new PolicyPack({ name: "test", rules: [rule], severities: severity ? { [rule.code]: severity } : undefined });
  Policies.of(app).add(pack);
  return pack;
}

/** Every finding of the app (service rules and policies) of one code. */
export function findingsOf(app: App, code: FindingCode): Finding<FindingCode>[] {
  return HbrRules.of(app).allFindings().filter((f) => f.code === code);
}

/** The lines of a synth error that carry a rule or policy code, without the Terraform address after the path. */
export function codedLines(message: string): string[] {
  return message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^\[HBRP?\d{3}\]/.test(line))
    .map((line) => line.replace(/^(\[HBRP?\d{3}\] [^ ]+) \(alicloud_[a-z0-9_]+\.[A-Za-z0-9_-]+\):/, "$1:"));
}

/** The warning annotations written to manifest.json, as `path: message`. */
export function manifestWarnings(app: App): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, "manifest.json"), "utf8"));
  return Object.values<any>(manifest.stacks).flatMap((stack) =>
    (stack.annotations ?? []).filter((a: any) => a.level === "@cdktf/warn").map((a: any) => `${a.constructPath}: ${a.message}`),
  );
}
