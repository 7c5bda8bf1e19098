import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { scratchDir } from "../support";

const ROOT = path.resolve(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function npm(args: string[], cwd: string): string {
  return execFileSync(NPM, args, { cwd, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", npm_config_audit: "false", npm_config_fund: "false" }, maxBuffer: 64 << 20 });
}

/**
 * What to install in the scratch project so it gets what this checkout runs with: the same version,
 * and under CDK Terrain (CI installs cdktn as `cdktf`) the same npm alias.
 */
function installSpec(name: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8"));
  return pkg.name === name ? `${name}@${pkg.version}` : `${name}@npm:${pkg.name}@${pkg.version}`;
}

describe("the published package", () => {
  let files: string[];

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], { cwd: ROOT });
    const [packed] = JSON.parse(npm(["pack", "--dry-run", "--json", "--ignore-scripts"], ROOT));
    files = packed.files.map((f: { path: string }) => f.path).sort();
  }, 180_000);

  test("ships the compiled library with its declarations", () => {
    expect(files).toEqual(expect.arrayContaining(["dist/lib/index.js", "dist/lib/index.d.ts", "dist/lib/backup-vault.js", "dist/lib/mirror-vault.d.ts"]));
  });

  test("ships the generated bindings, compiled", () => {
    expect(files).toEqual(
      expect.arrayContaining(["dist/lib/gen/providers/alicloud/provider/index.js", "dist/lib/gen/providers/alicloud/hbr-vault/index.js", "dist/lib/gen/providers/alicloud/hbr-replication-vault/index.d.ts"]),
    );
  });

  test("ships the kept schema, the guard bin, README, LICENSE and CHANGELOG", () => {
    expect(files).toEqual(
      expect.arrayContaining(["schema/alicloud-hbr.schema.json", "schema/constraints.json", "schema/regions.json", "bin/hbr-guard", "README.md", "LICENSE", "CHANGELOG.md", "package.json"]),
    );
  });

  test("ships no tests, fixtures, examples, benchmarks, scripts or TypeScript sources", () => {
    const unwanted = files.filter((f) => /^(test|examples|bench|scripts|docs|cdktf\.out|dist\/(test|bench|examples))\//.test(f) || /fixtures/.test(f) || (/\.ts$/.test(f) && !f.endsWith(".d.ts")));
    expect(unwanted).toEqual([]);
  });

  test("package.json points main, types, exports and bin at shipped files", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const targets = [pkg.main, pkg.types, pkg.exports["."].types, pkg.exports["."].default, ...Object.values(pkg.bin as Record<string, string>)];
    for (const target of targets) expect(files).toContain(path.normalize(target as string));
  });

  test("installs from the packed tarball into a new project and synthesizes an app from it", () => {
    const project = scratchDir("hbr-install-");
    npm(["pack", "--ignore-scripts", "--pack-destination", project], ROOT);
    const tarball = fs.readdirSync(project).find((f) => f.endsWith(".tgz"))!;
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "scratch-app", version: "1.0.0", private: true }));
    npm(
      ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", `./${tarball}`, installSpec("cdktf"), installSpec("constructs")],
      project,
    );
    fs.writeFileSync(
      path.join(project, "app.js"),
      [
        'const { App, TerraformStack } = require("cdktf");',
        'const { BackupVault, checkTerraformJson } = require("cdktf-alicloud-hbr");',
        'const fs = require("fs");',
        'const app = new App({ outdir: "cdktf.out" });',
        'const stack = new TerraformStack(app, "dr");',
        'new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });',
        "app.synth();",
        'const doc = JSON.parse(fs.readFileSync("cdktf.out/stacks/dr/cdk.tf.json", "utf8"));',
        "console.log(JSON.stringify({ types: Object.keys(doc.resource).sort(), problems: checkTerraformJson(doc).length }));",
      ].join("\n"),
    );
    const out = execFileSync(process.execPath, ["app.js"], { cwd: project, encoding: "utf8" });
    expect(JSON.parse(out.trim().split("\n").pop()!)).toEqual({ types: ["alicloud_hbr_replication_vault", "alicloud_hbr_vault"], problems: 0 });

    const guard = spawnSync(process.execPath, [path.join(project, "node_modules", ".bin", "hbr-guard"), "--help"], { cwd: project, encoding: "utf8" });
    expect(guard.status).toBe(0);
    expect(guard.stdout).toContain("hbr-guard");
  }, 180_000);
});
