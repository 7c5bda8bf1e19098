import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const LIB = path.resolve(__dirname, "..", "..", "lib");

/**
 * lib/'s folders from the bottom up. A folder loads (at run time) only folders of lower layers;
 * folders of one layer do not load each other: the guard is beside the constructs, not above them.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["private"], // leaf internals: framework choice, accounts, regions, argument checks, the error
  ["schema"], // the kept provider schema and its check
  ["rules"], // the rule catalog, findings, checks over facts
  ["private/model"], // the model read from Terraform documents and the checks over it
  [".", "guard"], // the constructs and HbrRules; hbr-guard over plans
  ["topology"],
  ["report"],
  ["packs/rules"],
  ["packs"],
  ["cli"],
];

/** Every TypeScript file under lib/ except the generated bindings, relative to lib/. */
function libFiles(dir = LIB): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(LIB, full) !== "gen") out.push(...libFiles(full));
    } else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(path.relative(LIB, full));
  }
  return out.sort();
}

/** True for an import or export that TypeScript erases: `import type`, or named imports that are all `type`. */
function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (clause === undefined) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** The lib/ files a file loads when it runs (type-only imports are erased and left out). */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(path.join(LIB, file), "utf8"), ts.ScriptTarget.ES2020, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !isTypeOnly(node)) {
      const spec = node.moduleSpecifier.text;
      if (spec.startsWith(".")) {
        const base = path.normalize(path.join(path.dirname(file), spec));
        const target = [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => fs.existsSync(path.join(LIB, candidate)));
        if (target !== undefined && !target.startsWith(`gen${path.sep}`)) found.push(target);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The folder a file belongs to, for folder-level cycles: `.` for lib/ itself, `private/model`, `guard`, ... */
function folderOf(file: string): string {
  return path.dirname(file);
}

/** Every cycle of a graph, each as the path that closes it (found by depth-first search). */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

describe("lib/ module structure", () => {
  const files = libFiles();
  const fileGraph = new Map(files.map((file) => [file, new Set(importsOf(file))]));

  test("no file imports itself through other files (no import cycle between files)", () => {
    expect(cycles(fileGraph).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  test("no folder imports itself through other folders (no import cycle between folders)", () => {
    const folderGraph = new Map<string, Set<string>>();
    for (const [file, imports] of fileGraph) {
      // The barrel re-exports every folder: it is the API, above all of them, not a module of lib/'s root.
      if (file === "index.ts") continue;
      const from = folderOf(file);
      if (!folderGraph.has(from)) folderGraph.set(from, new Set());
      for (const target of imports) if (folderOf(target) !== from) folderGraph.get(from)!.add(folderOf(target));
    }
    expect(cycles(folderGraph).map((cycle) => cycle.join(" -> "))).toEqual([]);
  });

  test("each folder loads only the layers below it (data flows one way)", () => {
    const levelOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));
    const upward: string[] = [];
    for (const [file, imports] of fileGraph) {
      if (file === "index.ts") continue;
      const from = folderOf(file);
      if (levelOf(from) < 0) upward.push(`${file}: its folder ${from} has no layer`);
      for (const target of imports) {
        const to = folderOf(target);
        if (to !== from && !(levelOf(to) >= 0 && levelOf(to) < levelOf(from))) upward.push(`${file} -> ${target}`);
      }
    }
    expect(upward).toEqual([]);
  });

  test("the cycle finder finds a cycle", () => {
    expect(cycles(new Map([["a", new Set(["b"])], ["b", new Set(["a"])]]))).toEqual([["a", "b", "a"]]);
  });
});
