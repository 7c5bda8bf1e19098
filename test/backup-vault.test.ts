import { Construct } from "constructs";
import { TerraformProvider, TerraformStack, Testing } from "cdktf";
import { AlicloudProvider, BackupVault, HbrConfigurationError, HbrRules, VaultEncryption, VaultType } from "../lib";
import { expectSchemaValid, findingLines, scratchApp, synthApp, synthError, synthJson } from "./support";

function firstOf(doc: Record<string, any>, type: string): Record<string, any> {
  const resources = doc.resource?.[type] ?? {};
  const names = Object.keys(resources);
  expect(names).toHaveLength(1);
  return resources[names[0]];
}

describe("BackupVault", () => {
  test("emits alicloud_hbr_vault with the defaults: STANDARD, HBR-managed encryption, no lifecycle", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod-backups" });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    const vault = firstOf(doc, "alicloud_hbr_vault");
    expect(vault).toEqual({
      provider: "alicloud.cn-hangzhou",
      vault_name: "prod-backups",
      vault_type: "STANDARD",
      encrypt_type: "HBR_PRIVATE",
    });
  });

  test("emits every optional attribute with the schema's snake_case names", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "Backups", {
      region: "cn-hangzhou",
      vaultName: "ots",
      description: "Tablestore backups",
      vaultType: VaultType.OTS_BACKUP,
      encryption: VaultEncryption.KMS,
      kmsKeyId: "alias/hbr",
      preventDestroy: true,
      tags: { team: "platform" },
      resourceGroupId: "rg-123",
      wormEnabled: true,
    });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(firstOf(doc, "alicloud_hbr_vault")).toMatchObject({
      vault_name: "ots",
      description: "Tablestore backups",
      vault_type: "OTS_BACKUP",
      encrypt_type: "KMS",
      kms_key_id: "alias/hbr",
      lifecycle: { prevent_destroy: true },
      tags: { team: "platform" },
      resource_group_id: "rg-123",
      worm_enabled: true,
    });
  });

  test("adds one aliased provider per region and stack, with region and alias only", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "A", { region: "cn-hangzhou", vaultName: "a" });
    new BackupVault(stack, "B", { region: "cn-hangzhou", vaultName: "b" });
    new BackupVault(stack, "C", { region: "cn-beijing", vaultName: "c" });
    const doc = synthJson(stack);
    expect(doc.provider.alicloud).toEqual([
      { alias: "cn-hangzhou", region: "cn-hangzhou" },
      { alias: "cn-beijing", region: "cn-beijing" },
    ]);
    const providers = Object.values(doc.resource.alicloud_hbr_vault).map((v: any) => [v.vault_name, v.provider]);
    expect(providers).toEqual([
      ["a", "alicloud.cn-hangzhou"],
      ["b", "alicloud.cn-hangzhou"],
      ["c", "alicloud.cn-beijing"],
    ]);
  });

  test("reuses a provider the user declared for the region, aliased or default", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new AlicloudProvider(stack, "default", { region: "cn-hangzhou" });
    new AlicloudProvider(stack, "bj", { region: "cn-beijing", alias: "beijing" });
    new BackupVault(stack, "A", { region: "cn-hangzhou", vaultName: "a" });
    new BackupVault(stack, "B", { region: "cn-beijing", vaultName: "b" });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(doc.provider.alicloud).toHaveLength(2);
    const byName = Object.fromEntries(Object.values(doc.resource.alicloud_hbr_vault).map((v: any) => [v.vault_name, v.provider]));
    expect(byName).toEqual({ a: "alicloud", b: "alicloud.beijing" });
  });

  test("recognises a provider of another generated class by its Terraform type", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    // A stand-in for the AlicloudProvider class `cdktf get` writes into a user's .gen folder.
    class OtherAlicloudProvider extends AlicloudProvider {}
    const provider = new OtherAlicloudProvider(stack, "mine", { region: "cn-shanghai", alias: "sh" });
    const vault = new BackupVault(stack, "A", { region: "cn-shanghai", vaultName: "a" });
    expect(vault.provider).toBe(provider);
    const explicit = new BackupVault(stack, "B", { provider, vaultName: "b" });
    expect(explicit.region).toBe("cn-shanghai");
  });

  test("takes its region from a provider passed in, e.g. one assuming a role in another account", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const provider = new AlicloudProvider(stack, "ops", {
      region: "ap-southeast-1",
      alias: "ops",
      assumeRole: { roleArn: "acs:ram::1234567890:role/backup-admin" },
    });
    const vault = new BackupVault(stack, "A", { provider, vaultName: "a" });
    expect(vault.region).toBe("ap-southeast-1");
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(firstOf(doc, "alicloud_hbr_vault").provider).toBe("alicloud.ops");
    expect(doc.provider.alicloud).toHaveLength(1);
  });

  test("never writes credentials into provider blocks", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "A", { region: "cn-hangzhou", vaultName: "a" });
    const doc = synthJson(stack);
    for (const provider of doc.provider.alicloud) expect(Object.keys(provider).sort()).toEqual(["alias", "region"]);
  });

  test("a region that disagrees with the provider given is HBR006 at synth", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const provider = new AlicloudProvider(stack, "p", { region: "cn-qingdao", alias: "qd" });
    new BackupVault(stack, "A", { provider, region: "cn-beijing", vaultName: "a" });
    expect(findingLines(synthError(app))).toEqual([
      '[HBR006] s/A: region is "cn-beijing" but the provider given is configured for "cn-qingdao"; the resource would be created in "cn-qingdao". Fix: Leave region out to use the provider\'s, or pass a provider configured for the region.',
    ]);
  });

  test("a provider without a region and no region given is HBR006", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const provider = new AlicloudProvider(stack, "p", { alias: "env" });
    new BackupVault(stack, "A", { provider, vaultName: "a" });
    expect(HbrRules.of(app).findings()).toEqual([
      expect.objectContaining({ code: "HBR006", path: "s/A", message: expect.stringContaining("no region is known") }),
    ]);
  });

  test("an unknown region is HBR006 with the closest known region as the fix", () => {
    const app = scratchApp();
    new BackupVault(new TerraformStack(app, "s"), "A", { region: "cn-hangzou", vaultName: "a" });
    expect(findingLines(synthError(app))).toEqual([
      '[HBR006] s/A: "cn-hangzou" is not a region id the alicloud provider knows. Fix: Use a known region id; did you mean "cn-hangzhou"?',
    ]);
  });

  test.each([
    ["an empty name", "", "the vault name is empty; it must be 1-64 characters."],
    ["a whitespace name", "   ", "the vault name is empty; it must be 1-64 characters."],
    ["a 65-character name", "v".repeat(65), 'is 65 characters; at most 64 are allowed.'],
  ])("%s is HBR005", (_label, vaultName, message) => {
    const app = scratchApp();
    new BackupVault(new TerraformStack(app, "s"), "A", { region: "cn-hangzhou", vaultName });
    const lines = findingLines(synthError(app));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[HBR005\] s\/A: /);
    expect(lines[0]).toContain(message);
  });

  test("a 64-character name and a 255-character description pass; 256 characters of description do not", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "A", { region: "cn-hangzhou", vaultName: "v".repeat(64), description: "d".repeat(255) });
    expect(HbrRules.of(app).findings()).toEqual([]);
    new BackupVault(stack, "B", { region: "cn-hangzhou", vaultName: "b", description: "d".repeat(256) });
    expect(HbrRules.of(app).findings()).toEqual([
      expect.objectContaining({ code: "HBR005", path: "s/B", message: "the description is 256 characters; at most 255 are allowed." }),
    ]);
  });

  test("names are counted in characters, not bytes or UTF-16 units", () => {
    const app = scratchApp();
    new BackupVault(new TerraformStack(app, "s"), "A", { region: "cn-hangzhou", vaultName: "备份".repeat(32) });
    new BackupVault(new TerraformStack(app, "t"), "A", { region: "cn-hangzhou", vaultName: "😀".repeat(64) });
    expect(HbrRules.of(app).findings()).toEqual([]);
  });

  test("KMS without kmsKeyId, and HBR-managed with a kmsKeyId, are HBR007", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "Kms", { region: "cn-hangzhou", vaultName: "k", encryption: VaultEncryption.KMS });
    new BackupVault(stack, "Managed", { region: "cn-hangzhou", vaultName: "m", kmsKeyId: "key-1" });
    new BackupVault(stack, "Fine", { region: "cn-hangzhou", vaultName: "f", encryption: VaultEncryption.KMS, kmsKeyId: "key-1" });
    expect(findingLines(synthError(app))).toEqual([
      "[HBR007] s/Kms: KMS encryption is set but no kmsKeyId is given. Fix: Set kmsKeyId to a KMS key (id or alias) in the vault's region, or use VaultEncryption.HBR_MANAGED.",
      "[HBR007] s/Managed: a kmsKeyId is given but the encryption is HBR-managed, which uses no KMS key. Fix: Remove kmsKeyId, or set encryption to VaultEncryption.KMS.",
    ]);
  });

  test("exposes the generated resource for escape hatches", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const vault = new BackupVault(stack, "A", { region: "cn-hangzhou", vaultName: "a" });
    vault.resource.addOverride("timeouts", { delete: "20m" });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(firstOf(doc, "alicloud_hbr_vault").timeouts).toEqual({ delete: "20m" });
  });

  test("a valid app synthesizes and writes one stack file per stack", () => {
    const app = scratchApp();
    new BackupVault(new TerraformStack(app, "s"), "A", { region: "cn-hangzhou", vaultName: "a" });
    const stacks = synthApp(app);
    expect(Object.keys(stacks)).toEqual(["s"]);
    expectSchemaValid(stacks.s);
  });

  describe("input from callers that bypass the types", () => {
    test.each([
      ["vaultName as a number", { region: "cn-hangzhou", vaultName: 42 }, "vaultName must be a string, got 42."],
      ["vaultName missing", { region: "cn-hangzhou" }, "vaultName must be a string, got undefined."],
      ["vaultName null", { region: "cn-hangzhou", vaultName: null }, "vaultName must be a string, got null."],
      ["region as a number", { region: 7, vaultName: "a" }, "region must be a string, got 7."],
      ["an unknown vault type", { region: "cn-hangzhou", vaultName: "a", vaultType: "ARCHIVE" }, 'vaultType must be one of "STANDARD", "OTS_BACKUP", got "ARCHIVE".'],
      ["an unknown encryption", { region: "cn-hangzhou", vaultName: "a", encryption: "AES" }, 'encryption must be one of "HBR_PRIVATE", "KMS", got "AES".'],
      ["preventDestroy as a string", { region: "cn-hangzhou", vaultName: "a", preventDestroy: "yes" }, 'preventDestroy must be true or false, got "yes".'],
      ["no region and no provider", { vaultName: "a" }, "neither region nor provider is given."],
      ["a provider that is not alicloud", { vaultName: "a", provider: { alias: "x" } }, "provider must be an alicloud provider"],
    ])("%s is a typed error naming the construct and the value", (_label, props, message) => {
      const stack = new TerraformStack(Testing.app(), "s");
      let error: unknown;
      try {
        new BackupVault(stack, "A", props as any);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(HbrConfigurationError);
      expect((error as HbrConfigurationError).constructPath).toBe("s/A");
      expect((error as Error).message).toContain(message);
    });

    test("props that are not an object are a typed error", () => {
      const stack = new TerraformStack(Testing.app(), "s");
      expect(() => new BackupVault(stack, "A", undefined as any)).toThrow(HbrConfigurationError);
    });
  });
});

