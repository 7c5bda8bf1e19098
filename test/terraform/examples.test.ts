import * as fs from "fs";
import * as path from "path";
import { App, LocalBackend, TerraformStack } from "cdktf";
import { addExamples } from "../../examples/app";
import { CrossRegionDrStack } from "../../examples/cross-region-dr";
import { GeneratedBindingsStack } from "../../examples/generated-bindings";
import { HbrReplicationVault } from "../../lib/gen/providers/alicloud/hbr-replication-vault";
import { HbrVault } from "../../lib/gen/providers/alicloud/hbr-vault";
import { AlicloudProvider } from "../../lib/gen/providers/alicloud/provider";
import { scratchDir } from "../support";
import { CloudData, readCloud, updateCloud } from "./emulator/cloud";
import { buildEmulator, describeWithTerraform, terraform, terraformLog } from "./harness";
import { GuardRun, PLAN_FIXTURES, PlanCase, changeSummary, guard, normalizePlan } from "./plan-fixtures";

/** `HBR_UPDATE_PLAN_FIXTURES=1` rewrites fixtures/plans/ from this run instead of comparing with it. */
const UPDATE = process.env.HBR_UPDATE_PLAN_FIXTURES === "1";
/** Where .ci/run wants to hear how many stacks went through (`HBR_E2E_SUMMARY`). */
const SUMMARY = process.env.HBR_E2E_SUMMARY;

/** The backup-and-restore example's variables: ids of things outside HBR that a real run would pass. */
const VARIABLES: Record<string, string[]> = {
  "backup-and-restore": [
    "app_instance_id=i-app0000000000000001",
    "uploads_bucket=app-uploads",
    "standby_instance_id=i-standby000000000001",
    "restore_snapshot_id=s-0000000000000001",
    "restore_snapshot_hash=f00dfeedf00dfeed",
  ].flatMap((v) => ["-var", v]),
};

interface Manifest {
  stacks: Record<string, { dependencies: string[]; workingDirectory: string }>;
}

/** The stacks in waves: each wave depends only on earlier ones. */
function dependencyWaves(manifest: Manifest): string[][] {
  const done = new Set<string>();
  const waves: string[][] = [];
  const names = Object.keys(manifest.stacks).sort();
  while (done.size < names.length) {
    const wave = names.filter((n) => !done.has(n) && manifest.stacks[n].dependencies.every((d) => done.has(d)));
    if (wave.length === 0) throw new Error(`stack dependency cycle among ${names.filter((n) => !done.has(n)).join(", ")}`);
    wave.forEach((n) => done.add(n));
    waves.push(wave);
  }
  return waves;
}

