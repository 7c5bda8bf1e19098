/**
 * The one place the library takes its CDK framework from: cdktf, or its continuation CDK Terrain
 * (`cdktn`). Both are optional peer dependencies; the app brings one. Every other module, the
 * generated bindings included, imports the framework's classes from here.
 *
 * The framework is chosen once, when this module is loaded, because the generated classes extend
 * `TerraformResource` and `TerraformProvider` as soon as their modules load. The policy, first
 * match wins:
 * 1. `CDKTF_ALICLOUD_HBR_FRAMEWORK=cdktn` or `=cdktf`, when set;
 * 2. a framework the process has already loaded (the app imported it before this library), the
 *    first one loaded if both are;
 * 3. the one that is installed, looked up from the app (`require.main`, then the working folder)
 *    and then from this library's own folder;
 * 4. when both are installed and neither is loaded: CDK Terrain, the maintained continuation.
 *
 * A resource or provider created in a stack of the other framework would crash deep inside the
 * framework at synth; the generated bases below check the stack first and throw an
 * HbrConfigurationError that names both frameworks and the fix.
 */
import * as fs from "fs";
import * as path from "path";
import type { Construct } from "constructs";
import { HbrConfigurationError } from "./configuration-error";
import type * as Framework from "./framework-types";

export type * from "./framework-types";

/** The module names the library can load its framework under, in the order preferred when both are installed. */
export const FRAMEWORK_MODULES = ["cdktn", "cdktf"] as const;

/** A module name the framework can be loaded under. */
export type FrameworkModule = (typeof FRAMEWORK_MODULES)[number];

/** The environment variable that names the framework explicitly. */
export const FRAMEWORK_ENV = "CDKTF_ALICLOUD_HBR_FRAMEWORK";

/** Where one framework's entry module is. */
export interface FrameworkLocation {
  /** The module name it is installed under. */
  readonly module: FrameworkModule;
  /** The absolute path of its entry module (`…/node_modules/<module>/lib/index.js`). */
  readonly entry: string;
}

/** The framework chosen, and why. */
export interface FrameworkChoice extends FrameworkLocation {
  /** Why this one, in words for an error message. */
  readonly reason: string;
}

/** What the policy decides from. */
export interface FrameworkFacts {
  /** The value of {@link FRAMEWORK_ENV}, if set. */
  readonly override?: string;
  /** The frameworks already loaded in the process, in load order. */
  readonly loaded: readonly FrameworkLocation[];
  /** The frameworks that resolve from {@link FrameworkFacts.searched}, one per module name. */
  readonly installed: readonly FrameworkLocation[];
  /** The folders the installed frameworks were looked up from. */
  readonly searched: readonly string[];
}

const SOURCE = "cdktf-alicloud-hbr";
const INSTALL_FIX = 'Install one framework next to the app, with constructs: "npm install cdktn constructs" for CDK Terrain, or "npm install cdktf constructs" for cdktf.';

/** Applies the policy described at the top of this module. */
export function chooseFramework(facts: FrameworkFacts): FrameworkChoice {
  const override = facts.override?.trim();
  if (override) {
    if (!(FRAMEWORK_MODULES as readonly string[]).includes(override)) {
      throw new HbrConfigurationError(SOURCE, `${FRAMEWORK_ENV} is ${JSON.stringify(override)}, which names no framework.`, `Set ${FRAMEWORK_ENV} to "cdktn" or "cdktf", or unset it.`);
    }
    const named = facts.loaded.find((f) => f.module === override) ?? facts.installed.find((f) => f.module === override);
    if (!named) {
      throw new HbrConfigurationError(
        SOURCE,
        `${FRAMEWORK_ENV} asks for ${override}, but ${override} is neither loaded nor installed (looked in ${facts.searched.join(", ")}).`,
        `Install it ("npm install ${override} constructs"), or unset ${FRAMEWORK_ENV}.`,
      );
    }
    return { ...named, reason: `${FRAMEWORK_ENV}=${override}` };
  }
  const [first] = facts.loaded;
  if (first) return { ...first, reason: `the app loaded ${first.module} first` };
  const installed = FRAMEWORK_MODULES.map((m) => facts.installed.find((f) => f.module === m)).filter((f): f is FrameworkLocation => f !== undefined);
  if (installed.length === 0) {
    throw new HbrConfigurationError(SOURCE, `neither CDK Terrain (cdktn) nor cdktf can be found (looked in ${facts.searched.join(", ")}).`, INSTALL_FIX);
  }
  const reason =
    installed.length === 1
      ? `only ${installed[0].module} is installed`
      : `both cdktn and cdktf are installed and neither was loaded first, so CDK Terrain is preferred (set ${FRAMEWORK_ENV}=cdktf for cdktf)`;
  return { ...installed[0], reason };
}

