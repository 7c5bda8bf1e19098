import { TopologyModel, topologyNodes } from "./model";
import { TopologyLayout, renderTopologySvg, topologyCounts } from "./svg";
import { xmlText as html } from "./xml-text";

/** Options of {@link renderTopologyHtml}. */
export interface TopologyHtmlOptions {
  /**
   * The page's title and heading.
   * @default "HBR topology"
   */
  readonly title?: string;
  /**
   * The layout to draw, from `layoutTopology` or `layoutTopologyAsync`.
   * @default layoutTopology(model)
   */
  readonly layout?: TopologyLayout;
}

/**
 * A self-contained HTML page (no scripts, no external files) with the SVG picture and a table of every
 * node with its region and construct path: what `topology.html` holds. The page's heading is the
 * title, so the picture inside leaves out its own. Wide pictures scroll inside their frame; the
 * table below stays put.
 */
export function renderTopologyHtml(model: TopologyModel, options: TopologyHtmlOptions = {}): string {
  const title = options.title ?? "HBR topology";
  const rows = topologyNodes(model)
    .map((node) => `<tr><td>${html(node.region)}</td><td>${html(node.label)}</td><td>${html(node.description)}</td><td><code>${html(node.path)}</code></td></tr>`)
    .join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 24px; color: #0f172a; }
figure { margin: 16px 0; overflow-x: auto; }
table { border-collapse: collapse; font-size: 14px; }
th, td { border: 1px solid #cbd5e1; padding: 4px 8px; text-align: left; }
th { background: #f1f5f9; }
</style>
</head>
<body>
<h1>${html(title)}</h1>
<p>${html(topologyCounts(model))}</p>
<figure>
${renderTopologySvg(model, { layout: options.layout, heading: false }).trimEnd()}
</figure>
<h2>Nodes</h2>
<table>
<thead><tr><th>region</th><th>name</th><th>what</th><th>construct path</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
