import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack, Testing } from "cdktf";
import { checkTerraformJson, formatSchemaProblems } from "../lib";

/** A synthesized stack document, parsed. */
export type TerraformJson = Record<string, any>;

/**
 * Synthesizes one stack (without running the app's rule validations) and returns its Terraform JSON,
 * after running it through the offline schema check: every construct test checks its output that way.
 */
export function synthJson(stack: TerraformStack): TerraformJson {
  const doc = JSON.parse(Testing.synth(stack));
  expectSchemaValid(doc);
  return doc;
}

/** {@link synthJson} without the schema check, for tests that build invalid output on purpose. */
export function synthJsonUnchecked(stack: TerraformStack): TerraformJson {
  return JSON.parse(Testing.synth(stack));
}

/** Fails the test with every problem listed when the document does not pass the offline schema check. */
export function expectSchemaValid(doc: TerraformJson): void {
  const errors = checkTerraformJson(doc).filter((p) => p.severity === "error");
  if (errors.length > 0) throw new Error(`schema check failed:\n${formatSchemaProblems(errors)}`);
}

/** A fresh scratch folder under the OS temp dir. */
export function scratchDir(prefix = "hbr-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** An App writing to a scratch folder, with optional context. */
export function scratchApp(context?: Record<string, unknown>): App {
  return new App({ outdir: path.join(scratchDir(), "cdktf.out"), context });
}

/** Synthesizes the whole app and returns each stack's document by stack name, each schema-checked. */
export function synthApp(app: App): Record<string, TerraformJson> {
  app.synth();
  const stacksDir = path.join(app.outdir, "stacks");
  const out: Record<string, TerraformJson> = {};
  for (const name of fs.readdirSync(stacksDir).sort()) {
    out[name] = JSON.parse(fs.readFileSync(path.join(stacksDir, name, "cdk.tf.json"), "utf8"));
    expectSchemaValid(out[name]);
  }
  return out;
}

/** Runs `app.synth()` expecting it to fail, and returns the error message. */
export function synthError(app: App): string {
  try {
    app.synth();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error("expected app.synth() to fail, but it succeeded");
}

/**
 * The lines of an app-level validation error that carry a rule code, without the Terraform address
 * each names after the construct path (`s/Mirror (alicloud_hbr_replication_vault.Mirror_1A2B3C4D):`),
 * whose hash suffix is cdktf's: tests of the address read it with {@link findingAddresses}.
 */
export function findingLines(message: string): string[] {
  return message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^\[HBR\d{3}\]/.test(line))
    .map((line) => line.replace(/^(\[HBR\d{3}\] [^ ]+) \(alicloud_[a-z0-9_]+\.[A-Za-z0-9_-]+\):/, "$1:"));
}

/** The Terraform address each finding line of an error names, in order (`undefined` where there is none). */
export function findingAddresses(message: string): (string | undefined)[] {
  return message
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^\[HBR\d{3}\]/.test(line))
    .map((line) => /^\[HBR\d{3}\] [^ ]+ \((alicloud_[a-z0-9_]+\.[A-Za-z0-9_-]+)\):/.exec(line)?.[1]);
}

/** Runs `fn` with the library's warnings printed (whatever the test environment says) and returns what it wrote to stderr. */
export function captureStderr(fn: () => void): string {
  const previous = process.env.CDKTF_ALICLOUD_HBR_WARNINGS;
  delete process.env.CDKTF_ALICLOUD_HBR_WARNINGS;
  const chunks: string[] = [];
  const spy = jest.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
    if (previous !== undefined) process.env.CDKTF_ALICLOUD_HBR_WARNINGS = previous;
  }
  return chunks.join("");
}
