import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { addExamples } from "../../examples/app";
import { BackupVault, HbrPolicies, HbrRules, Policies, Severity, writeSynthOutputs } from "../../lib";
import { scratchDir, synthError } from "../support";

// Values that look like credentials and appear nowhere else, so any leak is unambiguous.
const ACCESS_KEY = "LTAI5tFAKEaccessKEY0123";
const SECRET_KEY = "fAkEsEcReT0123456789abcdefABCDEF";
const SECURITY_TOKEN = "CAIS-fake-security-token-0123456789";

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe("credentials in the environment", () => {
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.ALICLOUD_ACCESS_KEY = ACCESS_KEY;
    process.env.ALICLOUD_SECRET_KEY = SECRET_KEY;
    process.env.ALICLOUD_SECURITY_TOKEN = SECURITY_TOKEN;
    process.env.ALIBABA_CLOUD_ACCESS_KEY_ID = ACCESS_KEY;
    process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = SECRET_KEY;
  });
  afterAll(() => {
    process.env = saved;
  });

  test("never appear in any synthesized file, report or picture", () => {
    const outdir = path.join(scratchDir("hbr-secrets-"), "cdktf.out");
    const app = new App({ outdir });
    addExamples(app);
    Policies.of(app).add(HbrPolicies.recommended().withAllSeverities(Severity.WARNING));
    app.synth();
    writeSynthOutputs(app);
    expect(fs.existsSync(path.join(outdir, "hbr-report.json"))).toBe(true);
    expect(fs.existsSync(path.join(outdir, "topology.svg"))).toBe(true);
    const files = allFiles(outdir);
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const secret of [ACCESS_KEY, SECRET_KEY, SECURITY_TOKEN]) expect({ file, leaked: text.includes(secret) }).toEqual({ file, leaked: false });
    }
  });

  test("provider blocks carry only region and alias", () => {
    const outdir = path.join(scratchDir("hbr-secrets-"), "cdktf.out");
    const app = new App({ outdir });
    addExamples(app);
    app.synth();
    for (const file of allFiles(outdir).filter((f) => f.endsWith("cdk.tf.json"))) {
      for (const provider of JSON.parse(fs.readFileSync(file, "utf8")).provider?.alicloud ?? []) {
        expect(Object.keys(provider).sort()).toEqual(["alias", "region"]);
      }
    }
  });

  test("never appear in error messages or findings", () => {
    const app = new App({ outdir: path.join(scratchDir("hbr-secrets-"), "cdktf.out") });
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "V", { region: "cn-hangzou", vaultName: "" }).addMirror("M", { region: "cn-hangzou", vaultName: "x".repeat(40) });
    const message = synthError(app) + JSON.stringify(HbrRules.of(app).findings());
    expect(message).toContain("HBR005");
    for (const secret of [ACCESS_KEY, SECRET_KEY, SECURITY_TOKEN]) expect(message.includes(secret)).toBe(false);
  });
});
