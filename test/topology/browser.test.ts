import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { addExamples } from "../../examples/app";
import { App as CdktfApp } from "cdktf";
import { BackupVault } from "../../lib";
import { TOPOLOGY_COLORS, TOPOLOGY_FILES, TopologyNodeKind, buildTopologyModel, layoutTopology, writeTopology } from "../../lib/topology";
import { topologyNodes } from "../../lib/topology/model";
import { scratchDir } from "../support";
import { WINDOW, dumpDom, screenshot, testInBrowser } from "./chromium";
import { readPng } from "./png";
import { fiveRegionApp } from "./support";

/**
 * Measures the rendered SVG with the browser's own layout (getBBox) and writes the result into
 * `<pre id="result">`, which `--dump-dom` then carries out. Added to a copy of topology.html only: the
 * page the library writes has no scripts.
 */
const PROBE = `<script>
(function () {
  function box(el) { var b = el.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height }; }
  function client(el) { var b = el.getBoundingClientRect(); return { x: b.left, y: b.top, width: b.width, height: b.height }; }
  var svg = document.querySelector("svg");
  var figure = document.querySelector("figure");
  var result = {
    page: { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, figureScrollWidth: figure.scrollWidth, figureClientWidth: figure.clientWidth },
    headings: Array.prototype.filter.call(document.querySelectorAll("h1, h2, p, svg text"), function (el) { return /^HBR topology/.test(el.textContent); }).length,
    nodes: Array.prototype.map.call(document.querySelectorAll("svg g[data-node-id]"), function (g) {
      return {
        id: g.getAttribute("data-node-id"),
        kind: g.getAttribute("data-kind"),
        region: g.getAttribute("data-region"),
        label: g.querySelector("text.label").textContent,
        box: box(g.querySelector("rect")),
        client: client(g.querySelector("rect")),
        texts: Array.prototype.map.call(g.querySelectorAll("text"), function (t) { return { text: t.textContent, box: box(t) }; })
      };
    }),
    columns: Array.prototype.map.call(document.querySelectorAll("svg g.region"), function (g) {
      return { region: g.getAttribute("data-region"), box: box(g.querySelector("rect")) };
    }),
    edges: Array.prototype.map.call(document.querySelectorAll("svg path[data-from]"), function (p) {
      var mid = p.getPointAtLength(p.getTotalLength() / 2).matrixTransform(svg.getScreenCTM());
      return { from: p.getAttribute("data-from"), to: p.getAttribute("data-to"), kind: p.getAttribute("data-kind"), length: p.getTotalLength(), middle: { x: mid.x, y: mid.y } };
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
  page: { scrollWidth: number; innerWidth: number; figureScrollWidth: number; figureClientWidth: number };
  headings: number;
  nodes: { id: string; kind: TopologyNodeKind; region: string; label: string; box: Box; client: Box; texts: { text: string; box: Box }[] }[];
  columns: { region: string; box: Box }[];
  edges: { from: string; to: string; kind: string; length: number; middle: { x: number; y: number } }[];
}

/** Writes the app's pictures, loads topology.html with the probe, and takes a screenshot of it. */
function renderInBrowser(app: CdktfApp): { page: Rendered; png: string } {
  const dir = scratchDir("hbr-topology-");
  writeTopology(app, dir);
  const probe = path.join(dir, "probe.html");
  fs.writeFileSync(probe, fs.readFileSync(path.join(dir, TOPOLOGY_FILES.html), "utf8").replace("</body>", `${PROBE}\n</body>`));
  const match = /<pre id="result">([\s\S]*?)<\/pre>/.exec(dumpDom(probe));
  if (!match) throw new Error("the probe wrote no result: the page did not render");
  const png = path.join(dir, "topology.png");
  screenshot(path.join(dir, TOPOLOGY_FILES.html), png);
  return { page: JSON.parse(decodeEntities(match[1])) as Rendered, png };
}

/** How far apart two `#rrggbb` colours are, channel by channel. */
function colorDistance(a: string, b: string): number {
  return Math.max(...[1, 3, 5].map((i) => Math.abs(parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16))));
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

  let rendered: { page: Rendered; png: string } | undefined;
  const renderedPage = (): Rendered => (rendered ??= renderInBrowser(app)).page;
  const screenshotOf = () => readPng((rendered ??= renderInBrowser(app)).png);
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

  inBrowser("shows one cluster per region and each node inside its region's cluster", () => {
    const page = renderedPage();
    expect(page.columns.map((c) => c.region)).toEqual(layoutTopology(model).regions.map((r) => r.region));
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

  inBrowser("fits a 1400-pixel-wide window, with the title once", () => {
    const { page, headings } = renderedPage();
    expect(page.innerWidth).toBe(WINDOW.width);
    expect(page.scrollWidth).toBeLessThanOrEqual(WINDOW.width);
    expect(page.figureScrollWidth).toBeLessThanOrEqual(page.figureClientWidth);
    expect(headings).toBe(1);
  }, 60_000);

  inBrowser("paints every box in its kind's colour and every mirror arrow in the mirror colour, in a screenshot", () => {
    const page = renderedPage();
    const png = screenshotOf();
    expect(png.width).toBe(WINDOW.width);
    // Just above the bottom border, below the text: nothing else should be drawn there.
    const boxes = page.nodes.map((n) => ({ id: n.id, want: TOPOLOGY_COLORS[n.kind].fill, got: png.color(n.client.x + n.client.width / 2, n.client.y + n.client.height - 4) }));
    expect(boxes.filter((b) => colorDistance(b.want, b.got) > 8)).toEqual([]);
    const arrows = page.edges.filter((e) => e.kind === "mirrors-to").map((e) => ({ from: e.from, got: png.color(Math.floor(e.middle.x), Math.floor(e.middle.y)) }));
    expect(arrows.filter((a) => colorDistance(a.got, TOPOLOGY_COLORS["mirror-vault"].stroke) > 24)).toEqual([]);
  }, 60_000);

  inBrowser("draws every edge, with mirror arrows pointing from the source's region to the right", () => {
    const page = renderedPage();
    expect(page.edges.map((e) => [e.from, e.to])).toEqual(model.edges.map((e) => [e.from, e.to]));
    expect(page.edges.filter((e) => !(e.length > 10))).toEqual([]);
    const boxOf = Object.fromEntries(page.nodes.map((n) => [n.id, n.box]));
    const leftward = model.edges.filter((e) => e.kind === "mirrors-to" && boxOf[e.to].x <= boxOf[e.from].x);
    expect(leftward).toEqual([]);
  }, 60_000);
});

