import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import {
  AlicloudProvider,
  BackupVault,
  HbrConfigurationError,
  HbrRules,
  IBackupVault,
  IMirrorVault,
  MirrorVault,
  RULES,
  VaultEncryption,
  VaultType,
} from "../lib";
import { captureStderr, expectSchemaValid, findingLines, scratchApp, synthApp, synthError, synthJson } from "./support";

function only(doc: Record<string, any>, type: string): Record<string, any> {
  const values = Object.values(doc.resource?.[type] ?? {});
  expect(values).toHaveLength(1);
  return values[0] as Record<string, any>;
}

function vaultIn(stack: TerraformStack, id = "Backups", props: Partial<ConstructorParameters<typeof BackupVault>[2]> = {}) {
  return new BackupVault(stack, id, { region: "cn-hangzhou", vaultName: "prod-backups", ...props });
}

describe("MirrorVault", () => {
  test("emits alicloud_hbr_replication_vault in its region, referencing its source's id and region", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const vault = vaultIn(stack);
    new MirrorVault(stack, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr", description: "DR copy" });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    const vaultName = Object.keys(doc.resource.alicloud_hbr_vault)[0];
    expect(only(doc, "alicloud_hbr_replication_vault")).toEqual({
      provider: "alicloud.cn-shanghai",
      vault_name: "prod-dr",
      description: "DR copy",
      replication_source_region_id: "cn-hangzhou",
      replication_source_vault_id: `\${alicloud_hbr_vault.${vaultName}.id}`,
      encrypt_type: "HBR_PRIVATE",
    });
    expect(doc.provider.alicloud).toEqual([
      { alias: "cn-hangzhou", region: "cn-hangzhou" },
      { alias: "cn-shanghai", region: "cn-shanghai" },
    ]);
  });

  test("addMirror is the same as new MirrorVault beside the source", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const vault = vaultIn(stack);
    const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr", preventDestroy: true });
    expect(mirror.node.path).toBe("s/Mirror");
    expect(mirror.source).toBe(vault);
    expect(mirror.vaultRole).toBe("mirror");
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(only(doc, "alicloud_hbr_replication_vault").lifecycle).toEqual({ prevent_destroy: true });
  });

  test("takes its source's KMS encryption by default and its own key", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const vault = vaultIn(stack, "Backups", { encryption: VaultEncryption.KMS, kmsKeyId: "key-hz" });
    const mirror = vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr", kmsKeyId: "key-sh" });
    expect(mirror.encryption).toBe(VaultEncryption.KMS);
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    expect(only(doc, "alicloud_hbr_replication_vault")).toMatchObject({ encrypt_type: "KMS", kms_key_id: "key-sh" });
  });

  test("mirrors an imported vault by its literal id, omitting encryption when the source's is unknown", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const existing = BackupVault.fromVaultAttributes(stack, "Existing", { vaultId: "v-0001abc", region: "cn-hangzhou", vaultName: "console-vault" });
    existing.addMirror("Mirror", { region: "cn-beijing", vaultName: "console-vault-dr" });
    const doc = synthJson(stack);
    expectSchemaValid(doc);
    const mirror = only(doc, "alicloud_hbr_replication_vault");
    expect(mirror).toMatchObject({ replication_source_vault_id: "v-0001abc", replication_source_region_id: "cn-hangzhou", provider: "alicloud.cn-beijing" });
    expect(mirror.encrypt_type).toBeUndefined();
  });

  test("a well-formed pair in two regions has no findings and synthesizes", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    vaultIn(stack).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    expect(HbrRules.of(app).findings()).toEqual([]);
    expectSchemaValid(synthApp(app).s);
  });

  describe("HBR001 one mirror per vault", () => {
    test("two mirrors of one vault are an error on the second, naming both", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const vault = vaultIn(stack);
      vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr1" });
      vault.addMirror("Mirror2", { region: "cn-beijing", vaultName: "dr2" });
      expect(findingLines(synthError(app))).toEqual([
        `[HBR001] s/Mirror2: "prod-backups" (s/Backups) already has the mirror s/Mirror; a vault can have only one mirror (2 declared: s/Mirror, s/Mirror2). Fix: ${RULES.HBR001.fix}`,
      ]);
    });

    test("two imports of the same vault id and region count as one vault", () => {
      const app = scratchApp();
      const a = new TerraformStack(app, "a");
      const b = new TerraformStack(app, "b");
      BackupVault.fromVaultAttributes(a, "V", { vaultId: "v-1", region: "cn-hangzhou" }).addMirror("M", { region: "cn-shanghai", vaultName: "m1" });
      BackupVault.fromVaultAttributes(b, "V", { vaultId: "v-1", region: "cn-hangzhou" }).addMirror("M", { region: "cn-beijing", vaultName: "m2" });
      const errors = HbrRules.of(app).findings().filter((f) => f.code === "HBR001");
      expect(errors).toEqual([expect.objectContaining({ path: "b/M", message: expect.stringContaining("already has the mirror a/M") })]);
    });

    test("imports of the same id in different regions are different vaults", () => {
      const app = scratchApp();
      const a = new TerraformStack(app, "a");
      BackupVault.fromVaultAttributes(a, "V1", { vaultId: "v-1", region: "cn-hangzhou" }).addMirror("M1", { region: "cn-shanghai", vaultName: "m1" });
      BackupVault.fromVaultAttributes(a, "V2", { vaultId: "v-1", region: "cn-beijing" }).addMirror("M2", { region: "cn-shanghai", vaultName: "m2" });
      expect(HbrRules.of(app).findings().filter((f) => f.code === "HBR001")).toEqual([]);
    });

    test("a mirror imported with fromMirrorAttributes takes the vault's one mirror", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const vault = vaultIn(stack);
      MirrorVault.fromMirrorAttributes(stack, "ConsoleMirror", { vaultId: "v-m1", region: "cn-beijing", source: vault });
      vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
      expect(HbrRules.of(app).findings()).toEqual([expect.objectContaining({ code: "HBR001", path: "s/Mirror" })]);
    });
  });

  describe("HBR004 mirror in its source's region", () => {
    test("is a warning printed to stderr once per synth, kept in the findings, and synth succeeds", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      vaultIn(stack).addMirror("Mirror", { region: "cn-hangzhou", vaultName: "dr" });
      const stderr = captureStderr(() => synthApp(app));
      const lines = stderr.split("\n").filter((line) => line.includes("[HBR004]"));
      expect(lines).toEqual([
        expect.stringMatching(/^cdktf-alicloud-hbr warning: \[HBR004\] s\/Mirror \(alicloud_hbr_replication_vault\.Mirror_[0-9A-F]{8}\): the mirror is in cn-hangzhou, the same region as its source "prod-backups" \(s\/Backups\)/),
      ]);
      expect(HbrRules.of(app).findings()).toEqual([expect.objectContaining({ code: "HBR004", path: "s/Mirror", severity: "warning" })]);
    });

    test("is an error when the app context cdktf-alicloud-hbr:strict is true", () => {
      const app = scratchApp({ "cdktf-alicloud-hbr:strict": true });
      vaultIn(new TerraformStack(app, "s")).addMirror("Mirror", { region: "cn-hangzhou", vaultName: "dr" });
      expect(findingLines(synthError(app))).toEqual([expect.stringMatching(/^\[HBR004\] s\/Mirror: the mirror is in cn-hangzhou/)]);
    });
  });

  describe("HBR005 mirror names", () => {
    test("a 33-character mirror name is an error; 32 pass", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      vaultIn(stack, "A").addMirror("MA", { region: "cn-shanghai", vaultName: "m".repeat(32) });
      vaultIn(stack, "B").addMirror("MB", { region: "cn-shanghai", vaultName: "m".repeat(33) });
      expect(findingLines(synthError(app))).toEqual([
        `[HBR005] s/MB: the mirror vault name "${"m".repeat(33)}" is 33 characters; at most 32 are allowed. Fix: Shorten the name to 32 characters or fewer.`,
      ]);
    });
  });

  describe("HBR007 encryption", () => {
    test("a mirror with another encryption than its source is an error", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      vaultIn(stack).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr", encryption: VaultEncryption.KMS, kmsKeyId: "k" });
      expect(findingLines(synthError(app))).toEqual([
        `[HBR007] s/Mirror: the mirror's encryption is KMS but its source "prod-backups" (s/Backups) uses HBR_PRIVATE; a mirror must use its source's encryption method. Fix: ${RULES.HBR007.fix}`,
      ]);
    });

    test("a KMS source's mirror without a key of its own is an error asking for a key in the mirror's region", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      vaultIn(stack, "Backups", { encryption: VaultEncryption.KMS, kmsKeyId: "k" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
      expect(findingLines(synthError(app))).toEqual([
        expect.stringMatching(/^\[HBR007\] s\/Mirror: the mirror's encryption is KMS \(a mirror takes its source's encryption method\) but no kmsKeyId is given;.* Fix: Set kmsKeyId to a KMS key \(id or alias\) in the mirror's region\.$/),
      ]);
    });

    test("an imported source whose encryption is given is checked too", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      BackupVault.fromVaultAttributes(stack, "V", { vaultId: "v-1", region: "cn-hangzhou", encryption: VaultEncryption.KMS })
        .addMirror("M", { region: "cn-shanghai", vaultName: "dr", encryption: VaultEncryption.HBR_MANAGED });
      expect(HbrRules.of(app).findings().map((f) => f.code)).toEqual(["HBR003", "HBR007"]);
    });
  });

  describe("HBR008 what can be mirrored", () => {
    test("an OTS_BACKUP vault can be mirrored", () => {
      const app = scratchApp();
      vaultIn(new TerraformStack(app, "s"), "Ots", { vaultType: VaultType.OTS_BACKUP }).addMirror("M", { region: "cn-shanghai", vaultName: "dr" });
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("an imported vault of another type cannot", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      BackupVault.fromVaultAttributes(stack, "Archive", { vaultId: "v-a", region: "cn-hangzhou", vaultName: "archive", vaultType: "ARCHIVE" })
        .addMirror("M", { region: "cn-shanghai", vaultName: "dr" });
      const errors = HbrRules.of(app).findings().filter((f) => f.severity === "error");
      expect(errors).toEqual([
        expect.objectContaining({
          code: "HBR008",
          path: "s/M",
          message: 'its source "archive" (s/Archive) has vault type "ARCHIVE"; only STANDARD and OTS_BACKUP vaults can be mirrored.',
        }),
      ]);
    });

    test("a mirror given as a source at run time is an error", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const mirror = vaultIn(stack).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
      new MirrorVault(stack, "MirrorOfMirror", { source: mirror as unknown as IBackupVault, region: "cn-beijing", vaultName: "dr2" });
      expect(findingLines(synthError(app))).toEqual([
        `[HBR008] s/MirrorOfMirror: its source "dr" (s/Mirror) is itself a mirror vault, and a mirror cannot be mirrored. Fix: ${RULES.HBR008.fix}`,
      ]);
    });

    test("a mirror cannot be a source at compile time", () => {
      const stack = new TerraformStack(Testing.app(), "s");
      const mirror = vaultIn(stack).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
      // @ts-expect-error a MirrorVault is not an IBackupVault
      const asSource: IBackupVault = mirror;
      // @ts-expect-error a MirrorVault has no addMirror
      const addMirror = mirror.addMirror;
      expect([asSource.vaultRole, addMirror]).toEqual(["mirror", undefined]);
    });
  });

  describe("HBR009 mirror quota per account and region", () => {
    function mirrors(stack: TerraformStack, count: number, region: string, provider?: AlicloudProvider, prefix = "", sourceProvider?: AlicloudProvider) {
      for (let i = 0; i < count; i++) {
        const source = sourceProvider ? { provider: sourceProvider, region: undefined } : {};
        vaultIn(stack, `${prefix}V${i}`, { vaultName: `${prefix}v${i}`, ...source }).addMirror(`${prefix}M${i}`, {
          region: provider ? undefined : region,
          provider,
          vaultName: `${prefix}m${i}`,
        });
      }
    }

    test("a sixth mirror in one region of one account is an error; five pass", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      mirrors(stack, 5, "cn-shanghai");
      expect(HbrRules.of(app).findings()).toEqual([]);
      mirrors(stack, 1, "cn-shanghai", undefined, "x");
      expect(findingLines(synthError(app))).toEqual([
        `[HBR009] s/xM0: 6 mirror vaults in cn-shanghai for the default account (no assumed role, profile or access keys), over the quota of 5 mirror vaults per account and region. Fix: ${RULES.HBR009.fix}`,
      ]);
    });

    test("mirrors are counted per account: providers assuming other roles count separately", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const other = new AlicloudProvider(stack, "other", { region: "cn-shanghai", alias: "other", assumeRole: { roleArn: "acs:ram::2:role/backup" } });
      const otherSources = new AlicloudProvider(stack, "otherSources", { region: "cn-hangzhou", alias: "other-src", assumeRole: { roleArn: "acs:ram::2:role/backup" } });
      mirrors(stack, 5, "cn-shanghai");
      mirrors(stack, 5, "cn-shanghai", other, "o", otherSources);
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("mirrors are counted across stacks of the same account", () => {
      const app = scratchApp();
      mirrors(new TerraformStack(app, "a"), 3, "cn-shanghai");
      mirrors(new TerraformStack(app, "b"), 3, "cn-shanghai");
      expect(HbrRules.of(app).findings().map((f) => [f.code, f.path])).toEqual([["HBR009", "b/M2"]]);
    });

    test("the app context cdktf-alicloud-hbr:mirrorQuota raises the quota", () => {
      const app = scratchApp({ "cdktf-alicloud-hbr:mirrorQuota": 10 });
      mirrors(new TerraformStack(app, "s"), 8, "cn-shanghai");
      expect(HbrRules.of(app).findings()).toEqual([]);
    });

    test("a mirror quota that is not a positive whole number is an error", () => {
      const app = scratchApp({ "cdktf-alicloud-hbr:mirrorQuota": "lots" });
      mirrors(new TerraformStack(app, "s"), 1, "cn-shanghai");
      expect(HbrRules.of(app).findings()).toEqual([
        expect.objectContaining({ code: "HBR009", path: "context cdktf-alicloud-hbr:mirrorQuota", message: 'the mirror quota must be a positive whole number, got "lots".' }),
      ]);
    });
  });

  test("every violation in the app is reported in one error, across stacks", () => {
    const app = scratchApp();
    const a = new TerraformStack(app, "a");
    const b = new TerraformStack(app, "b");
    vaultIn(a, "V", { vaultName: "" }).addMirror("M", { region: "cn-shanghai", vaultName: "dr" });
    vaultIn(b, "V").addMirror("M", { region: "cn-hangzhoo", vaultName: "x".repeat(40) });
    const lines = findingLines(synthError(app));
    expect(lines.map((l) => l.slice(0, l.indexOf(":")))).toEqual(["[HBR005] a/V", "[HBR005] b/M", "[HBR006] b/M"]);
  });

  describe("input from callers that bypass the types", () => {
    test.each([
      ["no source", {}, "source must be a backup vault"],
      ["a string as source", { source: "v-1" }, 'source must be a backup vault (a BackupVault or BackupVault.fromVaultAttributes), got "v-1".'],
    ])("%s is a typed error", (_label, props, message) => {
      const stack = new TerraformStack(Testing.app(), "s");
      expect(() => new MirrorVault(stack, "M", { region: "cn-shanghai", vaultName: "m", ...props } as any)).toThrow(message);
    });

    test("a source from another app is a typed error naming both", () => {
      const source = vaultIn(new TerraformStack(Testing.app(), "other"));
      const stack = new TerraformStack(Testing.app(), "s");
      expect(() => new MirrorVault(stack, "M", { source, region: "cn-shanghai", vaultName: "m" })).toThrow(HbrConfigurationError);
      expect(() => new MirrorVault(stack, "M2", { source, region: "cn-shanghai", vaultName: "m" })).toThrow("belongs to another cdktf App");
    });
  });
});

