import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { addExamples } from "../../examples/app";
import { BackupVault } from "../../lib";
import { TopologyModel, buildTopologyModel, layoutTopology, layoutTopologyAsync, renderTopologyHtml, renderTopologySvg } from "../../lib/topology";
import { scratchApp, scratchDir } from "../support";
import { fiveRegionApp, sampleApp } from "./support";

interface Box { x: number; y: number; width: number; height: number }
interface Point { x: number; y: number }

/** Each node's box, as drawn: the first `<rect>` of its group. */
function drawnBoxes(svg: string): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const m of svg.matchAll(/<g class="node [^"]*" data-node-id="([^"]*)"[^>]*>\n<title>[^<]*<\/title>\n<rect x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/g)) {
    boxes.set(m[1], { x: Number(m[2]), y: Number(m[3]), width: Number(m[4]), height: Number(m[5]) });
  }
  return boxes;
}

/** Each arrow as drawn: its ends and the points of its `d`. */
function drawnArrows(svg: string): { from: string; to: string; points: Point[] }[] {
  return [...svg.matchAll(/<path class="edge [^"]*" data-from="([^"]*)" data-to="([^"]*)" data-kind="[^"]*" d="([^"]*)"/g)].map((m) => ({
    from: m[1],
    to: m[2],
    points: [...m[3].matchAll(/[ML](-?\d+),(-?\d+)/g)].map((p) => ({ x: Number(p[1]), y: Number(p[2]) })),
  }));
}

/** True when the segment from `a` to `b` passes through the inside of `box` (touching its border is not entering; Liang-Barsky clipping). */
function segmentEntersBox(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  for (const [p, q] of [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y],
  ]) {
    if (p === 0) {
      if (q <= 0) return false; // parallel to this side, on it or outside
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 >= t1) return false;
  }
  return true;
}

/** `from -> to crosses <node>` for every arrow that runs through a box other than its own two ends. */
function arrowsThroughBoxes(svg: string): string[] {
  const boxes = drawnBoxes(svg);
  return drawnArrows(svg).flatMap((arrow) =>
    [...boxes.entries()]
      .filter(([id]) => id !== arrow.from && id !== arrow.to)
      .filter(([, box]) => arrow.points.slice(1).some((p, i) => segmentEntersBox(arrow.points[i], p, box)))
      .map(([id]) => `${arrow.from} -> ${arrow.to} crosses ${id}`),
  );
}

/** True when `p` lies on the border of `box`. */
function onBorder(p: Point, box: Box): boolean {
  const withinX = p.x >= box.x && p.x <= box.x + box.width;
  const withinY = p.y >= box.y && p.y <= box.y + box.height;
  return (withinY && (p.x === box.x || p.x === box.x + box.width)) || (withinX && (p.y === box.y || p.y === box.y + box.height));
}

