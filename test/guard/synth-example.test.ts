import * as fs from "fs";
import * as path from "path";
import { App } from "cdktf";
import { CrossRegionDrStack } from "../../examples/cross-region-dr";
import { addMultiStackExample } from "../../examples/multi-stack";
import { checkPlans } from "../../lib/guard/plan-checks";
import { scratchDir, synthApp } from "../support";
import { findingKeys, fixtureJson, fixturePath, planOf } from "./guard-support";
import { planFromSynth } from "./plan-from-synth";

/** Set to 1 to rewrite the fixture from the current constructs (then review the diff). */
const UPDATE_FIXTURES = process.env.UPDATE_GUARD_FIXTURES === "1";
const SYNTH_FIXTURE = "synth-cross-region-dr.plan.json";

const VAULT = "alicloud_hbr_vault.Backups_9A29A52D";
const MIRROR = "alicloud_hbr_replication_vault.Mirror_224E8F46";

/** Synthesizes what `build` declares in a scratch folder and returns each stack's cdk.tf.json. */
function synthesize(build: (app: App) => void): Record<string, any> {
  const app = new App({ outdir: path.join(scratchDir("hbr-guard-"), "cdktf.out") });
  build(app);
  return synthApp(app);
}

function crossRegionDr(): Record<string, any> {
  return synthesize((app) => new CrossRegionDrStack(app, "cross-region-dr"))["cross-region-dr"];
}

describe("the guard on plans of the synthesized examples", () => {
  test("the first plan of the cross-region example (everything created) has no findings and no notes", () => {
    const plan = planFromSynth(crossRegionDr());
    expect((plan.resource_changes as any[]).map((c) => c.change.actions)).toEqual([["create"], ["create"]]);
    const result = checkPlans([planOf(plan)]);
    expect(result.findings).toEqual([]);
    expect(result.notes).toEqual([]);
    expect(result.summary).toMatchObject({ vaults: 1, mirrors: 1 });
  });

  test(`the fixture ${SYNTH_FIXTURE} is what the constructs synthesize today (UPDATE_GUARD_FIXTURES=1 rewrites it)`, () => {
    const plan = planFromSynth(crossRegionDr());
    if (UPDATE_FIXTURES) fs.writeFileSync(fixturePath(SYNTH_FIXTURE), `${JSON.stringify(plan, null, 2)}\n`);
    expect(plan).toEqual(fixtureJson(SYNTH_FIXTURE));
    expect(checkPlans([planOf(fixtureJson(SYNTH_FIXTURE))]).findings).toEqual([]);
  });

  test("changing the encryption of the deployed example replaces the source and, through its reference, the mirror: HBR010 for both, no HBR003", () => {
    const plan = planFromSynth(crossRegionDr(), {
      existing: { [VAULT]: "v-0000source0001", [MIRROR]: "v-0000mirror0001" },
      changes: {
        [VAULT]: { actions: ["delete", "create"], set: { encrypt_type: "KMS", kms_key_id: "alias/prod" }, replacePaths: [["encrypt_type"]] },
        [MIRROR]: { actions: ["delete", "create"], set: { encrypt_type: "KMS", kms_key_id: "alias/prod-dr" }, replacePaths: [["replication_source_vault_id"]] },
      },
    });
    const result = checkPlans([planOf(plan)]);
    expect(findingKeys(result)).toEqual([`HBR010 ${MIRROR}`, `HBR010 ${VAULT}`]);
    expect(result.findings[1].message).toContain(`the source of ${MIRROR} is replaced (encrypt_type changed`);
  });

  test("the deployed multi-stack example: a replaced source in its stack with its mirror kept in the mirrors' stack is HBR010 and HBR003", () => {
    const stacks = synthesize((app) => addMultiStackExample(app));
    const ids = { "cn-hangzhou": "v-0000hangzhou01", "cn-beijing": "v-0000beijing001" };
    const remoteOutputs: Record<string, string> = {};
    for (const mirror of Object.values<any>(stacks["multi-stack-mirrors"].resource.alicloud_hbr_replication_vault)) {
      const expression = /^\$\{(.+)\}$/.exec(mirror.replication_source_vault_id)![1];
      remoteOutputs[expression] = expression.includes("cn-hangzhou") ? ids["cn-hangzhou"] : ids["cn-beijing"];
    }
    const mirrorAddresses = Object.keys(stacks["multi-stack-mirrors"].resource.alicloud_hbr_replication_vault).map((n) => `alicloud_hbr_replication_vault.${n}`);
    const plans = {
      "multi-stack-source-cn-hangzhou": planFromSynth(stacks["multi-stack-source-cn-hangzhou"], {
        existing: { [VAULT]: ids["cn-hangzhou"] },
        changes: { [VAULT]: { actions: ["delete", "create"], set: { encrypt_type: "KMS", kms_key_id: "alias/app" }, replacePaths: [["encrypt_type"]] } },
      }),
      "multi-stack-source-cn-beijing": planFromSynth(stacks["multi-stack-source-cn-beijing"], { existing: { [VAULT]: ids["cn-beijing"] } }),
      "multi-stack-mirrors": planFromSynth(stacks["multi-stack-mirrors"], {
        existing: Object.fromEntries(mirrorAddresses.map((address, i) => [address, `v-0000mirror000${i}`])),
        remoteOutputs,
      }),
    };
    const result = checkPlans(Object.entries(plans).map(([stack, plan]) => planOf(plan, `cdktf.out/stacks/${stack}/plan.json`)));
    expect(findingKeys(result)).toEqual([`HBR003 multi-stack-source-cn-hangzhou:${VAULT}`, `HBR010 multi-stack-source-cn-hangzhou:${VAULT}`]);
    expect(result.findings[0].message).toContain("multi-stack-mirrors:alicloud_hbr_replication_vault.Mirror-cn-hangzhou");
  });
});