describe("MirrorVault.fromVaultAttributes", () => {
  test("imports a mirror without emitting a resource; it has no provider", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const source = BackupVault.fromVaultAttributes(stack, "Old", { vaultId: "v-0001", region: "cn-hangzhou", encryption: VaultEncryption.HBR_MANAGED });
    const mirror: IMirrorVault = MirrorVault.fromVaultAttributes(stack, "OldDr", { vaultId: "v-0002", region: "cn-shanghai", source });
    expect([mirror.vaultId, mirror.vaultName, mirror.region, mirror.vaultRole, mirror.encryption]).toEqual(["v-0002", "v-0002", "cn-shanghai", "mirror", VaultEncryption.HBR_MANAGED]);
    expect(mirror.source).toBe(source);
    expect(mirror.provider).toBeUndefined();
    expect(synthJson(stack).resource).toBeUndefined();
  });

  test.each([
    ["fromVaultAttributes", MirrorVault.fromVaultAttributes],
    ["the former name fromMirrorAttributes", MirrorVault.fromMirrorAttributes],
  ])("%s imports a mirror that takes its source's one mirror (HBR001)", (_name, fromAttributes) => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const vault = vaultIn(stack);
    const imported = fromAttributes(stack, "ConsoleMirror", { vaultId: "v-m1", region: "cn-beijing", source: vault, vaultName: "console-dr" });
    expect([imported.vaultId, imported.vaultName, imported.region, imported.source, imported.provider]).toEqual(["v-m1", "console-dr", "cn-beijing", vault, undefined]);
    vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    expect(HbrRules.of(app).findings()).toEqual([expect.objectContaining({ code: "HBR001", path: "s/Mirror" })]);
  });

  test("a declared mirror, seen as an IMirrorVault, exposes the provider it is created with", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const mirror: IMirrorVault = vaultIn(stack).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    expect(mirror.provider).toBeDefined();
    expect(mirror.provider!.alias).toBe("cn-shanghai");
    expect(only(synthJson(stack), "alicloud_hbr_replication_vault").provider).toBe("alicloud.cn-shanghai");
  });
});

