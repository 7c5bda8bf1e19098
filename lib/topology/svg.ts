import { cityGroupOf } from "../policies/city-groups";
import { TOPOLOGY_EDGE_LABELS, TOPOLOGY_COLORS } from "./mermaid";
import { TopologyEdge, TopologyEdgeKind, TopologyModel, TopologyNode, TopologyNodeKind, topologyNodes } from "./model";
import { xmlAttribute as attr, xmlText as text } from "./xml-text";

/** Where a node's box is drawn, in SVG user units. */
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

/** One region's column in a {@link TopologyLayout}. */
export interface TopologyColumn {
  /** The region id. */
  readonly region: string;
  /** Where the column is drawn. */
  readonly box: TopologyBox;
}

/** The positions of a rendered topology: a column per region, a box per node. */
export interface TopologyLayout {
  /** The picture's width. */
  readonly width: number;
  /** The picture's height. */
  readonly height: number;
  /** Regions in column order, left to right, with each column's box. */
  readonly columns: readonly TopologyColumn[];
  /** Each node's box, by node id. */
  readonly boxes: ReadonlyMap<string, TopologyBox>;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";
const MARGIN = 24;
const TITLE_HEIGHT = 40;
const COLUMN_PADDING = 20;
const COLUMN_HEADER = 48;
const COLUMN_GAP = 80;
const BOX_WIDTH = 220;
const BOX_HEIGHT = 60;
const ROW_GAP = 22;
const LEGEND_HEIGHT = 56;
const COLUMN_WIDTH = BOX_WIDTH + 2 * COLUMN_PADDING;
/** The furthest a same-column edge's control points reach left of the boxes (its curve reaches 3/4 of it). */
const LOOP_REACH_MAX = 64;

/** The room for text in a box: from its left padding to a smaller right padding. */
const TEXT_WIDTH = BOX_WIDTH - 12 - 8;

/** A line's font, for estimating what fits. */
interface TextFont {
  readonly size: number;
  readonly bold?: boolean;
  readonly monospace?: boolean;
  readonly widthPx: number;
}

const FONTS = Object.freeze({
  label: { size: 13, bold: true, widthPx: TEXT_WIDTH },
  description: { size: 11, widthPx: TEXT_WIDTH },
  path: { size: 10, monospace: true, widthPx: TEXT_WIDTH },
  regionTitle: { size: 15, bold: true, widthPx: COLUMN_WIDTH - 2 * COLUMN_PADDING },
  regionSubtitle: { size: 11, widthPx: COLUMN_WIDTH - 2 * COLUMN_PADDING },
} satisfies Record<string, TextFont>);

const EDGE_STYLE: Readonly<Record<TopologyEdgeKind, { readonly stroke: string; readonly width: number; readonly dash?: string }>> = {
  "mirrors-to": { stroke: TOPOLOGY_COLORS["mirror-vault"].stroke, width: 2.5 },
  "backs-up-into": { stroke: TOPOLOGY_COLORS["backup-policy"].stroke, width: 1.5 },
  "restored-by": { stroke: TOPOLOGY_COLORS["restore-job"].stroke, width: 1.5, dash: "6 4" },
};

const KIND_WORDS: Readonly<Record<TopologyNodeKind, string>> = {
  "backup-vault": "backup vault",
  "mirror-vault": "mirror vault",
  "backup-policy": "backup policy",
  "restore-job": "restore job",
};

/**
 * Places the model: a column per region and a box per node, top to bottom in the model's order.
 * Columns follow the mirror edges (a region, then the regions its vaults mirror into), so mirror
 * arrows point right, mostly into the next column; otherwise regions keep id order.
 */
export function layoutTopology(model: TopologyModel): TopologyLayout {
  const order = columnOrder(model);
  const rows = Math.max(1, ...model.regions.map((region) => region.nodes.length));
  const columnHeight = COLUMN_HEADER + rows * (BOX_HEIGHT + ROW_GAP) - ROW_GAP + COLUMN_PADDING;
  const boxes = new Map<string, TopologyBox>();
  const columns = order.map((region, i) => {
    const x = MARGIN + i * (COLUMN_WIDTH + COLUMN_GAP);
    const nodes = model.regions.find((r) => r.region === region)?.nodes ?? [];
    nodes.forEach((node, row) => {
      boxes.set(node.id, { x: x + COLUMN_PADDING, y: MARGIN + TITLE_HEIGHT + COLUMN_HEADER + row * (BOX_HEIGHT + ROW_GAP), width: BOX_WIDTH, height: BOX_HEIGHT });
    });
    return { region, box: { x, y: MARGIN + TITLE_HEIGHT, width: COLUMN_WIDTH, height: columnHeight } };
  });
  const width = Math.max(2 * MARGIN + Math.max(1, order.length) * COLUMN_WIDTH + Math.max(0, order.length - 1) * COLUMN_GAP, 640);
  const height = MARGIN + TITLE_HEIGHT + (order.length > 0 ? columnHeight : 0) + LEGEND_HEIGHT + MARGIN;
  return { width, height, columns, boxes };
}

/**
 * The model as a standalone SVG document: deterministic (integer coordinates, no ids from counters,
 * no dates), every text escaped, and each node a `<g data-node-id>` with its kind, region and path as
 * `data-` attributes, so tools and tests can find it.
 */
export function renderTopologySvg(model: TopologyModel): string {
  const layout = layoutTopology(model);
  const nodes = topologyNodes(model);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${attr(FONT)}" role="img" aria-labelledby="topology-title">`,
    `<title id="topology-title">${text(topologySummaryLine(model))}</title>`,
    "<defs>",
    ...(Object.keys(EDGE_STYLE) as TopologyEdgeKind[]).map(
      (kind) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLE[kind].stroke}"/></marker>`,
    ),
    "</defs>",
    `<rect x="0" y="0" width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 18}" font-size="18" font-weight="700" fill="#0f172a">${text(topologySummaryLine(model))}</text>`,
  );
  if (nodes.length === 0) {
    out.push(`<text x="${MARGIN}" y="${MARGIN + TITLE_HEIGHT + 20}" font-size="14" fill="#475569">No HBR constructs.</text>`);
  }
  for (const column of layout.columns) out.push(renderColumn(column.region, column.box));
  out.push('<g class="edges" fill="none">');
  for (const edge of model.edges) {
    const from = layout.boxes.get(edge.from);
    const to = layout.boxes.get(edge.to);
    if (from && to) out.push(renderEdge(edge, from, to));
  }
  out.push("</g>");
  for (const node of nodes) out.push(renderNode(node, layout.boxes.get(node.id)!));
  out.push(renderLegend(layout), "</svg>");
  return `${out.join("\n")}\n`;
}