const ENTRY = /[\\/]node_modules[\\/](cdktn|cdktf)[\\/]lib[\\/]index\.js$/;

/** The framework entry modules among loaded module paths (`require.cache` keys, in load order). */
export function loadedFrameworks(modulePaths: Iterable<string>): FrameworkLocation[] {
  const out: FrameworkLocation[] = [];
  for (const entry of modulePaths) {
    const match = ENTRY.exec(entry);
    if (match) out.push({ module: match[1] as FrameworkModule, entry });
  }
  return out;
}

/** The folders to look the framework up from: the app's first, then this library's own. */
export function searchFolders(): string[] {
  const folders = [require.main?.filename ? path.dirname(require.main.filename) : undefined, process.cwd(), __dirname];
  return folders.filter((f, i): f is string => f !== undefined && folders.indexOf(f) === i);
}

/** Each framework that resolves from one of `folders`, found the way `require` would find it there. */
export function installedFrameworks(folders: readonly string[], resolve: (request: string, options: { paths: string[] }) => string = require.resolve): FrameworkLocation[] {
  const out: FrameworkLocation[] = [];
  for (const module of FRAMEWORK_MODULES) {
    try {
      out.push({ module, entry: resolve(module, { paths: [...folders] }) });
    } catch {
      // not installed where the app or the library can see it
    }
  }
  return out;
}

/** The package behind an entry module: its real name and version (an npm alias keeps the real name). */
export function describeFramework(entry: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(entry), "..", "package.json"), "utf8")) as { name?: string; version?: string };
    return `${frameworkLabel({ name: String(pkg.name), version: String(pkg.version) })} from ${path.dirname(path.dirname(entry))}`;
  } catch {
    return entry;
  }
}

const searched = searchFolders();

/** The framework this library loaded, and why. */
export const FRAMEWORK_IN_USE: FrameworkChoice = chooseFramework({
  override: process.env[FRAMEWORK_ENV],
  loaded: loadedFrameworks(Object.keys(require.cache)),
  installed: installedFrameworks(searched),
  searched,
});

const framework = require(FRAMEWORK_IN_USE.entry) as Record<string, unknown>;

/** One export of the loaded framework, typed as the declarations describe it. */
function exported<T>(name: string): T {
  const value = framework[name];
  if (value === undefined) throw new HbrConfigurationError(SOURCE, `${describeFramework(FRAMEWORK_IN_USE.entry)} exports no ${name}.`, INSTALL_FIX);
  return value as T;
}

const JSII_RTTI = Symbol.for("jsii.rtti");

/**
 * The framework package a construct's class comes from, read from the runtime type information
 * jsii puts on every framework class (`{ fqn: "cdktn.TerraformStack", version: "0.24.0" }`), which
 * subclasses inherit. Undefined for a class without it.
 */
export function frameworkOfClass(value: object): { readonly name: string; readonly version: string } | undefined {
  const rtti = (value.constructor as unknown as Record<symbol, { fqn?: unknown; version?: unknown } | undefined> | undefined)?.[JSII_RTTI];
  if (typeof rtti?.fqn !== "string") return undefined;
  return { name: rtti.fqn.split(".")[0], version: String(rtti.version) };
}

function frameworkLabel(framework: { readonly name: string; readonly version: string }): string {
  return framework.name === "cdktn" ? `CDK Terrain (cdktn ${framework.version})` : `${framework.name} ${framework.version}`;
}

/**
 * Throws when `scope` sits in a stack of the other framework. The two recognise each other's stacks
 * (they share the `Symbol.for` markers), so the mix would otherwise pass construction and fail at
 * synth inside the framework. A second copy of the same framework is left alone: it works, as it
 * did before this library chose frameworks.
 */
export function assertSameFramework(scope: unknown, id: unknown): void {
  let stack: Construct;
  try {
    stack = TerraformStack.of(scope as Construct);
  } catch {
    return; // no stack at all: the framework's own constructor says so in its words
  }
  if (stack instanceof TerraformStack) return;
  const theirs = frameworkOfClass(stack);
  const ours = frameworkOfClass(TerraformStack.prototype);
  if (!theirs || !ours || theirs.name === ours.name) return;
  // Under an npm alias (cdktn installed as "cdktf") the other framework has no module name of its own.
  const switchTo = theirs.name !== FRAMEWORK_IN_USE.module && (FRAMEWORK_MODULES as readonly string[]).includes(theirs.name) ? theirs.name : undefined;
  throw new HbrConfigurationError(
    `${(scope as Construct).node.path}/${String(id)}`,
    `the stack ${stack.node.path} is a TerraformStack of ${frameworkLabel(theirs)}, but cdktf-alicloud-hbr loaded ${describeFramework(FRAMEWORK_IN_USE.entry)} (${FRAMEWORK_IN_USE.reason}); one app cannot mix the two frameworks.`,
    `Use one framework: import App and TerraformStack from "${FRAMEWORK_IN_USE.module}" in the app` +
      (switchTo ? `, or make the library load ${switchTo} (uninstall ${FRAMEWORK_IN_USE.module}, or set ${FRAMEWORK_ENV}=${switchTo}).` : "."),
  );
}