describe("BackupVault.fromVaultAttributes", () => {
  test("imports a vault without emitting a resource", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const vault = BackupVault.fromVaultAttributes(stack, "Existing", { vaultId: "v-0001", region: "cn-hangzhou" });
    expect(vault.vaultId).toBe("v-0001");
    expect(vault.vaultName).toBe("v-0001");
    expect(vault.region).toBe("cn-hangzhou");
    expect(vault.vaultRole).toBe("backup");
    const doc = synthJson(stack);
    expect(doc.resource).toBeUndefined();
  });

  test("an empty vault id is a typed error", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    expect(() => BackupVault.fromVaultAttributes(stack, "E", { vaultId: " ", region: "cn-hangzhou" })).toThrow("vaultId is empty");
  });

  test("an import in an unknown region is HBR006", () => {
    const app = scratchApp();
    BackupVault.fromVaultAttributes(new TerraformStack(app, "s"), "E", { vaultId: "v-1", region: "mars-1" });
    expect(HbrRules.of(app).findings()).toEqual([expect.objectContaining({ code: "HBR006", path: "s/E" })]);
  });
});

describe("providers of other generated classes", () => {
  /** The shape of an AlicloudProvider class that `cdktf get` writes into a user's own .gen folder. */
  class ForeignAlicloudProvider extends TerraformProvider {
    constructor(scope: Construct, id: string, private readonly config: { region?: string; alias?: string }) {
      super(scope, id, { terraformResourceType: "alicloud", terraformGeneratorMetadata: { providerName: "alicloud" }, terraformProviderSource: "aliyun/alicloud" });
    }
    public get alias(): string | undefined {
      return this.config.alias;
    }
    protected synthesizeAttributes(): Record<string, unknown> {
      return { region: this.config.region };
    }
  }

  test("are reused for their region, recognised by their Terraform type alone", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const foreign = new ForeignAlicloudProvider(stack, "gen", { region: "cn-shenzhen", alias: "sz" });
    const vault = new BackupVault(stack, "A", { region: "cn-shenzhen", vaultName: "a" });
    expect(vault.provider).toBe(foreign);
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(doc.provider.alicloud).toEqual([{ alias: "sz", region: "cn-shenzhen" }]);
  });

  test("can be passed as provider, and give the construct their region", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const foreign = new ForeignAlicloudProvider(stack, "gen", { region: "cn-shenzhen", alias: "sz" });
    expect(new BackupVault(stack, "A", { provider: foreign, vaultName: "a" }).region).toBe("cn-shenzhen");
  });

  test("a provider of another Terraform type is refused with its type in the message", () => {
    class OtherCloud extends TerraformProvider {
      constructor(scope: Construct, id: string) {
        super(scope, id, { terraformResourceType: "aws" });
      }
    }
    const stack = new TerraformStack(Testing.app(), "s");
    const aws = new OtherCloud(stack, "aws");
    expect(() => new BackupVault(stack, "A", { provider: aws, vaultName: "a", region: "cn-hangzhou" })).toThrow('of type "aws"');
  });
});

describe("providers declared inside other constructs", () => {
  test("are found for their region even when declared after the first vault of the stack", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "First", { region: "cn-hangzhou", vaultName: "first" });
    const nested = new AlicloudProvider(new Construct(stack, "network"), "bj", { region: "cn-beijing" });
    const vault = new BackupVault(stack, "Second", { region: "cn-beijing", vaultName: "second" });
    expect(vault.provider).toBe(nested);
    expect(synthJson(stack).provider.alicloud).toEqual([{ alias: "cn-hangzhou", region: "cn-hangzhou" }, { region: "cn-beijing" }]);
  });
});
