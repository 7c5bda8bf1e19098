import { checkModel } from "../../../lib/private/model/check-model";
import { SynthesizedStack, readSynthesizedStacks } from "../../../lib/private/model/read-terraform";

/** A stack document as cdktf writes it: providers, resources with their construct paths. */
function stack(name: string, resources: Record<string, Record<string, Record<string, unknown>>>, extra: Record<string, unknown> = {}, dependencies: string[] = []): SynthesizedStack {
  const resource: Record<string, Record<string, unknown>> = {};
  for (const [type, byName] of Object.entries(resources)) {
    resource[type] = {};
    for (const [id, block] of Object.entries(byName)) resource[type][id] = { "//": { metadata: { path: `${name}/${id}/Resource` } }, ...block };
  }
  return {
    name,
    dependencies,
    document: {
      provider: { alicloud: [{ alias: "hz", region: "cn-hangzhou" }, { alias: "sh", region: "cn-shanghai" }, ...((extra.providers as unknown[]) ?? [])] },
      resource,
      ...extra,
    },
  };
}

const vault = (extra: Record<string, unknown> = {}) => ({ provider: "alicloud.hz", vault_name: "prod", vault_type: "STANDARD", encrypt_type: "HBR_PRIVATE", ...extra });
const mirror = (source: string, extra: Record<string, unknown> = {}) => ({
  provider: "alicloud.sh",
  vault_name: "prod-dr",
  replication_source_region_id: "cn-hangzhou",
  replication_source_vault_id: source,
  encrypt_type: "HBR_PRIVATE",
  ...extra,
});

function codes(stacks: SynthesizedStack[], options = {}): [string, string, string][] {
  return checkModel(readSynthesizedStacks(stacks), options).map((f) => [f.code, f.path, f.severity]);
}

function messages(stacks: SynthesizedStack[], code: string): string[] {
  return checkModel(readSynthesizedStacks(stacks))
    .filter((f) => f.code === code)
    .map((f) => f.message);
}