/**
 * The class, checked: constructing it (or a subclass, as the generated bindings are) first runs
 * assertSameFramework. A Proxy rather than a subclass keeps the class itself, so `instanceof`,
 * statics and prototypes are exactly the framework's.
 */
function checkedBase<T extends abstract new (...args: never[]) => object>(base: T): T {
  return new Proxy(base, {
    construct(target, args, newTarget) {
      assertSameFramework(args[0], args[1]);
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
}

// Values the library and the generated bindings use; every other framework name is exported as a
// type only, and tsc says so ("cannot be used as a value because it was exported using 'export
// type'") when a module needs one more: add it here. Each class also needs its instance type under
// the same name, since a local export shadows the star export of that name.
export const App = exported<typeof Framework.App>("App");
export type App = Framework.App;
export const Annotations = exported<typeof Framework.Annotations>("Annotations");
export type Annotations = Framework.Annotations;
export const AnnotationMetadataEntryType = exported<typeof Framework.AnnotationMetadataEntryType>("AnnotationMetadataEntryType");
export type AnnotationMetadataEntryType = Framework.AnnotationMetadataEntryType;
export const Aspects = exported<typeof Framework.Aspects>("Aspects");
export type Aspects = Framework.Aspects;
export const ComplexList = exported<typeof Framework.ComplexList>("ComplexList");
export type ComplexList = Framework.ComplexList;
export const ComplexObject = exported<typeof Framework.ComplexObject>("ComplexObject");
export type ComplexObject = Framework.ComplexObject;
export const ImportableResource = exported<typeof Framework.ImportableResource>("ImportableResource");
export type ImportableResource = Framework.ImportableResource;
export const Lazy = exported<typeof Framework.Lazy>("Lazy");
export type Lazy = Framework.Lazy;
export const TerraformDataSource = checkedBase(exported<typeof Framework.TerraformDataSource>("TerraformDataSource"));
export type TerraformDataSource = Framework.TerraformDataSource;
export const TerraformElement = checkedBase(exported<typeof Framework.TerraformElement>("TerraformElement"));
export type TerraformElement = Framework.TerraformElement;
export const TerraformProvider = checkedBase(exported<typeof Framework.TerraformProvider>("TerraformProvider"));
export type TerraformProvider = Framework.TerraformProvider;
export const TerraformResource = checkedBase(exported<typeof Framework.TerraformResource>("TerraformResource"));
export type TerraformResource = Framework.TerraformResource;
export const TerraformStack = exported<typeof Framework.TerraformStack>("TerraformStack");
export type TerraformStack = Framework.TerraformStack;
export const Token = exported<typeof Framework.Token>("Token");
export type Token = Framework.Token;
export const Tokenization = exported<typeof Framework.Tokenization>("Tokenization");
export type Tokenization = Framework.Tokenization;
export const booleanToHclTerraform = exported<typeof Framework.booleanToHclTerraform>("booleanToHclTerraform");
export const booleanToTerraform = exported<typeof Framework.booleanToTerraform>("booleanToTerraform");
export const canInspect = exported<typeof Framework.canInspect>("canInspect");
export const hashMapper = exported<typeof Framework.hashMapper>("hashMapper");
export const hashMapperHcl = exported<typeof Framework.hashMapperHcl>("hashMapperHcl");
export const isComplexElement = exported<typeof Framework.isComplexElement>("isComplexElement");
export const listMapper = exported<typeof Framework.listMapper>("listMapper");
export const listMapperHcl = exported<typeof Framework.listMapperHcl>("listMapperHcl");
export const numberToHclTerraform = exported<typeof Framework.numberToHclTerraform>("numberToHclTerraform");
export const numberToTerraform = exported<typeof Framework.numberToTerraform>("numberToTerraform");
export const stringToHclTerraform = exported<typeof Framework.stringToHclTerraform>("stringToHclTerraform");
export const stringToTerraform = exported<typeof Framework.stringToTerraform>("stringToTerraform");
