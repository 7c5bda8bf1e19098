import { Aspects, Fn, IAspect, TerraformIterator, TerraformLocal, TerraformStack, TerraformVariable, Testing } from "cdktf";
import {
  AlicloudProvider,
  BackupPolicy,
  BackupVault,
  Duration,
  HbrRules,
  HbrRulesError,
  MirrorVault,
  Schedule,
  alicloud,
} from "../lib";
import { findingAddresses, findingLines, scratchApp, synthApp, synthError } from "./support";

const daily = Schedule.every(Duration.days(1), { start: new Date(Date.UTC(2024, 0, 1)) });

function pair(stack: TerraformStack, id = "Backups", mirrorRegion = "cn-shanghai") {
  const vault = new BackupVault(stack, id, { region: "cn-hangzhou", vaultName: `${id.toLowerCase()}-vault` });
  const mirror = vault.addMirror(`${id}Mirror`, { region: mirrorRegion, vaultName: `${id.toLowerCase()}-dr` });
  return { vault, mirror };
}

/** The codes and paths of the error lines of a failed synth. */
function errorsOf(app: ReturnType<typeof scratchApp>): [string, string][] {
  return findingLines(synthError(app)).map((line) => {
    const match = /^\[(HBR\d{3})\] ([^ :]+):/.exec(line);
    return [match![1], match![2]];
  });
}

function lineOf(app: ReturnType<typeof scratchApp>, code: string): string {
  const lines = findingLines(synthError(app)).filter((l) => l.startsWith(`[${code}]`));
  expect(lines).toHaveLength(1);
  return lines[0];
}

