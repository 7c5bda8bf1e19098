import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..", "..");
const README_NAME = "README.md";

/** A fenced code block of a Markdown file. */
interface FencedBlock {
  /** The info string's first word, lower-cased (`ts`, `json`, `sh`, or empty). */
  readonly lang: string;
  /** The 1-based line number of the block's first line of code (the line after the opening fence). */
  readonly line: number;
  /** The code between the fences. */
  readonly code: string;
  /** The closest heading above the block, so a failure says where to look. */
  readonly heading: string;
  /** Preceded by `<!-- snippet: partial -->`: meant as a fragment, not checked. */
  readonly partial: boolean;
}

/** A `<!-- snippet: ... -->` marker, and whether a TypeScript block follows it. */
interface SnippetMarker {
  readonly line: number;
  readonly text: string;
  readonly beforeTypeScript: boolean;
}

const PARTIAL_MARKER = /^<!--\s*snippet:\s*partial\b.*-->$/;
const ANY_MARKER = /^<!--\s*snippet:/;
const TYPESCRIPT = new Set(["ts", "typescript"]);

/** Splits Markdown into its fenced blocks, and finds the snippet markers. */
function parseMarkdown(markdown: string): { blocks: FencedBlock[]; markers: SnippetMarker[] } {
  const lines = markdown.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  const markers: SnippetMarker[] = [];
  let heading = "(top)";
  let pendingMarker: { line: number; text: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
    if (fence) {
      const [, marks, info] = fence;
      const start = i + 1;
      let end = start;
      while (end < lines.length && !new RegExp(`^ {0,3}${marks[0] === "`" ? "`" : "~"}{${marks.length},}\\s*$`).test(lines[end])) end++;
      const lang = info.toLowerCase();
      const partial = pendingMarker !== undefined && PARTIAL_MARKER.test(pendingMarker.text);
      if (pendingMarker) markers.push({ ...pendingMarker, beforeTypeScript: TYPESCRIPT.has(lang) });
      pendingMarker = undefined;
      blocks.push({ lang, line: start + 1, code: lines.slice(start, end).join("\n"), heading, partial });
      i = end;
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (pendingMarker) markers.push({ ...pendingMarker, beforeTypeScript: false });
    pendingMarker = ANY_MARKER.test(trimmed) ? { line: i + 1, text: trimmed } : undefined;
    const title = /^#{1,6}\s+(.*)$/.exec(trimmed);
    if (title) heading = title[1];
  }
  if (pendingMarker) markers.push({ ...pendingMarker, beforeTypeScript: false });
  return { blocks, markers };
}

/** A TypeScript source to type-check, and where its line 1 is in the README. */
interface Snippet {
  readonly fileName: string;
  readonly code: string;
  /** The README line of the snippet's first line. */
  readonly firstLine: number;
}

/**
 * The compiler options a consumer gets from the README's `tsconfig.json` block, with the package name
 * resolved to this checkout's sources (so the snippets are checked against the API as it is now, not
 * against a stale dist/) and cdktf to node_modules.
 */
function consumerCompilerOptions(tsconfigText: string): { options: ts.CompilerOptions; errors: readonly ts.Diagnostic[] } {
  const json = JSON.parse(tsconfigText);
  const { options, errors } = ts.convertCompilerOptionsFromJson(json.compilerOptions, ROOT);
  return {
    errors,
    options: {
      ...options,
      noEmit: true,
      baseUrl: ROOT,
      paths: { "cdktf-alicloud-hbr": ["lib/index.ts"] },
      // A snippet without imports is still its own module: top-level names must not clash across snippets.
      moduleDetection: ts.ModuleDetectionKind.Force,
    },
  };
}

/**
 * Type-checks the snippets in one program (the library is parsed once) from memory: nothing is
 * written. Returns each snippet's diagnostics as `README.md:<line>:<column> TS<code>: <message>`.
 */
function typeCheck(snippets: readonly Snippet[], options: ts.CompilerOptions): Map<string, string[]> {
  const byName = new Map(snippets.map((s) => [s.fileName, s]));
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const snippet = byName.get(path.resolve(fileName));
    return snippet ? ts.createSourceFile(fileName, snippet.code, languageVersion, true) : getSourceFile.call(host, fileName, languageVersion, onError, shouldCreate);
  };
  host.fileExists = (fileName) => byName.has(path.resolve(fileName)) || fileExists.call(host, fileName);
  host.readFile = (fileName) => byName.get(path.resolve(fileName))?.code ?? readFile.call(host, fileName);
  const program = ts.createProgram({ rootNames: [...byName.keys()], options, host });
  const result = new Map<string, string[]>();
  const optionProblems = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) => `compiler options: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
  for (const snippet of snippets) {
    const file = program.getSourceFile(snippet.fileName)!;
    const diagnostics = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
    result.set(snippet.fileName, [
      ...optionProblems,
      ...diagnostics.map((d) => {
        const { line, character } = d.start === undefined ? { line: 0, character: 0 } : file.getLineAndCharacterOfPosition(d.start);
        return `${README_NAME}:${snippet.firstLine + line}:${character + 1} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    ]);
  }
  return result;
}