function examplesModel(): TopologyModel {
  const app = new App({ outdir: path.join(scratchDir("hbr-svg-"), "cdktf.out") });
  addExamples(app);
  return buildTopologyModel(app);
}

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

  test("draws one cluster per region, left to right, each mirror's region right of its source's", () => {
    const layout = layoutTopology(model);
    const clusters = [...svg.matchAll(/<g class="region" data-region="([^"]*)">/g)].map((m) => m[1]);
    expect([...clusters].sort()).toEqual(model.regions.map((r) => r.region));
    expect(clusters).toEqual(layout.regions.map((r) => r.region));
    const regionBox = Object.fromEntries(layout.regions.map((r) => [r.region, r.box]));
    // cn-hangzhou mirrors into cn-beijing, cn-shenzhen into cn-shanghai.
    expect(regionBox["cn-hangzhou"].x + regionBox["cn-hangzhou"].width).toBeLessThan(regionBox["cn-beijing"].x);
    expect(regionBox["cn-shenzhen"].x + regionBox["cn-shenzhen"].width).toBeLessThan(regionBox["cn-shanghai"].x);
  });

  test("puts every node's box inside its region's cluster", () => {
    const layout = layoutTopology(model);
    const regionBox = Object.fromEntries(layout.regions.map((r) => [r.region, r.box]));
    const outside = model.regions.flatMap((region) =>
      region.nodes.filter((node) => {
        const box = layout.boxes.get(node.id)!;
        const around = regionBox[region.region];
        return !(box.x >= around.x && box.y >= around.y && box.x + box.width <= around.x + around.width && box.y + box.height <= around.y + around.height);
      }),
    );
    expect(outside).toEqual([]);
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

  test("is the same whether ELK runs in a child process or in this one", async () => {
    const layout = await layoutTopologyAsync(model);
    expect(renderTopologySvg(model, { layout })).toBe(svg);
  });

  test("draws each arrow from the border of its source's box to the border of its target's, in horizontal and vertical segments", () => {
    const boxes = drawnBoxes(svg);
    const arrows = drawnArrows(svg);
    expect(arrows).toHaveLength(model.edges.length);
    for (const arrow of arrows) {
      expect(onBorder(arrow.points[0], boxes.get(arrow.from)!)).toBe(true);
      expect(onBorder(arrow.points[arrow.points.length - 1], boxes.get(arrow.to)!)).toBe(true);
      expect(arrow.points.slice(1).filter((p, i) => p.x !== arrow.points[i].x && p.y !== arrow.points[i].y)).toEqual([]);
    }
  });

  test("shows the end of a long construct path, cut at the start with an ellipsis", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "a-stack-with-a-rather-long-name-for-its-team");
    new BackupVault(stack, "OrdersDatabaseBackups", { region: "cn-hangzhou", vaultName: "orders" });
    const line = /<text class="path"[^>]*>([^<]*)<\/text>/.exec(renderTopologySvg(buildTopologyModel(app)))![1];
    expect(line).toMatch(/^…[a-z][a-z-]*\/OrdersDatabaseBackups$/);
    expect(line.length).toBeLessThan("a-stack-with-a-rather-long-name-for-its-team/OrdersDatabaseBackups".length);
  });

  test("of an app without HBR constructs says so", () => {
    expect(renderTopologySvg(buildTopologyModel(scratchApp()))).toContain(">No HBR constructs.</text>");
  });
});

describe("the SVG picture of the bundled examples", () => {
  const model = examplesModel();
  const svg = renderTopologySvg(model);

  test("routes no arrow through a box other than its own two ends", () => {
    expect(drawnArrows(svg)).toHaveLength(model.edges.length);
    expect(arrowsThroughBoxes(svg)).toEqual([]);
  });

  test("fits a 1400-pixel-wide window", () => {
    expect(Number(/^<svg [^>]*width="(\d+)"/.exec(svg)![1])).toBeLessThanOrEqual(1400);
  });

  test("shows no accounts when every construct is in one", () => {
    expect(model.accounts.map((a) => a.key)).toEqual(["default"]);
    expect(svg).not.toContain('<g class="account"');
  });
});

