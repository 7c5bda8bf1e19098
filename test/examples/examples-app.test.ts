import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { addExamples } from "../../examples/app";
import { HbrRules } from "../../lib";
import { expectSchemaValid, scratchDir, synthApp, TerraformJson } from "../support";

function synthExamples(): { outdir: string; stacks: Record<string, TerraformJson>; app: App } {
  const outdir = path.join(scratchDir("hbr-examples-"), "cdktf.out");
  const app = new App({ outdir });
  addExamples(app);
  return { outdir, stacks: synthApp(app), app };
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else out[child] = fs.readFileSync(path.join(dir, child), "utf8");
    }
  };
  walk("");
  return out;
}

describe("the bundled examples (npm run synth)", () => {
  const first = synthExamples();

  test("synthesize every example stack with no rule findings", () => {
    expect(Object.keys(first.stacks)).toEqual(
      expect.arrayContaining(["generated-bindings", "cross-region-dr", "multi-stack-mirrors", "multi-stack-source-cn-hangzhou", "multi-stack-source-cn-beijing"]),
    );
    expect(HbrRules.of(first.app).findings()).toEqual([]);
  });

  test("every stack passes the offline schema check", () => {
    for (const doc of Object.values(first.stacks)) expectSchemaValid(doc);
  });

  test("synthesize byte-identical files every time, wherever they are written", () => {
    const second = synthExamples();
    expect(readTree(second.outdir)).toEqual(readTree(first.outdir));
  });

  test("keep no absolute paths of this machine in the output", () => {
    for (const [file, text] of Object.entries(readTree(first.outdir))) {
      expect({ file, leaks: text.includes(process.cwd()) || text.includes(first.outdir) }).toEqual({ file, leaks: false });
    }
  });

  describe("cross-region-dr", () => {
    test("puts the vault in cn-hangzhou and its mirror in cn-shanghai, each with its region's provider", () => {
      const doc = first.stacks["cross-region-dr"];
      expect(doc.provider.alicloud).toEqual([
        { alias: "cn-hangzhou", region: "cn-hangzhou" },
        { alias: "cn-shanghai", region: "cn-shanghai" },
      ]);
      const [[vaultName, vault]] = Object.entries(doc.resource.alicloud_hbr_vault) as [string, any][];
      const [mirror] = Object.values(doc.resource.alicloud_hbr_replication_vault) as any[];
      expect(vault).toMatchObject({ provider: "alicloud.cn-hangzhou", vault_name: "prod-backups", encrypt_type: "HBR_PRIVATE", lifecycle: { prevent_destroy: true } });
      expect(mirror).toMatchObject({
        provider: "alicloud.cn-shanghai",
        vault_name: "prod-backups-dr",
        replication_source_region_id: "cn-hangzhou",
        replication_source_vault_id: `\${alicloud_hbr_vault.${vaultName}.id}`,
        encrypt_type: "HBR_PRIVATE",
      });
      expect(Object.keys(doc.output).sort()).toEqual(["mirror_vault_id", "vault_id"]);
    });
  });

  describe("multi-stack", () => {
    test("the mirror stack depends on both source stacks in manifest.json", () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(first.outdir, "manifest.json"), "utf8"));
      expect([...manifest.stacks["multi-stack-mirrors"].dependencies].sort()).toEqual(["multi-stack-source-cn-beijing", "multi-stack-source-cn-hangzhou"]);
      expect(manifest.stacks["multi-stack-source-cn-hangzhou"].dependencies).toEqual([]);
    });

    test("each source stack has its vault in its region and exports its id", () => {
      for (const region of ["cn-hangzhou", "cn-beijing"]) {
        const doc = first.stacks[`multi-stack-source-${region}`];
        expect(doc.provider.alicloud).toEqual([{ alias: region, region }]);
        const [vault] = Object.values(doc.resource.alicloud_hbr_vault) as any[];
        expect(vault).toMatchObject({ provider: `alicloud.${region}`, vault_name: `app-backups-${region}` });
        expect(Object.values(doc.output).map((o: any) => o.value)).toEqual([expect.stringMatching(/^\$\{alicloud_hbr_vault\.[^.]+\.id\}$/)]);
      }
    });

    test("the mirror stack reads each source's id from that stack's state and mirrors it into another region", () => {
      const doc = first.stacks["multi-stack-mirrors"];
      expect(doc.provider.alicloud).toEqual([
        { alias: "cn-shanghai", region: "cn-shanghai" },
        { alias: "cn-zhangjiakou", region: "cn-zhangjiakou" },
      ]);
      const mirrors = Object.values(doc.resource.alicloud_hbr_replication_vault) as any[];
      const bySource = Object.fromEntries(mirrors.map((m) => [m.replication_source_region_id, m]));
      expect(bySource["cn-hangzhou"]).toMatchObject({
        provider: "alicloud.cn-shanghai",
        replication_source_vault_id: expect.stringContaining("data.terraform_remote_state.cross-stack-reference-input-multi-stack-source-cn-hangzhou.outputs."),
      });
      expect(bySource["cn-beijing"]).toMatchObject({
        provider: "alicloud.cn-zhangjiakou",
        replication_source_vault_id: expect.stringContaining("data.terraform_remote_state.cross-stack-reference-input-multi-stack-source-cn-beijing.outputs."),
      });
      expect(Object.values(doc.data.terraform_remote_state).map((s: any) => s.config.path).sort()).toEqual([
        "../../../terraform.multi-stack-source-cn-beijing.tfstate",
        "../../../terraform.multi-stack-source-cn-hangzhou.tfstate",
      ]);
    });
  });
});
