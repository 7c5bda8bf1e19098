import * as fs from "fs";
import * as path from "path";
import * as cdktf from "cdktf";
import { Construct } from "constructs";
import { AlicloudProvider, HbrConfigurationError, alicloud } from "../../lib";
import * as framework from "../../lib/private/framework";
import {
  FRAMEWORK_ENV,
  FRAMEWORK_IN_USE,
  FrameworkLocation,
  assertSameFramework,
  chooseFramework,
  frameworkOfClass,
  installedFrameworks,
  loadedFrameworks,
} from "../../lib/private/framework";
import { scratchDir } from "../support";

const TERRAIN: FrameworkLocation = { module: "cdktn", entry: "/app/node_modules/cdktn/lib/index.js" };
const CDKTF: FrameworkLocation = { module: "cdktf", entry: "/app/node_modules/cdktf/lib/index.js" };
const SEARCHED = ["/app", "/app/node_modules/cdktf-alicloud-hbr/dist/lib/private"];

function choiceError(facts: Parameters<typeof chooseFramework>[0]): HbrConfigurationError {
  try {
    chooseFramework(facts);
  } catch (err) {
    if (err instanceof HbrConfigurationError) return err;
    throw err;
  }
  throw new Error("chooseFramework chose a framework");
}

/** A package folder with a package.json and an entry module, as npm lays one out. */
function fakePackage(root: string, name: string, version: string): string {
  const dir = path.join(root, "node_modules", name);
  fs.mkdirSync(path.join(dir, "lib"), { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name, version, main: "lib/index.js" }));
  fs.writeFileSync(path.join(dir, "lib", "index.js"), "module.exports = {};\n");
  return fs.realpathSync(path.join(dir, "lib", "index.js"));
}

/** The framework this checkout has under the name cdktf: cdktf itself, or cdktn in CI's rerun. */
const INSTALLED = JSON.parse(fs.readFileSync(require.resolve("cdktf/package.json"), "utf8")) as { name: string; version: string };
const INSTALLED_LABEL = INSTALLED.name === "cdktn" ? `CDK Terrain \\(cdktn ${INSTALLED.version.replace(/\./g, "\\.")}\\)` : `cdktf ${INSTALLED.version.replace(/\./g, "\\.")}`;
/** The other framework, whose stacks the tests hand to this one. */
const OTHER = INSTALLED.name === "cdktn" ? { fqn: "cdktf.TerraformStack", version: "0.21.0", label: "cdktf 0\\.21\\.0" } : { fqn: "cdktn.TerraformStack", version: "0.24.0", label: "CDK Terrain \\(cdktn 0\\.24\\.0\\)" };

/**
 * A stack of the other framework as the app would hand it over: cdktf and CDK Terrain mark their
 * stacks with the same `Symbol.for("cdktf/TerraformStack")` and carry jsii's type information.
 */
class OtherFrameworkStack extends Construct {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    Object.defineProperty(this, Symbol.for("cdktf/TerraformStack"), { value: true });
  }
}

Object.defineProperty(OtherFrameworkStack, Symbol.for("jsii.rtti"), { value: { fqn: OTHER.fqn, version: OTHER.version } });

