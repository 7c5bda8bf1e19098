import * as fs from "fs";
import * as path from "path";
import { Construct } from "constructs";
import { HbrConfigurationError } from "../../lib";
import { TOPOLOGY_FILES, buildTopologyModel, renderTopologyHtml, renderTopologyMarkdown, renderTopologySvg, writeTopology } from "../../lib/topology";
import { scratchDir } from "../support";
import { sampleApp } from "./support";

describe("writeTopology", () => {
  test("writes topology.md, topology.svg and topology.html into the app's outdir", () => {
    const app = sampleApp();
    const files = writeTopology(app);
    expect(files).toEqual([TOPOLOGY_FILES.markdown, TOPOLOGY_FILES.svg, TOPOLOGY_FILES.html].map((name) => path.join(app.outdir, name)));
    const model = buildTopologyModel(app);
    expect(fs.readFileSync(files[0], "utf8")).toBe(renderTopologyMarkdown(model));
    expect(fs.readFileSync(files[1], "utf8")).toBe(renderTopologySvg(model));
    expect(fs.readFileSync(files[2], "utf8")).toBe(renderTopologyHtml(model));
  });

  test("writes into another directory when given one, creating it", () => {
    const dir = path.join(scratchDir(), "nested", "pictures");
    writeTopology(sampleApp(), dir);
    expect(fs.readdirSync(dir).sort()).toEqual(["topology.html", "topology.md", "topology.svg"]);
  });

  test("refuses a construct tree whose root is not an App when no directory is given", () => {
    const root = new Construct(undefined as any, "root");
    expect(() => writeTopology(root)).toThrow(HbrConfigurationError);
    expect(() => writeTopology(root)).toThrow(/the construct tree's root is not a cdktf App/);
  });
});
