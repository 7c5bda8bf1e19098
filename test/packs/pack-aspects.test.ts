import * as fs from "fs";
import * as path from "path";
import { Construct } from "constructs";
import { App, Aspects, IAspect, TerraformStack } from "cdktf";
import { BackupVault, HbrPolicies, HbrRules, MirrorVault, PolicyPack, Policies, Severity, suppress, synthReportOf } from "../../lib";
import { renderReportMarkdown } from "../../lib/report/report-files";
import { scratchApp, synthError } from "../support";
import { codedLines, compliantVault, manifestWarnings } from "./support";

/** A pack that reports a backup vault without a mirror (HBRP001), at `severity`. */
function mirrorPack(severity: Severity = Severity.ERROR, name = "mirrors"): PolicyPack {
  return new PolicyPack({ name, rules: [HbrPolicies.mirrorRequired()], severities: { HBRP001: severity } });
}

/** An app with the stacks `dev` and `prod`, each holding one backup vault without a mirror, declared in that order. */
function devAndProd(): { app: App; dev: TerraformStack; prod: TerraformStack } {
  const app = scratchApp();
  const dev = new TerraformStack(app, "dev");
  compliantVault(dev, "Vault", { vaultName: "dev" });
  const prod = new TerraformStack(app, "prod");
  compliantVault(prod, "Vault", { vaultName: "prod" });
  return { app, dev, prod };
}

