import { runGuard } from "../../lib/guard/cli";
import { checkPlans } from "../../lib/guard/plan-checks";
import { findingKeys, memoryIo, planOf } from "./guard-support";
import { mirrorValues, sourceValues, testPlan } from "./plan-builder";

const FAKE_KEY = "AKEXAMPLEONLYNOTAKEY01";

/** Sets the expressions of provider configuration `key` beside its region. */
function providerExpressions(doc: Record<string, any>, key: string, expressions: Record<string, unknown>): void {
  Object.assign(doc.configuration.provider_config[key].expressions, expressions);
}

function oidc(account: string): Record<string, unknown> {
  return {
    assume_role_with_oidc: [
      { role_arn: { constant_value: `acs:ram::${account}:role/deploy` }, oidc_provider_arn: { constant_value: `acs:ram::${account}:oidc-provider/github` }, oidc_token: { references: ["var.oidc_token"] } },
    ],
  };
}

/** `count` sources in cn-hangzhou, each with a new mirror in cn-shanghai through provider `alicloud.sh` or `alicloud.bj`. */
function mirrorsPlan(count: number, providerOf: (i: number) => string): Record<string, any> {
  const resources = [];
  for (let i = 0; i < count; i++) {
    resources.push({ address: `alicloud_hbr_vault.s${i}`, before: sourceValues(`v-s${i}`) });
    resources.push({ address: `alicloud_hbr_replication_vault.m${i}`, after: { ...mirrorValues(`v-m${i}`, `v-s${i}`), id: undefined }, provider: providerOf(i) });
  }
  return testPlan(resources, { "alicloud.hz": "cn-hangzhou", "alicloud.sh": "cn-shanghai", "alicloud.bj": "cn-shanghai" });
}

describe("provider accounts in plans (the shared providerAccount)", () => {
  test("assume_role_with_oidc decides the account: a mirror in another OIDC account than its source's is HBR021", () => {
    const doc = mirrorsPlan(1, () => "alicloud.sh");
    providerExpressions(doc, "alicloud.hz", oidc("111111111111"));
    providerExpressions(doc, "alicloud.sh", oidc("222222222222"));
    const plan = planOf(doc);
    expect(plan.providers.get("alicloud.sh")?.account).toBe("account:222222222222");
    const result = checkPlans([plan]);
    expect(findingKeys(result)).toEqual(["HBR021 alicloud_hbr_replication_vault.m0"]);
    expect(result.findings[0].message).toMatch(/account 222222222222/);
  });

  test("assume_role wins over assume_role_with_oidc, which wins over profile and static keys", () => {
    const doc = mirrorsPlan(1, () => "alicloud.sh");
    providerExpressions(doc, "alicloud.sh", { ...oidc("222222222222"), assume_role: [{ role_arn: { constant_value: "acs:ram::333333333333:role/x" } }], profile: { constant_value: "ops" }, access_key: { constant_value: FAKE_KEY } });
    providerExpressions(doc, "alicloud.bj", { ...oidc("222222222222"), profile: { constant_value: "ops" } });
    providerExpressions(doc, "alicloud.hz", { profile: { constant_value: "ops" }, access_key: { constant_value: FAKE_KEY } });
    const plan = planOf(doc);
    expect(["alicloud.sh", "alicloud.bj", "alicloud.hz"].map((k) => plan.providers.get(k)?.account)).toEqual(["account:333333333333", "account:222222222222", "profile:ops"]);
  });

  test("six mirrors in one region over two OIDC accounts are three per account: no HBR009; in one OIDC account they are HBR009", () => {
    const split = mirrorsPlan(6, (i) => (i % 2 === 0 ? "alicloud.sh" : "alicloud.bj"));
    providerExpressions(split, "alicloud.hz", oidc("111111111111"));
    providerExpressions(split, "alicloud.sh", oidc("111111111111"));
    providerExpressions(split, "alicloud.bj", oidc("222222222222"));
    const splitResult = checkPlans([planOf(split)], { mirrorQuota: 3 });
    expect(findingKeys(splitResult).filter((k) => k.startsWith("HBR009"))).toEqual([]);

    const one = mirrorsPlan(6, (i) => (i % 2 === 0 ? "alicloud.sh" : "alicloud.bj"));
    for (const key of ["alicloud.hz", "alicloud.sh", "alicloud.bj"]) providerExpressions(one, key, oidc("111111111111"));
    const oneResult = checkPlans([planOf(one)], { mirrorQuota: 3 });
    expect(oneResult.findings.filter((f) => f.code === "HBR009").length).toBeGreaterThan(0);
  });

  test("static access keys are one account per key: mirrors through other keys than the source's are HBR021, and the key is never printed", () => {
    const doc = mirrorsPlan(1, () => "alicloud.sh");
    providerExpressions(doc, "alicloud.hz", { access_key: { constant_value: FAKE_KEY }, secret_key: { constant_value: "not-a-secret-either" } });
    providerExpressions(doc, "alicloud.sh", { access_key: { constant_value: `${FAKE_KEY}2` }, secret_key: { constant_value: "not-a-secret-either" } });
    const plan = planOf(doc);
    expect(plan.providers.get("alicloud.hz")?.account).toMatch(/^keys:[0-9a-f]{16}$/);
    expect(findingKeys(checkPlans([plan]))).toEqual(["HBR021 alicloud_hbr_replication_vault.m0"]);
    for (const format of ["text", "json", "github"]) {
      const io = memoryIo({ "plan.json": JSON.stringify(doc) });
      runGuard(["--format", format, "plan.json"], io);
      expect(io.out).toContain("HBR021");
      expect(io.out).not.toContain(FAKE_KEY);
      expect(io.out).not.toContain(plan.providers.get("alicloud.hz")!.account.slice(5));
    }
  });

  test("the same static keys on both providers are one account: no HBR021", () => {
    const doc = mirrorsPlan(1, () => "alicloud.sh");
    providerExpressions(doc, "alicloud.hz", { access_key: { constant_value: FAKE_KEY } });
    providerExpressions(doc, "alicloud.sh", { access_key: { constant_value: FAKE_KEY } });
    expect(checkPlans([planOf(doc)]).findings).toEqual([]);
  });

  test("keys from a variable are an unknown account: neither compared nor counted", () => {
    const doc = mirrorsPlan(6, () => "alicloud.sh");
    providerExpressions(doc, "alicloud.hz", { access_key: { references: ["var.access_key"] } });
    providerExpressions(doc, "alicloud.sh", { access_key: { references: ["var.access_key"] } });
    const plan = planOf(doc);
    expect(plan.providers.get("alicloud.sh")?.account).toBe("provider:alicloud.sh");
    expect(checkPlans([plan], { mirrorQuota: 1 }).findings).toEqual([]);
  });
});
