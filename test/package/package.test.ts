import { SpawnSyncReturns, execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { scratchDir } from "../support";

const ROOT = path.resolve(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

function npm(args: string[], cwd: string): string {
  return execFileSync(NPM, args, { cwd, encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1", npm_config_audit: "false", npm_config_fund: "false" }, maxBuffer: 64 << 20 });
}

/** The version of a package this checkout has installed under its own name. */
function installedVersion(name: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", name, "package.json"), "utf8"));
  if (pkg.name !== name) throw new Error(`node_modules/${name} is ${pkg.name}: run the package tests with ${name} installed under its own name`);
  return pkg.version;
}

/** What a cdktf project installs, at the versions this checkout runs with. */
const CDKTF_PROJECT = () => [`cdktf@${installedVersion("cdktf")}`, `constructs@${installedVersion("constructs")}`];
/** What a CDK Terrain project installs: cdktn 0.24 needs constructs 10.6-10.7. */
const TERRAIN_PROJECT = ["cdktn@0.24.0", "constructs@~10.7.0"];
/** The TypeScript toolchain of a consumer project, at this checkout's versions. */
const TYPESCRIPT = () => [`typescript@${installedVersion("typescript")}`, `ts-node@${installedVersion("ts-node")}`, `@types/node@${installedVersion("@types/node")}`];

/** The compiler options of the cdktf and CDK Terrain TypeScript project templates (both skip lib checks). */
const TEMPLATE_TSCONFIG = {
  compilerOptions: {
    alwaysStrict: true,
    declaration: true,
    experimentalDecorators: true,
    inlineSourceMap: true,
    inlineSources: true,
    lib: ["es2018"],
    module: "CommonJS",
    noEmitOnError: true,
    noFallthroughCasesInSwitch: true,
    noImplicitAny: true,
    noImplicitReturns: true,
    noImplicitThis: true,
    noUnusedLocals: true,
    noUnusedParameters: true,
    resolveJsonModule: true,
    strict: true,
    strictNullChecks: true,
    strictPropertyInitialization: true,
    stripInternal: true,
    target: "ES2018",
    skipLibCheck: true,
  },
  include: ["**/*.ts"],
  exclude: ["node_modules", "cdktf.out"],
};

/**
 * An app in the given framework's own imports that uses the constructs and the generated bindings,
 * and breaks HBR001 (a second mirror of one vault) when BREAK_HBR001 is set.
 */
function typeScriptApp(framework: "cdktf" | "cdktn"): string {
  return [
    'import * as fs from "fs";',
    `import { App, TerraformProvider, TerraformStack } from "${framework}";`,
    'import { AlicloudProvider, BackupVault, alicloud } from "cdktf-alicloud-hbr";',
    "",
    'const app = new App({ outdir: "cdktf.out" });',
    'const stack = new TerraformStack(app, "dr");',
    "// The generated bindings extend this framework's classes, so they are its types.",
    'const provider: TerraformProvider = new AlicloudProvider(stack, "Regions", { region: "cn-hangzhou", alias: "regions" });',
    'new alicloud.dataAlicloudHbrReplicationVaultRegions.DataAlicloudHbrReplicationVaultRegions(stack, "MirrorRegions", { provider });',
    'const vault = new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod" });',
    'vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });',
    'if (process.env.BREAK_HBR001) vault.addMirror("Mirror2", { region: "cn-beijing", vaultName: "prod-dr-2" });',
    "app.synth();",
    'const doc = JSON.parse(fs.readFileSync("cdktf.out/stacks/dr/cdk.tf.json", "utf8"));',
    "console.log(JSON.stringify({ resources: Object.keys(doc.resource).sort(), data: Object.keys(doc.data).sort() }));",
    "",
  ].join("\n");
}

/** A JavaScript app for a project with both frameworks: `first` is required before the library. */
function javaScriptApp(first: "cdktf" | "cdktn" | "cdktf-alicloud-hbr", framework: "cdktf" | "cdktn"): string {
  const lines = [
    `const { App, TerraformStack } = require("${framework}");`,
    'const { BackupVault } = require("cdktf-alicloud-hbr");',
    'const app = new App({ outdir: "cdktf.out" });',
    'new BackupVault(new TerraformStack(app, "dr"), "Backups", { region: "cn-hangzhou", vaultName: "prod" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "prod-dr" });',
    "app.synth();",
    'console.log("synthesized");',
  ];
  if (first === "cdktf-alicloud-hbr") [lines[0], lines[1]] = [lines[1], lines[0]];
  else if (first !== framework) lines.unshift(`require("${first}");`);
  return lines.join("\n");
}

let packed: { filename: string; files: { path: string }[] };
let tarball: string;

// One build and one tarball for every test here: the file list is read from it, and every scratch
// project installs it, as a user installs the published package.
beforeAll(() => {
  const dest = scratchDir("hbr-pack-");
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(ROOT, "tsconfig.build.json")], { cwd: ROOT });
  [packed] = JSON.parse(npm(["pack", "--json", "--ignore-scripts", "--pack-destination", dest], ROOT));
  tarball = path.join(dest, packed.filename);
}, 180_000);

describe("the published package", () => {
  let files: string[];

  beforeAll(() => {
    files = packed.files.map((f: { path: string }) => f.path).sort();
  });

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

  test("ships no tests, fixtures, examples, benchmarks, scripts, TypeScript sources, or docs beyond the two the README links to", () => {
    const linkedDocs = ["docs/guard.md", "docs/rules.md"];
    const unwanted = files.filter(
      (f) => (/^(test|examples|bench|scripts|docs|cdktf\.out|dist\/(test|bench|examples))\//.test(f) && !linkedDocs.includes(f)) || /fixtures/.test(f) || (/\.ts$/.test(f) && !f.endsWith(".d.ts")),
    );
    expect(unwanted).toEqual([]);
  });

  test("package.json points main, types, exports and bin at shipped files", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const exported = Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((entry) => (typeof entry === "string" ? [entry] : Object.values(entry)));
    expect(Object.keys(pkg.exports)).toEqual(expect.arrayContaining([".", "./guard", "./topology"]));
    const targets = [pkg.main, pkg.types, ...exported, ...Object.values(pkg.bin as Record<string, string>)];
    for (const target of targets) expect(files).toContain(path.normalize(target as string));
  });

  test("its declarations take the framework's types only through lib/private/framework-types, which names both", () => {
    const declarations = files.filter((f) => f.endsWith(".d.ts"));
    const direct = declarations.filter((f) => f !== "dist/lib/private/framework-types.d.ts" && /(from |import\()["'](cdktf|cdktn)["']/.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(direct).toEqual([]);
    const types = fs.readFileSync(path.join(ROOT, "dist", "lib", "private", "framework-types.d.ts"), "utf8");
    expect(types).toMatch(/\/\*\* @ts-ignore[^*]*\*\/\nexport type \* from "cdktn";\n\/\*\* @ts-ignore[^*]*\*\/\nexport type \* from "cdktf";/);
  });
});

/** A scratch project with the packed library and `packages` installed, and `files` written into it. */
function consumerProject(prefix: string, packages: string[], files: Record<string, string>): string {
  const project = scratchDir(prefix);
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "scratch-app", version: "1.0.0", private: true }));
  npm(["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball, ...packages], project);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(project, name), text);
  return project;
}

function node(project: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, CHECKPOINT_DISABLE: "1", ...env };
  delete childEnv.CDKTF_ALICLOUD_HBR_FRAMEWORK;
  Object.assign(childEnv, env);
  return spawnSync(process.execPath, args, { cwd: project, encoding: "utf8", env: childEnv, maxBuffer: 64 << 20 });
}

const TSC = path.join("node_modules", "typescript", "bin", "tsc");
const TS_NODE = path.join("node_modules", "ts-node", "dist", "bin.js");

/**
 * The compiler's errors in this library's declarations or the app, with lib checks on. Declarations
 * of the library's own dependencies are left out: they are theirs to fix.
 */
function ownTypeErrors(project: string): string[] {
  const result = node(project, [TSC, "--noEmit", "-p", ".", "--skipLibCheck", "false"]);
  const lines = `${result.stdout}${result.stderr}`.split("\n").filter((line) => line !== "" && !line.startsWith(" "));
  // It ran and printed nothing but diagnostics (none at all when every dependency's declarations check).
  expect(lines.filter((line) => !/^\S+\(\d+,\d+\): error TS\d+: /.test(line))).toEqual([]);
  expect(lines.length === 0 ? 0 : 2).toBe(result.status);
  return lines.filter((line) => /^(node_modules[\\/]cdktf-alicloud-hbr[\\/]|main\.ts)/.test(line));
}

/** What a consumer project must show, whichever framework it uses. */
function expectWorkingProject(project: string, framework: "cdktf" | "cdktn"): void {
  const other = framework === "cdktf" ? "cdktn" : "cdktf";
  expect(fs.existsSync(path.join(project, "node_modules", other))).toBe(false);

  const compiled = node(project, [TSC, "--noEmit", "-p", "."]);
  expect(`${compiled.stdout}${compiled.stderr}`).toBe("");
  expect(compiled.status).toBe(0);
  expect(ownTypeErrors(project)).toEqual([]);

  const clean = node(project, [TS_NODE, "main.ts"]);
  expect(clean.stderr).toBe("");
  expect(clean.status).toBe(0);
  expect(JSON.parse(clean.stdout.trim().split("\n").pop()!)).toEqual({
    resources: ["alicloud_hbr_replication_vault", "alicloud_hbr_vault"],
    data: ["alicloud_hbr_replication_vault_regions"],
  });

  const broken = node(project, [TS_NODE, "--transpile-only", "main.ts"], { BREAK_HBR001: "1" });
  expect(broken.status).not.toBe(0);
  expect(broken.stderr).toMatch(/\[HBR001\] dr\/Mirror2? .*already has the mirror/);
  expect(broken.stderr).not.toMatch(/is not a function/);
}

describe("the packed tarball installed into a new project", () => {
  test("in a cdktf project (cdktf and constructs, imports from \"cdktf\") type-checks, synthesizes, and reports HBR001", () => {
    const project = consumerProject("hbr-cdktf-", [...CDKTF_PROJECT(), ...TYPESCRIPT()], {
      "tsconfig.json": JSON.stringify(TEMPLATE_TSCONFIG, null, 2),
      "main.ts": typeScriptApp("cdktf"),
    });
    expectWorkingProject(project, "cdktf");
    const guard = node(project, [path.join("node_modules", ".bin", "hbr-guard"), "--help"]);
    expect(guard.status).toBe(0);
    expect(guard.stdout).toContain("hbr-guard");
    // The subpath entry points resolve through package.json "exports" from an installed package.
    const subpaths = node(project, ["-e", 'const g = require("cdktf-alicloud-hbr/guard"); const t = require("cdktf-alicloud-hbr/topology"); process.stdout.write(JSON.stringify([typeof g.checkPlans, typeof g.runGuard, typeof t.renderTopologySvg, typeof t.writeTopology]));']);
    expect(subpaths.stderr).toBe("");
    expect(subpaths.stdout).toBe('["function","function","function","function"]');
  }, 120_000);

  test("in a CDK Terrain project (cdktn and constructs, imports from \"cdktn\", no cdktf, no alias) type-checks, synthesizes, and reports HBR001", () => {
    const project = consumerProject("hbr-cdktn-", [...TERRAIN_PROJECT, ...TYPESCRIPT()], {
      "tsconfig.json": JSON.stringify(TEMPLATE_TSCONFIG, null, 2),
      "main.ts": typeScriptApp("cdktn"),
    });
    expectWorkingProject(project, "cdktn");
  }, 120_000);

  test("with both frameworks installed, follows the one the app loaded, prefers CDK Terrain otherwise, and names both when they are mixed", () => {
    const project = consumerProject("hbr-both-", ["cdktf@0.21.0", ...TERRAIN_PROJECT], {
      "cdktf-first.js": javaScriptApp("cdktf", "cdktf"),
      "cdktn-first.js": javaScriptApp("cdktn", "cdktn"),
      "library-first.js": javaScriptApp("cdktf-alicloud-hbr", "cdktn"),
      "mixed.js": javaScriptApp("cdktf-alicloud-hbr", "cdktf"),
    });
    for (const app of ["cdktf-first.js", "cdktn-first.js", "library-first.js"]) {
      const run = node(project, [app]);
      expect({ app, status: run.status, stderr: run.stderr }).toEqual({ app, status: 0, stderr: "" });
    }
    // Loaded first, nothing else loaded: the library takes CDK Terrain, and the app's cdktf stack is refused clearly.
    const mixed = node(project, ["mixed.js"]);
    expect(mixed.status).not.toBe(0);
    expect(mixed.stderr).toMatch(/HbrConfigurationError: dr\/\S+: the stack dr is a TerraformStack of cdktf 0\.21\.0, but cdktf-alicloud-hbr loaded CDK Terrain \(cdktn 0\.24\.0\) from /);
    expect(mixed.stderr).toMatch(/Fix: Use one framework: import App and TerraformStack from "cdktn" in the app, or make the library load cdktf \(uninstall cdktn, or set CDKTF_ALICLOUD_HBR_FRAMEWORK=cdktf\)/);
    expect(mixed.stderr).not.toMatch(/is not a function/);
    // The override settles it.
    const chosen = node(project, ["mixed.js"], { CDKTF_ALICLOUD_HBR_FRAMEWORK: "cdktf" });
    expect({ status: chosen.status, stderr: chosen.stderr }).toEqual({ status: 0, stderr: "" });
  }, 120_000);
});