describe("the SVG picture of six regions, two accounts, and mirrors that skip regions", () => {
  const model = buildTopologyModel(fiveRegionApp());
  const svg = renderTopologySvg(model);
  const layout = layoutTopology(model);

  test("routes the mirror arrow from cn-hangzhou to cn-shenzhen around prod-hz-dr in cn-shanghai, and no arrow through a box", () => {
    expect(model.regions.map((r) => r.region)).toEqual(["cn-beijing", "cn-chengdu", "cn-hangzhou", "cn-shanghai", "cn-shenzhen", "cn-zhangjiakou"]);
    const partner = drawnArrows(svg).find((a) => a.from === "vault_estate_PartnerBackups")!;
    expect(partner.to).toBe("mirror_estate_PartnerBackupsDr");
    const prodHzDr = drawnBoxes(svg).get("mirror_estate_ProdHzDr")!;
    expect(partner.points.slice(1).some((p, i) => segmentEntersBox(partner.points[i], p, prodHzDr))).toBe(false);
    expect(arrowsThroughBoxes(svg)).toEqual([]);
  });

  test("would catch the old picture's lie: an arrow drawn through prod-hz-dr is reported", () => {
    const boxes = drawnBoxes(svg);
    const [from, via, to] = ["vault_estate_PartnerBackups", "mirror_estate_ProdHzDr", "mirror_estate_PartnerBackupsDr"].map((id) => boxes.get(id)!);
    const through = `M${from.x + from.width},${from.y + 30} L${via.x + via.width / 2},${via.y + 30} L${to.x},${to.y + 30}`;
    const lying = svg.replace(/(data-from="vault_estate_PartnerBackups" data-to="mirror_estate_PartnerBackupsDr" data-kind="mirrors-to" d=")[^"]*"/, `$1${through}"`);
    expect(lying).not.toBe(svg);
    expect(arrowsThroughBoxes(lying)).toContain("vault_estate_PartnerBackups -> mirror_estate_PartnerBackupsDr crosses mirror_estate_ProdHzDr");
  });

  test("draws an account cluster inside each region for each account there, the imports' as unknown", () => {
    const accounts = [...svg.matchAll(/<g class="account" data-region="([^"]*)" data-account="([^"]*)">\n<rect[^>]*>\n<text[^>]*>([^<]*)<\/text>/g)].map((m) => [m[1], m[2], m[3]]);
    expect(accounts).toEqual(
      expect.arrayContaining([
        ["cn-chengdu", "account 2222222222", "account 2222222222"],
        ["cn-shenzhen", "account 2222222222", "account 2222222222"],
        ["cn-shenzhen", "default account", "default account"],
        ["cn-shenzhen", "account unknown (imported)", "account unknown (imported)"],
        ["cn-hangzhou", "default account", "default account"],
      ]),
    );
    expect(accounts).toHaveLength(8);
    for (const region of layout.regions) {
      for (const area of region.accounts) {
        for (const node of model.regions.find((r) => r.region === region.region)!.nodes.filter((n) => n.account === area.account)) {
          const box = layout.boxes.get(node.id)!;
          expect(box.x >= area.box.x && box.y >= area.box.y && box.x + box.width <= area.box.x + area.box.width && box.y + box.height <= area.box.y + area.box.height).toBe(true);
        }
      }
    }
    expect(svg).toContain('data-node-id="vault_partner_account_Chengdu" data-kind="backup-vault" data-region="cn-chengdu" data-path="partner-account/Chengdu" data-imported="false" data-account="account 2222222222"');
  });

  test("puts each mirror's region right of its source's, unless two regions mirror into each other", () => {
    const x = Object.fromEntries(layout.regions.map((r) => [r.region, r.box.x]));
    expect(x["cn-hangzhou"]).toBeLessThan(x["cn-shenzhen"]);
    expect(x["cn-hangzhou"]).toBeLessThan(x["cn-shanghai"]);
    expect(x["cn-beijing"]).toBeLessThan(x["cn-zhangjiakou"]);
    expect(x["cn-chengdu"]).toBeLessThan(x["cn-shenzhen"]);
    expect(x["cn-shanghai"]).toBeLessThan(x["cn-shenzhen"]);
    // cn-hangzhou and cn-shanghai mirror into each other: the arrow back comes out of the later id.
    const back = layout.routes.find((r) => r.from === "vault_estate_ShanghaiApp")!;
    expect(back.points[back.points.length - 1].x).toBeLessThan(back.points[0].x);
  });

  test("is byte-identical from run to run", () => {
    expect(renderTopologySvg(buildTopologyModel(fiveRegionApp()))).toBe(svg);
  });
});

describe("the HTML page", () => {
  const model = buildTopologyModel(sampleApp());
  const html = renderTopologyHtml(model);

  test("is self-contained: the SVG inline, no scripts, no external files", () => {
    expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
    expect(html).toContain(renderTopologySvg(model, { heading: false }).trimEnd());
    expect(html).not.toMatch(/<script|\b(src|href)="/);
  });

  test("shows its title once: the heading, not again in the picture", () => {
    expect(html.match(/<h1>[^<]*<\/h1>/g)).toEqual(["<h1>HBR topology</h1>"]);
    expect(html).toContain("<h1>HBR topology</h1>\n<p>4 regions, 2 backup vaults, 2 mirror vaults, 1 backup policy, 1 restore job</p>");
    expect(html).not.toContain('<text class="heading"');
    expect(renderTopologySvg(model)).toContain('<text class="heading"');
  });

  test("lists every node with its region and construct path", () => {
    expect(html).toContain("<tr><td>cn-hangzhou</td><td>daily</td><td>backup policy, 2 data sources</td><td><code>prod/Daily</code></td></tr>");
    expect(html.match(/<tr><td>/g)).toHaveLength(6);
  });
});
