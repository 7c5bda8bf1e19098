/**
 * The main job: synthesizes every bundled example to `cdktf.out/stacks/<stack>/cdk.tf.json`.
 * `npm run synth` runs this with ts-node; `cdktf synth` runs it through cdktf.json's `app`.
 */
import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { addExamples } from "./app";

// cdktf-cli sets CDKTF_OUTDIR; run directly, write where the CLI would.
const outdir = process.env.CDKTF_OUTDIR ?? path.resolve(__dirname, "..", "cdktf.out");
fs.mkdirSync(path.dirname(outdir), { recursive: true });

const app = new App({ outdir });
addExamples(app);
try {
  app.synth();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
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
