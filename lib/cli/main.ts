import * as fs from "fs";
import * as path from "path";
import { App } from "../private/framework";
import { HbrConfigurationError } from "../private/configuration-error";
import { formatSummaryTable } from "../report/summary-table";
import { HbrRules } from "../hbr-rules";
import { writeSynthOutputs } from "./synth-outputs";

/** Exit codes of `cdktf-alicloud-hbr`. */
export const HBR_CLI_EXIT_CODES = Object.freeze({
  /** The app synthesized; the pictures and the report were written. */
  OK: 0,
  /** The app threw while being declared, or its synth failed (rule errors); the pictures and report were still written when possible. */
  APP_FAILED: 1,
  /** The command line is wrong, or the module could not be loaded or gave no app to draw: this command wrote nothing. */
  USAGE: 2,
});

/** The usage text of `cdktf-alicloud-hbr --help`. */
export const HBR_CLI_USAGE = `Usage: cdktf-alicloud-hbr graph --app <module> [--export <name>] [--out <dir>]

graph   Declares the app the module describes, synthesizes it into <dir> (unless the module
        synthesizes it itself), and writes next to the stacks: topology.md (a Mermaid diagram),
        topology.svg, topology.html (vaults, mirror vaults, backup policies and restore jobs by
        region), hbr-report.json and hbr-report.md. Prints a summary of what was built and flagged.

Options:
  --app <module>    a .ts or .js module that builds the app in one of these forms, tried in order:
                    - exports the App (default export, or "app");
                    - builds an App and calls app.synth() at the top level, as a cdktf entry
                      point does (it runs with CDKTF_OUTDIR set to <dir>);
                    - exports a function (app: App) => void that declares the app's stacks: its
                      default export, else "addToApp", else its only function
  --export <name>   the exported function or App to use instead
  --out <dir>       the synth output directory (default cdktf.out)
  --help            show this help

Exit codes: 0 written, 1 the app failed to declare or synthesize (rule errors), 2 wrong usage or
module. TypeScript modules are loaded with ts-node (transpile only) when it is installed.
`;

/** What `runHbrCli` reads and writes, so tests can run it in-process. */
export interface HbrCliIo {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** The directory relative paths are resolved against. */
  cwd(): string;
}

/** The process's own streams and working directory. */
export const hbrCliProcessIo: HbrCliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: () => process.cwd(),
};

/** `cdktf-alicloud-hbr --help`. */
export interface HbrCliHelpArguments {
  /** Print the usage. */
  readonly command: "help";
}

/** `cdktf-alicloud-hbr graph --app <module> [--export <name>] [--out <dir>]`. */
export interface HbrCliGraphArguments {
  /** Synthesize the app and draw its topology. */
  readonly command: "graph";
  /** The module that declares the app, as given (relative to the working directory). */
  readonly app: string;
  /**
   * The exported function to call, or exported App to use.
   * @default an exported App (default export or `app`), else the App the module synthesizes while
   * loading, else the default export, `addToApp` or the module's only function
   */
  readonly exportName?: string;
  /** The synth output directory, as given. */
  readonly out: string;
}

/** The command line of `cdktf-alicloud-hbr`, parsed. */
export type HbrCliArguments = HbrCliHelpArguments | HbrCliGraphArguments;

/** The outcome of {@link parseHbrCliArguments}. */
export type HbrCliParseResult = HbrCliParsed | HbrCliRefused;

/** A command line that parsed. */
export interface HbrCliParsed {
  /** It parsed. */
  readonly ok: true;
  /** What it says. */
  readonly args: HbrCliArguments;
}

/** A command line that did not parse. */
export interface HbrCliRefused {
  /** It did not parse. */
  readonly ok: false;
  /** Why, in one line. */
  readonly reason: string;
}