function snippetFile(name: string): string {
  // Virtual files in this folder, so module resolution walks up to the repository's node_modules.
  return path.join(__dirname, `${name}.ts`);
}

const readme = parseMarkdown(fs.readFileSync(path.join(ROOT, README_NAME), "utf8"));
const typescriptBlocks = readme.blocks.filter((b) => TYPESCRIPT.has(b.lang));
const checkedBlocks = typescriptBlocks.filter((b) => !b.partial);
const jsonBlocks = readme.blocks.filter((b) => b.lang === "json");
const tsconfigBlocks = jsonBlocks.filter((b) => /"compilerOptions"/.test(b.code));

// Snippets that must fail prove the check is real: a check that resolved nothing, or checked nothing,
// would pass every README snippet too.
const WRONG_PROP = [
  'import { App, TerraformStack } from "cdktf";',
  'import { BackupVault } from "cdktf-alicloud-hbr";',
  'const stack = new TerraformStack(new App(), "s");',
  'new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod", encryptType: "KMS" });',
].join("\n");
const NO_IMPORTS = 'new BackupVault(stack, "Backups", { region: "cn-hangzhou", vaultName: "prod" });';

describe("the README's TypeScript snippets", () => {
  let diagnostics: Map<string, string[]>;
  const snippets: Snippet[] = checkedBlocks.map((b) => ({ fileName: snippetFile(`readme-line-${b.line}`), code: b.code, firstLine: b.line }));
  const probes = { wrongProp: snippetFile("probe-wrong-prop"), noImports: snippetFile("probe-no-imports") };

  beforeAll(() => {
    if (tsconfigBlocks.length !== 1) return; // reported by its own test
    const { options } = consumerCompilerOptions(tsconfigBlocks[0].code);
    diagnostics = typeCheck(
      [...snippets, { fileName: probes.wrongProp, code: WRONG_PROP, firstLine: 1 }, { fileName: probes.noImports, code: NO_IMPORTS, firstLine: 1 }],
      options,
    );
  }, 120_000);

  test("the README gives exactly one tsconfig.json, whose compiler options TypeScript accepts", () => {
    expect(tsconfigBlocks.map((b) => b.line)).toHaveLength(1);
    const { errors } = consumerCompilerOptions(tsconfigBlocks[0].code);
    expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  });

  test("the README has TypeScript snippets, and most are complete programs rather than fragments", () => {
    expect(checkedBlocks.length).toBeGreaterThanOrEqual(3);
    expect(typescriptBlocks.filter((b) => b.partial).length).toBeLessThanOrEqual(2);
  });

  test.each(checkedBlocks.map((b) => [b.line, b.heading, b] as const))("the snippet at README.md line %d (%s) compiles as a file of its own, imports included", (_line, _heading, block) => {
    expect(diagnostics).toBeDefined();
    expect(diagnostics.get(snippetFile(`readme-line-${block.line}`))).toEqual([]);
  });

  test("a snippet passing a prop the API does not have fails, with TS2353 on its line", () => {
    const found = diagnostics.get(probes.wrongProp)!;
    expect(found).toEqual([expect.stringMatching(/^README\.md:4:\d+ TS2353: .*encryptType/)]);
  });

  test("a snippet without its imports fails: the snippets are not checked against ambient names", () => {
    const found = diagnostics.get(probes.noImports)!;
    expect(found).toEqual(expect.arrayContaining([expect.stringMatching(/TS2304: Cannot find name 'BackupVault'/), expect.stringMatching(/TS2304: Cannot find name 'stack'/)]));
  });

  test("every snippet marker stands right before a TypeScript block, and says partial", () => {
    const misplaced = readme.markers.filter((m) => !m.beforeTypeScript || !PARTIAL_MARKER.test(m.text)).map((m) => `README.md:${m.line}: ${m.text}`);
    expect(misplaced).toEqual([]);
  });
});

