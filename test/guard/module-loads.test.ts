import { spawnSync } from "child_process";
import * as path from "path";
import { fixturePath } from "./guard-support";

const ROOT = path.join(__dirname, "..", "..");

/**
 * The project files and packages a whole `hbr-guard` run loads, from a fresh Node process: the plans
 * given exercise every check (deletions, replacements, mirrors, backup targets, the vault rules).
 */
function modulesOfAGuardRun(): string[] {
  const script = `
    const cli = require(${JSON.stringify(path.join(ROOT, "lib", "guard", "cli.ts"))});
    const io = { ...cli.processIo, stdout() {}, stderr() {} };
    const plans = ${JSON.stringify(["replace-source-and-mirror.plan.json", "backup-into-mirror.plan.json", "module-for-each.plan.json", "multi-mirrors.plan.json"].map(fixturePath))};
    cli.runGuard(["--format", "json", ...plans], io);
    cli.runGuard(["--format", "github", plans[0]], io);
    process.stdout.write(JSON.stringify(Object.keys(require.cache)));
  `;
  const child = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60000,
    env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") },
  });
  if (child.status !== 0) throw new Error(`the guard run failed: ${child.stderr}`);
  return (JSON.parse(child.stdout) as string[]).map((file) => path.relative(ROOT, file).split(path.sep).join("/"));
}

describe("what a guard run loads", () => {
  const loaded = modulesOfAGuardRun();

  test("the run is seen: the guard's own modules are loaded", () => {
    expect(loaded).toEqual(expect.arrayContaining(["lib/guard/cli.ts", "lib/guard/plan-checks.ts", "lib/guard/plan-document.ts"]));
  });

  test.each([
    ["cdktf", /(^|\/)node_modules\/cdktf\//],
    ["constructs", /(^|\/)node_modules\/constructs\//],
    ["the generated provider bindings (lib/gen)", /^lib\/gen\//],
    ["the topology code (lib/topology)", /^lib\/topology\//],
    ["the framework choice (lib/private/framework)", /^lib\/private\/framework/],
    ["the construct library's barrel (lib/index)", /^lib\/index\.ts$/],
    ["elkjs", /(^|\/)node_modules\/elkjs\//],
  ])("loads nothing of %s", (_, pattern) => {
    expect(loaded.filter((file) => pattern.test(file))).toEqual([]);
  });
});
