import { compareProviderVersions, constraintAdmits, isProviderVersion, versionGap, versionGapFix } from "../../lib/schema/provider-version";

const facts = { schemaVersion: "1.289.0", nextVersion: "1.290.0" };

describe("provider versions", () => {
  test("versions compare as numbers, not as text: 1.99.0 is older than 1.221.0, 1.289.10 newer than 1.289.9", () => {
    expect(compareProviderVersions("1.99.0", "1.221.0")).toBeLessThan(0);
    expect(compareProviderVersions("1.289.10", "1.289.9")).toBeGreaterThan(0);
    expect(compareProviderVersions("2.0.0", "1.999.999")).toBeGreaterThan(0);
    expect(compareProviderVersions("1.289.0", "1.289.0")).toBe(0);
  });

  test.each([["1.289.0", true], ["0.1.0", true], ["v1.289.0", false], ["1.289", false], ["~> 1.289.0", false], ["1.289.0-beta", false], ["01.2.3", false], [1.289, false]])(
    "%p is an exact provider release: %p",
    (value, expected) => {
      expect(isProviderVersion(value)).toBe(expected);
    },
  );

  test("something that shipped in a release is in that release and later ones, not in earlier ones", () => {
    expect(versionGap("1.268.0", "1.268.0", facts)).toBeUndefined();
    expect(versionGap("1.268.0", "1.300.0", facts)).toBeUndefined();
    expect(versionGap("1.268.0", "1.267.9", facts)).toEqual({ needs: "1.268.0", unreleased: false });
  });

  test("something unreleased is missing up to the schema's version and before the next one, present from the next one on", () => {
    expect(versionGap("unreleased", "1.289.0", facts)).toEqual({ needs: "1.290.0", unreleased: true });
    expect(versionGap("unreleased", "1.200.0", facts)).toEqual({ needs: "1.290.0", unreleased: true });
    expect(versionGap("unreleased", "1.289.3", facts)).toEqual({ needs: "1.290.0", unreleased: true });
    expect(versionGap("unreleased", "1.290.0", facts)).toBeUndefined();
  });

  test("without a known next version, something unreleased is missing up to the schema's version only", () => {
    const bare = { schemaVersion: "1.289.0" };
    expect(versionGap("unreleased", "1.289.0", bare)).toEqual({ needs: undefined, unreleased: true });
    expect(versionGap("unreleased", "1.289.1", bare)).toBeUndefined();
  });

  test("no version record, or a malformed one, is no evidence against a value", () => {
    expect(versionGap(undefined, "1.100.0", facts)).toBeUndefined();
    expect(versionGap("soon", "1.100.0", facts)).toBeUndefined();
  });

  test.each([
    ["= 1.289.0", "1.289.0", true],
    ["= 1.289.0", "1.289.1", false],
    ["1.289.0", "1.289.0", true],
    ["~> 1.289", "1.300.0", true],
    ["~> 1.289", "1.288.9", false],
    ["~> 1.289", "2.0.0", false],
    ["~> 1.289.0", "1.289.7", true],
    ["~> 1.289.0", "1.290.0", false],
    ["~> 1", "1.0.0", true],
    ["~> 1", "2.0.0", false],
    [">= 1.280, < 1.290", "1.289.0", true],
    [">= 1.280, < 1.290", "1.290.0", false],
    ["!= 1.289.0", "1.289.0", false],
    ["> 1.99", "1.100.0", true],
    ["<= 1.289", "1.289.1", false],
  ])("the constraint %p admits %p: %p", (constraint, version, expected) => {
    expect(constraintAdmits(constraint, version)).toBe(expected);
  });

  test("a constraint that cannot be read (a pre-release, a typo) is no evidence either way", () => {
    expect(constraintAdmits(">= 1.290.0-beta", "1.289.0")).toBeUndefined();
    expect(constraintAdmits("latest", "1.289.0")).toBeUndefined();
    expect(constraintAdmits("= 1.289.0,", "1.289.0")).toBeUndefined();
  });

  test("the fix names the release to install and the context key to set", () => {
    expect(versionGapFix({ needs: "1.268.0", unreleased: false })).toMatch(/install 1\.268\.0 or newer and set the app context "cdktf-alicloud-hbr:providerVersion"/);
    expect(versionGapFix({ needs: "1.290.0", unreleased: true })).toMatch(/once a release has it/);
  });
});