/** The command line parsed, or a one-line reason it is wrong. */
export function parseHbrCliArguments(argv: readonly string[]): HbrCliParseResult {
  if (argv.length === 0) return { ok: false, reason: "no command given." };
  if (argv.some((arg) => arg === "--help" || arg === "-h") || argv[0] === "help") return { ok: true, args: { command: "help" } };
  const [command, ...rest] = argv;
  if (command !== "graph") return { ok: false, reason: `unknown command ${JSON.stringify(command)}; the command is "graph".` };
  const values: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const match = /^--(app|export|out)(?:=(.*))?$/.exec(rest[i]);
    if (!match) return { ok: false, reason: `unknown argument ${JSON.stringify(rest[i])}.` };
    const value = match[2] ?? rest[++i];
    if (value === undefined || value === "") return { ok: false, reason: `--${match[1]} needs a value.` };
    if (match[1] in values) return { ok: false, reason: `--${match[1]} is given twice.` };
    values[match[1]] = value;
  }
  if (values.app === undefined) return { ok: false, reason: "graph needs --app <module>." };
  return { ok: true, args: { command: "graph", app: values.app, exportName: values.export, out: values.out ?? "cdktf.out" } };
}

/** A problem with the command line or the module, reported with exit code 2. */
class UsageProblem extends Error {}

/** The module's top-level code declared the app wrongly (this library refused a construct): exit code 1. */
class DeclarationFailure extends Error {}

/** What the module gave: a function to declare the app in a fresh App, or an App it built itself. */
type LoadedModule =
  | { readonly kind: "declare"; readonly declare: (app: App) => void }
  | { readonly kind: "app"; readonly app: App; readonly synthesized: boolean; readonly failure?: string };

/** Runs `cdktf-alicloud-hbr` with `argv` (without the node and script paths); returns the exit code. */
export function runHbrCli(argv: readonly string[], io: HbrCliIo = hbrCliProcessIo): number {
  const parsed = parseHbrCliArguments(argv);
  if (!parsed.ok) {
    io.stderr(`cdktf-alicloud-hbr: ${parsed.reason}\n\n${HBR_CLI_USAGE}`);
    return HBR_CLI_EXIT_CODES.USAGE;
  }
  if (parsed.args.command === "help") {
    io.stdout(HBR_CLI_USAGE);
    return HBR_CLI_EXIT_CODES.OK;
  }
  const { app: modulePath, exportName, out } = parsed.args;
  const outdir = path.resolve(io.cwd(), out);
  let loaded: LoadedModule;
  try {
    loaded = loadModule(path.resolve(io.cwd(), modulePath), modulePath, exportName, outdir);
  } catch (err) {
    if (err instanceof DeclarationFailure) {
      io.stderr(`cdktf-alicloud-hbr: ${modulePath} failed to declare the app: ${err.message}\n`);
      return HBR_CLI_EXIT_CODES.APP_FAILED;
    }
    io.stderr(`cdktf-alicloud-hbr: ${message(err)}\n`);
    return HBR_CLI_EXIT_CODES.USAGE;
  }

  let app: App;
  if (loaded.kind === "declare") {
    app = new App({ outdir });
    try {
      loaded.declare(app);
    } catch (err) {
      io.stderr(`cdktf-alicloud-hbr: ${modulePath} failed to declare the app: ${message(err)}\n`);
      return HBR_CLI_EXIT_CODES.APP_FAILED;
    }
  } else {
    app = loaded.app;
  }
  if (usesAnotherLibraryCopy(app)) {
    io.stderr(
      `cdktf-alicloud-hbr: ${modulePath} declares HBR constructs from another copy of cdktf-alicloud-hbr than this command's, so they cannot be seen. ` +
        "Run the command of the copy the module imports (e.g. npx from the same project).\n",
    );
    return HBR_CLI_EXIT_CODES.USAGE;
  }

  let failure: string | undefined;
  if (loaded.kind === "app" && loaded.synthesized) {
    failure = loaded.failure;
  } else {
    try {
      app.synth();
    } catch (err) {
      failure = message(err);
    }
  }
  // Next to the stacks: an App the module built keeps an outdir set in its code.
  const target = path.resolve(app.outdir);
  if (target !== outdir) {
    io.stdout(`${modulePath} builds its App with the outdir ${path.relative(io.cwd(), target) || "."}; writing there, next to its stacks, instead of ${out}.\n`);
  }
  // The pictures are made from the constructs, so they are written even when the synth failed.
  const outputs = writeSynthOutputs(app, target);
  for (const file of outputs.files) io.stdout(`wrote ${path.relative(io.cwd(), file) || file}\n`);
  io.stdout(`\n${formatSummaryTable(outputs.report)}\n`);
  if (failure !== undefined) {
    io.stderr(`\n${failure}\n`);
    return HBR_CLI_EXIT_CODES.APP_FAILED;
  }
  return HBR_CLI_EXIT_CODES.OK;
}

