import { HbrConfigurationError, HbrPolicies, POLICY_RULES, PolicyPack, PolicyPackRule, Severity } from "../../lib";
import { collectInventory } from "../../lib/topology";
import { appWithStack, compliantVault } from "./support";

const everyCode = ["HBRP001", "HBRP002", "HBRP003", "HBRP004", "HBRP005", "HBRP006", "HBRP007"];

describe("PolicyPack", () => {
  test("the recommended pack checks HBRP001-HBRP007 at their catalog severities", () => {
    const pack = HbrPolicies.recommended();
    expect(pack.name).toBe("recommended");
    expect(pack.codes).toEqual(everyCode);
    for (const code of pack.codes) expect(pack.severityOf(code)).toBe(POLICY_RULES[code].severity);
  });

  test("recommended takes severity overrides and rule options", () => {
    const pack = HbrPolicies.recommended({ severities: { HBRP003: Severity.ERROR }, requiredTags: ["team"], mirrorOutsideCityGroup: true, restoreDrillFromMirror: true });
    expect(pack.severityOf("HBRP003")).toBe(Severity.ERROR);
    expect(pack.rules.map((r) => r.description)).toEqual([
      "every backup vault has a mirror vault",
      "mirror vaults are outside their source's city group",
      "vaults and mirror vaults use KMS encryption",
      "vaults and mirror vaults have preventDestroy",
      "backup vaults carry the tags team",
      "every backup vault is the target of a backup policy",
      "every backup vault has a restore drill from its mirror",
    ]);
  });

  test("withSeverity returns a new pack and leaves the original as it was", () => {
    const original = HbrPolicies.recommended();
    const changed = original.withSeverity("HBRP001", Severity.WARNING);
    expect(changed.severityOf("HBRP001")).toBe(Severity.WARNING);
    expect(original.severityOf("HBRP001")).toBe(Severity.ERROR);
    expect(changed.severityOf("HBRP004")).toBe(Severity.ERROR);
  });

  test("withAllSeverities sets every rule's severity, e.g. to warnings while a team adopts the pack", () => {
    const pack = HbrPolicies.recommended({ severities: { HBRP003: Severity.ERROR } }).withAllSeverities(Severity.WARNING);
    expect(pack.codes.map((code) => pack.severityOf(code))).toEqual(everyCode.map(() => Severity.WARNING));
  });

  test("without drops rules and their severity overrides", () => {
    const pack = HbrPolicies.recommended({ severities: { HBRP005: Severity.ERROR } }).without("HBRP005", "HBRP007");
    expect(pack.codes).toEqual(["HBRP001", "HBRP002", "HBRP003", "HBRP004", "HBRP006"]);
  });

  test("evaluate reports each violation at the pack's severity for its code", () => {
    const { stack } = appWithStack();
    compliantVault(stack, "Vault");
    const pack = new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()], severities: { HBRP001: Severity.WARNING } });
    expect(pack.evaluate(collectInventory(stack))).toEqual([expect.objectContaining({ code: "HBRP001", severity: Severity.WARNING, path: "s/Vault" })]);
  });

  describe("refuses at once", () => {
    const fake: PolicyPackRule = { code: "HBRP000", description: "x", check: () => [] };
    test.each<[string, () => unknown, RegExp]>([
      ["an empty name", () => new PolicyPack({ name: " ", rules: [] }), /^PolicyPack: name must be a non-empty string/],
      ["rules that are not a list", () => new PolicyPack({ name: "p", rules: "HBRP001" as any }), /^PolicyPack "p": rules must be a list/],
      ["a rule that is not a policy rule", () => new PolicyPack({ name: "p", rules: [{ code: "HBR001" } as any] }), /every rule must be a policy rule/],
      ["HBRP000 in a pack", () => new PolicyPack({ name: "p", rules: [fake] }), /HBRP000 \(stale suppressions\) is checked for every app/],
      ["a code twice", () => new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired(), HbrPolicies.mirrorRequired()] }), /HBRP001 appears twice/],
      ["a severity for a code the pack does not check", () => new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()] }).withSeverity("HBRP003", Severity.ERROR), /has no rule "HBRP003" to set a severity for; it checks HBRP001/],
      ["a severity that is not error or warning", () => HbrPolicies.recommended().withSeverity("HBRP001", "fatal" as any), /the severity of HBRP001 must be Severity\.ERROR or Severity\.WARNING, got "fatal"/],
      ["options that are not an object", () => HbrPolicies.recommended(null as any), /^HbrPolicies\.recommended: options must be an object/],
      ["an appliesTo that is not a function", () => HbrPolicies.mirrorRequired({ appliesTo: "prod" as any }), /^HbrPolicies\.mirrorRequired: appliesTo must be a function/],
    ])("%s", (_what, make, message) => {
      expect(make).toThrow(HbrConfigurationError);
      expect(make).toThrow(message);
    });
  });
});
