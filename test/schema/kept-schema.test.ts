import * as fs from "fs";
import * as path from "path";
import { keptConstraints, keptProviderVersion, providerVersionFacts } from "../../lib/schema/kept-schema";

const ROOT = path.resolve(__dirname, "..", "..");

describe("the kept schema's provider version", () => {
  test("is the latest release tag of the source it was taken from, not the unreleased version the source calls itself", () => {
    const source = keptConstraints().source ?? {};
    expect(`v${keptProviderVersion()}`).toBe(source.latest_release_tag);
    expect(providerVersionFacts(keptConstraints())).toEqual({ schemaVersion: keptProviderVersion(), nextVersion: source.provider_version });
    expect(keptProviderVersion()).not.toBe(source.provider_version);
  });

  test("is the release schema/README.md says the files were extracted after", () => {
    expect(fs.readFileSync(path.join(ROOT, "schema", "README.md"), "utf8")).toContain(`v${keptProviderVersion()}-`);
  });

  test("is the exact release cdktf.json pins, so the bindings and cdktf get fetch what the check is exact for", () => {
    const cdktfJson = JSON.parse(fs.readFileSync(path.join(ROOT, "cdktf.json"), "utf8"));
    expect(cdktfJson.terraformProviders).toContain(`aliyun/alicloud@= ${keptProviderVersion()}`);
  });

  test("a hand-made constraints document without a source section borrows the kept schema's versions", () => {
    expect(providerVersionFacts({ resources: {} })).toEqual(providerVersionFacts(keptConstraints()));
  });
});
