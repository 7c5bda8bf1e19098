import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { HbrConfigurationError, HbrPolicies, PolicyPack, Policies, Severity, SuppressionUse, suppress } from "../../lib";
import { scratchApp, synthError } from "../support";
import { appWithStack, codedLines, compliantVault, findingsOf, manifestWarnings } from "./support";

const mirrorPack = () => new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()] });

describe("suppress: one policy's findings on one construct, for a reason", () => {
  test("hides the finding on that construct only; other vaults are still flagged", () => {
    const { app, stack } = appWithStack();
    const scratch = compliantVault(stack, "Scratch");
    compliantVault(stack, "Prod");
    Policies.of(app).add(mirrorPack());
    suppress(scratch, "HBRP001", "scratch vault for the migration; deleted in March");
    expect(codedLines(synthError(app))).toEqual([expect.stringMatching(/^\[HBRP001\] s\/Prod: /)]);
    expect(Policies.of(app).evaluate().suppressions).toEqual<SuppressionUse[]>([
      { code: "HBRP001", path: "s/Scratch", reason: "scratch vault for the migration; deleted in March", suppressedFindings: 1 },
    ]);
  });

  test("HbrPolicies.suppress and Policies.suppress do the same", () => {
    const { app, stack } = appWithStack();
    const a = compliantVault(stack, "A");
    const b = compliantVault(stack, "B");
    Policies.of(app).add(mirrorPack());
    HbrPolicies.suppress(a, "HBRP001", "reason a");
    Policies.of(app).suppress(b, "HBRP001", "reason b");
    expect(findingsOf(app, "HBRP001")).toEqual([]);
    expect(Policies.of(app).suppressions().map((s) => s.path)).toEqual(["s/A", "s/B"]);
  });

  test("does not reach a construct's children: a suppression on the stack hides nothing and is reported stale", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault");
    Policies.of(app).add(mirrorPack().withSeverity("HBRP001", Severity.WARNING));
    suppress(stack, "HBRP001", "whole stack is scratch");
    expect(findingsOf(app, "HBRP001").map((f) => f.path)).toEqual(["s/Vault"]);
    expect(findingsOf(app, "HBRP000").map((f) => [f.severity, f.path, f.message])).toEqual([
      ["warning", "s", 'the suppression of HBRP001 ("whole stack is scratch") suppresses nothing: HBRP001 found nothing on this construct.'],
    ]);
  });

  test("a stale suppression is a warning annotated on the suppressed construct, even one that is not an HBR construct", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-beijing", vaultName: "dr" });
    Policies.of(app).add(mirrorPack());
    suppress(stack, "HBRP001", "no longer needed");
    app.synth();
    expect(manifestWarnings(app)).toContainEqual(expect.stringMatching(/^s: \[HBRP000\] s: the suppression of HBRP001 \("no longer needed"\) suppresses nothing/));
  });

  test("a suppression of a code no applied pack checks is reported stale, saying so", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault");
    suppress(vault, "HBRP003", "HBR-managed keys are fine here");
    expect(findingsOf(app, "HBRP000").map((f) => f.message)).toEqual([
      'the suppression of HBRP003 ("HBR-managed keys are fine here") suppresses nothing: no policy pack applied to this app checks HBRP003.',
    ]);
  });

  test("suppressions are listed in hbr-report.json and hbr-report.md in the synth output, even when the synth fails", () => {
    const { app, stack } = appWithStack();
    const scratch = compliantVault(stack, "Scratch");
    compliantVault(stack, "Prod");
    Policies.of(app).add(mirrorPack());
    suppress(scratch, "HBRP001", "scratch | temporary");
    synthError(app);
    const report = JSON.parse(fs.readFileSync(path.join(app.outdir, "hbr-report.json"), "utf8"));
    expect(report.suppressions).toEqual([{ code: "HBRP001", path: "s/Scratch", reason: "scratch | temporary", suppressedFindings: 1 }]);
    expect(report.findingsByCode).toEqual([{ code: "HBRP001", title: "Every backup vault has a mirror vault", errors: 1, warnings: 0, suppressed: 1 }]);
    const markdown = fs.readFileSync(path.join(app.outdir, "hbr-report.md"), "utf8");
    expect(markdown).toContain("| HBRP001 | s/Scratch | scratch \\| temporary | 1 |");
  });

  describe("refuses at once, with an HbrConfigurationError naming the construct", () => {
    let app: App;
    let vault: ReturnType<typeof compliantVault>;
    beforeEach(() => {
      const made = appWithStack();
      app = made.app;
      vault = compliantVault(made.stack, "Vault");
    });

    test.each([[""], ["   "], [undefined], [42]])("a reason %p", (reason) => {
      const call = () => suppress(vault, "HBRP001", reason as any);
      expect(call).toThrow(HbrConfigurationError);
      expect(call).toThrow(/^s\/Vault: the suppression of HBRP001 has no reason/);
      expect(Policies.of(app).suppressions()).toEqual([]);
    });

    test.each([["HBR001"], ["HBRP000"], ["HBRP999"], ["hbrp001"]])("the code %p", (code) => {
      expect(() => suppress(vault, code as any, "because")).toThrow(/^s\/Vault: cannot suppress ".*": only organization policy codes HBRP001 and up can be suppressed/);
    });

    test("the same code twice on the same construct", () => {
      suppress(vault, "HBRP001", "first");
      expect(() => suppress(vault, "HBRP001", "second")).toThrow(/^s\/Vault: HBRP001 is already suppressed here \("first"\)\./);
    });

    test("a construct outside any stack", () => {
      expect(() => suppress(app, "HBRP001", "because")).toThrow(/is not inside a TerraformStack/);
    });

    test("a construct of another app", () => {
      const other = appWithStack();
      const stranger = compliantVault(other.stack, "Stranger");
      expect(() => Policies.of(app).suppress(stranger, "HBRP001", "because")).toThrow(/^s\/Stranger: belongs to another cdktf App than these policies\./);
    });

    test("something that is not a construct", () => {
      expect(() => Policies.of(scratchApp()).suppress({} as any, "HBRP001", "because")).toThrow(/^suppress: construct must be a construct, got an object\./);
    });
  });
});