describe("provider choice across accounts", () => {
  test("a provider assuming a role is used only when passed, never picked by region alone", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const other = new AlicloudProvider(stack, "other", { region: "cn-shanghai", alias: "other", assumeRole: { roleArn: "acs:ram::2:role/backup" } });
    const implicit = new BackupVault(stack, "Implicit", { region: "cn-shanghai", vaultName: "a" });
    const explicit = new BackupVault(stack, "Explicit", { provider: other, vaultName: "b" });
    expect(implicit.provider).not.toBe(other);
    expect(explicit.provider).toBe(other);
    expect(synthJson(stack).provider.alicloud).toEqual([
      { alias: "other", region: "cn-shanghai", assume_role: { role_arn: "acs:ram::2:role/backup" } },
      { alias: "cn-shanghai", region: "cn-shanghai" },
    ]);
  });
});

describe("a declared vault imported again by its id token", () => {
  test("is the same vault: a mirror of each is two mirrors of one vault (HBR001), with no false HBR003 warning", () => {
    const app = scratchApp();
    const s = new TerraformStack(app, "s");
    const s2 = new TerraformStack(app, "s2");
    const vault = vaultIn(s);
    vault.addMirror("M1", { region: "cn-shanghai", vaultName: "dr1" });
    BackupVault.fromVaultAttributes(s2, "I", { vaultId: vault.vaultId, region: "cn-hangzhou" }).addMirror("M2", { region: "cn-beijing", vaultName: "dr2" });
    expect(HbrRules.of(app).findings().map((f) => [f.code, f.severity, f.path])).toEqual([["HBR001", "error", "s2/M2"]]);
  });

  test("alone, it mirrors without findings", () => {
    const app = scratchApp();
    const vault = vaultIn(new TerraformStack(app, "s"));
    BackupVault.fromVaultAttributes(new TerraformStack(app, "s2"), "I", { vaultId: vault.vaultId, region: "cn-hangzhou" }).addMirror("M2", { region: "cn-beijing", vaultName: "dr2" });
    expect(HbrRules.of(app).findings()).toEqual([]);
  });
});

