// `cdktf-alicloud-hbr/topology`: the picture of an app's vaults, mirrors, policies and restore jobs by
// region and account, as SVG, HTML and Mermaid.

export { collectInventory } from "./inventory";
export type { HbrInventory, InventoryPolicy, InventoryRestoreJob, InventoryVault } from "./inventory";
export { buildTopologyModel, topologyFromInventory } from "./model";
export type { TopologyAccount, TopologyEdge, TopologyEdgeKind, TopologyModel, TopologyNode, TopologyNodeKind, TopologyRegion } from "./model";
export { TOPOLOGY_COLORS, TOPOLOGY_EDGE_LABELS, renderMermaid, renderTopologyMarkdown } from "./mermaid";
export type { TopologyMarkdownOptions, TopologyNodeColors } from "./mermaid";
export { layoutTopology, layoutTopologyAsync, renderTopologySvg, topologyCounts, topologySummaryLine } from "./svg";
export type { TopologyAccountArea, TopologyBox, TopologyLayout, TopologyPoint, TopologyRegionArea, TopologyRoute, TopologySvgOptions } from "./svg";
export { renderTopologyHtml } from "./html";
export type { TopologyHtmlOptions } from "./html";
export { TOPOLOGY_FILES, writeTopology } from "./write-topology";
