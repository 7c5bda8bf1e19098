import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { HBR_CLI_EXIT_CODES, HBR_CLI_USAGE, HbrCliIo, parseHbrCliArguments, runHbrCli } from "../../lib/cli/main";
import { scratchDir } from "../support";

const repo = path.join(__dirname, "..", "..");
const fixture = (name: string) => path.join("test", "cli", "fixtures", name);

/** Runs the CLI in-process from the repository root, capturing what it prints. */
function run(...argv: string[]): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const io: HbrCliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: () => repo };
  const code = runHbrCli(argv, io);
  return { code, stdout, stderr };
}

describe("cdktf-alicloud-hbr command line", () => {
  test.each<[string[], string]>([
    [[], "no command given."],
    [["draw"], 'unknown command "draw"; the command is "graph".'],
    [["graph"], "graph needs --app <module>."],
    [["graph", "--app"], "--app needs a value."],
    [["graph", "--app", "a.ts", "--app", "b.ts"], "--app is given twice."],
    [["graph", "--app", "a.ts", "--format", "svg"], 'unknown argument "--format".'],
  ])("%p is refused: %s", (argv, reason) => {
    expect(parseHbrCliArguments(argv)).toEqual({ ok: false, reason });
  });

  test("graph takes --app, --export and --out, in either --name value or --name=value form", () => {
    expect(parseHbrCliArguments(["graph", "--app=x.ts", "--export", "addIt", "--out", "out"])).toEqual({
      ok: true,
      args: { command: "graph", app: "x.ts", exportName: "addIt", out: "out" },
    });
    expect(parseHbrCliArguments(["graph", "--app", "x.ts"])).toEqual({ ok: true, args: { command: "graph", app: "x.ts", exportName: undefined, out: "cdktf.out" } });
  });

  test("--help prints the usage and exits 0", () => {
    expect(run("--help")).toEqual({ code: 0, stdout: HBR_CLI_USAGE, stderr: "" });
  });

  test("a wrong command line prints the reason and the usage, and exits 2", () => {
    const result = run("graph");
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.USAGE);
    expect(result.stderr).toBe(`cdktf-alicloud-hbr: graph needs --app <module>.\n\n${HBR_CLI_USAGE}`);
  });

  test("graph synthesizes the module's app and writes the pictures and the report next to the stacks", () => {
    const out = scratchDir();
    const result = run("graph", "--app", fixture("two-regions.ts"), "--out", out);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.OK);
    expect(fs.readdirSync(out).sort()).toEqual(["hbr-report.json", "hbr-report.md", "manifest.json", "stacks", "topology.html", "topology.md", "topology.svg"]);
    expect(fs.readFileSync(path.join(out, "topology.md"), "utf8")).toContain("vault_dr_Backups ==>|mirrors to| mirror_dr_Mirror");
    expect(result.stdout).toContain(`wrote ${path.relative(repo, path.join(out, "topology.svg"))}\n`);
    expect(result.stdout).toContain("HBR: 2 regions, 1 backup vault, 1 mirror vault, 0 backup policies, 0 restore jobs; 0 errors, 0 warnings, 0 suppressions");
  });

  test("graph picks addToApp, else the only exported function, else the one named with --export", () => {
    expect(run("graph", "--app", fixture("breaks-rules.ts"), "--out", scratchDir()).stdout).toContain("1 mirror vault");
    const several = run("graph", "--app", fixture("several.ts"), "--out", scratchDir());
    expect([several.code, several.stderr]).toEqual([2, `cdktf-alicloud-hbr: ${fixture("several.ts")} exports several functions (addBeijing, addHangzhou); pick one with --export <name>.\n`]);
    const picked = run("graph", "--app", fixture("several.ts"), "--export", "addBeijing", "--out", scratchDir());
    expect([picked.code, picked.stdout.includes("cn-beijing"), picked.stdout.includes("cn-hangzhou")]).toEqual([0, true, false]);
  });

  test("graph exits 1 when the app breaks a rule, still writing the pictures and printing the summary", () => {
    const out = scratchDir();
    const result = run("graph", "--app", fixture("breaks-rules.ts"), "--out", out);
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.APP_FAILED);
    expect(result.stderr).toMatch(/\[HBR005\] broken\/Mirror \(alicloud_hbr_replication_vault\.\S+\): /);
    expect(result.stdout).toMatch(/HBR005 +1 +0 +0 +Vault names and descriptions within the service's limits/);
    expect(fs.existsSync(path.join(out, "topology.svg"))).toBe(true);
  });

  test("graph exits 1 when the module throws while declaring the app", () => {
    expect(run("graph", "--app", fixture("throws.ts"), "--out", scratchDir())).toMatchObject({
      code: HBR_CLI_EXIT_CODES.APP_FAILED,
      stderr: `cdktf-alicloud-hbr: ${fixture("throws.ts")} failed to declare the app: boom while declaring\n`,
    });
  });

  test.each<[string, RegExp]>([
    ["missing.ts", /^cdktf-alicloud-hbr: cannot find the module test\/cli\/fixtures\/missing\.ts/],
    [
      "no-function.ts",
      /^cdktf-alicloud-hbr: test\/cli\/fixtures\/no-function\.ts exports no function \(app\) => void and no App, and synthesizes no App while loading: export a function as default or as addToApp, export the App as default or as app, or build it and call app\.synth\(\) at the top level\./,
    ],
  ])("graph exits 2 for the module %s, writing nothing", (name, message) => {
    const out = path.join(scratchDir(), "out");
    const result = run("graph", "--app", fixture(name), "--out", out);
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.USAGE);
    expect(result.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  // Modules that build their App are loaded once per test file under jest (its module registry
  // ignores require.cache), so each of these tests has a fixture of its own.
  test("graph runs a standard cdktf entry point (builds an App and synthesizes it at the top level) with its outdir set to --out", () => {
    const out = scratchDir();
    const synthBefore = App.prototype.synth;
    const outdirBefore = process.env.CDKTF_OUTDIR;
    const result = run("graph", "--app", fixture("entry-point.js"), "--out", out);
    expect([result.code, result.stderr]).toEqual([HBR_CLI_EXIT_CODES.OK, ""]);
    expect(fs.existsSync(path.join(out, "stacks", "entry", "cdk.tf.json"))).toBe(true);
    expect(fs.readFileSync(path.join(out, "topology.md"), "utf8")).toContain("vault_entry_Backups ==>|mirrors to| mirror_entry_Mirror");
    expect(result.stdout).toContain("HBR: 2 regions, 1 backup vault, 1 mirror vault");
    expect([App.prototype.synth, process.env.CDKTF_OUTDIR]).toEqual([synthBefore, outdirBefore]);
  });

  test("graph exits 1 when an entry point's own app.synth() breaks a rule, still writing the pictures and the summary", () => {
    const out = scratchDir();
    const result = run("graph", "--app", fixture("entry-point-breaks-rules.ts"), "--out", out);
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.APP_FAILED);
    expect(result.stderr).toMatch(/\[HBR005\] broken-entry\/Mirror \(alicloud_hbr_replication_vault\.\S+\): /);
    expect(result.stderr).not.toContain("cannot load");
    expect(result.stdout).toMatch(/HBR005 +1 +0 +0 /);
    expect(fs.existsSync(path.join(out, "topology.svg"))).toBe(true);
  });

  test("graph exits 1, writing nothing, when the library refuses a construct an entry point declares at the top level", () => {
    const out = path.join(scratchDir(), "out");
    const result = run("graph", "--app", fixture("entry-point-refused.ts"), "--out", out);
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.APP_FAILED);
    expect(result.stderr).toBe(`cdktf-alicloud-hbr: ${fixture("entry-point-refused.ts")} failed to declare the app: refused/Legacy: vaultId is empty. Fix: Pass the existing vault's id (v-...).\n`);
    expect(fs.existsSync(out)).toBe(false);
  });

  test("graph uses an App the module exports as app, in preference to its functions, and synthesizes it into --out", () => {
    const out = scratchDir();
    const result = run("graph", "--app", fixture("exports-app.ts"), "--out", out);
    expect([result.code, result.stderr]).toEqual([HBR_CLI_EXIT_CODES.OK, ""]);
    expect(fs.existsSync(path.join(out, "stacks", "exported", "cdk.tf.json"))).toBe(true);
    expect(result.stdout).toContain("cn-shenzhen");
  });

  test("graph writes next to the stacks of an exported App that sets its own outdir, and says so", () => {
    const out = scratchDir();
    const result = run("graph", "--app", fixture("default-app-own-outdir.ts"), "--out", out);
    const { ownOutdir } = require("./fixtures/default-app-own-outdir");
    expect([result.code, result.stderr]).toEqual([HBR_CLI_EXIT_CODES.OK, ""]);
    expect(result.stdout).toContain(`builds its App with the outdir ${path.relative(repo, ownOutdir)}; writing there, next to its stacks, instead of ${out}.`);
    expect(fs.readdirSync(ownOutdir)).toEqual(expect.arrayContaining(["stacks", "topology.md", "hbr-report.json"]));
    expect(fs.readdirSync(out)).toEqual([]);
  });

  test("--export picks an exported App by name", () => {
    const result = run("graph", "--app", fixture("named-apps.ts"), "--export", "devApp", "--out", scratchDir());
    expect([result.code, result.stdout.includes("cn-chengdu"), result.stdout.includes("cn-hangzhou")]).toEqual([HBR_CLI_EXIT_CODES.OK, true, false]);
  });

  test("--export naming neither a function nor an App exits 2", () => {
    expect(run("graph", "--app", fixture("several.ts"), "--export", "NotADeclaration", "--out", scratchDir())).toMatchObject({
      code: HBR_CLI_EXIT_CODES.USAGE,
      stderr: `cdktf-alicloud-hbr: ${fixture("several.ts")} has no exported function or App "NotADeclaration".\n`,
    });
  });

  test("graph exits 2 when the module synthesizes several Apps and exports none", () => {
    expect(run("graph", "--app", fixture("two-apps.ts"), "--out", scratchDir())).toMatchObject({
      code: HBR_CLI_EXIT_CODES.USAGE,
      stderr: `cdktf-alicloud-hbr: ${fixture("two-apps.ts")} synthesizes 2 Apps while loading; export the one to draw as default or as app.\n`,
    });
  });

  test("the bin runs a standard cdktf entry point as its own process, writing into --out and not into ./cdktf.out", () => {
    const out = scratchDir();
    const result = spawnSync(process.execPath, [path.join(repo, "bin", "cdktf-alicloud-hbr"), "graph", "--app", fixture("entry-point.js"), "--out", out], {
      cwd: repo,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(fs.readFileSync(path.join(out, "topology.svg"), "utf8")).toContain('data-node-id="mirror_entry_Mirror"');
    expect(fs.existsSync(path.join(repo, "cdktf.out", "stacks", "entry"))).toBe(false);
  }, 120_000);

  test("the bin runs as its own process: npx cdktf-alicloud-hbr graph --app <module>", () => {
    const out = scratchDir();
    const result = spawnSync(process.execPath, [path.join(repo, "bin", "cdktf-alicloud-hbr"), "graph", "--app", fixture("two-regions.ts"), "--out", out], {
      cwd: repo,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("cn-beijing");
    expect(fs.readFileSync(path.join(out, "topology.svg"), "utf8")).toContain('data-node-id="mirror_dr_Mirror"');
  }, 120_000);
});
