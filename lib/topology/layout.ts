import { execFileSync } from "child_process";
import type { ElkExtendedEdge, ElkNode } from "elkjs/lib/elk-api";
import { compareCodeUnits } from "../private/compare";
import { TopologyEdgeKind, TopologyModel, TopologyNode, showsAccounts, topologyNodes } from "./model";

/** A rectangle, in SVG user units (pixels at 100 %). */
export interface TopologyBox {
  /** The left edge. */
  readonly x: number;
  /** The top edge. */
  readonly y: number;
  /** The width. */
  readonly width: number;
  /** The height. */
  readonly height: number;
}

/** A point, in SVG user units. */
export interface TopologyPoint {
  /** Across, from the left. */
  readonly x: number;
  /** Down, from the top. */
  readonly y: number;
}

/** One account's area inside a region, drawn when the app has more than one account. */
export interface TopologyAccountArea {
  /** The account key, or `undefined` for the nodes whose account is not known (imports). */
  readonly account?: string;
  /** Where it is drawn. */
  readonly box: TopologyBox;
}

/** One region's area in a {@link TopologyLayout}: a cluster holding its nodes. */
export interface TopologyRegionArea {
  /** The region id. */
  readonly region: string;
  /** Where it is drawn. */
  readonly box: TopologyBox;
  /** Its accounts' areas, in the order of the model's accounts (the unknown account last); empty when accounts are not shown. */
  readonly accounts: readonly TopologyAccountArea[];
}

/** The route of one edge of the model. */
export interface TopologyRoute {
  /** The id of the node it starts at. */
  readonly from: string;
  /** The id of the node it points to. */
  readonly to: string;
  /** What it says. */
  readonly kind: TopologyEdgeKind;
  /** The points of the route, first on the border of `from`'s box, last on the border of `to`'s box; each segment is horizontal or vertical. */
  readonly points: readonly TopologyPoint[];
}

/** The positions of a rendered topology, in whole SVG user units: an area per region, a box per node, a route per edge. */
export interface TopologyLayout {
  /** The width of the drawing (regions, nodes, routes), from the left of the picture. */
  readonly width: number;
  /** The height of the drawing, from the top of the picture. */
  readonly height: number;
  /** The regions' areas, left to right (the way data flows), then top to bottom. */
  readonly regions: readonly TopologyRegionArea[];
  /** Each node's box, by node id. */
  readonly boxes: ReadonlyMap<string, TopologyBox>;
  /** The route of each edge, in the model's edge order. */
  readonly routes: readonly TopologyRoute[];
}

/** Where the drawing starts, leaving room for the title above it. */
export const TOPOLOGY_ORIGIN: TopologyPoint = Object.freeze({ x: 12, y: 52 });

/** The size of a node's box. */
export const NODE_SIZE = Object.freeze({ width: 220, height: 60 });

/** The room above a region's nodes for its name and city group. */
export const REGION_HEADER = 48;

/** The room above an account's nodes for its name. */
export const ACCOUNT_HEADER = 26;

const CLUSTER_PADDING = 16;

/**
 * ELK's options. The layered algorithm puts policies, vaults, mirrors and restore jobs in columns in the
 * direction data flows; orthogonal routing runs every edge between the boxes, never through one.
 * `INCLUDE_CHILDREN` lays out all regions as one graph, so an edge that leaves its region is routed
 * around the regions and boxes in its way. Model order is kept wherever the algorithm is free to choose,
 * so the picture follows the (sorted) model rather than ELK's tie-breaking.
 */
const ROOT_OPTIONS: Readonly<Record<string, string>> = {
  "elk.algorithm": "layered",
  "elk.direction": "RIGHT",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.hierarchyHandling": "INCLUDE_CHILDREN",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.layered.cycleBreaking.strategy": "MODEL_ORDER",
  "elk.spacing.nodeNode": "20",
  "elk.layered.spacing.nodeNodeBetweenLayers": "56",
  "elk.spacing.edgeNode": "16",
  "elk.spacing.edgeEdge": "10",
  "elk.layered.spacing.edgeNodeBetweenLayers": "16",
  "elk.layered.spacing.edgeEdgeBetweenLayers": "10",
  "elk.spacing.componentComponent": "32",
  "elk.aspectRatio": "1.6",
  "elk.padding": "[top=0,left=0,bottom=0,right=0]",
  "elk.randomSeed": "1",
};

