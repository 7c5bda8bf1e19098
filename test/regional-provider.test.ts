import { Construct } from "constructs";
import { TerraformProvider, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { AlicloudProvider, BackupVault, HbrConfigurationError, HbrRules, MIRROR_QUOTA_CONTEXT_KEY, MirrorVault } from "../lib";
import { providerSettings } from "../lib/regional-provider";
import { scratchApp, synthApp, synthError, synthJson } from "./support";

const roleIn = (account: string, role = "backup") => `acs:ram::${account}:role/${role}`;
/** Obviously fake values, for the tests that check where literal keys go (never real credentials). */
const FAKE_ACCESS_KEY = "LTAI-fixture-not-a-key";
const FAKE_SECRET_KEY = "fixture-not-a-secret";

function providerBlocks(doc: Record<string, any>): Record<string, any>[] {
  return doc.provider.alicloud as Record<string, any>[];
}

function blockOf(doc: Record<string, any>, alias: string): Record<string, any> {
  const block = providerBlocks(doc).find((p) => p.alias === alias);
  if (!block) throw new Error(`no provider block with alias ${alias}; aliases: ${providerBlocks(doc).map((p) => p.alias).join(", ")}`);
  return block;
}

/** The shape of an AlicloudProvider class without the generated getters: only its rendered block tells its settings. */
class RenderedOnlyProvider extends TerraformProvider {
  constructor(scope: Construct, id: string, private readonly block: Record<string, unknown>) {
    super(scope, id, { terraformResourceType: "alicloud", terraformProviderSource: "aliyun/alicloud" });
  }
  public get alias(): string | undefined {
    return this.block.alias as string | undefined;
  }
  protected synthesizeAttributes(): Record<string, unknown> {
    return this.block;
  }
}

describe("providerSettings(provider).account", () => {
  const stack = new TerraformStack(Testing.app(), "s");
  const variable = new TerraformVariable(stack, "ak", { type: "string", sensitive: true });
  const cases: Array<[string, ConstructorParameters<typeof AlicloudProvider>[2], RegExp]> = [
    ["an assumed role is its role's account", { assumeRole: { roleArn: roleIn("111") } }, /^account:111$/],
    ["an OIDC role is its role's account", { assumeRoleWithOidc: { roleArn: roleIn("222"), oidcProviderArn: "acs:ram::222:oidc-provider/gh" } }, /^account:222$/],
    ["a profile is that profile", { profile: "ops" }, /^profile:ops$/],
    ["static keys are an opaque digest", { accessKey: FAKE_ACCESS_KEY, secretKey: FAKE_SECRET_KEY }, /^keys:[0-9a-f]{16}$/],
    ["keys from a variable are known only at plan time", { accessKey: variable.stringValue }, /^provider:s\/p\d+$/],
    ["nothing set is the default account", {}, /^default$/],
    ["assume_role wins over OIDC, profile and keys", { assumeRole: { roleArn: roleIn("1") }, assumeRoleWithOidc: { roleArn: roleIn("2") }, profile: "x", accessKey: FAKE_ACCESS_KEY }, /^account:1$/],
    ["OIDC wins over profile and keys", { assumeRoleWithOidc: { roleArn: roleIn("2") }, profile: "x", accessKey: FAKE_ACCESS_KEY }, /^account:2$/],
    ["a profile wins over keys", { profile: "x", accessKey: FAKE_ACCESS_KEY }, /^profile:x$/],
  ];
  test.each(cases.map(([name, config, pattern], i) => [name, config, pattern, i] as const))("%s", (_name, config, pattern, i) => {
    const account = providerSettings(new AlicloudProvider(stack, `p${i}`, { region: "cn-hangzhou", alias: `p${i}`, ...config })).account;
    expect(account).toMatch(pattern);
    expect(account).not.toContain(FAKE_ACCESS_KEY);
  });

  test("two providers with the same static keys are one account, other keys another", () => {
    const s = new TerraformStack(Testing.app(), "s");
    const a = providerSettings(new AlicloudProvider(s, "a", { alias: "a", accessKey: FAKE_ACCESS_KEY })).account;
    const b = providerSettings(new AlicloudProvider(s, "b", { alias: "b", accessKey: FAKE_ACCESS_KEY })).account;
    const c = providerSettings(new AlicloudProvider(s, "c", { alias: "c", accessKey: `${FAKE_ACCESS_KEY}-2` })).account;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  test("a provider class without generated getters is read from its rendered block, OIDC role included", () => {
    const s = new TerraformStack(Testing.app(), "s");
    const settings = providerSettings(new RenderedOnlyProvider(s, "r", { alias: "r", region: "cn-beijing", assume_role_with_oidc: [{ role_arn: roleIn("333") }] }));
    expect(settings).toMatchObject({ alias: "r", region: "cn-beijing", account: "account:333" });
  });
});

describe("providerSettings(provider).skipRegionValidation", () => {
  test("is true only when skip_region_validation is set to true", () => {
    const s = new TerraformStack(Testing.app(), "s");
    expect(providerSettings(new AlicloudProvider(s, "a", { alias: "a", region: "xx-private-1", skipRegionValidation: true })).skipRegionValidation).toBe(true);
    expect(providerSettings(new AlicloudProvider(s, "b", { alias: "b", region: "cn-hangzhou", skipRegionValidation: false })).skipRegionValidation).toBe(false);
    expect(providerSettings(new AlicloudProvider(s, "c", { alias: "c", region: "cn-hangzhou" })).skipRegionValidation).toBe(false);
    expect(providerSettings(new RenderedOnlyProvider(s, "d", { alias: "d", region: "xx-private-1", skip_region_validation: true })).skipRegionValidation).toBe(true);
  });
});

describe("a mirror without provider goes in its source's account", () => {
  test("through assume_role_with_oidc: the mirror's provider copies the OIDC settings, and no HBR021", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const oidc = { roleArn: roleIn("444", "ci"), oidcProviderArn: "acs:ram::444:oidc-provider/github", oidcTokenFile: "/var/run/oidc/token" };
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", assumeRoleWithOidc: oidc });
    const mirror = new BackupVault(stack, "V", { provider: ops, vaultName: "v" }).addMirror("M", { region: "cn-shanghai", vaultName: "v-dr" });
    expect(providerSettings(mirror.provider).account).toBe("account:444");
    expect(HbrRules.of(app).findings().filter((f) => f.code === "HBR021")).toEqual([]);
    const doc = synthApp(app).s;
    expect(blockOf(doc, "cn-shanghai-444")).toEqual({
      alias: "cn-shanghai-444",
      region: "cn-shanghai",
      assume_role_with_oidc: { role_arn: roleIn("444", "ci"), oidc_provider_arn: "acs:ram::444:oidc-provider/github", oidc_token_file: "/var/run/oidc/token" },
    });
  });

  test("through static keys from variables: the mirror's provider references the same variables, no value is written", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const ak = new TerraformVariable(stack, "ak", { type: "string", sensitive: true });
    const sk = new TerraformVariable(stack, "sk", { type: "string", sensitive: true });
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", accessKey: ak.stringValue, secretKey: sk.stringValue });
    const mirror = new BackupVault(stack, "V", { provider: ops, vaultName: "v" }).addMirror("M", { region: "cn-shanghai", vaultName: "v-dr" });
    expect(mirror.provider).not.toBe(ops);
    const doc = synthApp(app).s;
    const mirrorBlock = providerBlocks(doc).find((p) => p.region === "cn-shanghai")!;
    expect(mirrorBlock).toMatchObject({ access_key: "${var.ak}", secret_key: "${var.sk}" });
    expect(mirrorBlock.alias).toMatch(/^cn-shanghai-/);
  });

  test("mirrors of one source whose account is known only at plan time share one provider per region", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const role = new TerraformVariable(stack, "role", { type: "string" });
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", assumeRole: { roleArn: role.stringValue } });
    const vaults = [0, 1, 2].map((i) => new BackupVault(stack, `V${i}`, { provider: ops, vaultName: `v${i}` }));
    const mirrors = vaults.map((vault, i) => vault.addMirror(`M${i}`, { region: "cn-shanghai", vaultName: `v${i}-dr` }));
    expect(new Set(mirrors.map((m) => m.provider)).size).toBe(1);
    expect(mirrors[0].provider).not.toBe(ops);
    const blocks = synthJson(stack).provider.alicloud as Record<string, any>[];
    expect(blocks.filter((b) => b.region === "cn-shanghai")).toEqual([expect.objectContaining({ assume_role: { role_arn: "${var.role}" } })]);
  });

  test("through literal static keys in the same stack: the same values as the source's block, and the alias does not show the digest", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", accessKey: FAKE_ACCESS_KEY, secretKey: FAKE_SECRET_KEY });
    const mirror = new BackupVault(stack, "V", { provider: ops, vaultName: "v" }).addMirror("M", { region: "cn-shanghai", vaultName: "v-dr" });
    expect(providerSettings(mirror.provider).account).toBe(providerSettings(ops).account);
    const doc = synthApp(app).s;
    expect(blockOf(doc, "cn-shanghai-keys")).toEqual({ alias: "cn-shanghai-keys", region: "cn-shanghai", access_key: FAKE_ACCESS_KEY, secret_key: FAKE_SECRET_KEY });
  });

  test("a source whose keys are set in another stack's configuration is refused, naming the mirror and the fix", () => {
    const app = scratchApp();
    const src = new TerraformStack(app, "src");
    const ak = new TerraformVariable(src, "ak", { type: "string", sensitive: true });
    const ops = new AlicloudProvider(src, "ops", { region: "cn-hangzhou", alias: "ops", accessKey: ak.stringValue });
    const vault = new BackupVault(src, "V", { provider: ops, vaultName: "v" });
    const dr = new TerraformStack(app, "dr");
    let error: unknown;
    try {
      new MirrorVault(dr, "M", { source: vault, region: "cn-shanghai", vaultName: "v-dr" });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HbrConfigurationError);
    expect((error as HbrConfigurationError).constructPath).toBe("dr/M");
    expect((error as Error).message).toMatch(/src\/ops reaches its account with accessKey set in its configuration.*another stack \(dr\).*Fix: Pass provider/s);
  });

  test("a source that assumes a role from another stack is copied: a role ARN is no secret", () => {
    const app = scratchApp();
    const src = new TerraformStack(app, "src");
    const ops = new AlicloudProvider(src, "ops", { region: "cn-hangzhou", alias: "ops", assumeRole: { roleArn: roleIn("555") } });
    const vault = new BackupVault(src, "V", { provider: ops, vaultName: "v" });
    const mirror = new MirrorVault(new TerraformStack(app, "dr"), "M", { source: vault, region: "cn-shanghai", vaultName: "v-dr" });
    expect(providerSettings(mirror.provider).account).toBe("account:555");
    expect(blockOf(synthApp(app).dr, "cn-shanghai-555").assume_role).toEqual({ role_arn: roleIn("555") });
  });

  test("a default-account vault's mirror does not pick another account's OIDC provider for the mirror's region", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const other = new AlicloudProvider(stack, "other", { region: "cn-shanghai", alias: "other", assumeRoleWithOidc: { roleArn: roleIn("666") } });
    const mirror = new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" }).addMirror("M", { region: "cn-shanghai", vaultName: "v-dr" });
    expect(mirror.provider).not.toBe(other);
    expect(providerSettings(mirror.provider).account).toBe("default");
  });

  test("a provider of the source's OIDC account already declared for the mirror's region is reused", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", assumeRoleWithOidc: { roleArn: roleIn("777") } });
    const opsSh = new AlicloudProvider(stack, "opsSh", { region: "cn-shanghai", alias: "ops-sh", assumeRole: { roleArn: roleIn("777", "other") } });
    const mirror = new BackupVault(stack, "V", { provider: ops, vaultName: "v" }).addMirror("M", { region: "cn-shanghai", vaultName: "v-dr" });
    expect(mirror.provider).toBe(opsSh);
  });

  test("a source provider without generated getters in another account gives a default-account mirror, reported as HBR021", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const rendered = new RenderedOnlyProvider(stack, "r", { alias: "r", region: "cn-hangzhou", assume_role: { role_arn: roleIn("888") } });
    const mirror = new BackupVault(stack, "V", { provider: rendered, vaultName: "v" }).addMirror("M", { region: "cn-shanghai", vaultName: "v-dr" });
    expect(providerSettings(mirror.provider).account).toBe("default");
    expect(HbrRules.of(app).findings()).toEqual([expect.objectContaining({ code: "HBR021", path: "s/M", message: expect.stringMatching(/account 888/) })]);
  });
});

