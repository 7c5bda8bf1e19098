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
for (const stack of fs.readdirSync(path.join(outdir, "stacks")).sort()) {
  console.log(`synthesized ${path.relative(process.cwd(), path.join(outdir, "stacks", stack, "cdk.tf.json"))}`);
}