describe("accounts", () => {
  const roleIn = (account: string, role = "backup") => ({ roleArn: `acs:ram::${account}:role/${role}` });

  test("a mirror added to a vault of another account goes in that account, through a provider of its own for the mirror's region", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", assumeRole: { ...roleIn("1234567890"), sessionName: "cdktf" } });
    const vault = new BackupVault(stack, "V", { provider: ops, vaultName: "ops-backups" });
    const mirror = vault.addMirror("M", { region: "cn-shanghai", vaultName: "ops-dr" });
    expect(HbrRules.of(app).findings()).toEqual([]);
    const doc = synthApp(app).s;
    expectSchemaValid(doc);
    expect(doc.provider.alicloud).toEqual([
      { alias: "ops", region: "cn-hangzhou", assume_role: { role_arn: "acs:ram::1234567890:role/backup", session_name: "cdktf" } },
      { alias: "cn-shanghai-1234567890", region: "cn-shanghai", assume_role: { role_arn: "acs:ram::1234567890:role/backup", session_name: "cdktf" } },
    ]);
    expect(only(doc, "alicloud_hbr_replication_vault").provider).toBe("alicloud.cn-shanghai-1234567890");
    expect(mirror.provider).not.toBe(ops);
  });

  test("mirrors of one account and region share that provider, and a provider the stack already has is reused", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", assumeRole: roleIn("42") });
    const opsShanghai = new AlicloudProvider(stack, "opsSh", { region: "cn-shanghai", alias: "ops-sh", assumeRole: roleIn("42", "other-role") });
    const a = new BackupVault(stack, "A", { provider: ops, vaultName: "a" }).addMirror("MA", { region: "cn-shanghai", vaultName: "a-dr" });
    const b = new BackupVault(stack, "B", { provider: ops, vaultName: "b" }).addMirror("MB", { region: "cn-shanghai", vaultName: "b-dr" });
    // Another role of the same account is the same account.
    expect(a.provider).toBe(opsShanghai);
    expect(b.provider).toBe(opsShanghai);
  });

  test("a mirror given a provider of another account than its source's is HBR021", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const ops = new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", assumeRole: roleIn("111") });
    const vault = new BackupVault(stack, "V", { provider: ops, vaultName: "ops-backups" });
    vault.addMirror("M", { provider: new AlicloudProvider(stack, "dr", { region: "cn-shanghai", alias: "dr", assumeRole: roleIn("222") }), vaultName: "dr" });
    expect(findingLines(synthError(app))).toEqual([
      `[HBR021] s/M: the mirror is created in account 222 but its source "ops-backups" (s/V) is in account 111; the service replicates within one account. Fix: ${RULES.HBR021.fix}`,
    ]);
  });

  test("a mirror in the default account of a vault in an assumed role's account is HBR021", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const vault = new BackupVault(stack, "V", { provider: new AlicloudProvider(stack, "ops", { region: "cn-hangzhou", alias: "ops", profile: "ops" }), vaultName: "v" });
    vault.addMirror("M", { provider: new AlicloudProvider(stack, "plain", { region: "cn-shanghai", alias: "plain" }), vaultName: "dr" });
    expect(HbrRules.of(app).findings()).toEqual([
      expect.objectContaining({ code: "HBR021", message: expect.stringContaining("is in the account of profile ops") }),
    ]);
  });

  test("two roles of one account count as one account for the mirror quota (HBR009)", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const sources = new AlicloudProvider(stack, "src", { region: "cn-hangzhou", alias: "src", assumeRole: roleIn("7", "a") });
    const roleA = new AlicloudProvider(stack, "a", { region: "cn-shanghai", alias: "a", assumeRole: roleIn("7", "a") });
    const roleB = new AlicloudProvider(stack, "b", { region: "cn-shanghai", alias: "b", assumeRole: roleIn("7", "b") });
    for (let i = 0; i < 6; i++) {
      new BackupVault(stack, `V${i}`, { provider: sources, vaultName: `v${i}` }).addMirror(`M${i}`, { provider: i < 3 ? roleA : roleB, vaultName: `m${i}` });
    }
    expect(HbrRules.of(app).findings().map((f) => [f.code, f.path, f.message])).toEqual([
      ["HBR009", "s/M5", "6 mirror vaults in cn-shanghai for account 7, over the quota of 5 mirror vaults per account and region."],
    ]);
  });
});