describe("the README's JSON blocks", () => {
  test.each(jsonBlocks.map((b) => [b.line, b.heading, b] as const))("the JSON block at README.md line %d (%s) parses", (_line, _heading, block) => {
    expect(() => JSON.parse(block.code)).not.toThrow();
  });

  test("the cdktf.json block names a TypeScript app run with ts-node", () => {
    const configs = jsonBlocks.map((b) => JSON.parse(b.code)).filter((doc) => typeof doc.app === "string");
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({ language: "typescript", app: expect.stringMatching(/ts-node/) });
  });
});

/** True when package.json's `files` entry covers the file at `relative` (a path, a folder, or a `*` glob). */
function shippedBy(entry: string, relative: string): boolean {
  const pattern = new RegExp(`^${entry.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}(/.*)?$`);
  return pattern.test(relative);
}

describe("the README's links", () => {
  const markdown = fs.readFileSync(path.join(ROOT, README_NAME), "utf8");
  const files: string[] = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).files;
  const relativeLinks = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).filter((target) => !/^([a-z][a-z0-9+.-]*:|#)/i.test(target));

  test("every relative link opens a file of the published package, so it works where the package is installed", () => {
    const broken = relativeLinks.filter((target) => {
      const relative = path.posix.normalize(target.split("#")[0]);
      return !fs.existsSync(path.join(ROOT, relative)) || !files.some((entry) => shippedBy(entry, relative));
    });
    expect(broken).toEqual([]);
  });

  test("links to what the package does not ship (examples, the repository) are absolute", () => {
    const toUnshipped = relativeLinks.filter((target) => /^(\.\/)?(examples|test|bench|scripts|lib)\//.test(target));
    expect(toUnshipped).toEqual([]);
  });
});

describe("the Markdown reader the README checks rely on", () => {
  const sample = [
    "# Title",
    "```sh",
    "npm test",
    "```",
    "## Use",
    "<!-- snippet: partial -->",
    "",
    "```ts",
    "policy.bind();",
    "```",
    "````typescript",
    "const a = 1;",
    "```",
    "````",
    "<!-- snippet: partial -->",
    "text",
  ].join("\n");
  const { blocks, markers } = parseMarkdown(sample);

  test("finds every fenced block with its language, first code line and heading", () => {
    expect(blocks.map((b) => [b.lang, b.line, b.heading, b.partial])).toEqual([
      ["sh", 3, "Title", false],
      ["ts", 9, "Use", true],
      ["typescript", 12, "Use", false],
    ]);
  });

  test("keeps a longer fence open past a shorter one inside it", () => {
    expect(blocks[2].code).toBe("const a = 1;\n```");
  });

  test("reports a marker that is not followed by a TypeScript block", () => {
    expect(markers).toEqual([
      { line: 6, text: "<!-- snippet: partial -->", beforeTypeScript: true },
      { line: 15, text: "<!-- snippet: partial -->", beforeTypeScript: false },
    ]);
  });

  test("matches package.json files entries as paths, folders and globs", () => {
    expect(shippedBy("docs/rules.md", "docs/rules.md")).toBe(true);
    expect(shippedBy("bin", "bin/hbr-guard")).toBe(true);
    expect(shippedBy("schema/*.json", "schema/regions.json")).toBe(true);
    expect(shippedBy("schema/*.json", "schema/sub/regions.json")).toBe(false);
    expect(shippedBy("docs/rules.md", "docs/guard.md")).toBe(false);
  });
});
