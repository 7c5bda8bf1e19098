import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { addExamples } from "../../examples/app";
import { BackupVault, TOPOLOGY_FILES, buildTopologyModel, layoutTopology, topologyNodes, writeTopology } from "../../lib";
import { scratchDir } from "../support";
import { dumpDom, testInBrowser } from "./chromium";

/**
 * Measures the rendered SVG with the browser's own layout (getBBox) and writes the result into
 * `<pre id="result">`, which `--dump-dom` then carries out. Added to a copy of topology.html only: the
 * page the library writes has no scripts.
 */
const PROBE = `<script>
(function () {
  function box(el) { var b = el.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height }; }
  var result = {
    nodes: Array.prototype.map.call(document.querySelectorAll("svg g[data-node-id]"), function (g) {
      return {
        id: g.getAttribute("data-node-id"),
        kind: g.getAttribute("data-kind"),
        region: g.getAttribute("data-region"),
        label: g.querySelector("text.label").textContent,
        box: box(g.querySelector("rect")),
        texts: Array.prototype.map.call(g.querySelectorAll("text"), function (t) { return { text: t.textContent, box: box(t) }; })
      };
    }),
    columns: Array.prototype.map.call(document.querySelectorAll("svg g.region"), function (g) {
      return { region: g.getAttribute("data-region"), box: box(g.querySelector("rect")) };
    }),
    edges: Array.prototype.map.call(document.querySelectorAll("svg path[data-from]"), function (p) {
      return { from: p.getAttribute("data-from"), to: p.getAttribute("data-to"), length: p.getTotalLength() };
    })
  };
  var pre = document.createElement("pre");
  pre.id = "result";
  pre.textContent = JSON.stringify(result);
  document.body.appendChild(pre);
})();
</script>`;

interface Box { x: number; y: number; width: number; height: number }
interface Rendered {
  nodes: { id: string; kind: string; region: string; label: string; box: Box; texts: { text: string; box: Box }[] }[];
  columns: { region: string; box: Box }[];
  edges: { from: string; to: string; length: number }[];
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(inner: Box, outer: Box): boolean {
  return inner.x >= outer.x - 0.5 && inner.y >= outer.y - 0.5 && inner.x + inner.width <= outer.x + outer.width + 0.5 && inner.y + inner.height <= outer.y + outer.height + 0.5;
}

describe("topology.html in a real headless browser (chromium)", () => {
  // The bundled examples, plus names that are hard to fit: wide capitals, CJK, and an imported vault.
  const app = new App({ outdir: path.join(scratchDir("hbr-browser-"), "cdktf.out") });
  addExamples(app);
  const hard = new TerraformStack(app, "hard-names");
  new BackupVault(hard, "Wide", { region: "cn-qingdao", vaultName: "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW" });
  new BackupVault(hard, "Chinese", { region: "cn-qingdao", vaultName: "生产环境备份库生产环境备份库生产环境备份库" });
  BackupVault.fromVaultAttributes(hard, "Imported", { vaultId: "v-0001", region: "cn-qingdao", vaultName: 'legacy "<vault>" & co' });
  const model = buildTopologyModel(app);

  let rendered: Rendered | undefined;
  const renderedPage = (): Rendered => {
    if (rendered) return rendered;
    const dir = scratchDir("hbr-topology-");
    writeTopology(app, dir);
    const probe = path.join(dir, "probe.html");
    fs.writeFileSync(probe, fs.readFileSync(path.join(dir, TOPOLOGY_FILES.html), "utf8").replace("</body>", `${PROBE}\n</body>`));
    const match = /<pre id="result">([\s\S]*?)<\/pre>/.exec(dumpDom(probe));
    if (!match) throw new Error("the probe wrote no result: the page did not render");
    return (rendered = JSON.parse(decodeEntities(match[1])) as Rendered);
  };
  const inBrowser = testInBrowser();

  inBrowser("shows every node of the model, with its kind, region and label", () => {
    const page = renderedPage();
    expect(page.nodes.map((n) => [n.id, n.kind, n.region])).toEqual(topologyNodes(model).map((n) => [n.id, n.kind, n.region]));
    const labels = Object.fromEntries(page.nodes.map((n) => [n.id, n.label]));
    expect(labels).toMatchObject({
      vault_cross_region_dr_Backups: "prod-backups",
      mirror_cross_region_dr_Mirror: "prod-backups-dr",
      policy_backup_and_restore_Policy: "app-every-6h",
      restore_backup_and_restore_RestoreDrill: "RestoreDrill",
      vault_hard_names_Imported: 'legacy "<vault>" & co',
    });
    expect(labels.vault_hard_names_Wide).toMatch(/^W+…$/);
  }, 60_000);

  inBrowser("shows one column per region and each node inside its region's column", () => {
    const page = renderedPage();
    expect(page.columns.map((c) => c.region)).toEqual(layoutTopology(model).columns.map((c) => c.region));
    const column = Object.fromEntries(page.columns.map((c) => [c.region, c.box]));
    expect(page.nodes.filter((n) => !inside(n.box, column[n.region])).map((n) => n.id)).toEqual([]);
  }, 60_000);

  inBrowser("lays out boxes that do not overlap, with all their text inside them", () => {
    const page = renderedPage();
    const overlapping = page.nodes.flatMap((a, i) => page.nodes.slice(i + 1).filter((b) => overlap(a.box, b.box)).map((b) => `${a.id} / ${b.id}`));
    expect(overlapping).toEqual([]);
    const spilling = page.nodes.flatMap((n) => n.texts.filter((t) => !inside(t.box, n.box)).map((t) => `${n.id}: ${t.text}`));
    expect(spilling).toEqual([]);
  }, 60_000);

  inBrowser("draws every edge, with mirror arrows pointing from the source's column to the right", () => {
    const page = renderedPage();
    expect(page.edges.map((e) => [e.from, e.to])).toEqual(model.edges.map((e) => [e.from, e.to]));
    expect(page.edges.filter((e) => !(e.length > 10))).toEqual([]);
    const boxOf = Object.fromEntries(page.nodes.map((n) => [n.id, n.box]));
    const leftward = model.edges.filter((e) => e.kind === "mirrors-to" && boxOf[e.to].x <= boxOf[e.from].x);
    expect(leftward).toEqual([]);
  }, 60_000);
});
