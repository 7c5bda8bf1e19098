import * as fs from "fs";
import * as path from "path";
import { IConstruct } from "constructs";
import { App } from "../private/framework";
import { HbrConfigurationError } from "../private/configuration-error";
import { renderTopologyHtml } from "./html";
import { renderTopologyMarkdown } from "./mermaid";
import { buildTopologyModel } from "./model";
import { layoutTopology, renderTopologySvg } from "./svg";

/** The names of the topology files in the output directory. */
export const TOPOLOGY_FILES = Object.freeze({
  /** Markdown with a Mermaid diagram and a table of nodes. */
  markdown: "topology.md",
  /** A standalone SVG picture. */
  svg: "topology.svg",
  /** A self-contained HTML page with the SVG and the table. */
  html: "topology.html",
});

/**
 * Writes `topology.md`, `topology.svg` and `topology.html` for the app `scope` belongs to. Call it
 * after declaring the app (before or after `app.synth()`: the picture is made from the constructs).
 * @param outdir where to write, created when missing; the app's outdir (`cdktf.out`) when not given
 * @returns the paths written
 */
export function writeTopology(scope: IConstruct, outdir?: string): string[] {
  const root = scope.node.root;
  const dir = outdir ?? (App.isApp(root) ? root.outdir : undefined);
  if (dir === undefined) {
    throw new HbrConfigurationError(root.node.path || "writeTopology", "the construct tree's root is not a cdktf App, so there is no outdir.", "Pass the directory to write to: writeTopology(scope, dir).");
  }
  const model = buildTopologyModel(root);
  // One layout for both pictures: laying out is the costly part.
  const layout = layoutTopology(model);
  fs.mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    [TOPOLOGY_FILES.markdown, renderTopologyMarkdown(model)],
    [TOPOLOGY_FILES.svg, renderTopologySvg(model, { layout })],
    [TOPOLOGY_FILES.html, renderTopologyHtml(model, { layout })],
  ];
  return files.map(([name, content]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  });
}