/** `HBR topology: 2 regions, 1 backup vault, ...`: the picture's title. */
export function topologySummaryLine(model: TopologyModel): string {
  const nodes = topologyNodes(model);
  const count = (kind: TopologyNodeKind) => nodes.filter((node) => node.kind === kind).length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  return (
    `HBR topology: ${plural(model.regions.length, "region")}, ${plural(count("backup-vault"), "backup vault")}, ` +
    `${plural(count("mirror-vault"), "mirror vault")}, ${plural(count("backup-policy"), "backup policy", "backup policies")}, ${plural(count("restore-job"), "restore job")}`
  );
}

function columnOrder(model: TopologyModel): string[] {
  const regionOf = new Map(topologyNodes(model).map((node) => [node.id, node.region] as const));
  const mirrorTargets = new Map<string, Set<string>>();
  for (const edge of model.edges) {
    if (edge.kind !== "mirrors-to") continue;
    const from = regionOf.get(edge.from)!;
    const to = regionOf.get(edge.to)!;
    if (from === to) continue;
    if (!mirrorTargets.has(from)) mirrorTargets.set(from, new Set());
    mirrorTargets.get(from)!.add(to);
  }
  const known = model.regions.map((region) => region.region);
  const mirroredInto = new Set([...mirrorTargets.values()].flatMap((targets) => [...targets]));
  const placed: string[] = [];
  const place = (region: string) => {
    if (placed.includes(region)) return;
    placed.push(region);
    for (const target of known.filter((r) => mirrorTargets.get(region)?.has(r))) place(target);
  };
  // Regions that mirrors point into wait for their sources, which place them right after themselves;
  // the second pass places what is left (regions that mirror into each other).
  for (const region of known) if (!mirroredInto.has(region)) place(region);
  for (const region of known) place(region);
  return placed;
}

