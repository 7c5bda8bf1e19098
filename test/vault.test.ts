import * as path from "path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

/** TypeScript's messages for one in-memory file that imports the library by its package name. */
function compileMessages(code: string): string[] {
  const fileName = path.join(ROOT, "test", "__compile-check__.ts");
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.CommonJS,
    esModuleInterop: true,
    skipLibCheck: true,
    types: [],
    baseUrl: ROOT,
    paths: { "cdktf-alicloud-hbr": ["lib/index.ts"] },
  };
  const host = ts.createCompilerHost(options, true);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (name, version, onError, create) => (path.resolve(name) === fileName ? ts.createSourceFile(name, code, version, true) : getSourceFile.call(host, name, version, onError, create));
  host.fileExists = (name) => path.resolve(name) === fileName || fileExists.call(host, name);
  host.readFile = (name) => (path.resolve(name) === fileName ? code : readFile.call(host, name));
  const program = ts.createProgram({ rootNames: [fileName], options, host });
  const file = program.getSourceFile(fileName)!;
  return program.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("vault types", () => {
  test("passing a mirror vault as a backup rule's vault fails to compile with a message that names the problem", () => {
    const messages = compileMessages(`
      import { App, TerraformStack } from "cdktf";
      import { BackupPolicy, BackupVault, Duration, Schedule } from "cdktf-alicloud-hbr";
      const stack = new TerraformStack(new App(), "s");
      const vault = new BackupVault(stack, "V", { region: "cn-hangzhou", vaultName: "v" });
      const mirror = vault.addMirror("M", { region: "cn-shanghai", vaultName: "m" });
      new BackupPolicy(stack, "P", { region: "cn-shanghai" }).addBackupRule({ vault: mirror, schedule: Schedule.every(Duration.days(1)), retention: Duration.days(7) });
    `);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/refused: a mirror vault receives its source's backups by replication only; back up into its source vault \(HBR002\)/);
    expect(messages[0]).not.toMatch(/Property 'addMirror' is missing/);
  }, 60_000);
});
