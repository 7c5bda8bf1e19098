import * as fs from "fs";
import * as path from "path";
import { TerraformOutput, TerraformStack } from "cdktf";
import { BackupVault, HbrRules, MirrorVault, RULES } from "../lib";
import { captureStderr, expectSchemaValid, scratchApp, synthApp, synthError } from "./support";

function manifestOf(outdir: string): any {
  return JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
}

describe("MirrorVault across stacks (HBR003 deletion order)", () => {
  test("a mirror in another stack references its source through cdktf, and its stack depends on the source's", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    const docs = synthApp(app);
    expectSchemaValid(docs.sources);
    expectSchemaValid(docs.mirrors);
    expect(manifestOf(app.outdir).stacks.mirrors.dependencies).toEqual(["sources"]);
    expect(manifestOf(app.outdir).stacks.sources.dependencies).toEqual([]);
    const mirror = Object.values(docs.mirrors.resource.alicloud_hbr_replication_vault)[0] as any;
    expect(mirror.replication_source_vault_id).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-sources\.outputs\.[^}]+\}$/);
    expect(Object.keys(docs.sources.output)).toHaveLength(1);
    expect(docs.mirrors.provider.alicloud).toEqual([{ alias: "cn-shanghai", region: "cn-shanghai" }]);
    expect(docs.sources.provider.alicloud).toEqual([{ alias: "cn-hangzhou", region: "cn-hangzhou" }]);
  });

  test("the dependency is declared even before synth resolves the reference", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    expect(mirrors.dependencies).toEqual([sources]);
  });

  // A stack cycle stays cdktf's error (README: "Stack cycles"): it names both stacks, at the call that makes it.
  test("a source stack that already depends on the mirror's stack: declaring the mirror fails with cdktf's cycle error naming both stacks", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    sources.addDependency(mirrors);
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    expect(() => new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" })).toThrow(
      /Cannot add dependency sources to mirrors, because it would cause a circular dependency/,
    );
  });

  test("a source stack that reads the mirror's id is a cycle: app.synth() fails with cdktf's cycle error naming both stacks", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    const mirror = new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    new TerraformOutput(sources, "mirror_id", { value: mirror.vaultId });
    expect(synthError(app)).toMatch(/Cannot add dependency mirrors to sources, because it would cause a circular dependency/);
  });

  test("a dependency the other way added after the mirror is refused by cdktf at that call", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    expect(() => sources.addDependency(mirrors)).toThrow(/circular dependency/);
  });

  test("a mirror of an imported vault gets an HBR003 warning on stderr, not an error", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    BackupVault.fromVaultAttributes(stack, "Existing", { vaultId: "v-0001", region: "cn-hangzhou", vaultName: "console" })
      .addMirror("Mirror", { region: "cn-shanghai", vaultName: "console-dr" });
    const stderr = captureStderr(() => synthApp(app));
    expect(stderr).toMatch(
      /^cdktf-alicloud-hbr warning: \[HBR003\] s\/Mirror \(alicloud_hbr_replication_vault\.Mirror_[0-9A-F]{8}\): the source vault "console" \(s\/Existing\) is not managed by this app, so Terraform cannot order/m,
    );
    expect(HbrRules.of(app).findings()).toEqual([expect.objectContaining({ code: "HBR003", path: "s/Mirror", severity: "warning" })]);
    expect(RULES.HBR003.severity).toBe("error");
  });

  test("in one stack, the mirror references the source's id so Terraform destroys it first", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    const vault = new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    new TerraformOutput(stack, "id", { value: vault.vaultId });
    const doc = synthApp(app).s;
    const [vaultName] = Object.keys(doc.resource.alicloud_hbr_vault);
    const mirror = Object.values(doc.resource.alicloud_hbr_replication_vault)[0] as any;
    expect(mirror.replication_source_vault_id).toBe(`\${alicloud_hbr_vault.${vaultName}.id}`);
    expect(manifestOf(app.outdir).stacks.s.dependencies).toEqual([]);
  });
});
