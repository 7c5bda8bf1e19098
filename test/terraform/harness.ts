// Runs the real terraform CLI against the HBR emulator: builds the emulator once per test process,
// installs it as `aliyun/alicloud` 1.289.0 in a filesystem mirror, and runs terraform commands with
// their own CLI configuration, offline.
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { scratchDir } from "../support";
import { compileProtocol } from "./emulator/protocol";
import { serverCertificate } from "./emulator/tls";

const ROOT = path.resolve(__dirname, "..", "..");
/** The provider version the emulator poses as (the kept schema's). */
export const PROVIDER_VERSION = "1.289.0";

/** `terraform version -json`, or why terraform cannot run. */
export function terraformVersion(): { ok: true; version: string; platform: string } | { ok: false; reason: string } {
  const result = spawnSync("terraform", ["version", "-json"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" }, timeout: 20_000 });
  if (result.error) return { ok: false, reason: `terraform could not be started (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})` };
  if (result.status !== 0) return { ok: false, reason: `terraform version exited with ${result.status}` };
  try {
    const parsed = JSON.parse(result.stdout) as { terraform_version: string; platform: string };
    return { ok: true, version: parsed.terraform_version, platform: parsed.platform };
  } catch {
    return { ok: false, reason: "terraform version -json printed no JSON" };
  }
}

const version = terraformVersion();

/** `describe` when terraform runs, else `describe.skip` after saying why, once per file. */
export function describeWithTerraform(): jest.Describe {
  if (!version.ok) {
    console.warn(`terraform e2e tests skipped: ${version.reason} (install terraform 1.11 and put it on PATH)`);
    return describe.skip;
  }
  return describe;
}

/** The emulator, built and installed for one test process. */
export interface Emulator {
  /** The scratch folder that holds the build, the mirror and the CLI configuration. */
  readonly dir: string;
  /** The CLI configuration file terraform is pointed at. */
  readonly cliConfig: string;
  /** The compiled entry point the launcher loads. */
  readonly entry: string;
  /** The server certificate and key (PEM files) every emulator process of this run serves with. */
  readonly tls: { readonly cert: string; readonly key: string };
}

let built: Promise<Emulator> | undefined;

/**
 * Transpiles the emulator (and the one lib module it uses) to JavaScript in a scratch folder, once
 * per process: terraform starts a provider process per configuration per command, and running
 * TypeScript through ts-node at each start would cost more than the command itself.
 */
export function buildEmulator(): Promise<Emulator> {
  built ??= build();
  return built;
}

async function build(): Promise<Emulator> {
  const dir = scratchDir("hbr-tf-emulator-");
  const sources = [
    ...fs
      .readdirSync(path.join(ROOT, "test", "terraform", "emulator"))
      .filter((f) => f.endsWith(".ts") || f.endsWith(".proto"))
      .map((f) => path.join("test", "terraform", "emulator", f)),
    path.join("lib", "private", "account.ts"),
  ];
  for (const rel of sources) {
    const target = path.join(dir, rel.replace(/\.ts$/, ".js"));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const text = fs.readFileSync(path.join(ROOT, rel), "utf8");
    if (rel.endsWith(".proto")) {
      fs.writeFileSync(target, text);
      continue;
    }
    const output = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true, sourceMap: false },
      fileName: rel,
    });
    fs.writeFileSync(target, output.outputText);
  }
  // The compiled files find the packages and the kept schema where the checkout has them.
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"));
  fs.symlinkSync(path.join(ROOT, "schema"), path.join(dir, "schema"));
  const entry = path.join(dir, "test", "terraform", "emulator", "main.js");
  compileProtocol(path.dirname(entry));
  const platform = version.ok ? version.platform : `${process.platform}_amd64`;
  const mirror = path.join(dir, "mirror");
  const pluginDir = path.join(mirror, "registry.terraform.io", "aliyun", "alicloud", PROVIDER_VERSION, platform);
  fs.mkdirSync(pluginDir, { recursive: true });
  // Two fixed lines: the lock file's hash covers this launcher, not the code it loads.
  fs.writeFileSync(path.join(pluginDir, `terraform-provider-alicloud_v${PROVIDER_VERSION}`), `#!/usr/bin/env node\nrequire(${JSON.stringify(entry)});\n`, { mode: 0o755 });
  const cliConfig = path.join(dir, "terraformrc");
  fs.writeFileSync(
    cliConfig,
    [
      "provider_installation {",
      `  filesystem_mirror {`,
      `    path    = ${JSON.stringify(mirror)}`,
      `    include = ["registry.terraform.io/aliyun/alicloud"]`,
      "  }",
      "  direct {",
      `    exclude = ["registry.terraform.io/aliyun/alicloud"]`,
      "  }",
      "}",
      "",
    ].join("\n"),
  );
  const pems = await serverCertificate();
  const tls = { cert: path.join(dir, "server-cert.pem"), key: path.join(dir, "server-key.pem") };
  fs.writeFileSync(tls.cert, pems.cert);
  fs.writeFileSync(tls.key, pems.private, { mode: 0o600 });
  return { dir, cliConfig, entry, tls };
}

/** What one terraform command did. */
export interface TerraformResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/** Options of one terraform command. */
export interface TerraformOptions {
  /** The emulated cloud file the provider processes share. */
  readonly cloud: string;
  /** Expect a non-zero exit instead of failing on one. */
  readonly allowFailure?: boolean;
}

/** Every terraform command run in this process, for the timing summary. */
export const terraformLog: { args: string; ms: number }[] = [];

/** Runs `terraform <args>` in `cwd` against the emulator; rejects on a non-zero exit unless allowed. */
export async function terraform(cwd: string, args: string[], options: TerraformOptions): Promise<TerraformResult> {
  const emulator = await buildEmulator();
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("ALICLOUD_") && !k.startsWith("TF_")) env[k] = v;
  Object.assign(env, {
    TF_CLI_CONFIG_FILE: emulator.cliConfig,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
    HBR_EMULATOR_CLOUD: options.cloud,
    HBR_EMULATOR_TLS_CERT: emulator.tls.cert,
    HBR_EMULATOR_TLS_KEY: emulator.tls.key,
  });
  // HBR_TF_LOG_DIR=<dir>: one terraform debug log per command there, for finding where time goes.
  const logDir = process.env.HBR_TF_LOG_DIR;
  if (logDir) Object.assign(env, { TF_LOG: "debug", TF_LOG_PATH: path.join(logDir, `${terraformLog.length + 1}-${path.basename(cwd)}-${args[0]}.log`) });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn("terraform", args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => {
      const result = { code: code ?? -1, stdout, stderr, ms: Date.now() - started };
      terraformLog.push({ args: `${path.basename(cwd)}: ${args.join(" ")}`, ms: result.ms });
      if (result.code !== 0 && !options.allowFailure) {
        reject(new Error(`terraform ${args.join(" ")} in ${cwd} exited with ${result.code}:\n${stderr.slice(-3000)}\n${stdout.slice(-2000)}`));
      } else resolve(result);
    });
  });
}

/** Writes a Terraform JSON configuration into a fresh working directory and returns it. */
export function workingDir(parent: string, name: string, config: object): string {
  const dir = path.join(parent, name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "main.tf.json"), `${JSON.stringify(config, null, 2)}\n`);
  return dir;
}

/** The `terraform` block every hand-written configuration needs to use the emulator. */
export const REQUIRED_PROVIDERS = { required_providers: { alicloud: { source: "aliyun/alicloud", version: `~> 1.289` } } };
