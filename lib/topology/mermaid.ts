import { markdownTable } from "../private/markdown-text";
import { TopologyEdgeKind, TopologyModel, TopologyNode, TopologyNodeKind, showsAccounts, topologyNodes } from "./model";

/** Options of {@link renderTopologyMarkdown}. */
export interface TopologyMarkdownOptions {
  /**
   * The document's heading.
   * @default "HBR topology"
   */
  readonly title?: string;
}

/** Mermaid class names per node kind (Mermaid class names cannot contain `-`). */
const CLASS_OF: Readonly<Record<TopologyNodeKind, string>> = {
  "backup-vault": "backupVault",
  "mirror-vault": "mirrorVault",
  "backup-policy": "backupPolicy",
  "restore-job": "restoreJob",
};

/** The colours of one kind of node. */
export interface TopologyNodeColors {
  /** The box's fill, a CSS colour. */
  readonly fill: string;
  /** The box's border, a CSS colour; edges use the colour of the node kind they lead to. */
  readonly stroke: string;
}

/** Colours shared with the SVG, so the two pictures read the same. */
export const TOPOLOGY_COLORS: Readonly<Record<TopologyNodeKind, TopologyNodeColors>> = Object.freeze({
  "backup-vault": Object.freeze({ fill: "#dbeafe", stroke: "#1d4ed8" }),
  "mirror-vault": Object.freeze({ fill: "#dcfce7", stroke: "#15803d" }),
  "backup-policy": Object.freeze({ fill: "#ffedd5", stroke: "#c2410c" }),
  "restore-job": Object.freeze({ fill: "#f3e8ff", stroke: "#7e22ce" }),
});

/** The words on each kind of edge. */
export const TOPOLOGY_EDGE_LABELS: Readonly<Record<TopologyEdgeKind, string>> = Object.freeze({
  "mirrors-to": "mirrors to",
  "backs-up-into": "backs up into",
  "restored-by": "restored by",
});

const ARROW: Readonly<Record<TopologyEdgeKind, string>> = { "mirrors-to": "==>", "backs-up-into": "-->", "restored-by": "-.->" };

/**
 * The model as a Mermaid flowchart: one subgraph per region (holding one per account when the app has
 * more than one), a node per vault, mirror, policy and restore job (cylinders for vaults, a dashed border for imported ones), and labelled edges.
 * Labels are escaped, so names with quotes, `#`, `<` or backticks cannot break the diagram.
 */
export function renderMermaid(model: TopologyModel): string {
  const lines = ["flowchart LR"];
  if (model.regions.length === 0) {
    lines.push('  empty["No HBR constructs"]');
    return lines.join("\n");
  }
  const accounts = showsAccounts(model);
  for (const region of model.regions) {
    lines.push(`  subgraph ${regionId(region.region)}["${mermaidText(region.region)}"]`, "    direction TB");
    if (!accounts) {
      for (const node of region.nodes) lines.push(`    ${nodeShape(node)}`);
    } else {
      // A subgraph per account, in the model's account order, the imports' (account unknown) last.
      const keys = model.accounts.map((account) => account.key as string | undefined).concat([undefined]);
      for (const [i, key] of keys.entries()) {
        const nodes = region.nodes.filter((node) => node.account === key);
        if (nodes.length === 0) continue;
        const label = key === undefined ? "account unknown (imported)" : model.accounts[i].label;
        lines.push(`    subgraph ${regionId(region.region)}_account_${key === undefined ? "unknown" : i + 1}["${mermaidText(label)}"]`, "      direction TB");
        for (const node of nodes) lines.push(`      ${nodeShape(node)}`);
        lines.push("    end");
      }
    }
    lines.push("  end");
  }
  for (const edge of model.edges) lines.push(`  ${edge.from} ${ARROW[edge.kind]}|${TOPOLOGY_EDGE_LABELS[edge.kind]}| ${edge.to}`);
  const nodes = topologyNodes(model);
  for (const kind of Object.keys(CLASS_OF) as TopologyNodeKind[]) {
    const ids = nodes.filter((node) => node.kind === kind).map((node) => node.id);
    if (ids.length === 0) continue;
    const { fill, stroke } = TOPOLOGY_COLORS[kind];
    lines.push(`  classDef ${CLASS_OF[kind]} fill:${fill},stroke:${stroke},color:#0f172a`, `  class ${ids.join(",")} ${CLASS_OF[kind]}`);
  }
  const imported = nodes.filter((node) => node.imported).map((node) => node.id);
  if (imported.length > 0) lines.push("  classDef imported stroke-dasharray:5 5", `  class ${imported.join(",")} imported`);
  return lines.join("\n");
}

/**
 * A Markdown document with the Mermaid diagram (GitHub, GitLab and most editors draw it) and a table of
 * every node with its construct path: what `topology.md` holds.
 */
export function renderTopologyMarkdown(model: TopologyModel, options: TopologyMarkdownOptions = {}): string {
  const nodes = topologyNodes(model);
  const parts = [
    `# ${options.title ?? "HBR topology"}`,
    "Vaults, mirror vaults, backup policies and restore jobs by region. Thick arrows: mirrors to; " +
      "arrows: backs up into; dotted arrows: restored by. Dashed borders: imported vaults, managed outside this app.",
    `\`\`\`mermaid\n${renderMermaid(model)}\n\`\`\``,
  ];
  if (nodes.length > 0) {
    parts.push(markdownTable(["region", "name", "what", "construct path"], nodes.map((node) => [node.region, node.label, node.description, node.path])));
  }
  return `${parts.join("\n\n")}\n`;
}

function nodeShape(node: TopologyNode): string {
  const label = `${mermaidText(node.label)}<br/>${mermaidText(node.description)}`;
  switch (node.kind) {
    case "backup-vault":
    case "mirror-vault":
      return `${node.id}[("${label}")]`;
    case "backup-policy":
      return `${node.id}["${label}"]`;
    case "restore-job":
      return `${node.id}(["${label}"])`;
  }
}

function regionId(region: string): string {
  return `region_${region.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "") || "unknown"}`;
}

/**
 * Text for a quoted Mermaid label. Mermaid reads `#name;` and `#123;` as entity codes, so the
 * characters that end a label, start an entity, or mean HTML or Markdown are written as numeric ones.
 */
function mermaidText(text: string): string {
  return text.replace(/[\r\n]+/g, " ").replace(/["#&<>`|[\]{}()\\]/g, (ch) => `#${ch.charCodeAt(0)};`);
}
