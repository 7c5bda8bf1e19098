import { Construct, Node } from "constructs";
import { App, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { AlicloudProvider, BackupVault, MIRROR_QUOTA_CONTEXT_KEY, MirrorVault } from "../lib";
import { placementWork } from "../lib/regional-provider";

const REGIONS = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-qingdao", "cn-zhangjiakou"];
const roleIn = (account: string) => `acs:ram::${account}:role/backup`;

/**
 * Counts the constructs enumerated through constructs' `node.children` (what `findAll` and every walk
 * of the tree read) while `declare` runs. A walk of the stack per construct makes this grow with
 * the square of the constructs; placement must keep it linear.
 */
function childrenEnumerated(declare: () => void): number {
  const descriptor = Object.getOwnPropertyDescriptor(Node.prototype, "children")!;
  let enumerated = 0;
  const spy = jest.spyOn(Node.prototype, "children", "get").mockImplementation(function (this: Node) {
    const children = descriptor.get!.call(this) as Construct[];
    enumerated += children.length;
    return children;
  });
  try {
    declare();
  } finally {
    spy.mockRestore();
  }
  return enumerated;
}

type Shape = (app: App, pairs: number) => void;

const shapes: Array<[string, Shape]> = [
  [
    "by region with no provider, one stack (the README path)",
    (app, pairs) => {
      const stack = new TerraformStack(app, "s");
      for (let i = 0; i < pairs; i++) {
        new BackupVault(stack, `V${i}`, { region: REGIONS[i % 6], vaultName: `v${i}` }).addMirror(`M${i}`, { region: REGIONS[(i + 1) % 6], vaultName: `m${i}` });
      }
    },
  ],
  [
    "with an explicit provider on every construct",
    (app, pairs) => {
      const stack = new TerraformStack(app, "s");
      const providers = REGIONS.map((region) => new AlicloudProvider(stack, region, { region, alias: region }));
      for (let i = 0; i < pairs; i++) {
        new BackupVault(stack, `V${i}`, { provider: providers[i % 6], vaultName: `v${i}` }).addMirror(`M${i}`, { provider: providers[(i + 1) % 6], vaultName: `m${i}` });
      }
    },
  ],
  [
    "mirrors without provider of vaults in an assumed role's account",
    (app, pairs) => {
      const stack = new TerraformStack(app, "s");
      const sources = ["11", "22"].map((account) => new AlicloudProvider(stack, `src${account}`, { region: "cn-hangzhou", alias: `src${account}`, assumeRole: { roleArn: roleIn(account) } }));
      for (let i = 0; i < pairs; i++) {
        new BackupVault(stack, `V${i}`, { provider: sources[i % 2], vaultName: `v${i}` }).addMirror(`M${i}`, { region: REGIONS[1 + (i % 5)], vaultName: `m${i}` });
      }
    },
  ],
  [
    "mirrors without provider of vaults whose account is known only at plan time",
    (app, pairs) => {
      const stack = new TerraformStack(app, "s");
      const role = new TerraformVariable(stack, "role", { type: "string" });
      const source = new AlicloudProvider(stack, "src", { region: "cn-hangzhou", alias: "src", assumeRole: { roleArn: role.stringValue } });
      for (let i = 0; i < pairs; i++) {
        new BackupVault(stack, `V${i}`, { provider: source, vaultName: `v${i}` }).addMirror(`M${i}`, { region: REGIONS[1 + (i % 5)], vaultName: `m${i}` });
      }
    },
  ],
  [
    "mirrors in another stack than their sources, many stacks",
    (app, pairs) => {
      for (let s = 0; s < pairs / 50; s++) {
        const sources = new TerraformStack(app, `src${s}`);
        const mirrors = new TerraformStack(app, `dr${s}`);
        for (let i = 0; i < 50; i++) {
          const vault = new BackupVault(sources, `V${i}`, { region: REGIONS[i % 6], vaultName: `v${s}-${i}` });
          new MirrorVault(mirrors, `M${i}`, { source: vault, region: REGIONS[(i + 1) % 6], vaultName: `m${s}-${i}` });
        }
      }
    },
  ],
  [
    "providers declared after the constructs, nested in the tree, before the constructs of their regions",
    (app, pairs) => {
      const stack = new TerraformStack(app, "s");
      for (let i = 0; i < pairs / 2; i++) new BackupVault(stack, `A${i}`, { region: REGIONS[i % 3], vaultName: `a${i}` });
      const group = new Construct(stack, "Providers");
      for (const region of REGIONS.slice(3)) new AlicloudProvider(group, region, { region, alias: `user-${region}` });
      for (let i = 0; i < pairs / 2; i++) {
        new BackupVault(stack, `B${i}`, { region: REGIONS[3 + (i % 3)], vaultName: `b${i}` }).addMirror(`BM${i}`, { region: REGIONS[i % 3], vaultName: `bm${i}` });
      }
    },
  ],
];

describe("placement stays linear in the constructs placed (an operation count, not a timing)", () => {
  const n = 200;
  test.each(shapes)("%s: 4x the pairs enumerate at most about 4x the children", (_name, shape) => {
    const small = childrenEnumerated(() => shape(Testing.app(), n));
    const large = childrenEnumerated(() => shape(Testing.app(), 4 * n));
    // Linear work is 4x (plus constant walks while the stacks are small); a walk of the stack per
    // construct placed would be about 16x.
    if (process.env.PLACEMENT_COUNTS) console.log(_name, small, large);
    expect(large).toBeLessThanOrEqual(5 * small + 100);
  });

  test("the stack is walked once per provider the library adds or finds, not once per construct", () => {
    const walksFor = (pairs: number) => {
      const before = placementWork();
      shapes[0][1](Testing.app(), pairs);
      const after = placementWork();
      return { walks: after.stackWalks - before.stackWalks, lookups: after.lookups - before.lookups };
    };
    const small = walksFor(n);
    const large = walksFor(4 * n);
    expect(large.lookups).toBe(4 * small.lookups);
    expect(small.walks).toBe(REGIONS.length);
    expect(large.walks).toBe(REGIONS.length);
  });

  test("the synth-time check for a later provider with the library's alias walks each stack once", () => {
    const visitedAtSynth = (pairs: number) => {
      // All the mirrors are in one account: the quota is raised so that the rules pass.
      const app = Testing.app({ context: { [MIRROR_QUOTA_CONTEXT_KEY]: pairs } });
      shapes[0][1](app, pairs);
      const before = placementWork().constructsVisited;
      Testing.synth(app.node.findChild("s") as TerraformStack, true);
      return placementWork().constructsVisited - before;
    };
    const small = visitedAtSynth(n);
    const large = visitedAtSynth(4 * n);
    expect(large).toBeLessThanOrEqual(5 * small);
    expect(large).toBeGreaterThan(0);
  });
});
