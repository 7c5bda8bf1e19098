import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { addExamples } from "../../examples/app";
import { buildTopologyModel, renderMermaid } from "../../lib/topology";
import { scratchDir } from "../support";

describe("the README's topology picture", () => {
  test("is the diagram of the bundled examples as the library draws it today", () => {
    const app = new App({ outdir: path.join(scratchDir("hbr-readme-"), "cdktf.out") });
    addExamples(app);
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const start = readme.indexOf("```mermaid\n") + "```mermaid\n".length;
    const shown = readme.slice(start, readme.indexOf("\n```", start));
    expect(shown).toBe(renderMermaid(buildTopologyModel(app)));
  });
});