describe("choosing the framework", () => {
  test("the override names the framework even when the app loaded the other one first", () => {
    expect(chooseFramework({ override: "cdktf", loaded: [TERRAIN, CDKTF], installed: [TERRAIN, CDKTF], searched: SEARCHED })).toMatchObject({ module: "cdktf", entry: CDKTF.entry, reason: `${FRAMEWORK_ENV}=cdktf` });
  });

  test("an override that names no framework is an error listing the two values", () => {
    const err = choiceError({ override: "terraform-cdk", loaded: [], installed: [CDKTF], searched: SEARCHED });
    expect(err.problem).toMatch(/CDKTF_ALICLOUD_HBR_FRAMEWORK is "terraform-cdk", which names no framework/);
    expect(err.fix).toMatch(/"cdktn" or "cdktf"/);
  });

  test("an override naming a framework that is not installed is an error saying where it looked", () => {
    const err = choiceError({ override: "cdktn", loaded: [], installed: [CDKTF], searched: SEARCHED });
    expect(err.problem).toMatch(/asks for cdktn, but cdktn is neither loaded nor installed \(looked in \/app, /);
    expect(err.fix).toMatch(/npm install cdktn constructs/);
  });

  test("a framework the app already loaded wins over what is installed, the first loaded when both are", () => {
    expect(chooseFramework({ loaded: [CDKTF], installed: [TERRAIN, CDKTF], searched: SEARCHED })).toMatchObject({ module: "cdktf", reason: "the app loaded cdktf first" });
    expect(chooseFramework({ loaded: [CDKTF, TERRAIN], installed: [TERRAIN, CDKTF], searched: SEARCHED }).module).toBe("cdktf");
    expect(chooseFramework({ loaded: [TERRAIN, CDKTF], installed: [TERRAIN, CDKTF], searched: SEARCHED }).module).toBe("cdktn");
  });

  test("with nothing loaded, the only installed framework is chosen", () => {
    expect(chooseFramework({ loaded: [], installed: [CDKTF], searched: SEARCHED })).toMatchObject({ module: "cdktf", reason: "only cdktf is installed" });
    expect(chooseFramework({ loaded: [], installed: [TERRAIN], searched: SEARCHED })).toMatchObject({ module: "cdktn", reason: "only cdktn is installed" });
  });

  test("with both installed and neither loaded, CDK Terrain is preferred and the reason says how to choose cdktf", () => {
    const choice = chooseFramework({ loaded: [], installed: [CDKTF, TERRAIN], searched: SEARCHED });
    expect(choice.module).toBe("cdktn");
    expect(choice.reason).toMatch(/CDK Terrain is preferred \(set CDKTF_ALICLOUD_HBR_FRAMEWORK=cdktf for cdktf\)/);
  });

  test("with neither installed, the error names both frameworks and what to install", () => {
    const err = choiceError({ loaded: [], installed: [], searched: SEARCHED });
    expect(err.constructPath).toBe("cdktf-alicloud-hbr");
    expect(err.problem).toMatch(/neither CDK Terrain \(cdktn\) nor cdktf can be found/);
    expect(err.fix).toMatch(/npm install cdktn constructs.*npm install cdktf constructs/);
  });

  test("this checkout, which installs cdktf, loaded it", () => {
    expect(FRAMEWORK_IN_USE.module).toBe("cdktf");
    expect(framework.App).toBe(cdktf.App);
    expect(framework.Token).toBe(cdktf.Token);
  });
});

describe("finding the frameworks", () => {
  test("loaded frameworks are the entry modules among loaded paths, in load order, from any package layout", () => {
    const paths = [
      "/app/node_modules/cdktf/lib/app.js",
      "/app/node_modules/cdktn/lib/index.js",
      "/app/node_modules/@cdktf/provider-aws/lib/index.js",
      "C:\\app\\node_modules\\cdktf\\lib\\index.js",
      "/app/node_modules/.pnpm/cdktf@0.21.0/node_modules/cdktf/lib/index.js",
      "/app/node_modules/cdktf-alicloud-hbr/dist/lib/index.js",
    ];
    expect(loadedFrameworks(paths)).toEqual([
      { module: "cdktn", entry: "/app/node_modules/cdktn/lib/index.js" },
      { module: "cdktf", entry: "C:\\app\\node_modules\\cdktf\\lib\\index.js" },
      { module: "cdktf", entry: "/app/node_modules/.pnpm/cdktf@0.21.0/node_modules/cdktf/lib/index.js" },
    ]);
  });

  test("installed frameworks resolve the way require does, from the first folder that has them", () => {
    const app = scratchDir("hbr-fw-app-");
    const library = scratchDir("hbr-fw-lib-");
    const appTerrain = fakePackage(app, "cdktn", "0.24.0");
    fakePackage(library, "cdktn", "0.24.0");
    const libraryCdktf = fakePackage(library, "cdktf", "0.21.0");
    expect(installedFrameworks([app, library]).map((f) => ({ ...f, entry: fs.realpathSync(f.entry) }))).toEqual([
      { module: "cdktn", entry: appTerrain },
      { module: "cdktf", entry: libraryCdktf },
    ]);
    expect(installedFrameworks([scratchDir("hbr-fw-empty-")]).filter((f) => !f.entry.startsWith(path.resolve(__dirname, "..", "..")))).toEqual([]);
  });

  test("a class's framework is read from jsii's type information, which subclasses inherit", () => {
    class AppStack extends cdktf.TerraformStack {}
    expect(frameworkOfClass(new AppStack(new cdktf.App(), "s"))).toEqual({ name: INSTALLED.name, version: INSTALLED.version });
    expect(frameworkOfClass(new OtherFrameworkStack(new Construct(undefined as never, ""), "s"))).toEqual({ name: OTHER.fqn.split(".")[0], version: OTHER.version });
    expect(frameworkOfClass({})).toBeUndefined();
  });
});

describe("a construct in a stack of the other framework", () => {
  test("is an HbrConfigurationError naming both frameworks, the stack and the fix, before any resource is made", () => {
    const stack = new OtherFrameworkStack(new Construct(undefined as never, ""), "dr");
    let err: unknown;
    try {
      new AlicloudProvider(stack, "Provider", { region: "cn-hangzhou" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(HbrConfigurationError);
    const { constructPath, problem, fix } = err as HbrConfigurationError;
    expect(constructPath).toBe("dr/Provider");
    expect(problem).toMatch(new RegExp(`the stack dr is a TerraformStack of ${OTHER.label}, but cdktf-alicloud-hbr loaded ${INSTALLED_LABEL} from .*node_modules[\\\\/]cdktf \\(`));
    expect(fix).toMatch(/^Use one framework: import App and TerraformStack from "cdktf" in the app/);
    // Only where cdktf is installed under its own name does the other framework have one to switch to.
    if (INSTALLED.name === "cdktf") expect(fix).toMatch(/, or make the library load cdktn \(uninstall cdktf, or set CDKTF_ALICLOUD_HBR_FRAMEWORK=cdktn\)\.$/);
    expect(stack.node.children).toEqual([]);
  });

  test("is caught for generated resources and data sources too", () => {
    const stack = new OtherFrameworkStack(new Construct(undefined as never, ""), "dr");
    expect(() => new alicloud.hbrVault.HbrVault(stack, "Vault", { vaultName: "v" })).toThrow(/dr\/Vault: the stack dr is a TerraformStack of /);
    expect(() => new alicloud.dataAlicloudHbrVaults.DataAlicloudHbrVaults(stack, "Vaults", {})).toThrow(/dr\/Vaults: the stack dr is a TerraformStack of /);
  });

  test("is not raised for a stack of this framework, nor of a second copy of it, which works", () => {
    const stack = new cdktf.TerraformStack(new cdktf.App(), "dr");
    expect(() => assertSameFramework(stack, "X")).not.toThrow();
    let copy: typeof cdktf | undefined;
    jest.isolateModules(() => {
      copy = require("cdktf");
    });
    expect(copy!.TerraformStack).not.toBe(cdktf.TerraformStack);
    const copied = new copy!.TerraformStack(new copy!.App(), "copied");
    expect(() => new AlicloudProvider(copied, "Provider", { region: "cn-hangzhou" })).not.toThrow();
  });

  test("leaves a scope without a stack, or no construct at all, to the framework, which decides what it allows", () => {
    expect(() => assertSameFramework(new cdktf.App(), "X")).not.toThrow();
    expect(() => assertSameFramework(undefined, "X")).not.toThrow();
  });
});

describe("the checked classes", () => {
  test("are the framework's own classes to instanceof and statics: a generated resource is a cdktf TerraformResource", () => {
    const stack = new cdktf.TerraformStack(new cdktf.App(), "s");
    const provider = new AlicloudProvider(stack, "P", { region: "cn-hangzhou" });
    const vault = new alicloud.hbrVault.HbrVault(stack, "Vault", { vaultName: "v", provider });
    expect(vault).toBeInstanceOf(cdktf.TerraformResource);
    expect(vault).toBeInstanceOf(framework.TerraformResource);
    expect(provider).toBeInstanceOf(cdktf.TerraformProvider);
    expect(cdktf.TerraformResource.isTerraformResource(vault)).toBe(true);
    expect(framework.TerraformResource.prototype).toBe(cdktf.TerraformResource.prototype);
  });
});

describe("lib/private/framework", () => {
  test("exports as values every framework name the generated bindings use as a value", () => {
    const genDir = path.resolve(__dirname, "..", "..", "lib", "gen");
    const used = new Set<string>();
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".ts")) {
          // new X(, extends X, X(, X.member: value positions; bare `cdktf.X` in a type stays out.
          for (const m of fs.readFileSync(full, "utf8").matchAll(/(?:new |class \w+ extends )cdktf\.(\w+)|cdktf\.(\w+)(?=[(.])/g)) used.add(m[1] ?? m[2]);
        }
      }
    };
    walk(genDir);
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((name) => (framework as Record<string, unknown>)[name] === undefined).sort();
    expect(missing).toEqual([]);
  });
});