describe("the rules read the Terraform the app writes", () => {
  describe("meta-arguments", () => {
    test("a mirror resource with count = 2 is HBR001, naming the resource", () => {
      const app = scratchApp();
      const { mirror } = pair(new TerraformStack(app, "s"));
      mirror.resource.count = 2;
      expect(lineOf(app, "HBR001")).toMatch(/^\[HBR001\] s\/BackupsMirror: the mirror vault alicloud_hbr_replication_vault\.BackupsMirror_[0-9A-F]{8} has count: count makes 2 instances of it/);
    });

    test("a mirror resource with a for_each iterator is HBR001: its instances are not known to be one", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { mirror } = pair(stack);
      const regions = new TerraformVariable(stack, "regions", { type: "set(string)" });
      mirror.resource.forEach = TerraformIterator.fromList(regions.listValue);
      expect(lineOf(app, "HBR001")).toMatch(/has for_each: its for_each is an expression, so Terraform may make several instances of it/);
    });

    test("count = 1 on a mirror passes, and count = 0 declares no mirror at all", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      pair(stack, "One").mirror.resource.count = 1;
      const { vault, mirror } = pair(stack, "Zero");
      // With the first mirror switched off (count = 0), the vault's second mirror is its only one.
      mirror.resource.count = 0;
      vault.addMirror("ZeroMirror2", { region: "cn-beijing", vaultName: "zero-dr-2" });
      expect(() => synthApp(app)).not.toThrow();
    });

    test("create_before_destroy on a mirror is HBR001 with its own message", () => {
      const app = scratchApp();
      const { mirror } = pair(new TerraformStack(app, "s"));
      mirror.resource.lifecycle = { createBeforeDestroy: true };
      expect(lineOf(app, "HBR001")).toMatch(/^\[HBR001\] s\/BackupsMirror: the mirror vault has lifecycle create_before_destroy: every replacement would create a second mirror/);
    });

    test("a source vault given depends_on its own mirror is HBR003 (a cycle that reverses the deletion order)", () => {
      const app = scratchApp();
      const { vault, mirror } = pair(new TerraformStack(app, "s"));
      vault.resource.dependsOn = [mirror.resource.fqn];
      expect(lineOf(app, "HBR003")).toMatch(/^\[HBR003\] s\/BackupsMirror: its source "backups-vault" \(s\/Backups\) has depends_on this mirror/);
    });
  });

  describe("overrides and escape hatches", () => {
    test("replication_source_vault_id overridden to another vault that has a mirror is HBR001", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const a = pair(stack, "A");
      const b = pair(stack, "B");
      b.mirror.resource.addOverride("replication_source_vault_id", a.vault.vaultId);
      expect(errorsOf(app)).toEqual([["HBR001", "s/BMirror"]]);
    });

    test("replication_source_vault_id overridden to a literal id is HBR003: no reference orders the deletions", () => {
      const app = scratchApp();
      const { mirror } = pair(new TerraformStack(app, "s"));
      mirror.resource.addOverride("replication_source_vault_id", "v-0001literal");
      expect(lineOf(app, "HBR003")).toMatch(/the mirror's replication_source_vault_id is the literal "v-0001literal", not a reference/);
    });

    test("a 40-character vault_name set with addOverride is HBR005", () => {
      const app = scratchApp();
      const { mirror } = pair(new TerraformStack(app, "s"));
      mirror.resource.addOverride("vault_name", "m".repeat(40));
      expect(lineOf(app, "HBR005")).toMatch(/the mirror vault name "m{40}" is 40 characters; at most 32 are allowed/);
    });

    test("the source's encrypt_type overridden to KMS is HBR007 on the mirror", () => {
      const app = scratchApp();
      const { vault } = pair(new TerraformStack(app, "s"));
      vault.resource.addOverride("encrypt_type", "KMS");
      vault.resource.addOverride("kms_key_id", "alias/k");
      expect(lineOf(app, "HBR007")).toMatch(/^\[HBR007\] s\/BackupsMirror: the mirror's encryption is HBR_PRIVATE but its source "backups-vault" \(s\/Backups\) uses KMS/);
    });

    test("the source's vault_type overridden to ARCHIVE is HBR008 on the mirror", () => {
      const app = scratchApp();
      const { vault } = pair(new TerraformStack(app, "s"));
      vault.resource.addOverride("vault_type", "ARCHIVE");
      expect(errorsOf(app)).toContainEqual(["HBR008", "s/BackupsMirror"]);
    });

    test("a name with an expression counts its literal characters toward the limit (HBR005)", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const env = new TerraformVariable(stack, "env", { type: "string" });
      const { mirror } = pair(stack);
      mirror.resource.vaultName = `${env.stringValue}${"x".repeat(40)}`;
      expect(lineOf(app, "HBR005")).toMatch(/the mirror vault name has 40 literal characters besides its expressions/);
    });
  });

  describe("providers", () => {
    test("a mirror moved onto its source's provider is in the source's region: HBR004, an error when strict", () => {
      const app = scratchApp({ "cdktf-alicloud-hbr:strict": true });
      const { vault, mirror } = pair(new TerraformStack(app, "s"));
      mirror.resource.provider = vault.provider;
      expect(lineOf(app, "HBR004")).toMatch(/^\[HBR004\] s\/BackupsMirror: the mirror is in cn-hangzhou, the same region as its source/);
    });

    test("a mirror moved onto a provider of another account is HBR021", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { mirror } = pair(stack);
      mirror.resource.provider = new AlicloudProvider(stack, "other", { alias: "other", region: "cn-shanghai", assumeRole: { roleArn: "acs:ram::222222222222:role/dr" } });
      expect(lineOf(app, "HBR021")).toMatch(/the mirror is created in account 222222222222 but its source "backups-vault" \(s\/Backups\) is in the default account/);
    });

    test("a source moved to another region's provider leaves replication_source_region_id wrong: HBR006", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault } = pair(stack);
      vault.resource.provider = new AlicloudProvider(stack, "bj", { alias: "bj", region: "cn-beijing" });
      expect(lineOf(app, "HBR006")).toMatch(/replication_source_region_id is "cn-hangzhou", but its source "backups-vault" \(s\/Backups\) is in "cn-beijing"/);
    });

    test("a provider with skip_region_validation accepts a region outside the kept list", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const provider = new AlicloudProvider(stack, "new-region", { alias: "new-region", region: "xx-newland-1", skipRegionValidation: true });
      new BackupVault(stack, "Backups", { provider, vaultName: "fresh" });
      expect(() => synthApp(app)).not.toThrow();
      expect(HbrRules.of(app).findings().filter((f) => f.code === "HBR006")).toEqual([]);
    });
  });

  describe("aspects", () => {
    test("a user aspect added after the library's that re-points a mirror is checked, in the same stack and in a later one", () => {
      const app = scratchApp();
      const first = new TerraformStack(app, "first");
      const a = pair(first, "A");
      const second = new TerraformStack(app, "second");
      const b = pair(second, "B");
      const repoint: IAspect = {
        visit: (node) => {
          if (node === b.mirror.resource) b.mirror.resource.addOverride("vault_name", "y".repeat(33));
          if (node === a.mirror.resource) a.mirror.resource.addOverride("vault_name", "z".repeat(33));
        },
      };
      Aspects.of(second).add(repoint);
      Aspects.of(first).add(repoint);
      expect(errorsOf(app)).toEqual([
        ["HBR005", "first/AMirror"],
        ["HBR005", "second/BMirror"],
      ]);
    });
  });

  describe("references inside expressions", () => {
    test("a mirror's id wrapped in Fn.join as a backup target is HBR002", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { mirror } = pair(stack);
      const policy = new BackupPolicy(stack, "Policy", { region: "cn-shanghai" });
      policy.resource.putRules([{ ruleType: "BACKUP", vaultId: Fn.join("", [mirror.vaultId]), schedule: daily.expressionString, retention: 7 }]);
      expect(lineOf(app, "HBR002")).toMatch(/^\[HBR002\] s\/Policy: rule 1 \(BACKUP\) backs up into the mirror vault "backups-dr" \(s\/BackupsMirror\)/);
    });

    test("a mirror's id through a TerraformLocal is HBR002 as a backup target, and HBR001 as a second mirror's source", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault, mirror } = pair(stack);
      const mirrorId = new TerraformLocal(stack, "mirror_id", mirror.vaultId);
      const sourceId = new TerraformLocal(stack, "source_id", vault.vaultId);
      const policy = new BackupPolicy(stack, "Policy", { region: "cn-shanghai" });
      policy.resource.putRules([{ ruleType: "BACKUP", vaultId: mirrorId.asString, schedule: daily.expressionString, retention: 7 }]);
      new alicloud.hbrReplicationVault.HbrReplicationVault(stack, "Raw", {
        vaultName: "raw-dr",
        replicationSourceRegionId: "cn-hangzhou",
        replicationSourceVaultId: sourceId.asString,
        provider: mirror.provider,
      });
      expect(errorsOf(app)).toEqual([
        ["HBR001", "s/Raw"],
        ["HBR002", "s/Policy"],
      ]);
    });

    test("a mirror's id read from another stack (a cross-stack output) as a backup target is HBR002", () => {
      const app = scratchApp();
      const { mirror } = pair(new TerraformStack(app, "dr"));
      const consumer = new TerraformStack(app, "consumer");
      const policy = new BackupPolicy(consumer, "Policy", { region: "cn-shanghai" });
      policy.resource.putRules([{ ruleType: "BACKUP", vaultId: mirror.vaultId, schedule: daily.expressionString, retention: 7 }]);
      expect(errorsOf(app)).toEqual([["HBR002", "consumer/Policy"]]);
    });

    test("a mirror whose source id is a TerraformVariable is HBR003: nothing orders the deletions", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { mirror } = pair(stack);
      mirror.resource.replicationSourceVaultId = new TerraformVariable(stack, "source_id", { type: "string" }).stringValue;
      expect(lineOf(app, "HBR003")).toMatch(/replication_source_vault_id comes from the variable var\.source_id, so nothing orders/);
    });
  });

  describe("raw generated classes", () => {
    test("a raw HbrReplicationVault as a vault's second mirror is HBR001", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault, mirror } = pair(stack);
      new alicloud.hbrReplicationVault.HbrReplicationVault(stack, "Raw", { vaultName: "raw", replicationSourceRegionId: "cn-hangzhou", replicationSourceVaultId: vault.vaultId, provider: mirror.provider });
      expect(errorsOf(app)).toEqual([["HBR001", "s/Raw"]]);
    });

    test("a raw HbrPolicy, a deprecated HbrEcsBackupPlan and a HANA backup plan writing into a mirror are HBR002 each", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { mirror } = pair(stack);
      const provider = mirror.provider;
      new alicloud.hbrPolicy.HbrPolicy(stack, "RawPolicy", { provider, rules: [{ ruleType: "BACKUP", vaultId: mirror.vaultId, schedule: daily.expressionString, retention: 7 }] });
      new alicloud.hbrEcsBackupPlan.HbrEcsBackupPlan(stack, "EcsPlan", {
        provider,
        backupType: "COMPLETE",
        ecsBackupPlanName: "ecs",
        instanceId: "i-1",
        retention: "7",
        schedule: daily.expressionString,
        vaultId: mirror.vaultId,
      });
      new alicloud.hbrHanaBackupPlan.HbrHanaBackupPlan(stack, "Hana", { provider, backupType: "COMPLETE", clusterId: "cl-1", databaseName: "db", planName: "hana", schedule: "I|1700000000|P1D", vaultId: mirror.vaultId });
      const lines = findingLines(synthError(app)).filter((l) => l.startsWith("[HBR002]"));
      expect(lines.map((l) => /^\[HBR002\] ([^:]+):/.exec(l)![1])).toEqual(["s/EcsPlan", "s/Hana", "s/RawPolicy"]);
      expect(lines[0]).toMatch(/the alicloud_hbr_ecs_backup_plan's vault_id backs up into the mirror vault "backups-dr"/);
    });
  });

  describe("valid configurations", () => {
    test("MirrorVault.fromVaultAttributes given a declared mirror's own vaultId is that mirror, not a second one", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault, mirror } = pair(stack);
      MirrorVault.fromVaultAttributes(stack, "Again", { vaultId: mirror.vaultId, region: "cn-shanghai", source: vault });
      expect(() => synthApp(app)).not.toThrow();
    });

    test("tags given as a map variable's value are accepted", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const tags = new TerraformVariable(stack, "tags", { type: "map(string)" });
      new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "v", tags: tags.value });
      const docs = synthApp(app);
      expect((Object.values(docs.s.resource.alicloud_hbr_vault)[0] as { tags: unknown }).tags).toBe("${var.tags}");
    });

    test("a mirror removed with node.tryRemoveChild no longer counts", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault } = pair(stack);
      expect(stack.node.tryRemoveChild("BackupsMirror")).toBe(true);
      vault.addMirror("Replacement", { region: "cn-beijing", vaultName: "replacement" });
      expect(() => synthApp(app)).not.toThrow();
    });
  });

  describe("findings", () => {
    test("each finding names the construct path and the Terraform address", () => {
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault } = pair(stack);
      vault.addMirror("Second", { region: "cn-beijing", vaultName: "second" });
      const message = synthError(app);
      expect(findingAddresses(message)).toEqual([expect.stringMatching(/^alicloud_hbr_replication_vault\.Second_[0-9A-F]{8}$/)]);
      const [finding] = HbrRules.of(app).findings();
      expect(finding).toMatchObject({ code: "HBR001", path: "s/Second", address: expect.stringMatching(/^alicloud_hbr_replication_vault\.Second_/) });
    });

    test("the synth error is one HbrRulesError listing every error, and says not to skip validation", () => {
      const app = scratchApp();
      const { vault } = pair(new TerraformStack(app, "a"));
      vault.addMirror("Second", { region: "cn-beijing", vaultName: "second" });
      const { mirror } = pair(new TerraformStack(app, "b"));
      mirror.resource.addOverride("vault_name", "n".repeat(33));
      let error: unknown;
      try {
        app.synth();
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(HbrRulesError);
      expect((error as HbrRulesError).findings.map((f) => [f.code, f.path])).toEqual([
        ["HBR001", "a/Second"],
        ["HBR005", "b/BackupsMirror"],
      ]);
      expect((error as Error).message).toMatch(/Do not set skipValidation/);
      expect((error as Error).message).not.toMatch(/To skip validations, add 'skipValidation: true'/);
    });
  });

  describe("the provider version the app targets", () => {
    const securityRule = (context?: Record<string, unknown>) => {
      const app = scratchApp(context);
      const stack = new TerraformStack(app, "s");
      const { vault } = pair(stack);
      const policy = new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" });
      policy.addBackupRule({ vault, schedule: daily, retention: Duration.days(7) });
      policy.resource.putRules([...(policy.resource.rulesInput as alicloud.hbrPolicy.HbrPolicyRules[]), { ruleType: "SECURITY" }]);
      return HbrRules.of(app).findings().filter((f) => f.code === "HBR019");
    };

    test("a rule type newer than the targeted provider release is HBR019; the context key moves the target", () => {
      expect(securityRule()).toEqual([expect.objectContaining({ path: "s/Policy", message: expect.stringMatching(/SECURITY/) })]);
      expect(securityRule({ "cdktf-alicloud-hbr:providerVersion": "1.290.0" })).toEqual([]);
    });
  });

  describe("several copies of the library in one process", () => {
    test("check the app once and completely: a second mirror made by the other copy is HBR001, reported once", () => {
      let copy: typeof import("../lib") | undefined;
      jest.isolateModules(() => {
        copy = require("../lib");
      });
      expect(copy!.MirrorVault).not.toBe(MirrorVault);
      const app = scratchApp();
      const stack = new TerraformStack(app, "s");
      const { vault } = pair(stack);
      new copy!.MirrorVault(stack, "OtherCopy", { source: vault as never, region: "cn-beijing", vaultName: "other-copy" });
      const message = synthError(app);
      expect(message.match(/breaks \d+ rules?/g)).toHaveLength(1);
      expect(errorsOf(app)).toEqual([["HBR001", "s/OtherCopy"]]);
    });
  });

  describe("Testing.synth(stack, true)", () => {
    test("runs every rule one stack can check", () => {
      const stack = new TerraformStack(Testing.app(), "s");
      const { vault } = pair(stack);
      vault.addMirror("Second", { region: "cn-beijing", vaultName: "second" });
      expect(() => Testing.synth(stack, true)).toThrow(/\[HBR001\] s\/Second/);
    });

    test("leaves a source in another stack to app.synth() rather than guessing", () => {
      const app = Testing.app();
      const { vault } = pair(new TerraformStack(app, "sources"));
      const mirrors = new TerraformStack(app, "mirrors");
      new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-beijing", vaultName: "dr" });
      expect(() => Testing.synth(mirrors, true)).not.toThrow();
    });

    test("writes nothing of its own into the Terraform", () => {
      const stack = new TerraformStack(Testing.app(), "s");
      pair(stack);
      const doc = JSON.parse(Testing.synth(stack, true));
      expect(Object.keys(doc).sort()).toEqual(["provider", "resource", "terraform"]);
    });
  });
});