describe("mirrors in OIDC accounts are counted per account (HBR009)", () => {
  function sixMirrors(accounts: string[]) {
    const app = scratchApp({ [MIRROR_QUOTA_CONTEXT_KEY]: 5 });
    const stack = new TerraformStack(app, "s");
    const sources = accounts.map((account, i) => new AlicloudProvider(stack, `src${i}`, { region: "cn-hangzhou", alias: `src${i}`, assumeRoleWithOidc: { roleArn: roleIn(account) } }));
    for (let i = 0; i < 6; i++) {
      new BackupVault(stack, `V${i}`, { provider: sources[i % sources.length], vaultName: `v${i}` }).addMirror(`M${i}`, { region: "cn-shanghai", vaultName: `m${i}` });
    }
    return HbrRules.of(app).findings().filter((f) => f.code === "HBR009");
  }

  test("six mirrors in two OIDC accounts are three per account: no HBR009", () => {
    expect(sixMirrors(["901", "902"])).toEqual([]);
  });

  test("six mirrors in one OIDC account are over the quota", () => {
    expect(sixMirrors(["901"])).toEqual([expect.objectContaining({ code: "HBR009", message: expect.stringMatching(/6 mirror vaults in cn-shanghai for account 901/) })]);
  });
});

describe("providers declared after the constructs that use a region", () => {
  test("a later user provider with the alias the library chose fails synth, naming both and the fix", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" });
    new AlicloudProvider(stack, "late", { region: "cn-hangzhou", alias: "cn-hangzhou" });
    const message = synthError(app);
    expect(message).toMatch(/s\/late: the alicloud provider alias "cn-hangzhou" is already used by s\/alicloud-cn-hangzhou, the provider this library added/);
    expect(message).toMatch(/Fix: declare s\/late before those constructs/);
  });

  test("the same conflict is reported by Testing.synth with validations on", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "V", { region: "cn-beijing", vaultName: "v" });
    new AlicloudProvider(stack, "late", { region: "cn-shanghai", alias: "cn-beijing" });
    expect(() => Testing.synth(stack, true)).toThrow(/s\/late: the alicloud provider alias "cn-beijing" is already used by s\/alicloud-cn-beijing/);
  });

  test("a later user provider with another alias passes, and is used by the constructs of its region declared after it", () => {
    const app = scratchApp({ [MIRROR_QUOTA_CONTEXT_KEY]: 5 });
    const stack = new TerraformStack(app, "s");
    const first = new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" });
    const late = new AlicloudProvider(stack, "late", { region: "cn-qingdao", alias: "qingdao" });
    const later = new BackupVault(stack, "W", { region: "cn-qingdao", vaultName: "w" });
    expect(later.provider).toBe(late);
    expect(first.provider).not.toBe(late);
    expect(synthJson(stack).provider.alicloud.map((p: Record<string, unknown>) => p.alias).sort()).toEqual(["cn-hangzhou", "qingdao"]);
    expect(() => app.synth()).not.toThrow();
  });

  test("a user provider declared deeper in the tree after the first placement is still found for its region", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" });
    const nested = new AlicloudProvider(new Construct(stack, "Providers"), "bj", { region: "cn-beijing" });
    expect(new BackupVault(stack, "W", { region: "cn-beijing", vaultName: "w" }).provider).toBe(nested);
  });

  test("a user provider declared before with the region's alias in another account makes the library pick the next free alias", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new AlicloudProvider(stack, "taken", { region: "cn-hangzhou", alias: "cn-hangzhou", profile: "other" });
    const vault = new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" });
    expect(vault.provider.alias).toBe("cn-hangzhou-2");
    expect(() => app.synth()).not.toThrow();
  });
});
