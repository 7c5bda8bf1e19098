import * as fs from "fs";
import * as path from "path";
import { RULES, Severity, allRules, formatFinding } from "../../lib";
import { makeFinding } from "../../lib/rules/finding";

describe("rule catalog", () => {
  test("codes are HBR followed by three digits, numbered without gaps from HBR001", () => {
    const codes = allRules().map((r) => r.code);
    expect(codes).toEqual(codes.map((_, i) => `HBR${String(i + 1).padStart(3, "0")}`));
  });

  test("each rule's key is its code and it has a title, fact, source and fix", () => {
    for (const [key, rule] of Object.entries(RULES)) {
      expect(rule.code).toBe(key);
      for (const field of [rule.title, rule.fact, rule.source, rule.fix]) expect(field.length).toBeGreaterThan(10);
    }
  });

  test("docs/rules.md has one section per code, in order", () => {
    const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    const sections = [...doc.matchAll(/^## (HBR\d{3})\b/gm)].map((m) => m[1]);
    expect(sections).toEqual(allRules().map((r) => r.code));
  });

  test("a finding formats as [code] path: message Fix: fix", () => {
    const finding = makeFinding("HBR004", "app/s/Mirror", "same region.");
    expect(finding.severity).toBe(Severity.WARNING);
    expect(formatFinding(finding)).toBe(`[HBR004] app/s/Mirror: same region. Fix: ${RULES.HBR004.fix}`);
  });
});

describe("README rule table", () => {
  test("lists every code of the catalog", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const listed = [...readme.matchAll(/^\| (HBR\d{3}) \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(allRules().map((r) => r.code));
  });
});
