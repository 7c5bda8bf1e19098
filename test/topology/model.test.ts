import { TerraformStack, TerraformVariable } from "cdktf";
import { AlicloudProvider, BackupVault } from "../../lib";
import { buildTopologyModel, renderTopologySvg } from "../../lib/topology";
import { showsAccounts, topologyNodes } from "../../lib/topology/model";
import { scratchApp } from "../support";
import { fiveRegionApp, sampleApp } from "./support";

describe("the topology model", () => {
  const model = buildTopologyModel(sampleApp());

  test("groups vaults, mirrors, policies and restore jobs by region, regions sorted by id", () => {
    expect(model.regions.map((r) => [r.region, r.nodes.map((n) => n.id)])).toEqual([
      ["cn-beijing", ["mirror_prod_Mirror", "restore_prod_Drill"]],
      ["cn-hangzhou", ["vault_prod_Backups", "policy_prod_Daily"]],
      ["cn-shanghai", ["mirror_legacy_OldMirror"]],
      ["cn-shenzhen", ["vault_legacy_Old"]],
    ]);
  });

  test("labels nodes with their names and says what each is", () => {
    expect(topologyNodes(model).map((n) => [n.id, n.label, n.description, n.imported])).toEqual([
      ["mirror_prod_Mirror", "prod-dr", "mirror vault", false],
      ["restore_prod_Drill", "Drill", "restore job", false],
      ["vault_prod_Backups", "prod-backups", "backup vault", false],
      ["policy_prod_Daily", "daily", "backup policy, 2 data sources", false],
      ["mirror_legacy_OldMirror", "old-dr", "imported mirror vault", true],
      ["vault_legacy_Old", "old-backups", "imported backup vault", true],
    ]);
  });

  test("has an edge from each source to its mirror, from each policy to its vault, and from a vault to each restore job", () => {
    expect(model.edges).toEqual([
      { from: "vault_legacy_Old", to: "mirror_legacy_OldMirror", kind: "mirrors-to" },
      { from: "vault_prod_Backups", to: "mirror_prod_Mirror", kind: "mirrors-to" },
      { from: "policy_prod_Daily", to: "vault_prod_Backups", kind: "backs-up-into" },
      { from: "mirror_prod_Mirror", to: "restore_prod_Drill", kind: "restored-by" },
    ]);
  });

  test("is the same for the same app declared twice", () => {
    expect(buildTopologyModel(sampleApp())).toEqual(model);
  });

  test("gives paths that differ only in punctuation distinct ids", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "a-b", { region: "cn-hangzhou", vaultName: "one" });
    new BackupVault(stack, "a_b", { region: "cn-hangzhou", vaultName: "two" });
    expect(topologyNodes(buildTopologyModel(app)).map((n) => [n.id, n.path])).toEqual([
      ["vault_s_a_b", "s/a-b"],
      ["vault_s_a_b_2", "s/a_b"],
    ]);
  });

  test("puts constructs whose region is a token in an (unknown) region, last", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const region = new TerraformVariable(stack, "region", { type: "string" });
    BackupVault.fromVaultAttributes(stack, "Somewhere", { vaultId: "v-1", region: region.stringValue });
    new BackupVault(stack, "Here", { region: "cn-hangzhou", vaultName: "here" });
    expect(buildTopologyModel(app).regions.map((r) => r.region)).toEqual(["cn-hangzhou", "(unknown)"]);
  });

  test("draws a mirror moved onto another provider with the escape hatch in that provider's region", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const vault = new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });
    mirror.resource.provider = vault.provider;
    const node = topologyNodes(buildTopologyModel(app)).find((n) => n.path === "s/Mirror");
    expect(node?.region).toBe("cn-hangzhou");
  });

  test("of an app without HBR constructs has no regions and no edges", () => {
    expect(buildTopologyModel(scratchApp())).toEqual({ regions: [], edges: [], accounts: [] });
  });

  test("gives each declared node the account of its provider, and imported vaults none", () => {
    const five = buildTopologyModel(fiveRegionApp());
    const accountOf = Object.fromEntries(topologyNodes(five).map((n) => [n.id, n.account]));
    expect(accountOf).toMatchObject({
      vault_partner_account_Chengdu: "account:2222222222",
      mirror_partner_account_ChengduDr: "account:2222222222",
      vault_estate_PartnerBackups: "default",
      policy_estate_Daily: "default",
      restore_estate_Drill: "default",
    });
    expect(accountOf.vault_estate_Legacy).toBeUndefined();
    expect(five.accounts).toEqual([
      { key: "account:2222222222", label: "account 2222222222" },
      { key: "default", label: "default account" },
    ]);
    expect(showsAccounts(five)).toBe(true);
    expect(showsAccounts(model)).toBe(false);
  });

  test("names accounts of static access keys by number, never by the keys or their digest", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    for (const [i, region] of ["cn-hangzhou", "cn-shanghai"].entries()) {
      const provider = new AlicloudProvider(stack, `keys${i}`, { region, alias: `keys${i}`, accessKey: `LTAI-example-key-${i}`, secretKey: "not-a-secret" });
      new BackupVault(stack, `Vault${i}`, { provider, vaultName: `v${i}` });
    }
    const labels = buildTopologyModel(app).accounts.map((a) => a.label);
    expect(labels).toEqual(["static access keys 1", "static access keys 2"]);
    const svg = renderTopologySvg(buildTopologyModel(app));
    expect(svg).toContain(">static access keys 1</text>");
    expect(svg).not.toMatch(/LTAI|keys:[0-9a-f]/);
  });
});
