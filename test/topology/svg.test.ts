import { TerraformStack } from "cdktf";
import { BackupVault, buildTopologyModel, layoutTopology, renderTopologyHtml, renderTopologySvg } from "../../lib";
import { scratchApp } from "../support";
import { sampleApp } from "./support";

/** The attributes of every element with `data-node-id`, in document order. */
function nodeGroups(svg: string): Record<string, string>[] {
  return [...svg.matchAll(/<g class="node [^"]*" ([^>]*)>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
}

describe("the SVG picture", () => {
  const model = buildTopologyModel(sampleApp());
  const svg = renderTopologySvg(model);

  test("is a standalone SVG document with one group per node carrying its id, kind, region and path", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
    expect(nodeGroups(svg)).toEqual([
      { "data-node-id": "mirror_prod_Mirror", "data-kind": "mirror-vault", "data-region": "cn-beijing", "data-path": "prod/Mirror", "data-imported": "false" },
      { "data-node-id": "restore_prod_Drill", "data-kind": "restore-job", "data-region": "cn-beijing", "data-path": "prod/Drill", "data-imported": "false" },
      { "data-node-id": "vault_prod_Backups", "data-kind": "backup-vault", "data-region": "cn-hangzhou", "data-path": "prod/Backups", "data-imported": "false" },
      { "data-node-id": "policy_prod_Daily", "data-kind": "backup-policy", "data-region": "cn-hangzhou", "data-path": "prod/Daily", "data-imported": "false" },
      { "data-node-id": "mirror_legacy_OldMirror", "data-kind": "mirror-vault", "data-region": "cn-shanghai", "data-path": "legacy/OldMirror", "data-imported": "true" },
      { "data-node-id": "vault_legacy_Old", "data-kind": "backup-vault", "data-region": "cn-shenzhen", "data-path": "legacy/Old", "data-imported": "true" },
    ]);
  });

  test("draws one arrow per edge, from node to node", () => {
    const arrows = [...svg.matchAll(/<path class="edge [^"]*" data-from="([^"]*)" data-to="([^"]*)" data-kind="([^"]*)"/g)].map((m) => [m[1], m[2], m[3]]);
    expect(arrows).toEqual(model.edges.map((e) => [e.from, e.to, e.kind]));
  });

  test("has one column per region, ordered so that mirrors sit right of their sources", () => {
    // cn-hangzhou mirrors into cn-beijing, cn-shenzhen into cn-shanghai.
    expect(layoutTopology(model).columns.map((c) => c.region)).toEqual(["cn-hangzhou", "cn-beijing", "cn-shenzhen", "cn-shanghai"]);
    const columns = [...svg.matchAll(/<g class="region" data-region="([^"]*)">/g)].map((m) => m[1]);
    expect(columns).toEqual(layoutTopology(model).columns.map((c) => c.region));
  });

  test("places no two boxes over each other, and every box inside the picture", () => {
    const layout = layoutTopology(model);
    const boxes = [...layout.boxes.values()];
    for (const [i, a] of boxes.entries()) {
      expect(a.x >= 0 && a.y >= 0 && a.x + a.width <= layout.width && a.y + a.height <= layout.height).toBe(true);
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  test("escapes names, cuts long ones with an ellipsis, and keeps the full name in the tooltip", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "Evil", { region: "cn-hangzhou", vaultName: '<script>alert("x")</script>&' });
    new BackupVault(stack, "Long", { region: "cn-hangzhou", vaultName: "a-very-long-vault-name-that-does-not-fit-in-a-box" });
    const picture = renderTopologySvg(buildTopologyModel(app));
    expect(picture).not.toContain("<script");
    expect(picture).toContain("&lt;script&gt;alert(\"x\")&lt;/script&gt;&amp;");
    expect(picture).toMatch(/<text class="label"[^>]*>a-very-long-[a-z-]*…<\/text>/);
    expect(picture).toContain("<title>a-very-long-vault-name-that-does-not-fit-in-a-box (backup vault) s/Long</title>");
  });

  test("is the same every time: no counters, dates or machine paths", () => {
    expect(renderTopologySvg(buildTopologyModel(sampleApp()))).toBe(svg);
    expect(svg).not.toContain(process.cwd());
  });

  test("of an app without HBR constructs says so", () => {
    expect(renderTopologySvg(buildTopologyModel(scratchApp()))).toContain(">No HBR constructs.</text>");
  });
});

describe("the HTML page", () => {
  const model = buildTopologyModel(sampleApp());
  const html = renderTopologyHtml(model);

  test("is self-contained: the SVG inline, no scripts, no external files", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain(renderTopologySvg(model).trimEnd());
    expect(html).not.toMatch(/<script|\b(src|href)="/);
  });

  test("lists every node with its region and construct path", () => {
    expect(html).toContain("<tr><td>cn-hangzhou</td><td>daily</td><td>backup policy, 2 data sources</td><td><code>prod/Daily</code></td></tr>");
    expect(html.match(/<tr><td>/g)).toHaveLength(6);
  });
});