/**
 * Loads the module with `CDKTF_OUTDIR` set to `outdir` (so an App it builds without an outdir of its
 * own synthesizes there) and watching for Apps it synthesizes, then picks what to draw: the exported
 * function or App named with `--export`; else an exported App (default export, `app`, or the module
 * itself); else the one App the module synthesized while loading (a standard cdktf entry point);
 * else the function that declares the app (default export, `addToApp`, the module itself, or its only
 * function). The output directory is created first (an App creates only the last level of its
 * outdir) and removed again when the module turns out to be unusable and nothing was written into it.
 */
function loadModule(file: string, shown: string, exportName: string | undefined, outdir: string): LoadedModule {
  const resolved = resolveModule(file, shown);
  const firstCreated = fs.mkdirSync(outdir, { recursive: true });
  try {
    return pickFromModule(resolved, shown, exportName, outdir);
  } catch (err) {
    if (firstCreated !== undefined) removeEmptyDirectories(outdir, firstCreated);
    throw err;
  }
}

function pickFromModule(resolved: string, shown: string, exportName: string | undefined, outdir: string): LoadedModule {
  const watch = watchSynths(resolved);
  const previousOutdir = process.env.CDKTF_OUTDIR;
  process.env.CDKTF_OUTDIR = outdir;
  let loaded: unknown;
  try {
    // A fresh load, so a module required before (e.g. by an earlier run in this process) builds its App again.
    delete require.cache[resolved];
    loaded = require(resolved);
  } catch (err) {
    const synthFailed = watch.synths.find((synth) => synth.error === err);
    // The module's own app.synth() failed (rule errors): the app broke a rule, it is not a module problem.
    if (synthFailed !== undefined) return { kind: "app", app: synthFailed.app, synthesized: true, failure: message(err) };
    // A construct of this library refused its props while the module declared its app at the top level.
    if (err instanceof HbrConfigurationError) throw new DeclarationFailure(err.message);
    throw new UsageProblem(`cannot load ${shown}: ${message(err)}`);
  } finally {
    watch.stop();
    if (previousOutdir === undefined) delete process.env.CDKTF_OUTDIR;
    else process.env.CDKTF_OUTDIR = previousOutdir;
  }
  const fromApp = (app: App): LoadedModule => {
    const synth = watch.synths.find((s) => s.app === app);
    return synth === undefined ? { kind: "app", app, synthesized: false } : { kind: "app", app, synthesized: true, failure: synth.error === undefined ? undefined : message(synth.error) };
  };

  const exports = (typeof loaded === "object" || typeof loaded === "function") && loaded !== null ? (loaded as Record<string, unknown>) : {};
  if (exportName !== undefined) {
    const picked = exports[exportName];
    if (App.isApp(picked)) return fromApp(picked);
    if (isPlainFunction(picked)) return { kind: "declare", declare: picked as (app: App) => void };
    throw new UsageProblem(`${shown} has no exported function or App "${exportName}".`);
  }
  for (const candidate of [exports.default, exports.app, loaded]) if (App.isApp(candidate)) return fromApp(candidate);
  const synthesized = watch.synths.map((synth) => synth.app);
  if (synthesized.length === 1) return fromApp(synthesized[0]);
  if (synthesized.length > 1) {
    throw new UsageProblem(`${shown} synthesizes ${synthesized.length} Apps while loading; export the one to draw as default or as app.`);
  }
  for (const name of ["default", "addToApp"]) if (isPlainFunction(exports[name])) return { kind: "declare", declare: exports[name] as (app: App) => void };
  if (isPlainFunction(loaded)) return { kind: "declare", declare: loaded as (app: App) => void };
  const functions = Object.keys(exports).filter((name) => isPlainFunction(exports[name]));
  if (functions.length === 1) return { kind: "declare", declare: exports[functions[0]] as (app: App) => void };
  throw new UsageProblem(
    functions.length === 0
      ? `${shown} exports no function (app) => void and no App, and synthesizes no App while loading: export a function as default or as addToApp, export the App as default or as app, or build it and call app.synth() at the top level.`
      : `${shown} exports several functions (${functions.sort().join(", ")}); pick one with --export <name>.`,
  );
}

