import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { formatSummaryTable } from "../report/summary-table";
import { HbrRules } from "../rules/hbr-rules";
import { writeSynthOutputs } from "./synth-outputs";

/** Exit codes of `cdktf-alicloud-hbr`. */
export const HBR_CLI_EXIT_CODES = Object.freeze({
  /** The app synthesized; the pictures and the report were written. */
  OK: 0,
  /** The app threw while being declared, or its synth failed (rule errors); the pictures and report were still written when possible. */
  APP_FAILED: 1,
  /** The command line is wrong or the module could not be loaded: nothing was written. */
  USAGE: 2,
});

/** The usage text of `cdktf-alicloud-hbr --help`. */
export const HBR_CLI_USAGE = `Usage: cdktf-alicloud-hbr graph --app <module> [--export <name>] [--out <dir>]

graph   Declares the app the module describes, synthesizes it into <dir>, and writes next to the
        stacks: topology.md (a Mermaid diagram), topology.svg, topology.html (vaults, mirror vaults,
        backup policies and restore jobs by region), hbr-report.json and hbr-report.md. Prints a
        summary of what was built and flagged.

Options:
  --app <module>    a .ts or .js module exporting a function (app: App) => void that declares the
                    app's stacks: its default export, else "addToApp", else its only function
  --export <name>   the exported function to call instead
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
   * The exported function to call.
   * @default the default export, else `addToApp`, else the module's only function
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
  let declare: (app: App) => void;
  try {
    declare = loadDeclaration(path.resolve(io.cwd(), modulePath), modulePath, exportName);
  } catch (err) {
    io.stderr(`cdktf-alicloud-hbr: ${message(err)}\n`);
    return HBR_CLI_EXIT_CODES.USAGE;
  }

  const outdir = path.resolve(io.cwd(), out);
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir });
  try {
    declare(app);
  } catch (err) {
    io.stderr(`cdktf-alicloud-hbr: ${modulePath} failed to declare the app: ${message(err)}\n`);
    return HBR_CLI_EXIT_CODES.APP_FAILED;
  }
  if (usesAnotherLibraryCopy(app)) {
    io.stderr(
      `cdktf-alicloud-hbr: ${modulePath} declares HBR constructs from another copy of cdktf-alicloud-hbr than this command's, so they cannot be seen. ` +
        "Run the command of the copy the module imports (e.g. npx from the same project).\n",
    );
    return HBR_CLI_EXIT_CODES.USAGE;
  }

  let failure: string | undefined;
  try {
    app.synth();
  } catch (err) {
    failure = message(err);
  }
  // The pictures are made from the constructs, so they are written even when the synth failed.
  const outputs = writeSynthOutputs(app, outdir);
  for (const file of outputs.files) io.stdout(`wrote ${path.relative(io.cwd(), file) || file}\n`);
  io.stdout(`\n${formatSummaryTable(outputs.report)}\n`);
  if (failure !== undefined) {
    io.stderr(`\n${failure}\n`);
    return HBR_CLI_EXIT_CODES.APP_FAILED;
  }
  return HBR_CLI_EXIT_CODES.OK;
}

/** Loads the module and picks the function that declares the app. */
function loadDeclaration(file: string, shown: string, exportName: string | undefined): (app: App) => void {
  const resolved = resolveModule(file, shown);
  let loaded: unknown;
  try {
    loaded = require(resolved);
  } catch (err) {
    throw new UsageProblem(`cannot load ${shown}: ${message(err)}`);
  }
  const exports = (typeof loaded === "object" || typeof loaded === "function") && loaded !== null ? (loaded as Record<string, unknown>) : {};
  if (exportName !== undefined) {
    if (isPlainFunction(exports[exportName])) return exports[exportName] as (app: App) => void;
    throw new UsageProblem(`${shown} has no exported function "${exportName}".`);
  }
  for (const name of ["default", "addToApp"]) if (isPlainFunction(exports[name])) return exports[name] as (app: App) => void;
  if (isPlainFunction(loaded)) return loaded as (app: App) => void;
  const functions = Object.keys(exports).filter((name) => isPlainFunction(exports[name]));
  if (functions.length === 1) return exports[functions[0]] as (app: App) => void;
  throw new UsageProblem(
    functions.length === 0
      ? `${shown} exports no function (app) => void: export one as default or as addToApp.`
      : `${shown} exports several functions (${functions.sort().join(", ")}); pick one with --export <name>.`,
  );
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
