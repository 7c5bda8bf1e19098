import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { HBR_CLI_EXIT_CODES, HBR_CLI_USAGE, HbrCliIo, parseHbrCliArguments, runHbrCli } from "../../lib";
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
    expect(result.stderr).toMatch(/\[HBR005\] broken\/Mirror: /);
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
    ["no-function.ts", /^cdktf-alicloud-hbr: test\/cli\/fixtures\/no-function\.ts exports no function \(app\) => void: export one as default or as addToApp\./],
  ])("graph exits 2 for the module %s, writing nothing", (name, message) => {
    const out = path.join(scratchDir(), "out");
    const result = run("graph", "--app", fixture(name), "--out", out);
    expect(result.code).toBe(HBR_CLI_EXIT_CODES.USAGE);
    expect(result.stderr).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  });

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