describe("checks over the model of written Terraform", () => {
  test("a vault and its mirror in another region pass", () => {
    expect(codes([stack("s", { alicloud_hbr_vault: { V: vault() }, alicloud_hbr_replication_vault: { M: mirror("${alicloud_hbr_vault.V.id}") } })])).toEqual([]);
  });

  test("two mirrors of one vault are HBR001 on the second in path order", () => {
    const doc = stack("s", { alicloud_hbr_vault: { V: vault() }, alicloud_hbr_replication_vault: { M1: mirror("${alicloud_hbr_vault.V.id}"), M2: mirror("${alicloud_hbr_vault.V.id}", { vault_name: "b" }) } });
    expect(codes([doc])).toEqual([["HBR001", "s/M2", "error"]]);
  });

  test("a mirror with a count expression is HBR001; with a literal for_each of one key it passes", () => {
    const counted = stack("s", { alicloud_hbr_vault: { V: vault() }, alicloud_hbr_replication_vault: { M: mirror("${alicloud_hbr_vault.V.id}", { count: "${var.n}" }) } });
    expect(codes([counted])).toEqual([["HBR001", "s/M", "error"]]);
    const single = stack("s", { alicloud_hbr_vault: { V: vault() }, alicloud_hbr_replication_vault: { M: mirror("${alicloud_hbr_vault.V.id}", { for_each: { only: "x" } }) } });
    expect(codes([single])).toEqual([]);
  });

  test("a mirror in another stack whose stack does not depend on the source's is HBR003", () => {
    const src = stack("src", { alicloud_hbr_vault: { V: vault() } }, { output: { out: { value: "${alicloud_hbr_vault.V.id}" } } });
    const dr = (deps: string[]) =>
      stack("dr", { alicloud_hbr_replication_vault: { M: mirror("${data.terraform_remote_state.cross-stack-reference-input-src.outputs.out}") } }, {}, deps);
    expect(codes([src, dr(["src"])])).toEqual([]);
    expect(codes([src, dr([])])).toEqual([["HBR003", "dr/M", "error"]]);
    expect(messages([src, dr([])], "HBR003")).toEqual([expect.stringMatching(/the mirror's stack "dr" does not depend on its source's stack "src"/)]);
  });

  test("the source stack depending on the mirror's stack is HBR003 (a cycle)", () => {
    const src = { ...stack("src", { alicloud_hbr_vault: { V: vault() } }, { output: { out: { value: "${alicloud_hbr_vault.V.id}" } } }), dependencies: ["dr"] };
    const dr = stack("dr", { alicloud_hbr_replication_vault: { M: mirror("${data.terraform_remote_state.cross-stack-reference-input-src.outputs.out}") } }, {}, ["src"]);
    expect(messages([src, dr], "HBR003")).toEqual([expect.stringMatching(/the source's stack "src" depends on the mirror's stack "dr" \(a cycle\)/)]);
  });

  test("one stack checked alone leaves a cross-stack source to the app-wide check", () => {
    const dr = stack("dr", { alicloud_hbr_replication_vault: { M: mirror("${data.terraform_remote_state.cross-stack-reference-input-src.outputs.out}") } }, {}, ["src"]);
    expect(checkModel(readSynthesizedStacks([dr], { partial: true }), { partial: true })).toEqual([]);
  });

  test("backups into a mirror through a local, by any writer type, are HBR002", () => {
    const doc = stack(
      "s",
      {
        alicloud_hbr_vault: { V: vault() },
        alicloud_hbr_replication_vault: { M: mirror("${alicloud_hbr_vault.V.id}") },
        alicloud_hbr_oss_backup_plan: { Oss: { provider: "alicloud.sh", vault_id: "${local.target}", bucket: "b", oss_backup_plan_name: "o", retention: "7", schedule: "I|1700000000|P1D", backup_type: "COMPLETE" } },
        alicloud_hbr_hana_instance: { Hana: { provider: "alicloud.sh", vault_id: "${alicloud_hbr_replication_vault.M.id}" } },
      },
      { locals: { target: "${alicloud_hbr_replication_vault.M.id}" } },
    );
    expect(codes([doc]).filter(([code]) => code === "HBR002")).toEqual([
      ["HBR002", "s/Hana", "error"],
      ["HBR002", "s/Oss", "error"],
    ]);
  });

  test("six mirrors in two OIDC accounts are counted per account: no HBR009", () => {
    const oidc = (alias: string, account: string) => ({ alias, region: "cn-shanghai", assume_role_with_oidc: [{ role_arn: `acs:ram::${account}:role/ci`, oidc_provider_arn: "x" }] });
    const resources: Record<string, Record<string, Record<string, unknown>>> = { alicloud_hbr_vault: {}, alicloud_hbr_replication_vault: {} };
    for (let i = 0; i < 6; i++) {
      const alias = i < 3 ? "a1" : "a2";
      resources.alicloud_hbr_vault[`V${i}`] = vault({ provider: `alicloud.${alias}hz` });
      resources.alicloud_hbr_replication_vault[`M${i}`] = mirror(`\${alicloud_hbr_vault.V${i}.id}`, { provider: `alicloud.${alias}` });
    }
    const providers = [oidc("a1", "111"), oidc("a2", "222"), { ...oidc("a1hz", "111"), region: "cn-hangzhou" }, { ...oidc("a2hz", "222"), region: "cn-hangzhou" }];
    expect(codes([stack("s", resources, { providers })])).toEqual([]);
  });

  test("static access keys are an account of their own, never shown in a message", () => {
    const providers = [{ alias: "keys", region: "cn-shanghai", access_key: "LTAIexampleexample", secret_key: "s3cr3t" }];
    const doc = stack("s", { alicloud_hbr_vault: { V: vault() }, alicloud_hbr_replication_vault: { M: mirror("${alicloud_hbr_vault.V.id}", { provider: "alicloud.keys" }) } }, { providers });
    const found = checkModel(readSynthesizedStacks([doc]));
    expect(found.map((f) => f.code)).toEqual(["HBR021"]);
    expect(found[0].message).toMatch(/the account of the provider's static access keys/);
    expect(JSON.stringify(found)).not.toMatch(/LTAI|s3cr3t/);
  });

  test("an import recorded under the document's // comment is the mirror's source: HBR003 only warns", () => {
    const doc = stack("s", { alicloud_hbr_replication_vault: { M: mirror("v-0001") } }, {
      "//": { "cdktf-alicloud-hbr": { imports: { a: { role: "backup", path: "s/Old", vaultId: "v-0001", region: "cn-hangzhou", vaultName: "old" } } } },
    });
    expect(codes([doc])).toEqual([["HBR003", "s/M", "warning"]]);
  });
});