/** Runs `work` over `items`, at most `limit` at a time (2 cores: more only queues). */
async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(limit, queue.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

/** Gives every stack of `app` the examples' relative local state file (examples/app.ts does the same). */
function relativeState(app: App): void {
  for (const child of app.node.children) {
    if (child instanceof TerraformStack) new LocalBackend(child, { path: `../../../terraform.${child.node.id}.tfstate` });
  }
}

/** Synthesizes a changed program and returns the Terraform JSON of `stack`. */
function synthVariant(stack: string, declare: (app: App) => void): string {
  const app = new App({ outdir: path.join(scratchDir("hbr-tf-variant-"), "cdktf.out") });
  declare(app);
  relativeState(app);
  app.synth();
  return fs.readFileSync(path.join(app.outdir, "stacks", stack, "cdk.tf.json"), "utf8");
}

const describeTf = describeWithTerraform();

describeTf("the bundled examples through real terraform, with the HBR emulator as aliyun/alicloud", () => {
  let root: string;
  let outdir: string;
  let cloud: string;
  let manifest: Manifest;
  let waves: string[][];
  const started = Date.now();
  const firstPlans: Record<string, string> = {};
  const madeCases: { planCase: PlanCase; plans: Record<string, string> }[] = [];
  let stacksApplied = 0;
  let stacksDestroyed = 0;

  const dirOf = (stack: string) => path.join(outdir, manifest.stacks[stack].workingDirectory);
  // -no-color goes right after the subcommand: apply takes no flags after its plan file.
  const tf = (stack: string, args: string[]) => terraform(dirOf(stack), [args[0], "-no-color", ...args.slice(1)], { cloud });

  /** Plans `stack` to `planfile` and returns its `terraform show -json`, normalized. */
  async function planJson(stack: string, planfile: string, extra: string[] = []): Promise<string> {
    await tf(stack, ["plan", "-input=false", `-out=${planfile}`, ...extra, ...(VARIABLES[stack] ?? [])]);
    const shown = await terraform(dirOf(stack), ["show", "-json", planfile], { cloud });
    return normalizePlan(shown.stdout, root);
  }

  /** Runs the guard over plans given as text, written where the cdktf layout puts them. */
  function guardPlans(plans: Record<string, string>, stacks: readonly string[], args: readonly string[] = []) {
    const files = stacks.map((stack) => {
      const file = path.join(dirOf(stack), "plan.json");
      fs.writeFileSync(file, plans[stack]);
      return file;
    });
    return guard(files, args);
  }

  /** Plans a changed program for each stack of a case, then puts the original program back. */
  async function planChange(planCase: PlanCase, variants: Record<string, string>, extra: string[] = []): Promise<Record<string, string>> {
    const plans: Record<string, string> = {};
    for (const stack of planCase.stacks) {
      const file = path.join(dirOf(stack), "cdk.tf.json");
      const original = fs.readFileSync(file, "utf8");
      if (variants[stack] !== undefined) fs.writeFileSync(file, variants[stack]);
      try {
        plans[stack] = await planJson(stack, `${planCase.name}.tfplan`, extra);
      } finally {
        fs.writeFileSync(file, original);
      }
    }
    madeCases.push({ planCase, plans });
    return plans;
  }

  /** The guard's verdicts on a case, and agreement with the kept fixture (or a rewrite of it). */
  function expectVerdicts(planCase: PlanCase, plans: Record<string, string>): void {
    for (const run of planCase.runs) {
      const result = guardPlans(plans, planCase.stacks, run.args);
      expect({ args: run.args, code: result.code }).toEqual({ args: run.args, code: run.exitCode });
      for (const code of run.codes) expect(result.stdout).toContain(code);
    }
    if (UPDATE) return;
    for (const stack of planCase.stacks) {
      const kept = path.join(PLAN_FIXTURES, planCase.name, `${stack}.json`);
      if (!fs.existsSync(kept)) throw new Error(`no kept plan ${kept}: run this test with HBR_UPDATE_PLAN_FIXTURES=1 to write it`);
      expect(changeSummary(plans[stack])).toEqual(changeSummary(fs.readFileSync(kept, "utf8")));
    }
  }

  beforeAll(async () => {
    root = scratchDir("hbr-tf-examples-");
    outdir = path.join(root, "cdktf.out");
    cloud = path.join(root, "cloud.json");
    const app = new App({ outdir });
    addExamples(app);
    app.synth();
    manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as Manifest;
    waves = dependencyWaves(manifest);
    await buildEmulator();
  }, 60_000);

  afterAll(() => {
    if (UPDATE && madeCases.length > 0) {
      for (const { planCase, plans } of madeCases) {
        const dir = path.join(PLAN_FIXTURES, planCase.name);
        fs.rmSync(dir, { recursive: true, force: true });
        fs.mkdirSync(dir, { recursive: true });
        for (const stack of planCase.stacks) fs.writeFileSync(path.join(dir, `${stack}.json`), plans[stack]);
      }
      fs.writeFileSync(path.join(PLAN_FIXTURES, "cases.json"), `${JSON.stringify(madeCases.map((c) => c.planCase), null, 2)}\n`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const slowest = [...terraformLog].sort((a, b) => b.ms - a.ms).slice(0, 3).map((c) => `${c.args} ${c.ms} ms`);
    console.log(`terraform e2e: ${stacksApplied} stacks applied, ${stacksDestroyed} destroyed, ${terraformLog.length} terraform commands in ${seconds} s; slowest: ${slowest.join("; ")}`);
    if (SUMMARY) fs.writeFileSync(SUMMARY, `${JSON.stringify({ ran: true, stacksApplied, stacksDestroyed, commands: terraformLog.length, seconds: Number(seconds) })}\n`);
  });

  test("every stack initializes offline, validates, plans, passes the guard and applies, in dependency order", async () => {
    expect(waves.map((w) => w.length).reduce((a, b) => a + b, 0)).toBe(Object.keys(manifest.stacks).length);
    for (const wave of waves) {
      await inParallel(wave, 3, async (stack) => {
        const init = await tf(stack, ["init", "-input=false"]);
        expect(init.stdout).toContain("Terraform has been successfully initialized");
        await tf(stack, ["validate"]);
        firstPlans[stack] = await planJson(stack, "first.tfplan");
        expect(guardPlans(firstPlans, [stack]).code).toBe(0);
        await tf(stack, ["apply", "-input=false", "first.tfplan"]);
        stacksApplied++;
      });
    }
    expect(stacksApplied).toBe(Object.keys(manifest.stacks).length);
    const planCase: PlanCase = {
      name: "first-apply",
      description: "The first plan of every bundled example, checked together: nothing but creates.",
      stacks: waves.flat(),
      runs: [{ args: [], exitCode: 0, codes: [] }],
    };
    madeCases.push({ planCase, plans: firstPlans });
    expectVerdicts(planCase, firstPlans);

    // The cloud holds what the programs declare, each mirror of a vault that exists in the named region.
    const data = readCloud(cloud);
    const vaults = Object.entries(data.resources).filter(([, r]) => r.type === "alicloud_hbr_vault");
    const mirrors = Object.values(data.resources).filter((r) => r.type === "alicloud_hbr_replication_vault");
    expect(vaults.length).toBe(5);
    expect(mirrors.length).toBe(5);
    for (const mirror of mirrors) {
      const source = data.resources[String(mirror.attrs.replication_source_vault_id)];
      expect(source).toMatchObject({ type: "alicloud_hbr_vault", region: mirror.attrs.replication_source_region_id });
      expect(mirror.region).not.toBe(source.region);
    }
    expect(Object.values(data.resources).filter((r) => r.type === "alicloud_hbr_restore_job")).toHaveLength(1);
  }, 180_000);

  test("the mirrors stack reads its sources' ids from their state files through terraform_remote_state", () => {
    const plan = JSON.parse(firstPlans["multi-stack-mirrors"]) as { prior_state: { values: { root_module: { resources: { address: string; values: { outputs: Record<string, string> } }[] } } } };
    const remote = plan.prior_state.values.root_module.resources.filter((r) => r.address.startsWith("data.terraform_remote_state."));
    expect(remote).toHaveLength(2);
    const sourceIds = remote.flatMap((r) => Object.values(r.values.outputs)).sort();
    const data = readCloud(cloud);
    const mirrorSources = Object.values(data.resources)
      .filter((r) => r.type === "alicloud_hbr_replication_vault" && r.attrs.vault_name !== null && String(r.attrs.vault_name).startsWith("app-dr-"))
      .map((r) => String(r.attrs.replication_source_vault_id))
      .sort();
    expect(mirrorSources).toEqual(sourceIds);
    expect(sourceIds.every((id) => /^v-[0-9a-f]{20}$/.test(id))).toBe(true);
  });

  test("removing a mirror from the program plans its deletion, which the guard stops until --allow-delete names it (HBR011)", async () => {
    const variant = synthVariant("cross-region-dr", (app) => {
      const stack = new CrossRegionDrStack(app, "cross-region-dr");
      stack.node.tryRemoveChild("Mirror");
      stack.node.tryRemoveChild("mirror_vault_id");
    });
    const mirror = "alicloud_hbr_replication_vault.Mirror_224E8F46";
    const planCase: PlanCase = {
      name: "remove-mirror",
      description: "cross-region-dr without its mirror vault: the mirror is deleted.",
      stacks: ["cross-region-dr"],
      runs: [
        { args: [], exitCode: 1, codes: ["HBR011"] },
        { args: ["--allow-delete", mirror], exitCode: 0, codes: [] },
      ],
    };
    const plans = await planChange(planCase, { "cross-region-dr": variant });
    expect(changeSummary(plans["cross-region-dr"])).toEqual(expect.arrayContaining([`${mirror} delete`]));
    expectVerdicts(planCase, plans);
  }, 60_000);

  test("removing a source vault whose mirror another stack keeps is refused by the guard (HBR003), even with --allow-delete", async () => {
    const variant = synthVariant("multi-stack-source-cn-hangzhou", (app) => {
      // The user deleted the vault from the program; the stack keeps its provider for the deletion.
      const stack = new TerraformStack(app, "multi-stack-source-cn-hangzhou");
      new AlicloudProvider(stack, "cn-hangzhou", { alias: "cn-hangzhou", region: "cn-hangzhou" });
    });
    const vault = "alicloud_hbr_vault.Backups_9A29A52D";
    const runs: GuardRun[] = [
      { args: [], exitCode: 1, codes: ["HBR003"] },
      { args: ["--allow-delete", vault], exitCode: 1, codes: ["HBR003"] },
    ];
    const planCase: PlanCase = {
      name: "remove-mirrored-source",
      description: "multi-stack: the cn-hangzhou source vault removed while multi-stack-mirrors keeps its mirror.",
      stacks: ["multi-stack-mirrors", "multi-stack-source-cn-hangzhou"],
      runs,
    };
    const plans = await planChange(planCase, { "multi-stack-source-cn-hangzhou": variant });
    expect(changeSummary(plans["multi-stack-source-cn-hangzhou"])).toEqual([`${vault} delete`]);
    expect(changeSummary(plans["multi-stack-mirrors"]).every((line) => line.endsWith(" no-op") || line.endsWith(" read"))).toBe(true);
    expectVerdicts(planCase, plans);
  }, 60_000);

  test("renaming a vault is an in-place update the guard lets through", async () => {
    const variant = synthVariant("cross-region-dr", (app) => {
      const stack = new CrossRegionDrStack(app, "cross-region-dr");
      stack.vault.resource.vaultName = "prod-backups-primary";
    });
    const planCase: PlanCase = {
      name: "rename-vault",
      description: "cross-region-dr with the backup vault renamed: an update in place.",
      stacks: ["cross-region-dr"],
      runs: [{ args: [], exitCode: 0, codes: [] }],
    };
    const plans = await planChange(planCase, { "cross-region-dr": variant });
    expect(changeSummary(plans["cross-region-dr"])).toContain("alicloud_hbr_vault.Backups_9A29A52D update");
    expectVerdicts(planCase, plans);
  }, 60_000);

  test("changing the source's encryption replaces the vault and its mirror, which the guard refuses (HBR010)", async () => {
    const variant = synthVariant("generated-bindings", (app) => {
      const stack = new GeneratedBindingsStack(app, "generated-bindings");
      for (const id of ["vault", "mirror"]) {
        const resource = stack.node.findChild(id) as HbrVault | HbrReplicationVault;
        resource.encryptType = "KMS";
        resource.kmsKeyId = "key-hzz0000000000000001";
      }
    });
    const planCase: PlanCase = {
      name: "change-encryption",
      description: "generated-bindings with the vault and its mirror moved to KMS encryption: both are replaced.",
      stacks: ["generated-bindings"],
      runs: [{ args: [], exitCode: 1, codes: ["HBR010"] }],
    };
    const plans = await planChange(planCase, { "generated-bindings": variant });
    expect(changeSummary(plans["generated-bindings"])).toEqual(
      expect.arrayContaining(["alicloud_hbr_vault.vault delete,create", "alicloud_hbr_replication_vault.mirror delete,create"]),
    );
    const plan = JSON.parse(plans["generated-bindings"]) as { resource_changes: { address: string; action_reason?: string; change: { replace_paths?: unknown } }[] };
    const vaultChange = plan.resource_changes.find((c) => c.address === "alicloud_hbr_vault.vault");
    expect(vaultChange?.change.replace_paths).toEqual(expect.arrayContaining([["encrypt_type"]]));
    expectVerdicts(planCase, plans);
  }, 60_000);

  test("a refresh-only plan after a change made in the console records the drift and changes nothing", async () => {
    updateCloud((data: CloudData) => {
      const vault = Object.values(data.resources).find((r) => r.type === "alicloud_hbr_vault" && r.attrs.vault_name === "prod-backups");
      if (!vault) throw new Error("cross-region-dr's vault is not in the emulated cloud");
      vault.attrs.description = "Production backups (edited in the console)";
    }, cloud);
    const planCase: PlanCase = {
      name: "refresh-only",
      description: "cross-region-dr planned with -refresh-only after the vault's description was edited outside terraform.",
      stacks: ["cross-region-dr"],
      runs: [{ args: [], exitCode: 0, codes: [] }],
    };
    const plans = await planChange(planCase, {}, ["-refresh-only"]);
    const plan = JSON.parse(plans["cross-region-dr"]) as { resource_drift?: { address: string; change: { actions: string[] } }[]; resource_changes?: unknown[] };
    expect(plan.resource_drift?.map((d) => `${d.address} ${d.change.actions.join(",")}`)).toEqual(["alicloud_hbr_vault.Backups_9A29A52D update"]);
    expectVerdicts(planCase, plans);
  }, 60_000);

  test("a refresh-only plan after the mirror was deleted in the console records it as gone and deletes nothing", async () => {
    const mirrorName = "prod-backups-dr";
    const removed = updateCloud((data: CloudData) => {
      const entry = Object.entries(data.resources).find(([, r]) => r.type === "alicloud_hbr_replication_vault" && r.attrs.vault_name === mirrorName);
      if (!entry) throw new Error("cross-region-dr's mirror is not in the emulated cloud");
      delete data.resources[entry[0]];
      return entry;
    }, cloud);
    const planCase: PlanCase = {
      name: "refresh-only-mirror-gone",
      description: "cross-region-dr planned with -refresh-only after its mirror vault was deleted outside terraform.",
      stacks: ["cross-region-dr"],
      runs: [{ args: [], exitCode: 0, codes: [] }],
    };
    try {
      const plans = await planChange(planCase, {}, ["-refresh-only"]);
      const plan = JSON.parse(plans["cross-region-dr"]) as { resource_drift?: { address: string; change: { actions: string[] } }[] };
      expect(plan.resource_drift?.map((d) => `${d.address} ${d.change.actions.join(",")}`)).toEqual(
        expect.arrayContaining(["alicloud_hbr_replication_vault.Mirror_224E8F46 delete"]),
      );
      expectVerdicts(planCase, plans);
    } finally {
      // Put it back (the state still has it), so the teardown below finds every mirror.
      updateCloud((data: CloudData) => {
        data.resources[removed[0]] = removed[1];
      }, cloud);
    }
  }, 60_000);

  test("destroying the stacks in reverse dependency order deletes every mirror before its source", async () => {
    const before = readCloud(cloud);
    const pairs = Object.entries(before.resources)
      .filter(([, r]) => r.type === "alicloud_hbr_replication_vault")
      .map(([id, r]) => ({ mirror: id, source: String(r.attrs.replication_source_vault_id) }));
    expect(pairs.length).toBe(5);
    for (const wave of [...waves].reverse()) {
      await inParallel(wave, 3, async (stack) => {
        // Tearing down means first turning off preventDestroy, as a user would.
        const file = path.join(dirOf(stack), "cdk.tf.json");
        fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/"prevent_destroy": true/g, `"prevent_destroy": false`));
        await tf(stack, ["destroy", "-auto-approve", "-input=false", ...(VARIABLES[stack] ?? [])]);
        stacksDestroyed++;
      });
    }
    const after = readCloud(cloud);
    expect(Object.keys(after.resources)).toEqual([]);
    const deletedAt = new Map(after.log.filter((e) => e.op === "delete").map((e) => [e.id, e.seq]));
    for (const { mirror, source } of pairs) {
      expect({ mirror, deletedFirst: (deletedAt.get(mirror) ?? Infinity) < (deletedAt.get(source) ?? -Infinity) }).toEqual({ mirror, deletedFirst: true });
    }
  }, 120_000);
});