describe("a provider whose region is a Terraform expression", () => {
  test("gives the construct that region without a false HBR006, and the mirror names it as its source region", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const region = new TerraformVariable(stack, "region", { type: "string" });
    const provider = new AlicloudProvider(stack, "p", { region: region.stringValue, alias: "primary" });
    const vault = new BackupVault(stack, "V", { provider, vaultName: "v" });
    vault.addMirror("M", { region: "cn-shanghai", vaultName: "dr" });
    expect(HbrRules.of(app).findings()).toEqual([]);
    const doc = synthApp(app).s;
    expectSchemaValid(doc);
    expect(only(doc, "alicloud_hbr_replication_vault").replication_source_region_id).toBe("${var.region}");
  });
});

describe("changes made through the escape hatch", () => {
  test("a mirror whose source reference is replaced by a literal id in the same stack is HBR003", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const mirror = vaultIn(stack).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    mirror.resource.replicationSourceVaultId = "v-literal";
    expect(findingLines(synthError(app))).toEqual([
      expect.stringMatching(/^\[HBR003\] s\/Mirror: the mirror's replication_source_vault_id is the literal "v-literal", not a reference to a vault of the app, so Terraform cannot order .* Fix: Reference the source's id/),
    ]);
  });

  test("encryption set on the generated resource is what the rules check", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const vault = vaultIn(stack);
    vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    vault.resource.encryptType = "KMS";
    expect(HbrRules.of(app).findings().map((f) => [f.code, f.path])).toEqual([
      ["HBR007", "s/Backups"],
      ["HBR007", "s/Mirror"],
    ]);
  });
});

describe("two imports of one mirror", () => {
  test("count as one mirror of its source", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const vault = vaultIn(stack);
    MirrorVault.fromVaultAttributes(stack, "A", { vaultId: "v-m1", region: "cn-beijing", source: vault });
    MirrorVault.fromVaultAttributes(stack, "B", { vaultId: "v-m1", region: "cn-beijing", source: vault });
    expect(HbrRules.of(app).findings()).toEqual([]);
  });
});
