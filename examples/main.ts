/**
 * The main job: synthesizes every bundled example to `cdktf.out/stacks/<stack>/cdk.tf.json`, writes
 * the topology pictures and the report next to them, and prints a summary of what was built and flagged.
 * `npm run synth` runs this with ts-node; `cdktf synth` runs it through cdktf.json's `app`.
 */
import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { formatSummaryTable, writeSynthOutputs } from "../lib";
import { addExamples } from "./app";

// cdktf-cli sets CDKTF_OUTDIR; run directly, write where the CLI would.
const outdir = process.env.CDKTF_OUTDIR ?? path.resolve(__dirname, "..", "cdktf.out");
fs.mkdirSync(path.dirname(outdir), { recursive: true });

const app = new App({ outdir });
addExamples(app);
let failure: string | undefined;
try {
  app.synth();
} catch (err) {
  failure = err instanceof Error ? err.message : String(err);
}
// The pictures and the report come from the constructs, so they are written even when the synth failed.
const outputs = writeSynthOutputs(app, outdir);
if (failure !== undefined) {
  console.error(failure);
  console.log(`\n${formatSummaryTable(outputs.report)}`);
  process.exit(1);
}
// Without the cdktf CLI nobody prints the warnings cdktf collected; print them here.
const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8"));
for (const name of Object.keys(manifest.stacks).sort()) {
  console.log(`synthesized ${path.relative(process.cwd(), path.join(outdir, manifest.stacks[name].synthesizedStackPath))}`);
  for (const annotation of manifest.stacks[name].annotations ?? []) {
    console.log(`  ${annotation.level.replace("@cdktf/", "").toUpperCase()} ${annotation.message}`);
  }
}
for (const file of outputs.files) console.log(`wrote ${path.relative(process.cwd(), file)}`);
console.log(`\n${formatSummaryTable(outputs.report)}`);
