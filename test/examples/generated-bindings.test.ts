import { Testing } from "cdktf";
import { GeneratedBindingsStack } from "../../examples/generated-bindings";
import { keptProviderVersion } from "../../lib/schema/kept-schema";
import { expectSchemaValid, synthJson } from "../support";

describe("examples/generated-bindings", () => {
  const doc = synthJson(new GeneratedBindingsStack(Testing.app(), "generated-bindings"));

  test("its output passes the offline schema check", () => {
    expectSchemaValid(doc);
  });

  test("declares one aliased provider per region", () => {
    expect(doc.provider.alicloud).toEqual([
      { alias: "cn-hangzhou", region: "cn-hangzhou" },
      { alias: "cn-shanghai", region: "cn-shanghai" },
    ]);
  });

  test("puts the vault in cn-hangzhou and its mirror in cn-shanghai, referencing the vault's id", () => {
    const vault = doc.resource.alicloud_hbr_vault.vault;
    const mirror = doc.resource.alicloud_hbr_replication_vault.mirror;
    expect(vault).toMatchObject({ provider: "alicloud.cn-hangzhou", vault_name: "example-backups", vault_type: "STANDARD" });
    expect(mirror).toMatchObject({
      provider: "alicloud.cn-shanghai",
      replication_source_region_id: "cn-hangzhou",
      replication_source_vault_id: "${alicloud_hbr_vault.vault.id}",
      encrypt_type: vault.encrypt_type,
    });
  });

  test("pins the provider to aliyun/alicloud at exactly the release the kept schema is exact for", () => {
    expect(doc.terraform.required_providers.alicloud).toEqual({ source: "aliyun/alicloud", version: `= ${keptProviderVersion()}` });
  });
});
