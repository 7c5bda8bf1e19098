import { cityGroupOf } from "../private/city-groups";
import { TOPOLOGY_EDGE_LABELS, TOPOLOGY_COLORS } from "./mermaid";
import { NODE_SIZE, TOPOLOGY_ORIGIN, TopologyBox, TopologyLayout, TopologyRoute, layoutTopology } from "./layout";
import { TopologyEdgeKind, TopologyModel, TopologyNode, TopologyNodeKind, showsAccounts, topologyNodes } from "./model";

// The layout's public part goes out with the picture (lib/index.ts exports this module whole).
export { layoutTopology, layoutTopologyAsync } from "./layout";
export type { TopologyAccountArea, TopologyBox, TopologyLayout, TopologyPoint, TopologyRegionArea, TopologyRoute } from "./layout";
import { xmlAttribute as attr, xmlText as text } from "./xml-text";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";
const MARGIN = 12;
/** The room for text in a box: from its left padding to a smaller right padding. */
const TEXT_WIDTH = NODE_SIZE.width - 12 - 8;
const LEGEND_HEIGHT = 64;
/** How the picture names the account of imported vaults: no provider of the app tells it. */
const UNKNOWN_ACCOUNT = "account unknown (imported)";

/** A line's font, for estimating what fits. */
interface TextFont {
  readonly size: number;
  readonly bold?: boolean;
  readonly monospace?: boolean;
  /** The most it may take, before the box it sits in says otherwise. */
  readonly widthPx: number;
}

const FONTS = Object.freeze({
  label: { size: 13, bold: true, widthPx: TEXT_WIDTH },
  description: { size: 11, widthPx: TEXT_WIDTH },
  path: { size: 10, monospace: true, widthPx: TEXT_WIDTH },
  regionTitle: { size: 15, bold: true, widthPx: NODE_SIZE.width },
  regionSubtitle: { size: 11, widthPx: NODE_SIZE.width },
  account: { size: 11, bold: true, widthPx: NODE_SIZE.width - 8 },
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

/** Options of {@link renderTopologySvg}. */
export interface TopologySvgOptions {
  /**
   * The layout to draw, from {@link layoutTopology} or {@link layoutTopologyAsync}: pass it to draw one
   * model several times (the SVG file and the HTML page) with one layout.
   * @default layoutTopology(model)
   */
  readonly layout?: TopologyLayout;
  /**
   * Whether the picture carries its own heading (the summary line) above the drawing. A page that has
   * its own heading, like topology.html, leaves it out, so the title appears once.
   * @default true
   */
  readonly heading?: boolean;
}

/**
 * The model as a standalone SVG document, laid out by ELK (see {@link layoutTopology}): a cluster per
 * region (and per account inside it when the app has more than one), a box per node, and orthogonal
 * arrows routed between the boxes. Deterministic (whole coordinates, no ids from counters, no dates),
 * every text escaped, and each node a `<g data-node-id>` with its kind, region, account and path as
 * `data-` attributes, so tools and tests can find it.
 */
export function renderTopologySvg(model: TopologyModel, options: TopologySvgOptions = {}): string {
  const layout = options.layout ?? layoutTopology(model);
  const heading = options.heading ?? true;
  const nodes = topologyNodes(model);
  const accountLabels = new Map(model.accounts.map((account) => [account.key, account.label] as const));
  const legendTop = Math.max(layout.height, nodes.length === 0 ? TOPOLOGY_ORIGIN.y + 32 : 0) + MARGIN;
  const width = Math.max(layout.width + MARGIN, legendWidth() + 2 * MARGIN);
  const height = legendTop + LEGEND_HEIGHT;
  // Without the heading the view starts just above the drawing, so no coordinate moves.
  const top = heading ? 0 : TOPOLOGY_ORIGIN.y - MARGIN;
  const summary = topologySummaryLine(model);
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height - top}" viewBox="0 ${top} ${width} ${height - top}" font-family="${attr(FONT)}" role="img" aria-labelledby="topology-title">`,
    `<title id="topology-title">${text(summary)}</title>`,
    "<defs>",
    ...(Object.keys(EDGE_STYLE) as TopologyEdgeKind[]).map(
      (kind) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLE[kind].stroke}"/></marker>`,
    ),
    "</defs>",
    `<rect x="0" y="${top}" width="${width}" height="${height - top}" fill="#ffffff"/>`,
  );
  if (heading) out.push(`<text class="heading" x="${MARGIN}" y="${MARGIN + 18}" font-size="18" font-weight="700" fill="#0f172a">${text(summary)}</text>`);
  if (nodes.length === 0) {
    out.push(`<text x="${MARGIN}" y="${TOPOLOGY_ORIGIN.y + 20}" font-size="14" fill="#475569">No HBR constructs.</text>`);
  }
  for (const region of layout.regions) {
    out.push(renderRegion(region.region, region.box));
    for (const area of region.accounts) out.push(renderAccount(region.region, area.account === undefined ? UNKNOWN_ACCOUNT : accountLabels.get(area.account)!, area.box));
  }
  out.push('<g class="edges" fill="none">');
  for (const route of layout.routes) out.push(renderRoute(route));
  out.push("</g>");
  // The tooltip names the account only when the picture shows accounts.
  const accountOf = (node: TopologyNode) => (showsAccounts(model) ? (node.account === undefined ? UNKNOWN_ACCOUNT : accountLabels.get(node.account)) : undefined);
  for (const node of nodes) out.push(renderNode(node, layout.boxes.get(node.id)!, accountOf(node)));
  out.push(renderLegend(legendTop), "</svg>");
  return `${out.join("\n")}\n`;
}