/** The id ELK knows a region's cluster by. */
function regionClusterId(region: string): string {
  return `region:${region}`;
}

/** The id ELK knows an account's cluster by, inside a region. */
function accountClusterId(region: string, account: string | undefined): string {
  return `account:${region}:${account ?? "(unknown)"}`;
}

/**
 * The model as an ELK graph: a compound node per region (per account inside it when the app has more
 * than one), a fixed-size node per construct, and the edges at the top, where ELK routes edges that
 * cross clusters. Everything comes in the model's order, so the same model gives the same graph.
 */
export function topologyElkGraph(model: TopologyModel): ElkNode {
  const accounts = showsAccounts(model);
  const padding = (top: number) => `[top=${top},left=${CLUSTER_PADDING},bottom=${CLUSTER_PADDING},right=${CLUSTER_PADDING}]`;
  const leaf = (node: TopologyNode): ElkNode => ({ id: node.id, width: NODE_SIZE.width, height: NODE_SIZE.height });
  const children = regionOrder(model).map((region): ElkNode => {
    const nodes = model.regions.find((r) => r.region === region)!.nodes;
    return {
      id: regionClusterId(region),
      layoutOptions: { "elk.padding": padding(REGION_HEADER) },
      children: accounts
        ? accountOrder(model, nodes).map((account) => ({
            id: accountClusterId(region, account),
            layoutOptions: { "elk.padding": padding(ACCOUNT_HEADER) },
            children: nodes.filter((node) => node.account === account).map(leaf),
          }))
        : nodes.map(leaf),
    };
  });
  const edges: ElkExtendedEdge[] = model.edges.map((edge, i) => ({ id: `edge${i}`, sources: [edge.from], targets: [edge.to] }));
  return { id: "root", layoutOptions: { ...ROOT_OPTIONS }, children, edges };
}

/**
 * Places the model with ELK (a compound node per region and account, a node per construct), synchronously: cdktf apps, their validations
 * and the CLI synthesize synchronously, and ELK's API only answers through a Promise, so ELK runs in a
 * child `node` process (the one running now) that reads the graph on stdin and writes the layout on
 * stdout. The same model gives the same layout, byte for byte. {@link layoutTopologyAsync} gives the
 * same layout without a child process, for callers that can wait.
 */
export function layoutTopology(model: TopologyModel): TopologyLayout {
  const graph = topologyElkGraph(model);
  // Nothing to place: no child process for an app without HBR constructs.
  return layoutFromElk(model, model.regions.length === 0 ? { ...graph, width: 0, height: 0 } : runElkSync(graph));
}

/** {@link layoutTopology} in this process, for callers that can await: the same layout, byte for byte. */
export async function layoutTopologyAsync(model: TopologyModel): Promise<TopologyLayout> {
  // Loaded here, not at the top: the synchronous path never needs ELK in this process.
  const ELK = require(ELK_MODULE) as typeof import("elkjs/lib/elk-api").default;
  return layoutFromElk(model, await new ELK().layout(topologyElkGraph(model)));
}

/** The self-contained build of elkjs: it needs no worker, in this process or the child. */
const ELK_MODULE = "elkjs/lib/elk.bundled.js";

/**
 * The child's program: it reads a graph on stdin, lays it out, and writes the result on stdout, or the
 * error on stderr with exit code 1. Plain JavaScript, so it runs the same under ts-node, jest and the
 * compiled package.
 */
const ELK_CHILD = `
const ELK = require(process.argv[1]);
const graph = JSON.parse(require("fs").readFileSync(0, "utf8"));
new ELK().layout(graph).then(
  (laidOut) => process.stdout.write(JSON.stringify(laidOut)),
  (err) => { process.stderr.write(String((err && err.message) || err)); process.exitCode = 1; },
);
`;

function runElkSync(graph: ElkNode): ElkNode {
  // NODE_OPTIONS is dropped: a parent's --inspect or --require (ts-node, a profiler) must not run again in the child.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, ["-e", ELK_CHILD, require.resolve(ELK_MODULE)], {
      input: JSON.stringify(graph),
      encoding: "utf8",
      env,
      maxBuffer: 256 * 1024 * 1024,
      timeout: 300_000,
      windowsHide: true,
      stdio: ["pipe", "pipe", "pipe"],
    });
  } catch (err) {
    const stderr = String((err as { stderr?: unknown }).stderr ?? "").trim();
    throw new Error(`The topology layout failed: elkjs, run in a child process (${process.execPath}), said: ${stderr || (err as Error).message}`);
  }
  return JSON.parse(stdout) as ElkNode;
}

