import * as fs from "fs";
import * as path from "path";
import { Aspects, TerraformStack } from "cdktf";
import {
  BackupPolicy,
  BackupVault,
  Duration,
  HbrConfigurationError,
  HbrPolicies,
  HbrRules,
  PolicyPack,
  Policies,
  RestoreJob,
  RestoreTarget,
  Schedule,
  Severity,
  VaultEncryption,
} from "../../lib";
import { captureStderr, synthError } from "../support";
import { appWithStack, codedLines, compliantVault, findingsOf, manifestWarnings } from "./support";

describe("Policies: packs applied to an app", () => {
  test("a pack's errors fail app.synth() in the same single error as the service rules' errors", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "x".repeat(65) });
    Policies.of(app).add(new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()] }));
    const message = synthError(app);
    expect(message.match(/the synthesized Terraform breaks \d+ rules? of the HBR service or of the app's policies/g)).toHaveLength(1);
    expect(codedLines(message).map((line) => line.slice(0, line.indexOf("]") + 1))).toEqual(["[HBR005]", "[HBRP001]"]);
  });

  test("the library adds no aspect to its stacks, with or without packs: an aspect makes cdktf visit every construct at synth", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" });
    Policies.of(app).add(new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()] }));
    const later = new TerraformStack(app, "later");
    compliantVault(later, "Vault", { vaultName: "later" });
    expect([Aspects.of(stack).all.length, Aspects.of(later).all.length]).toEqual([0, 0]);
  });

  test("a pack's warnings become annotations on the construct, and the service rules' warnings are printed to stderr", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod" }).addMirror("Mirror", { region: "cn-hangzhou", vaultName: "prod-dr", preventDestroy: true });
    Policies.of(app).add(new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorInAnotherRegion()], severities: { HBRP002: Severity.WARNING } }));
    const stderr = captureStderr(() => app.synth());
    const warnings = manifestWarnings(app);
    expect(stderr).toMatch(/^cdktf-alicloud-hbr warning: \[HBR004\] s\/Mirror \(alicloud_hbr_replication_vault\.\S+\): /m);
    expect(warnings).toContainEqual(expect.stringMatching(/^s\/Mirror: \[HBRP002\] s\/Mirror: the mirror vault "prod-dr" is in cn-hangzhou/));
  });

  test("a pack added before a stack is declared applies to that stack too", () => {
    const { app } = appWithStack();
    Policies.of(app).add(HbrPolicies.recommended().withAllSeverities(Severity.WARNING));
    const later = new TerraformStack(app, "later");
    compliantVault(later, "Late");
    app.synth();
    expect(manifestWarnings(app)).toContainEqual(expect.stringMatching(/^later\/Late: \[HBRP001\] later\/Late: /));
  });

  test("the same pack added twice is applied once", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault");
    const pack = new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()] });
    Policies.of(app).add(pack).add(pack);
    expect(Policies.of(app).packs()).toHaveLength(1);
    expect(findingsOf(app, "HBRP001")).toHaveLength(1);
  });

  test("two packs with the same rule report a finding once, at the stricter severity", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault");
    Policies.of(app)
      .add(new PolicyPack({ name: "lenient", rules: [HbrPolicies.mirrorRequired()], severities: { HBRP001: Severity.WARNING } }))
      .add(new PolicyPack({ name: "strict", rules: [HbrPolicies.mirrorRequired()] }));
    expect(findingsOf(app, "HBRP001").map((f) => f.severity)).toEqual([Severity.ERROR]);
  });

  test("an app that complies with the recommended pack synthesizes with no policy findings", () => {
    const { app, stack } = appWithStack();
    const vault = compliantVault(stack, "Vault", { encryption: VaultEncryption.KMS, kmsKeyId: "k" });
    const mirror = vault.addMirror("Mirror", { region: "cn-beijing", vaultName: "dr", kmsKeyId: "k2", preventDestroy: true });
    new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" }).addBackupRule({ vault, schedule: Schedule.every(Duration.days(1), { start: new Date(0) }), retention: Duration.days(7) });
    new RestoreJob(stack, "Drill", { vault: mirror, snapshotId: "s", snapshotHash: "h", target: RestoreTarget.oss("b") });
    Policies.of(app).add(HbrPolicies.recommended({ mirrorOutsideCityGroup: true, restoreDrillFromMirror: true }));
    expect(() => app.synth()).not.toThrow();
    expect(HbrRules.of(app).allFindings()).toEqual([]);
  });

  test("findings() of HbrRules stays the service rules' only; allFindings() adds the policies'", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault");
    Policies.of(app).add(new PolicyPack({ name: "p", rules: [HbrPolicies.mirrorRequired()] }));
    expect(HbrRules.of(app).findings()).toEqual([]);
    expect(HbrRules.of(app).allFindings().map((f) => f.code)).toEqual(["HBRP001"]);
  });

  test("an app that never uses policies has none, and its synth output holds no report", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault");
    app.synth();
    expect(Policies.tryOf(app)).toBeUndefined();
    expect(fs.existsSync(path.join(app.outdir, "hbr-report.json"))).toBe(false);
  });

  test("add refuses what is not a PolicyPack", () => {
    const { app } = appWithStack();
    expect(() => Policies.of(app).add({ rules: [] } as any)).toThrow(HbrConfigurationError);
    expect(() => Policies.of(app).add({ rules: [] } as any)).toThrow(/^Policies\.add: pack must be a PolicyPack, got an object\./);
  });

  test("imported vaults never produce policy findings", () => {
    const { app, stack } = appWithStack();
    BackupVault.fromVaultAttributes(stack, "Imported", { vaultId: "v-1", region: "cn-hangzhou" });
    Policies.of(app).add(HbrPolicies.recommended());
    expect(Policies.of(app).evaluate().findings).toEqual([]);
  });
});