function renderColumn(region: string, box: TopologyBox): string {
  const subtitle = cityGroupOf(region)?.name ?? "";
  return [
    `<g class="region" data-region="${attr(region)}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="#f8fafc" stroke="#cbd5e1"/>`,
    `<text x="${box.x + COLUMN_PADDING}" y="${box.y + 22}" font-size="15" font-weight="700" fill="#0f172a">${text(fitText(region, FONTS.regionTitle))}</text>`,
    // The city group (see CITY_GROUPS), so regions a disaster could hit together read as such.
    `<text x="${box.x + COLUMN_PADDING}" y="${box.y + 38}" font-size="11" fill="#64748b">${text(fitText(subtitle, FONTS.regionSubtitle))}</text>`,
    "</g>",
  ].join("\n");
}

function renderNode(node: TopologyNode, box: TopologyBox): string {
  const { fill, stroke } = TOPOLOGY_COLORS[node.kind];
  const dash = node.imported ? ' stroke-dasharray="6 4"' : "";
  const rx = node.kind === "restore-job" ? 28 : 6;
  return [
    `<g class="node ${node.kind}" data-node-id="${attr(node.id)}" data-kind="${node.kind}" data-region="${attr(node.region)}" data-path="${attr(node.path)}" data-imported="${node.imported}">`,
    `<title>${text(`${node.label} (${node.imported ? "imported " : ""}${KIND_WORDS[node.kind]}) ${node.path}`)}</title>`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${rx}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dash}/>`,
    `<text class="label" x="${box.x + 12}" y="${box.y + 20}" font-size="13" font-weight="700" fill="#0f172a">${text(fitText(node.label, FONTS.label))}</text>`,
    `<text class="description" x="${box.x + 12}" y="${box.y + 36}" font-size="11" fill="#334155">${text(fitText(node.description, FONTS.description))}</text>`,
    `<text class="path" x="${box.x + 12}" y="${box.y + 51}" font-size="10" font-family="${attr(MONO)}" fill="#64748b">${text(fitText(node.path, FONTS.path, true))}</text>`,
    "</g>",
  ].join("\n");
}

/**
 * Between columns, a curve from the side facing the target; within a column, a loop through the gap
 * left of the boxes, so it never crosses the boxes in between.
 */
function renderEdge(edge: TopologyEdge, from: TopologyBox, to: TopologyBox): string {
  const style = EDGE_STYLE[edge.kind];
  const fromY = Math.round(from.y + from.height / 2);
  const toY = Math.round(to.y + to.height / 2);
  let d: string;
  if (from.x === to.x) {
    // Control points `reach` to the left: the curve's leftmost point is 3/4 of that, inside the column gap.
    const x = from.x;
    const reach = Math.round(Math.min(LOOP_REACH_MAX, 24 + Math.abs(toY - fromY) / 8));
    d = `M${x},${fromY} C${x - reach},${fromY} ${x - reach},${toY} ${x},${toY}`;
  } else {
    const rightward = to.x > from.x;
    const startX = rightward ? from.x + from.width : from.x;
    const endX = rightward ? to.x : to.x + to.width;
    const pull = Math.round(Math.max(40, Math.abs(endX - startX) / 2)) * (rightward ? 1 : -1);
    d = `M${startX},${fromY} C${startX + pull},${fromY} ${endX - pull},${toY} ${endX},${toY}`;
  }
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
  return `<path class="edge ${edge.kind}" data-from="${attr(edge.from)}" data-to="${attr(edge.to)}" data-kind="${edge.kind}" d="${d}" stroke="${style.stroke}" stroke-width="${style.width}"${dash} marker-end="url(#arrow-${edge.kind})"><title>${text(TOPOLOGY_EDGE_LABELS[edge.kind])}</title></path>`;
}

function renderLegend(layout: TopologyLayout): string {
  const y = layout.height - MARGIN - LEGEND_HEIGHT + 24;
  const items: string[] = ['<g class="legend" font-size="11" fill="#334155">'];
  let x = MARGIN;
  for (const kind of Object.keys(KIND_WORDS) as TopologyNodeKind[]) {
    const { fill, stroke } = TOPOLOGY_COLORS[kind];
    items.push(`<rect x="${x}" y="${y - 10}" width="14" height="14" rx="3" fill="${fill}" stroke="${stroke}"/>`, `<text x="${x + 20}" y="${y + 1}">${text(KIND_WORDS[kind])}</text>`);
    x += 20 + KIND_WORDS[kind].length * 7 + 18;
  }
  items.push(`<rect x="${x}" y="${y - 10}" width="14" height="14" rx="3" fill="#ffffff" stroke="#475569" stroke-dasharray="4 3"/>`, `<text x="${x + 20}" y="${y + 1}">imported</text>`);
  x = MARGIN;
  const lineY = y + 22;
  for (const kind of Object.keys(EDGE_STYLE) as TopologyEdgeKind[]) {
    const style = EDGE_STYLE[kind];
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
    items.push(
      `<path d="M${x},${lineY - 4} L${x + 34},${lineY - 4}" stroke="${style.stroke}" stroke-width="${style.width}"${dash} fill="none" marker-end="url(#arrow-${kind})"/>`,
      `<text x="${x + 42}" y="${lineY}">${text(TOPOLOGY_EDGE_LABELS[kind])}</text>`,
    );
    x += 42 + TOPOLOGY_EDGE_LABELS[kind].length * 7 + 24;
  }
  items.push("</g>");
  return items.join("\n");
}

/**
 * The estimated width of a character in em, for a sans-serif face as wide as DejaVu Sans (wider than
 * most): no fonts are measured, so the estimate errs wide and text is cut a little early rather than
 * spilling out of its box.
 */
function emWidth(ch: string, monospace: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1.0;
  if (monospace) return 0.61;
  if ("iljI!|.,:;'`".includes(ch)) return 0.32;
  if ("ftr ()[]{}-/\\".includes(ch)) return 0.45;
  if ("mwMW@%".includes(ch)) return 1.0;
  if (/[A-Z]/.test(ch)) return 0.78;
  if (/[0-9]/.test(ch)) return 0.64;
  if (/[a-z]/.test(ch)) return 0.62;
  return 0.7;
}

/** The text as it fits in `widthPx` at the font given, cut with `…` at the end (or, with `keepEnd`, at the start). */
function fitText(value: string, font: TextFont, keepEnd = false): string {
  const scale = font.size * (font.bold ? 1.1 : 1);
  const widthOf = (ch: string) => emWidth(ch, font.monospace === true) * scale;
  const chars = [...value];
  if (chars.reduce((sum, ch) => sum + widthOf(ch), 0) <= font.widthPx) return value;
  let used = widthOf("…");
  const kept: string[] = [];
  for (const ch of keepEnd ? chars.reverse() : chars) {
    if (used + widthOf(ch) > font.widthPx) break;
    used += widthOf(ch);
    kept.push(ch);
  }
  return keepEnd ? `…${kept.reverse().join("")}` : `${kept.join("")}…`;
}