describe("PolicyPack as a cdktf aspect: Aspects.of(scope).add(pack)", () => {
  test("a pack is an IAspect, so Aspects.of(stack).add(pack) type-checks", () => {
    const aspect: IAspect = mirrorPack();
    expect(typeof aspect.visit).toBe("function");
  });

  test("added to one stack, its errors name only that stack's vaults, in the single error app.synth() throws", () => {
    const { app, prod } = devAndProd();
    compliantVault(prod, "Long", { vaultName: "x".repeat(65) }).addMirror("Mirror", { region: "cn-beijing", vaultName: "long-dr", preventDestroy: true });
    Aspects.of(prod).add(mirrorPack());
    const message = synthError(app);
    expect(message.match(/the synthesized Terraform breaks \d+ rules? of the HBR service or of the app's policies/g)).toHaveLength(1);
    expect(codedLines(message).map((line) => line.slice(0, line.indexOf(":")))).toEqual(["[HBR005] prod/Long", "[HBRP001] prod/Vault"]);
  });

  test("added to one stack, its warnings are annotations on that stack's vaults only, once each, and cdktf has nothing to warn about", () => {
    const { app, prod } = devAndProd();
    Aspects.of(prod).add(mirrorPack(Severity.WARNING));
    app.synth();
    // The packs join the rules during the stack's aspects: nothing may add an aspect then, or cdktf warns it will not run.
    const warnings = manifestWarnings(app);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^prod\/Vault: \[HBRP001\] prod\/Vault: the backup vault "prod" has no mirror vault/);
  });

  test("added to the first of two stacks, its warnings are annotations there once each, though the rules annotate later stacks too", () => {
    const { app, dev } = devAndProd();
    Aspects.of(dev).add(mirrorPack(Severity.WARNING));
    app.synth();
    expect(manifestWarnings(app).filter((w) => w.includes("[HBRP001]"))).toEqual([expect.stringMatching(/^dev\/Vault: \[HBRP001\] dev\/Vault: /)]);
  });

  test("added to a stack before its vaults are declared, it reports them the same way", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "early");
    Aspects.of(stack).add(mirrorPack(Severity.WARNING));
    compliantVault(stack, "Vault");
    app.synth();
    expect(manifestWarnings(app).filter((w) => w.includes("[HBRP001]"))).toEqual([expect.stringMatching(/^early\/Vault: \[HBRP001\] early\/Vault: /)]);
  });

  test("added to a construct inside a stack, it reports the vaults under that construct and not their siblings", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const payments = new Construct(stack, "Payments");
    new BackupVault(payments, "Vault", { region: "cn-hangzhou", vaultName: "payments", preventDestroy: true });
    compliantVault(stack, "Other", { vaultName: "other" });
    Aspects.of(payments).add(mirrorPack());
    expect(codedLines(synthError(app))).toEqual([expect.stringMatching(/^\[HBRP001\] s\/Payments\/Vault: /)]);
  });

  test("added to a stack, its rules still see the whole app: a mirror declared in another stack counts", () => {
    const app = scratchApp();
    const sourceStack = new TerraformStack(app, "source");
    const source = compliantVault(sourceStack, "Vault");
    new MirrorVault(new TerraformStack(app, "mirrors"), "Mirror", { source, region: "cn-beijing", vaultName: "dr", preventDestroy: true });
    Aspects.of(sourceStack).add(mirrorPack());
    expect(() => app.synth()).not.toThrow();
  });

  test("added both app-wide and to a stack, it reports each finding once", () => {
    const { app, prod } = devAndProd();
    const errors = mirrorPack(Severity.ERROR, "errors");
    const warnings = new PolicyPack({ name: "warnings", rules: [HbrPolicies.preventDestroy()], severities: { HBRP004: Severity.WARNING } });
    compliantVault(prod, "Unprotected", { preventDestroy: false }).addMirror("Mirror", { region: "cn-beijing", vaultName: "u-dr", preventDestroy: true });
    Policies.of(app).add(errors).add(warnings);
    Aspects.of(prod).add(errors);
    Aspects.of(prod).add(warnings);
    expect(codedLines(synthError(app)).map((line) => line.slice(0, line.indexOf(":")))).toEqual(["[HBRP001] dev/Vault", "[HBRP001] prod/Vault"]);
    expect(HbrRules.of(app).allFindings().filter((f) => f.code === "HBRP004").map((f) => f.path)).toEqual(["prod/Unprotected"]);
    expect(Policies.of(app).scopedPacks()).toEqual([]);
  });

  test("two stacks with the same pack report their own vaults, and the pack is listed once with both scopes", () => {
    const { app, dev, prod } = devAndProd();
    const pack = mirrorPack();
    Aspects.of(prod).add(pack);
    Aspects.of(dev).add(pack);
    expect(Policies.of(app).scopedPacks()).toEqual([{ pack, scopes: ["dev", "prod"] }]);
    expect(Policies.of(app).evaluate().findings.map((f) => f.path)).toEqual(["dev/Vault", "prod/Vault"]);
  });

  test("added to the App with Aspects.of(app), it checks nothing, because cdktf never invokes it: Policies.of(app).add is the app-wide form", () => {
    const { app } = devAndProd();
    Aspects.of(app).add(mirrorPack());
    expect(() => app.synth()).not.toThrow();
    expect(HbrRules.of(app).allFindings()).toEqual([]);
    expect(Policies.of(app).scopedPacks()).toEqual([]);
  });

  test("added to a construct above the stacks, it checks nothing either (cdktf starts aspects at each stack)", () => {
    const app = scratchApp();
    const group = new Construct(app, "Group");
    compliantVault(new TerraformStack(group, "s"), "Vault");
    Aspects.of(group).add(mirrorPack());
    expect(() => app.synth()).not.toThrow();
    expect(Policies.of(app).evaluate().findings).toEqual([]);
  });

  test("a suppression inside the scope hides the finding; one outside it is stale and names the scopes", () => {
    const { app, dev, prod } = devAndProd();
    Aspects.of(prod).add(mirrorPack(Severity.WARNING));
    suppress(prod.node.findChild("Vault"), "HBRP001", "prod is restored from tape");
    suppress(dev.node.findChild("Vault"), "HBRP001", "dev needs no mirror");
    const evaluation = Policies.of(app).evaluate();
    expect(evaluation.suppressions.map((s) => [s.path, s.suppressedFindings])).toEqual([
      ["dev/Vault", 0],
      ["prod/Vault", 1],
    ]);
    expect(evaluation.findings.map((f) => [f.code, f.path, f.message])).toEqual([
      ["HBRP000", "dev/Vault", 'the suppression of HBRP001 ("dev needs no mirror") suppresses nothing: the policy packs that check HBRP001 are scoped to other constructs (prod).'],
    ]);
  });

  test("the synth report lists a scoped pack with its scopes, after the app-wide packs", () => {
    const { app, prod } = devAndProd();
    Policies.of(app).add(new PolicyPack({ name: "tags", rules: [HbrPolicies.requiredTags({ keys: ["owner"] })] }));
    Aspects.of(prod).add(mirrorPack(Severity.WARNING, "prod-mirrors"));
    app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, "hbr-report.json"), "utf8"));
    expect(report.policyPacks.map((p: any) => [p.name, p.scopes])).toEqual([
      ["tags", undefined],
      ["prod-mirrors", ["prod"]],
    ]);
    expect(report.findings.map((f: any) => [f.code, f.path])).toEqual([["HBRP001", "prod/Vault"]]);
    expect(renderReportMarkdown(synthReportOf(app))).toContain("| prod-mirrors (scoped to prod) | HBRP001 | warning | every backup vault has a mirror vault |");
  });

  test("with an app-wide pack too, synthesizing the same app twice writes the same annotations", () => {
    const { app, prod } = devAndProd();
    Policies.of(app).add(new PolicyPack({ name: "tags", rules: [HbrPolicies.requiredTags({ keys: ["cost-center"] })] }));
    Aspects.of(prod).add(mirrorPack(Severity.WARNING));
    app.synth();
    const first = manifestWarnings(app);
    expect(first.map((w) => w.slice(0, w.indexOf("]") + 1))).toEqual(["dev/Vault: [HBRP005]", "prod/Vault: [HBRP001]", "prod/Vault: [HBRP005]"]);
    app.synth();
    expect(manifestWarnings(app)).toEqual(first);
  });
});
