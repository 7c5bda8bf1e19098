import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { scratchDir } from "../support";

const APP = path.join(__dirname, "fixtures", "locale-app.ts");
const FILES = ["hbr-report.json", "hbr-report.md", "topology.md", "topology.svg", "topology.html", "manifest.json"];

/** Runs the fixture app in its own process under `locale` and returns the written files. */
function synthUnder(locale: string): Record<string, string> {
  const outdir = path.join(scratchDir("hbr-locale-"), "cdktf.out");
  execFileSync(process.execPath, ["-r", "ts-node/register/transpile-only", APP, outdir], {
    env: { ...process.env, LANG: locale, LC_ALL: locale, CHECKPOINT_DISABLE: "1", TS_NODE_PROJECT: path.join(__dirname, "..", "..", "tsconfig.json") },
    stdio: "pipe",
  });
  return Object.fromEntries(FILES.map((f) => [f, fs.readFileSync(path.join(outdir, f), "utf8")]));
}

describe("output that does not depend on the machine's locale", () => {
  test("reports, pictures and the manifest are byte-identical under the C, Estonian and German locales", () => {
    const c = synthUnder("C.UTF-8");
    expect(synthUnder("et_EE.UTF-8")).toEqual(c);
    expect(synthUnder("de_DE.UTF-8")).toEqual(c);
  }, 120_000);

  test("findings in the report are in code-unit order (upper case before lower, Z before a)", () => {
    const report = JSON.parse(synthUnder("de_DE.UTF-8")["hbr-report.json"]);
    const paths: string[] = report.findings.filter((f: { code: string }) => f.code === "HBR004").map((f: { path: string }) => f.path);
    expect(paths.length).toBe(6);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths.indexOf("s/Zvault-dr")).toBeLessThan(paths.indexOf("s/avault-dr"));
  }, 60_000);
});