/** `HBR topology: 2 regions, 1 backup vault, ...`: the picture's title. */
export function topologySummaryLine(model: TopologyModel): string {
  return `HBR topology: ${topologyCounts(model)}`;
}

/** `2 regions, 1 backup vault, 1 mirror vault, ...`: what the model holds, counted. */
export function topologyCounts(model: TopologyModel): string {
  const nodes = topologyNodes(model);
  const count = (kind: TopologyNodeKind) => nodes.filter((node) => node.kind === kind).length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const accounts = showsAccounts(model) ? `, ${plural(model.accounts.length, "account")}` : "";
  return (
    `${plural(model.regions.length, "region")}${accounts}, ${plural(count("backup-vault"), "backup vault")}, ` +
    `${plural(count("mirror-vault"), "mirror vault")}, ${plural(count("backup-policy"), "backup policy", "backup policies")}, ${plural(count("restore-job"), "restore job")}`
  );
}

function renderRegion(region: string, box: TopologyBox): string {
  const subtitle = cityGroupOf(region)?.name ?? "";
  const room = box.width - 2 * 16;
  return [
    `<g class="region" data-region="${attr(region)}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="10" fill="#f8fafc" stroke="#cbd5e1"/>`,
    `<text x="${box.x + 16}" y="${box.y + 22}" font-size="15" font-weight="700" fill="#0f172a">${text(fitText(region, { ...FONTS.regionTitle, widthPx: room }))}</text>`,
    // The city group (see CITY_GROUPS), so regions a disaster could hit together read as such.
    `<text x="${box.x + 16}" y="${box.y + 38}" font-size="11" fill="#64748b">${text(fitText(subtitle, { ...FONTS.regionSubtitle, widthPx: room }))}</text>`,
    "</g>",
  ].join("\n");
}

/** An account's cluster; it carries the account's label, not its key, which for static keys is a digest never shown. */
function renderAccount(region: string, label: string, box: TopologyBox): string {
  return [
    `<g class="account" data-region="${attr(region)}" data-account="${attr(label)}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="8" fill="#ffffff" stroke="#94a3b8" stroke-dasharray="3 3"/>`,
    `<text x="${box.x + 10}" y="${box.y + 17}" font-size="11" font-weight="700" fill="#475569">${text(fitText(label, { ...FONTS.account, widthPx: box.width - 20 }))}</text>`,
    "</g>",
  ].join("\n");
}

function renderNode(node: TopologyNode, box: TopologyBox, accountLabel: string | undefined): string {
  const { fill, stroke } = TOPOLOGY_COLORS[node.kind];
  const dash = node.imported ? ' stroke-dasharray="6 4"' : "";
  const rx = node.kind === "restore-job" ? 28 : 6;
  return [
    `<g class="node ${node.kind}" data-node-id="${attr(node.id)}" data-kind="${node.kind}" data-region="${attr(node.region)}" data-path="${attr(node.path)}" data-imported="${node.imported}"${accountLabel === undefined ? "" : ` data-account="${attr(accountLabel)}"`}>`,
    `<title>${text(`${node.label} (${node.imported ? "imported " : ""}${KIND_WORDS[node.kind]}${accountLabel === undefined ? "" : `, ${accountLabel}`}) ${node.path}`)}</title>`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${rx}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dash}/>`,
    `<text class="label" x="${box.x + 12}" y="${box.y + 20}" font-size="13" font-weight="700" fill="#0f172a">${text(fitText(node.label, FONTS.label))}</text>`,
    `<text class="description" x="${box.x + 12}" y="${box.y + 36}" font-size="11" fill="#334155">${text(fitText(node.description, FONTS.description))}</text>`,
    `<text class="path" x="${box.x + 12}" y="${box.y + 51}" font-size="10" font-family="${attr(MONO)}" fill="#64748b">${text(fitText(node.path, FONTS.path, true))}</text>`,
    "</g>",
  ].join("\n");
}

/** An orthogonal polyline along ELK's route, ending in an arrow on the target's border. */
function renderRoute(route: TopologyRoute): string {
  const style = EDGE_STYLE[route.kind];
  const d = route.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
  const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : "";
  return `<path class="edge ${route.kind}" data-from="${attr(route.from)}" data-to="${attr(route.to)}" data-kind="${route.kind}" d="${d}" stroke="${style.stroke}" stroke-width="${style.width}"${dash} marker-end="url(#arrow-${route.kind})"><title>${text(TOPOLOGY_EDGE_LABELS[route.kind])}</title></path>`;
}

/** The legend's width: its longer row, the edges'. */
function legendWidth(): number {
  const nodeRow = (Object.values(KIND_WORDS) as string[]).reduce((sum, words) => sum + 20 + words.length * 7 + 18, 0) + 20 + 8 * 7;
  const edgeRow = (Object.values(TOPOLOGY_EDGE_LABELS) as string[]).reduce((sum, words) => sum + 42 + words.length * 7 + 24, 0);
  return Math.max(nodeRow, edgeRow);
}

function renderLegend(top: number): string {
  const y = top + 16;
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

/**
 * The text as it fits in `widthPx` at the font given, cut with `…` at the end, or with `keepEnd` (for
 * construct paths, whose end names the construct) at the start, where the cut moves on to the next
 * `/`, `-` or `_` when that keeps most of the text, so what is shown does not start mid-word.
 */
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
  if (!keepEnd) return `${kept.join("")}…`;
  const tail = kept.reverse();
  const cut = tail.findIndex((ch) => "/-_".includes(ch));
  // A `/` stays (it says a path goes on); a `-` or `_` goes with the cut-off word.
  return `…${(cut >= 0 && cut < tail.length / 3 ? tail.slice(tail[cut] === "/" ? cut : cut + 1) : tail).join("")}`;
}
