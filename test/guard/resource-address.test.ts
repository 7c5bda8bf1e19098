import { absoluteReference, addressSegments, configAddressOf, referenceTarget } from "../../lib/guard/resource-address";

describe("resource addresses", () => {
  test("an address splits at dots outside instance keys, even when a quoted key holds dots and brackets", () => {
    expect(addressSegments('module.app["eu.west"].alicloud_hbr_vault.backups["a]b.c"]')).toEqual([
      "module",
      'app["eu.west"]',
      "alicloud_hbr_vault",
      'backups["a]b.c"]',
    ]);
  });

  test("the configuration address drops every instance key, of modules and of resources", () => {
    expect(configAddressOf('module.app[0].module.inner["x"].alicloud_hbr_vault.backups[3]')).toBe(
      "module.app.module.inner.alicloud_hbr_vault.backups",
    );
  });

  test("a reference to a vault's id points at the vault's configuration address", () => {
    expect(referenceTarget("alicloud_hbr_vault.backups.id")).toEqual({ kind: "resource", configAddress: "alicloud_hbr_vault.backups" });
  });

  test("a reference with an instance key also names that instance", () => {
    expect(referenceTarget('alicloud_hbr_vault.backups["eu"].id')).toEqual({
      kind: "resource",
      configAddress: "alicloud_hbr_vault.backups",
      instanceAddress: 'alicloud_hbr_vault.backups["eu"]',
    });
  });

  test("a cdktf cross-stack reference is recognized as a terraform_remote_state data source", () => {
    expect(referenceTarget("data.terraform_remote_state.cross-stack-reference-input-src.outputs.vault_id")).toEqual({
      kind: "data",
      configAddress: "data.terraform_remote_state.cross-stack-reference-input-src",
    });
  });

  test("variables, locals, count, each and module outputs are not resources", () => {
    for (const reference of ["var.vault_id", "local.id", "count.index", "each.key", "module.sources.vault_id", "module.sources"]) {
      expect(referenceTarget(reference)).toBeUndefined();
    }
  });

  test("a reference made inside a module becomes absolute with the module's prefix, variables stay as they are", () => {
    expect(absoluteReference("module.app.", "alicloud_hbr_vault.backups.id")).toBe("module.app.alicloud_hbr_vault.backups.id");
    expect(absoluteReference("module.app.", "var.vault_id")).toBe("var.vault_id");
    expect(referenceTarget(absoluteReference("module.app.", "alicloud_hbr_vault.backups"))).toEqual({
      kind: "resource",
      configAddress: "module.app.alicloud_hbr_vault.backups",
    });
  });
});
