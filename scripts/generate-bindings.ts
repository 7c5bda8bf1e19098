/**
 * Generates the typed alicloud provider bindings under `lib/gen/` from the kept schema
 * (`schema/alicloud-hbr.schema.json`), the same way `cdktf get` would from a downloaded provider.
 *
 * Run with `npm run generate`. The drift test (test/gen/bindings-drift.test.ts) calls
 * `generateBindings` into a scratch folder and compares the result with the committed files.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const SCHEMA_FILE = path.join(REPO_ROOT, "schema", "alicloud-hbr.schema.json");
export const GENERATED_DIR = path.join(REPO_ROOT, "lib", "gen");
/** The module the library takes its CDK framework from (cdktf or CDK Terrain, chosen at load). */
export const FRAMEWORK_MODULE = path.join(REPO_ROOT, "lib", "private", "framework");

/** Reads the provider constraint from cdktf.json so the generated bindings and `cdktf get` agree. */
export function providerConstraint(): string {
  const cdktfJson = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "cdktf.json"), "utf8"));
  const entry = (cdktfJson.terraformProviders as string[]).find((p) => p.startsWith("aliyun/alicloud"));
  if (!entry) throw new Error("cdktf.json names no aliyun/alicloud provider");
  return entry;
}

const GENERATED_README = `# Generated code: do not edit

Everything below this folder is produced by \`npm run generate\` (scripts/generate-bindings.ts) from
\`schema/alicloud-hbr.schema.json\` with \`@cdktf/provider-generator\`, the generator \`cdktf get\` uses.
Edit the schema or the script, never these files: the drift test fails when they differ from a
fresh generation.
`;

/** Generates the bindings into `outDir` (which is emptied first) and returns the files written. */
export async function generateBindings(outDir: string = GENERATED_DIR): Promise<string[]> {
  process.env.CHECKPOINT_DISABLE = "1";
  // @cdktf/commons runs `terraform version` when loaded; a CLI config file that does not exist makes a
  // terraform on PATH print a warning that is only noise here. Loaded lazily so the variable is set first.
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (!cliConfig || !fs.existsSync(cliConfig)) process.env.TF_CLI_CONFIG_FILE = os.devNull;
  const { CodeMaker } = require("codemaker") as typeof import("codemaker");
  const { ConstructsMakerProviderTarget, LANGUAGES, TerraformProviderConstraint } =
    require("@cdktf/commons") as typeof import("@cdktf/commons");
  const { TerraformProviderGenerator } =
    require("@cdktf/provider-generator/lib/get/generator/provider-generator") as typeof import("@cdktf/provider-generator/lib/get/generator/provider-generator");
  const schema = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  const generator = new TerraformProviderGenerator(new CodeMaker(), schema);
  generator.generate(
    new ConstructsMakerProviderTarget(new TerraformProviderConstraint(providerConstraint()), LANGUAGES[0]),
  );
  await generator.save(outDir);
  for (const file of listFiles(outDir)) {
    const full = path.join(outDir, file);
    const source = fs.readFileSync(full, "utf8");
    const rewritten = importFrameworkFromLibrary(source, file);
    if (rewritten !== source) fs.writeFileSync(full, rewritten);
  }
  fs.writeFileSync(path.join(outDir, "README.md"), GENERATED_README);
  return listFiles(outDir);
}

const CDKTF_IMPORT = /^import \* as cdktf from 'cdktf';$/m;
const GENERATE_CONFIG_FOR_IMPORT = /(public static generateConfigForImport\([^)]*\)) \{/g;

/**
 * The generator writes `import * as cdktf from 'cdktf'`; the library must load whichever framework
 * the app uses, so each file imports lib/private/framework instead (under the same local name, so
 * the generated code is otherwise untouched). The path is taken from the file's place under
 * lib/gen, not from `outDir`, so a generation into a scratch folder is byte-identical.
 */
export function importFrameworkFromLibrary(source: string, fileUnderGen: string): string {
  if (!CDKTF_IMPORT.test(source)) return source;
  const from = path.dirname(path.join(GENERATED_DIR, fileUnderGen));
  const relative = path.relative(from, FRAMEWORK_MODULE).split(path.sep).join("/");
  const rewritten = source
    .replace(CDKTF_IMPORT, `import * as cdktf from '${relative.startsWith(".") ? relative : `./${relative}`}';`)
    // Left to inference, this return type is printed in the .d.ts as import("cdktf").ImportableResource,
    // a module a CDK Terrain project does not have; named, it goes through lib/private/framework.
    .replace(GENERATE_CONFIG_FOR_IMPORT, "$1: cdktf.ImportableResource {");
  if (/from 'cdktf'/.test(rewritten)) throw new Error(`${fileUnderGen} still imports 'cdktf' after the rewrite`);
  return rewritten;
}

/** Every file below `dir`, as sorted paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk("");
  return out.sort();
}

if (require.main === module) {
  generateBindings().then(
    (files) => console.log(`generated ${files.length} files into ${path.relative(REPO_ROOT, GENERATED_DIR)}/`),
    (err) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(1);
    },
  );
}