describe("topology.html of six regions in a real headless browser (chromium)", () => {
  const inBrowser = testInBrowser();

  inBrowser("scrolls the picture sideways inside its frame when it is wider than the window, never the page", () => {
    const app = fiveRegionApp();
    const { page: rendered, png } = renderInBrowser(app);
    const { page, nodes } = rendered;
    expect(page.scrollWidth).toBeLessThanOrEqual(WINDOW.width);
    const pictureWidth = layoutTopology(buildTopologyModel(app)).width;
    if (pictureWidth > page.figureClientWidth) expect(page.figureScrollWidth).toBeGreaterThan(page.figureClientWidth);
    expect(rendered.headings).toBe(1);
    // The boxes the window shows are painted, not covered by arrows or clusters.
    const shot = readPng(png);
    const visible = nodes.filter((n) => n.client.x + n.client.width <= WINDOW.width && n.client.y + n.client.height <= WINDOW.height);
    expect(visible.length).toBeGreaterThan(nodes.length / 2);
    const covered = visible.filter((n) => colorDistance(TOPOLOGY_COLORS[n.kind].fill, shot.color(n.client.x + n.client.width / 2, n.client.y + n.client.height - 4)) > 8);
    expect(covered.map((n) => n.id)).toEqual([]);
  }, 90_000);
});