/** An App whose `synth()` ran while the module loaded, with the error it threw. */
interface WatchedSynth {
  readonly app: App;
  error?: unknown;
}

/**
 * Wraps `App.prototype.synth` (of this command's cdktf and of the one the module resolves, when that
 * is another copy) to note each App synthesized, until `stop()` restores it. The wrapper still
 * synthesizes, and rethrows what the synth throws, so the module runs as it would under cdktf.
 */
function watchSynths(moduleFile: string): { readonly synths: WatchedSynth[]; stop(): void } {
  const synths: WatchedSynth[] = [];
  const prototypes = new Set<object>([App.prototype]);
  try {
    const theirs = require(require.resolve("cdktf", { paths: [path.dirname(moduleFile)] })) as { App?: { prototype?: object } };
    if (theirs.App?.prototype) prototypes.add(theirs.App.prototype);
  } catch {
    // The module does not resolve cdktf itself; it can only use this command's.
  }
  const restores: Array<() => void> = [];
  for (const prototype of prototypes) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, "synth");
    const original = descriptor?.value;
    if (typeof original !== "function") continue;
    Object.defineProperty(prototype, "synth", {
      ...descriptor,
      value: function synth(this: App, ...args: unknown[]) {
        let watched = synths.find((s) => s.app === this);
        if (watched === undefined) synths.push((watched = { app: this }));
        try {
          watched.error = undefined;
          return original.apply(this, args);
        } catch (err) {
          watched.error = err;
          throw err;
        }
      },
    });
    restores.push(() => Object.defineProperty(prototype, "synth", descriptor!));
  }
  return { synths, stop: () => restores.forEach((restore) => restore()) };
}

/**
 * Removes `dir` when it holds no files (only empty folders, such as the `stacks` folder an App creates
 * when it is built), then its parents up to `firstCreated` while they are empty.
 */
function removeEmptyDirectories(dir: string, firstCreated: string): void {
  if (!fs.existsSync(dir) || holdsFiles(dir)) return;
  fs.rmSync(dir, { recursive: true });
  for (let current = path.dirname(dir); dir !== firstCreated && current.startsWith(firstCreated); current = path.dirname(current)) {
    if (fs.readdirSync(current).length > 0) return;
    fs.rmdirSync(current);
    if (current === firstCreated) return;
  }
}

function holdsFiles(dir: string): boolean {
  return fs.readdirSync(dir, { withFileTypes: true }).some((entry) => !entry.isDirectory() || holdsFiles(path.join(dir, entry.name)));
}

/** The module's file, with ts-node registered first when it is TypeScript and nothing compiles TypeScript yet. */
function resolveModule(file: string, shown: string): string {
  const candidates = [file, ...[".ts", ".js"].map((ext) => file + ext), ...["index.ts", "index.js"].map((name) => path.join(file, name))];
  const found = candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
  if (found === undefined) throw new UsageProblem(`cannot find the module ${shown} (looked for ${path.basename(file)}, .ts, .js and index files).`);
  // Under jest or ts-node, TypeScript already loads; `require.extensions` is then missing or has ".ts".
  const extensions = (require as { extensions?: Record<string, unknown> }).extensions;
  if (/\.[cm]?tsx?$/.test(found) && extensions !== undefined && extensions[".ts"] === undefined) {
    try {
      require("ts-node").register({ transpileOnly: true });
    } catch {
      throw new UsageProblem(`${shown} is TypeScript and ts-node is not installed; install ts-node or pass the compiled .js module.`);
    }
  }
  return found;
}

/** A function that can be called: not a class. */
function isPlainFunction(value: unknown): boolean {
  return typeof value === "function" && !/^class\b/.test(Function.prototype.toString.call(value));
}

/** True when the app holds vaults the rules of this copy of the library never saw. */
function usesAnotherLibraryCopy(app: App): boolean {
  if (HbrRules.of(app).registeredConstructs().length > 0) return false;
  return app.node.findAll().some((construct) => "vaultRole" in construct);
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
