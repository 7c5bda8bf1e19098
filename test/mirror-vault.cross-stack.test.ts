import * as fs from "fs";
import * as path from "path";
import { TerraformOutput, TerraformStack } from "cdktf";
import { BackupVault, MirrorVault, RULES } from "../lib";
import { expectSchemaValid, findingLines, scratchApp, synthApp, synthError } from "./support";

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

  test("a source stack that already depends on the mirror's stack is a cycle: app.synth() fails with HBR003, not inside cdktf", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    sources.addDependency(mirrors);
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    expect(findingLines(synthError(app))).toEqual([
      '[HBR003] mirrors/Mirror: the source\'s stack "sources" depends on the mirror\'s stack "mirrors" (a cycle): cdktf destroy would remove the source\'s stack first, and the service refuses to delete a vault that still has a mirror. Fix: Remove the dependency of "sources" on "mirrors" (an addDependency call or a reference to the mirror from the source\'s stack).',
    ]);
  });

  test("a source stack that reads the mirror's id is a cycle: app.synth() fails with HBR003, not inside cdktf", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    const mirror = new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    new TerraformOutput(sources, "mirror_id", { value: mirror.vaultId });
    expect(findingLines(synthError(app))).toEqual([
      '[HBR003] mirrors/Mirror: the stack "sources" reads this mirror\'s id, but the mirror\'s stack "mirrors" depends on it (a cycle): cdktf cannot order the stacks, and destroying them could delete the source before its mirror. Fix: Do not reference the mirror from "sources"; read its id in the mirror\'s stack or a stack that depends on it.',
    ]);
  });

  test("another stack that depends on the mirror's stack may read the mirror's id", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const consumer = new TerraformStack(app, "consumer");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    const mirror = new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    new TerraformOutput(consumer, "mirror_id", { value: mirror.vaultId });
    const docs = synthApp(app);
    expect(docs.consumer.output.mirror_id.value).toMatch(/^\$\{data\.terraform_remote_state\.cross-stack-reference-input-mirrors\.outputs\.[^}]+\}$/);
    expect(manifestOf(app.outdir).stacks.consumer.dependencies).toEqual(["mirrors"]);
  });

  test("a dependency the other way added after the mirror is refused by cdktf at that call", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    expect(() => sources.addDependency(mirrors)).toThrow(/circular dependency/);
  });

  test("a mirror whose source stack dependency was removed by hand is an HBR003 error", () => {
    const app = scratchApp();
    const sources = new TerraformStack(app, "sources");
    const mirrors = new TerraformStack(app, "mirrors");
    const vault = new BackupVault(sources, "Backups", { region: "cn-hangzhou", vaultName: "prod" });
    const mirror = new MirrorVault(mirrors, "Mirror", { source: vault, region: "cn-shanghai", vaultName: "prod-dr" });
    mirror.resource.replicationSourceVaultId = "v-literal";
    mirrors.dependencies.splice(0);
    expect(findingLines(synthError(app))).toEqual([
      '[HBR003] mirrors/Mirror: the mirror\'s stack "mirrors" does not depend on its source\'s stack "sources", so cdktf destroy may remove the source first. Fix: Call mirrors.addDependency(sources), or keep the mirror\'s reference to its source\'s vaultId.',
    ]);
  });

  test("a mirror of an imported vault gets an HBR003 warning, not an error", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    BackupVault.fromVaultAttributes(stack, "Existing", { vaultId: "v-0001", region: "cn-hangzhou", vaultName: "console" })
      .addMirror("Mirror", { region: "cn-shanghai", vaultName: "console-dr" });
    synthApp(app);
    expect(manifestOf(app.outdir).stacks.s.annotations).toEqual([
      {
        constructPath: "s/Mirror",
        level: "@cdktf/warn",
        message: `[HBR003] s/Mirror: the source vault "console" (v-0001) is not managed by this app, so Terraform cannot order the mirror's deletion before its source's. Fix: Delete this mirror before the source vault is deleted; in pipelines, run hbr-guard on the plan to refuse a wrong order.`,
        stacktrace: expect.anything(),
      },
    ]);
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