/** ELK's result in absolute, whole coordinates, shifted to {@link TOPOLOGY_ORIGIN}. */
function layoutFromElk(model: TopologyModel, root: ElkNode): TopologyLayout {
  const origin = new Map<string, TopologyPoint>([["root", TOPOLOGY_ORIGIN]]);
  const absolute = new Map<string, TopologyBox>();
  const visit = (node: ElkNode, parent: TopologyPoint) => {
    const x = parent.x + (node.x ?? 0);
    const y = parent.y + (node.y ?? 0);
    origin.set(node.id, { x, y });
    absolute.set(node.id, { x: Math.round(x), y: Math.round(y), width: Math.round(node.width ?? 0), height: Math.round(node.height ?? 0) });
    for (const child of node.children ?? []) visit(child, { x, y });
  };
  for (const child of root.children ?? []) visit(child, TOPOLOGY_ORIGIN);

  const accounts = showsAccounts(model);
  const regions = model.regions
    .map((region): TopologyRegionArea => ({
      region: region.region,
      box: absolute.get(regionClusterId(region.region))!,
      accounts: accounts ? accountOrder(model, region.nodes).map((account) => ({ account, box: absolute.get(accountClusterId(region.region, account))! })) : [],
    }))
    .sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y || compareCodeUnits(a.region, b.region));

  const boxes = new Map(topologyNodes(model).map((node) => [node.id, absolute.get(node.id)!] as const));
  const laidOutEdges = new Map((root.edges ?? []).map((edge) => [edge.id, edge as ElkExtendedEdge & { container?: string }] as const));
  const routes = model.edges.map((edge, i): TopologyRoute => {
    const laidOut = laidOutEdges.get(`edge${i}`)!;
    const offset = origin.get(laidOut.container ?? "root") ?? TOPOLOGY_ORIGIN;
    const points = (laidOut.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]);
    return { from: edge.from, to: edge.to, kind: edge.kind, points: dropRepeats(points.map((p) => ({ x: Math.round(offset.x + p.x), y: Math.round(offset.y + p.y) }))) };
  });
  return {
    width: Math.round(TOPOLOGY_ORIGIN.x + (root.width ?? 0)),
    height: Math.round(TOPOLOGY_ORIGIN.y + (root.height ?? 0)),
    regions,
    boxes,
    routes,
  };
}

function dropRepeats(points: readonly TopologyPoint[]): TopologyPoint[] {
  return points.filter((p, i) => i === 0 || p.x !== points[i - 1].x || p.y !== points[i - 1].y);
}

/** The accounts of a region's nodes, in the model's account order, the unknown account last. */
function accountOrder(model: TopologyModel, nodes: readonly TopologyNode[]): (string | undefined)[] {
  const present = new Set(nodes.map((node) => node.account));
  const known = model.accounts.map((account) => account.key).filter((key) => present.has(key));
  return present.has(undefined) ? [...known, undefined] : known;
}

/**
 * The order regions are given to ELK, which keeps it where the layout leaves a choice and breaks cycles
 * by it: regions that others mirror into come after those (a topological order of the mirrors between
 * regions), ties and cycles broken by region id, the unknown region last. So mirrors point right, and in
 * two regions that mirror into each other, the arrow that points back is the one out of the later id.
 */
function regionOrder(model: TopologyModel): string[] {
  const regionOf = new Map(topologyNodes(model).map((node) => [node.id, node.region] as const));
  const sources = new Map<string, Set<string>>(model.regions.map((region) => [region.region, new Set<string>()]));
  for (const edge of model.edges) {
    if (edge.kind !== "mirrors-to") continue;
    const from = regionOf.get(edge.from)!;
    const to = regionOf.get(edge.to)!;
    if (from !== to) sources.get(to)!.add(from);
  }
  const left = model.regions.map((region) => region.region); // already in order: by id, the unknown region last
  const placed: string[] = [];
  while (left.length > 0) {
    const waiting = (region: string) => [...sources.get(region)!].filter((source) => !placed.includes(source)).length;
    // The first region no unplaced region mirrors into; in a cycle, the one fewest unplaced regions mirror into.
    const next = left.reduce((best, region) => (waiting(region) < waiting(best) ? region : best));
    placed.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return placed;
}
