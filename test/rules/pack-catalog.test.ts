import * as fs from "fs";
import * as path from "path";
import { POLICY_RULES, RULES, Severity, allPolicyRules, allRules, formatFinding, isPolicyRuleCode } from "../../lib";
import { makePackFinding } from "../../lib/packs/pack-finding";
import { inSameCityGroup } from "../../lib/private/city-groups";

const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "rules.md"), "utf8");

describe("the organization policy catalog", () => {
  test("codes are HBRP followed by three digits, numbered without gaps from HBRP000", () => {
    const codes = allPolicyRules().map((r) => r.code);
    expect(codes).toEqual(codes.map((_, i) => `HBRP${String(i).padStart(3, "0")}`));
    expect(codes.length).toBeGreaterThanOrEqual(8);
  });

  test("each policy's key is its code and it has a title, fact, source and fix", () => {
    for (const [key, rule] of Object.entries(POLICY_RULES)) {
      expect(rule.code).toBe(key);
      for (const field of [rule.title, rule.fact, rule.source, rule.fix]) expect(field.length).toBeGreaterThan(10);
    }
  });

  test("no policy code is also a service rule code", () => {
    const service = new Set(allRules().map((r) => r.code));
    expect(allPolicyRules().filter((r) => service.has(r.code))).toEqual([]);
  });

  test("isPolicyRuleCode accepts policy codes only", () => {
    expect(isPolicyRuleCode("HBRP001")).toBe(true);
    expect(isPolicyRuleCode("HBR001")).toBe(false);
    expect(isPolicyRuleCode("HBRP999")).toBe(false);
    expect(isPolicyRuleCode("toString")).toBe(false);
  });

  test("a policy finding formats like a service finding: [code] path: message Fix: fix", () => {
    const finding = makePackFinding("HBRP001", "app/s/Vault", "no mirror.");
    expect(finding.severity).toBe(Severity.ERROR);
    expect(formatFinding(finding)).toBe(`[HBRP001] app/s/Vault: no mirror. Fix: ${POLICY_RULES.HBRP001.fix}`);
  });
});

describe("docs/rules.md", () => {
  test("has one HBRP section per policy code, in order, after the Organization policies heading", () => {
    const heading = doc.indexOf("\n# Organization policies (opt-in)\n");
    expect(heading).toBeGreaterThan(0);
    const sections = [...doc.matchAll(/^## (HBRP\d{3})\b/gm)];
    expect(sections.map((m) => m[1])).toEqual(allPolicyRules().map((r) => r.code));
    expect(sections.every((m) => m.index! > heading)).toBe(true);
  });

  test("the service rules' section pattern does not pick up the policy sections", () => {
    const serviceSections = [...doc.matchAll(/^## (HBR\d{3})\b/gm)].map((m) => m[1]);
    expect(serviceSections).toEqual(Object.keys(RULES).sort());
  });

  test("the example in HBR004's fix is a pair of regions in different city groups, so following it also passes HBRP002 with outsideCityGroup", () => {
    const [, mirror, source] = /e\.g\. ([a-z0-9-]+) for a source in ([a-z0-9-]+)/.exec(RULES.HBR004.fix) ?? [];
    expect([mirror, source]).toEqual([expect.any(String), expect.any(String)]);
    expect(mirror).not.toBe(source);
    expect(inSameCityGroup(mirror, source)).toBe(false);
  });

  test("the policy table gives every code with its catalog severity", () => {
    const rows = [...doc.matchAll(/^\| (HBRP\d{3}) \|.*\| (error|warning) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(allPolicyRules().map((r) => [r.code, r.severity]));
  });
});
