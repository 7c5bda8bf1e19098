import { TerraformStack } from "cdktf";
import { BackupVault } from "../../lib";
import { buildTopologyModel, renderMermaid, renderTopologyMarkdown } from "../../lib/topology";
import { scratchApp } from "../support";
import { fiveRegionApp, sampleApp } from "./support";

/** The lines of each subgraph, by its title. */
function subgraphs(diagram: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string | undefined;
  for (const line of diagram.split("\n").map((l) => l.trim())) {
    const open = /^subgraph \w+\["(.*)"\]$/.exec(line);
    if (open) out[(current = open[1])] = [];
    else if (line === "end") current = undefined;
    else if (current !== undefined && line !== "direction TB") out[current].push(line);
  }
  return out;
}

describe("the Mermaid diagram", () => {
  const diagram = renderMermaid(buildTopologyModel(sampleApp()));

  test("is a left-to-right flowchart with one subgraph per region holding that region's nodes", () => {
    expect(diagram.split("\n")[0]).toBe("flowchart LR");
    expect(subgraphs(diagram)).toEqual({
      "cn-beijing": ['mirror_prod_Mirror[("prod-dr<br/>mirror vault")]', 'restore_prod_Drill(["Drill<br/>restore job"])'],
      "cn-hangzhou": ['vault_prod_Backups[("prod-backups<br/>backup vault")]', 'policy_prod_Daily["daily<br/>backup policy, 2 data sources"]'],
      "cn-shanghai": ['mirror_legacy_OldMirror[("old-dr<br/>imported mirror vault")]'],
      "cn-shenzhen": ['vault_legacy_Old[("old-backups<br/>imported backup vault")]'],
    });
  });

  test("draws labelled edges: thick for mirrors, plain for backups, dotted for restores", () => {
    const edges = diagram.split("\n").filter((line) => /==>|-->|-\.->/.test(line)).map((line) => line.trim());
    expect(edges).toEqual([
      "vault_legacy_Old ==>|mirrors to| mirror_legacy_OldMirror",
      "vault_prod_Backups ==>|mirrors to| mirror_prod_Mirror",
      "policy_prod_Daily -->|backs up into| vault_prod_Backups",
      "mirror_prod_Mirror -.->|restored by| restore_prod_Drill",
    ]);
  });

  test("styles nodes by kind and gives imported vaults a dashed border", () => {
    expect(diagram).toContain("  class vault_prod_Backups,vault_legacy_Old backupVault");
    expect(diagram).toContain("  classDef imported stroke-dasharray:5 5\n  class mirror_legacy_OldMirror,vault_legacy_Old imported");
  });

  test("escapes names so quotes, #, angle brackets, pipes and backticks cannot break the diagram", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "Tricky", { region: "cn-hangzhou", vaultName: 'a"b#c<d>e|f`g]h' });
    const line = renderMermaid(buildTopologyModel(app)).split("\n").find((l) => l.includes("vault_s_Tricky"))!;
    expect(line.trim()).toBe('vault_s_Tricky[("a#34;b#35;c#60;d#62;e#124;f#96;g#93;h<br/>backup vault")]');
  });

  test("nests a subgraph per account in each region when the app has more than one account", () => {
    const lines = renderMermaid(buildTopologyModel(fiveRegionApp())).split("\n");
    const shenzhen = lines.slice(lines.indexOf('  subgraph region_cn_shenzhen["cn-shenzhen"]'));
    expect(shenzhen.slice(0, 14).map((l) => l.trim())).toEqual([
      'subgraph region_cn_shenzhen["cn-shenzhen"]',
      "direction TB",
      'subgraph region_cn_shenzhen_account_1["account 2222222222"]',
      "direction TB",
      'mirror_partner_account_ChengduDr[("cd-backups-dr<br/>mirror vault")]',
      "end",
      'subgraph region_cn_shenzhen_account_2["default account"]',
      "direction TB",
      'mirror_estate_PartnerBackupsDr[("partner-backups-dr<br/>mirror vault")]',
      'mirror_estate_Shanghai_db_dr[("sh-db-dr<br/>mirror vault")]',
      'mirror_estate_Shanghai_files_dr[("sh-files-dr<br/>mirror vault")]',
      'mirror_estate_Shanghai_logs_dr[("sh-logs-dr<br/>mirror vault")]',
      "end",
      'subgraph region_cn_shenzhen_account_unknown["account unknown #40;imported#41;"]',
    ]);
    expect(renderMermaid(buildTopologyModel(sampleApp()))).not.toContain("_account_");
  });

  test("of an app without HBR constructs says so rather than drawing nothing", () => {
    expect(renderMermaid(buildTopologyModel(scratchApp()))).toBe('flowchart LR\n  empty["No HBR constructs"]');
  });
});

describe("topology.md", () => {
  const markdown = renderTopologyMarkdown(buildTopologyModel(sampleApp()));

  test("has a heading, the diagram in a mermaid code block, and a table of nodes with their construct paths", () => {
    expect(markdown.startsWith("# HBR topology\n")).toBe(true);
    expect(markdown).toMatch(/\n```mermaid\nflowchart LR\n[\s\S]+\n```\n/);
    expect(markdown).toContain("| region | name | what | construct path |");
    expect(markdown).toContain("| cn-hangzhou | daily | backup policy, 2 data sources | prod/Daily |");
    expect(markdown).toContain("| cn-shenzhen | old-backups | imported backup vault | legacy/Old |");
  });

  test("takes a title", () => {
    expect(renderTopologyMarkdown(buildTopologyModel(sampleApp()), { title: "Payments backups" }).split("\n")[0]).toBe("# Payments backups");
  });
});
