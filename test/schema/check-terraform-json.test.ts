import { App, TerraformStack } from "cdktf";
import { HbrConfigurationError, PROVIDER_VERSION_CONTEXT_KEY, ProviderSchema, SchemaProblem, SchemaProblemKind, checkTerraformJson, formatSchemaProblems, providerVersionFromContext } from "../../lib";
import { keptProviderSchema, keptProviderVersion } from "../../lib/schema/kept-schema";
import { closest } from "../../lib/private/closest-name";

/** A small valid document: two aliased providers, a vault, its mirror and a policy. */
function validDoc(): Record<string, any> {
  return {
    "//": { metadata: { stackName: "s" } },
    provider: {
      alicloud: [
        { alias: "cn-hangzhou", region: "cn-hangzhou" },
        { alias: "cn-shanghai", region: "cn-shanghai", assume_role: { role_arn: "acs:ram::123:role/ops" } },
      ],
    },
    resource: {
      alicloud_hbr_vault: {
        vault: { provider: "alicloud.cn-hangzhou", vault_name: "v", vault_type: "STANDARD", lifecycle: { prevent_destroy: true } },
      },
      alicloud_hbr_replication_vault: {
        mirror: {
          "//": { metadata: { path: "s/mirror" } },
          provider: "alicloud.cn-shanghai",
          vault_name: "m",
          replication_source_region_id: "cn-hangzhou",
          replication_source_vault_id: "${alicloud_hbr_vault.vault.id}",
          depends_on: ["alicloud_hbr_vault.vault"],
        },
      },
      alicloud_hbr_policy: {
        policy: {
          provider: "alicloud.cn-hangzhou",
          policy_name: "daily",
          rules: [
            { rule_type: "BACKUP", vault_id: "${alicloud_hbr_vault.vault.id}", schedule: "I|1700000000|P1D", retention: 30, backup_type: "COMPLETE" },
            { rule_type: "TRANSITION", retention: "${var.keep}", retention_rules: [{ advanced_retention_type: "WEEKLY", retention: 60 }] },
          ],
          timeouts: { create: "5m" },
        },
      },
    },
    data: {
      alicloud_hbr_replication_vault_regions: { regions: { provider: "alicloud.cn-hangzhou" } },
    },
    terraform: { required_providers: { alicloud: { source: "aliyun/alicloud", version: "~> 1.289" } } },
  };
}

function errorsOf(doc: unknown): SchemaProblem[] {
  return checkTerraformJson(doc).filter((p) => p.severity === "error");
}

describe("checkTerraformJson", () => {
  test("a valid document with aliases, references, nested blocks and meta-arguments has no problems", () => {
    expect(checkTerraformJson(validDoc())).toEqual([]);
  });

  test("an unknown HBR resource type is an error with a suggestion", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vaultt = { x: { vault_name: "v" } };
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_TYPE, address: "alicloud_hbr_vaultt", message: expect.stringContaining('did you mean "alicloud_hbr_vault"') }),
    ]);
  });

  test("an unknown data source type is an error addressed under data.", () => {
    const doc = validDoc();
    doc.data.alicloud_hbr_nope = { x: {} };
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_TYPE, address: "data.alicloud_hbr_nope" })]);
  });

  test("alicloud types outside the kept HBR subset are unchecked warnings, or errors when strict", () => {
    const doc = validDoc();
    doc.resource.alicloud_oss_bucket = { b: { bucket: "x" } };
    expect(errorsOf(doc)).toEqual([]);
    expect(checkTerraformJson(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_TYPE, severity: "warning" })]);
    expect(checkTerraformJson(doc, { strictTypes: true })).toEqual([expect.objectContaining({ severity: "error" })]);
  });

  test("other providers' resources are left alone", () => {
    const doc = validDoc();
    doc.resource.null_resource = { n: { anything: 1 } };
    expect(checkTerraformJson(doc)).toEqual([]);
  });

  test("an unknown attribute is reported with its address, path and the closest name", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.vault_nmae = "x";
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.UNKNOWN_ATTRIBUTE,
        address: "alicloud_hbr_vault.vault",
        path: "vault_nmae",
        message: expect.stringContaining('did you mean "vault_name"'),
      }),
    ]);
  });

  test("an unknown attribute inside a nested block carries the block index in its path", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[1].retention_rules[0].bogus = 1;
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_ATTRIBUTE, path: "rules[1].retention_rules[0].bogus" }),
    ]);
  });

  test("an unknown block is reported", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.rules = [{}];
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_ATTRIBUTE, path: "rules" })]);
  });

  test("a missing required attribute is reported, also inside nested blocks", () => {
    const doc = validDoc();
    delete doc.resource.alicloud_hbr_replication_vault.mirror.replication_source_vault_id;
    delete doc.resource.alicloud_hbr_policy.policy.rules[0].rule_type;
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.MISSING_REQUIRED, address: "alicloud_hbr_replication_vault.mirror", path: "replication_source_vault_id" }),
      expect.objectContaining({ kind: SchemaProblemKind.MISSING_REQUIRED, address: "alicloud_hbr_policy.policy", path: "rules[0].rule_type" }),
    ]);
  });

  test("a missing required block is reported", () => {
    const schema = withBlock(keptProviderSchema(), "alicloud_hbr_vault", "needed", { nesting_mode: "list", min_items: 1, max_items: 2, block: { attributes: {} } });
    const doc = validDoc();
    const problems = checkTerraformJson(doc, { schema }).filter((p) => p.address === "alicloud_hbr_vault.vault");
    expect(problems).toEqual([expect.objectContaining({ kind: SchemaProblemKind.MISSING_REQUIRED, path: "needed" })]);
  });

  test("too many nested blocks are reported against max_items", () => {
    const doc = validDoc();
    doc.provider.alicloud[0].assume_role = [{ role_arn: "a" }, { role_arn: "b" }];
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.BLOCK_COUNT, address: "provider.alicloud.cn-hangzhou", path: "assume_role", message: expect.stringContaining("at most 1") }),
    ]);
  });

  test("too few nested blocks are reported against min_items", () => {
    const schema = withBlock(keptProviderSchema(), "alicloud_hbr_vault", "needed", { nesting_mode: "list", min_items: 2, block: { attributes: {} } });
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.needed = [{}];
    expect(checkTerraformJson(doc, { schema })).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.BLOCK_COUNT, path: "needed", message: expect.stringContaining("at least 2") }),
    ]);
  });

  test.each([
    ["a string attribute given an object", ["resource", "alicloud_hbr_vault", "vault", "vault_name"], { a: 1 }, "vault_name"],
    ["a number attribute given a non-numeric string", ["resource", "alicloud_hbr_policy", "policy", "rules", 0, "retention"], "thirty", "rules[0].retention"],
    ["a bool attribute given a number", ["resource", "alicloud_hbr_policy", "policy", "rules", 0, "immutable"], 1, "rules[0].immutable"],
    ["a map attribute given a list", ["resource", "alicloud_hbr_vault", "vault", "tags"], ["a"], "tags"],
    ["a map of strings given a nested object", ["resource", "alicloud_hbr_vault", "vault", "tags"], { team: { x: 1 } }, "tags.team"],
  ])("%s is a wrong-type error", (_name, at, value, path) => {
    const doc = validDoc();
    setAt(doc, at as (string | number)[], value);
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.WRONG_TYPE, path })]);
  });

  test("literals that Terraform converts (number to string, numeric string to number, \"true\" to bool) are accepted", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.description = 42;
    doc.resource.alicloud_hbr_policy.policy.rules[0].retention = "30";
    doc.resource.alicloud_hbr_policy.policy.rules[0].immutable = "false";
    expect(errorsOf(doc)).toEqual([]);
  });

  test("Terraform expressions are accepted wherever a value goes", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.tags = "${var.tags}";
    doc.resource.alicloud_hbr_vault.vault.vault_type = "${var.kind}";
    doc.resource.alicloud_hbr_policy.policy.rules = "${local.rules}";
    doc.provider.alicloud[0].assume_role = "${local.role}";
    expect(errorsOf(doc)).toEqual([]);
  });

  test("a value outside the enum is reported with the allowed values", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.vault_type = "ARCHIVE";
    doc.resource.alicloud_hbr_policy.policy.rules[1].retention_rules[0].advanced_retention_type = "HOURLY";
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_ENUM, path: "vault_type", message: '"ARCHIVE" is not one of "STANDARD", "OTS_BACKUP"' }),
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_ENUM, path: "rules[1].retention_rules[0].advanced_retention_type" }),
    ]);
  });

  test("enums marked ignore-case accept any case", () => {
    const doc = validDoc();
    doc.provider.alicloud[0].account_type = "domestic";
    expect(errorsOf(doc)).toEqual([]);
  });

  test("values outside an integer range or string length are reported", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].retention = 0;
    doc.resource.alicloud_hbr_vault.vault.vault_name = "x".repeat(65);
    const constraints = {
      resources: {
        alicloud_hbr_policy: { attributes: { "rules.retention": { int_range: { min: 1, max: 364635 } } } },
        alicloud_hbr_vault: { attributes: { vault_name: { string_length: [1, 64] as const } } },
      },
    };
    expect(checkTerraformJson(doc, { constraints })).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.OUT_OF_RANGE, path: "vault_name", message: "length 65 is outside 1..64 characters" }),
      expect.objectContaining({ kind: SchemaProblemKind.OUT_OF_RANGE, path: "rules[0].retention", message: "0 is not an integer in 1..364635" }),
    ]);
  });

  test("an invalid regular expression where the provider wants one is reported", () => {
    const doc = validDoc();
    doc.data.alicloud_hbr_vaults = { all: { name_regex: "([" } };
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.OUT_OF_RANGE, address: "data.alicloud_hbr_vaults.all", path: "name_regex" })]);
  });

  test("setting a computed-only attribute is an error", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.status = "CREATED";
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.COMPUTED_ATTRIBUTE, path: "status" })]);
  });

  test("a removed attribute is an error naming the version it was removed in", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.redundancy_type = "LRS";
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.REMOVED_ATTRIBUTE, path: "redundancy_type", message: expect.stringContaining("1.209.1") }),
    ]);
  });

  test("a deprecated resource type is a warning, not an error", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_oss_backup_plan = {
      p: { oss_backup_plan_name: "p", vault_id: "v", bucket: "b", schedule: "I|1|PT1H", backup_type: "COMPLETE", retention: "7" },
    };
    const problems = checkTerraformJson(doc);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ kind: SchemaProblemKind.DEPRECATED, severity: "warning", address: "alicloud_hbr_oss_backup_plan.p" })]);
  });

  test("a resource referencing an undeclared provider alias is an error listing the declared ones", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.provider = "alicloud.cn-beijing";
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.UNKNOWN_PROVIDER,
        address: "alicloud_hbr_vault.vault",
        path: "provider",
        message: expect.stringContaining("alicloud.cn-hangzhou, alicloud.cn-shanghai"),
      }),
    ]);
  });

  test("the default provider may be referenced without being declared, as Terraform allows", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.provider = "alicloud";
    expect(errorsOf(doc)).toEqual([]);
  });

  test("two provider configurations with the same alias are an error", () => {
    const doc = validDoc();
    doc.provider.alicloud.push({ alias: "cn-hangzhou", region: "cn-hangzhou" });
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.DUPLICATE_PROVIDER, address: "provider.alicloud.cn-hangzhou" })]);
  });

  test("unknown provider arguments are errors", () => {
    const doc = validDoc();
    doc.provider.alicloud[1].regoin = "cn-shanghai";
    expect(errorsOf(doc)).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_ATTRIBUTE, address: "provider.alicloud.cn-shanghai", path: "regoin" }),
    ]);
  });

  test("every problem is returned, not only the first", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.vault_type = "X";
    doc.resource.alicloud_hbr_vault.vault.extra = 1;
    delete doc.resource.alicloud_hbr_replication_vault.mirror.vault_name;
    doc.resource.alicloud_hbr_policy.policy.provider = "alicloud.nowhere";
    const kinds = errorsOf(doc).map((p) => p.kind).sort();
    expect(kinds).toEqual(
      [SchemaProblemKind.MISSING_REQUIRED, SchemaProblemKind.NOT_IN_ENUM, SchemaProblemKind.UNKNOWN_ATTRIBUTE, SchemaProblemKind.UNKNOWN_PROVIDER].sort(),
    );
  });

  test.each([
    ["null", null],
    ["a list", []],
    ["a string", "resource"],
  ])("a document that is %s is reported as malformed", (_name, doc) => {
    expect(checkTerraformJson(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.MALFORMED })]);
  });

  test("a resource section of the wrong shape is malformed, not a crash", () => {
    expect(checkTerraformJson({ resource: { alicloud_hbr_vault: "x" } })).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.MALFORMED, address: "alicloud_hbr_vault" }),
    ]);
    expect(checkTerraformJson({ resource: { alicloud_hbr_vault: { v: 5 } } })).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.WRONG_TYPE, address: "alicloud_hbr_vault.v" }),
    ]);
  });

  test("formatted problems name severity, kind, address and path on one line each", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_vault.vault.vault_type = "X";
    expect(formatSchemaProblems(checkTerraformJson(doc))).toBe(
      'ERROR [not-in-enum] alicloud_hbr_vault.vault vault_type: "X" is not one of "STANDARD", "OTS_BACKUP"',
    );
  });

  test("closest suggests near names only", () => {
    expect(closest("cn-hangzou", ["cn-hangzhou", "cn-shanghai"])).toBe("cn-hangzhou");
    expect(closest("completely-different", ["cn-hangzhou"])).toBeUndefined();
  });
});

describe("checkTerraformJson against a provider version", () => {
  /** Checks `doc` for `version`, with its required_providers pinned to that version as an app targeting it would. */
  function checkAt(doc: Record<string, any>, version: string): SchemaProblem[] {
    doc.terraform.required_providers.alicloud.version = `= ${version}`;
    return checkTerraformJson(doc, { providerVersion: version });
  }

  /** A policy binding whose advanced options set `app_consistent`, an argument releases after 1.289.0 added. */
  function withUdmDetail(extra: Record<string, unknown>): Record<string, any> {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy_binding = {
      binding: {
        provider: "alicloud.cn-hangzhou",
        policy_id: "${alicloud_hbr_policy.policy.id}",
        source_type: "UDM_ECS",
        data_source_id: "i-0123",
        advanced_options: [{ udm_detail: [{ disk_id_list: ["d-1"], ...extra }] }],
      },
    };
    return doc;
  }

  test("the default target is the release the kept schema is exact for, 1.289.0", () => {
    expect(keptProviderVersion()).toBe("1.289.0");
  });

  test("rule type SECURITY, unreleased in the kept schema, is an error at 1.289.0 naming the release it is expected in", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].rule_type = "SECURITY";
    expect(checkTerraformJson(doc)).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION,
        severity: "error",
        address: "alicloud_hbr_policy.policy",
        path: "rules[0].rule_type",
        message: expect.stringMatching(/^the value "SECURITY" is not in any released provider: .*after 1\.289\.0.*unreleased; it is expected in 1\.290\.0 \(the app targets 1\.289\.0\)\. .*cdktf-alicloud-hbr:providerVersion/),
      }),
    ]);
  });

  test("rule type SECURITY passes when the app targets a release that has it", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].rule_type = "SECURITY";
    expect(checkAt(doc, "1.290.0")).toEqual([]);
    expect(checkAt(doc, "1.300.0")).toEqual([]);
  });

  test("rule type SECURITY is still an error for a patch release between the schema's and the next", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].rule_type = "SECURITY";
    expect(checkAt(doc, "1.289.1")).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION, message: expect.stringMatching(/expected in 1\.290\.0 \(the app targets 1\.289\.1\)/) }),
    ]);
  });

  test("an argument newer than the target release is an error naming the release it needs", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].immutable = true;
    expect(checkAt(doc, "1.288.0")).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION,
        severity: "error",
        address: "alicloud_hbr_policy.policy",
        path: "rules[0].immutable",
        message: expect.stringMatching(/^the argument "immutable" needs provider 1\.289\.0 or newer, but the app targets 1\.288\.0\. Leave it out, or install 1\.289\.0/),
      }),
    ]);
    expect(checkAt(doc, "1.289.0")).toEqual([]);
  });

  test("an argument is accepted from the release it shipped in, and refused one patch release before", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.policy_type = "STANDARD";
    expect(checkAt(doc, "1.243.0")).toEqual([]);
    expect(checkAt(doc, "1.242.9")).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION, path: "policy_type", message: expect.stringContaining("needs provider 1.243.0") }),
    ]);
  });

  test("a nested block newer than the target is one error on the block, not one per argument inside it", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules.push({ rule_type: "BACKUP", tag_filters: [{ key: "env", operator: "EQUAL", value: "prod" }] });
    const problems = checkAt(doc, "1.267.0");
    expect(problems).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION, path: "rules[2].tag_filters", message: expect.stringMatching(/^the block "tag_filters" needs provider 1\.268\.0/) }),
    ]);
  });

  test("an enum value newer than the target is an error naming the release it needs", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[1].retention_rules[0].advanced_retention_type = "DAILY";
    expect(checkAt(doc, "1.229.0")).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION,
        path: "rules[1].retention_rules[0].advanced_retention_type",
        message: expect.stringMatching(/^the value "DAILY" needs provider 1\.230\.0 or newer, but the app targets 1\.229\.0/),
      }),
    ]);
  });

  test("a resource type newer than the target is one error on each instance", () => {
    const problems = checkAt(validDoc(), "1.200.0");
    expect(problems).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION, address: "alicloud_hbr_policy.policy", path: "", message: expect.stringMatching(/^the resource type "alicloud_hbr_policy" needs provider 1\.221\.0/) }),
    ]);
  });

  test("an attribute removed after the target release is accepted, its values still checked", () => {
    const doc = validDoc();
    delete doc.resource.alicloud_hbr_policy; // a type from 1.221.0, older targets would report it
    doc.resource.alicloud_hbr_vault.vault.redundancy_type = "LRS";
    expect(checkAt(doc, "1.209.0")).toEqual([]);
    doc.resource.alicloud_hbr_vault.vault.redundancy_type = "GRS";
    expect(checkAt(doc, "1.209.0")).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_ENUM, path: "redundancy_type", message: expect.stringContaining('"LRS", "ZRS"') }),
    ]);
    expect(checkAt(doc, "1.209.1")).toEqual([expect.objectContaining({ kind: SchemaProblemKind.REMOVED_ATTRIBUTE })]);
  });

  test("an argument a newer release added is an error at 1.289.0 that points at the target-version context key", () => {
    expect(checkTerraformJson(withUdmDetail({ app_consistent: true }))).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.UNKNOWN_ATTRIBUTE,
        severity: "error",
        address: "alicloud_hbr_policy_binding.binding",
        path: "advanced_options[0].udm_detail[0].app_consistent",
        message: expect.stringMatching(/^no argument or block named "app_consistent" is expected here \(the kept schema, exact for provider 1\.289\.0, has none\).*"cdktf-alicloud-hbr:providerVersion"/),
      }),
    ]);
  });

  test("under a target newer than the schema, arguments the kept schema lacks are warnings naming the schema's version", () => {
    const doc = withUdmDetail({ app_consistent: true, snapshot_group: true, ram_role_name: "AliyunECSInstanceForHbrRole", timeout_in_seconds: 60 });
    const problems = checkAt(doc, "1.294.0");
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(
      ["app_consistent", "snapshot_group", "ram_role_name", "timeout_in_seconds"].map((name) => `advanced_options[0].udm_detail[0].${name}`),
    );
    for (const problem of problems) {
      expect(problem).toEqual(
        expect.objectContaining({
          kind: SchemaProblemKind.UNKNOWN_ATTRIBUTE,
          severity: "warning",
          message: expect.stringMatching(/not checked: the check is exact for provider 1\.289\.0 \(the kept schema\) only, and the app targets 1\.294\.0/),
        }),
      );
    }
  });

  test("under a target newer than the schema, what the kept schema does state is still checked as errors", () => {
    const doc = withUdmDetail({ app_consistent: true });
    doc.resource.alicloud_hbr_vault.vault.vault_name = { not: "a string" };
    delete doc.resource.alicloud_hbr_replication_vault.mirror.vault_name;
    const errors = checkAt(doc, "1.300.0").filter((p) => p.severity === "error");
    expect(errors.map((p) => [p.kind, p.path])).toEqual([
      [SchemaProblemKind.WRONG_TYPE, "vault_name"],
      [SchemaProblemKind.MISSING_REQUIRED, "vault_name"],
    ]);
  });

  test("a required_providers constraint that does not admit the target is an error: terraform would install an unchecked release", () => {
    const doc = validDoc();
    doc.terraform.required_providers.alicloud.version = "= 1.289.0";
    expect(checkTerraformJson(doc, { providerVersion: "1.294.0" })).toEqual([
      expect.objectContaining({
        kind: SchemaProblemKind.PROVIDER_VERSION_MISMATCH,
        severity: "error",
        address: "terraform",
        path: "required_providers.alicloud.version",
        message: expect.stringMatching(/^the document requires aliyun\/alicloud "= 1\.289\.0", which does not admit 1\.294\.0, .*"cdktf-alicloud-hbr:providerVersion".*"= 1\.294\.0"/),
      }),
    ]);
    doc.terraform.required_providers.alicloud.version = "~> 1.300";
    expect(checkTerraformJson(doc)).toEqual([expect.objectContaining({ kind: SchemaProblemKind.PROVIDER_VERSION_MISMATCH, message: expect.stringContaining("does not admit 1.289.0") })]);
    doc.terraform.required_providers.alicloud.version = "${var.alicloud_version}";
    expect(checkTerraformJson(doc)).toEqual([]);
  });

  test("under a target newer than the schema, enum values and HBR types the kept schema lacks are warnings", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].rule_type = "ARCHIVE";
    doc.resource.alicloud_hbr_new_thing = { x: {} };
    expect(checkAt(doc, "1.300.0")).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_ENUM, severity: "warning", path: "rules[0].rule_type", message: expect.stringContaining("exact for provider 1.289.0") }),
      expect.objectContaining({ kind: SchemaProblemKind.UNKNOWN_TYPE, severity: "warning", address: "alicloud_hbr_new_thing", message: expect.stringContaining("the app targets 1.300.0") }),
    ]);
    doc.terraform.required_providers.alicloud.version = "= 1.289.0";
    expect(errorsOf(doc).map((p) => p.kind)).toEqual([SchemaProblemKind.NOT_IN_ENUM, SchemaProblemKind.UNKNOWN_TYPE]);
  });

  test.each([["~> 1.300"], ["v1.300.0"], ["1.300"], [1.3]])("a target version of %p is refused with the fix", (version) => {
    expect(() => checkTerraformJson(validDoc(), { providerVersion: version as string })).toThrow(
      new RegExp(`^checkTerraformJson providerVersion: the target provider version must be one exact aliyun/alicloud release such as "1\\.289\\.0", got .*Fix: .*leave it out to target 1\\.289\\.0`),
    );
    expect(() => checkTerraformJson(validDoc(), { providerVersion: version as string })).toThrow(HbrConfigurationError);
  });

  test("the app context key sets the target version for the check", () => {
    const doc = validDoc();
    doc.resource.alicloud_hbr_policy.policy.rules[0].rule_type = "SECURITY";
    const plain = new App({ context: {} });
    expect(providerVersionFromContext(plain)).toBeUndefined();
    expect(checkTerraformJson(doc, { providerVersion: providerVersionFromContext(plain) })).toEqual([
      expect.objectContaining({ kind: SchemaProblemKind.NOT_IN_PROVIDER_VERSION }),
    ]);
    const newer = new App({ context: { [PROVIDER_VERSION_CONTEXT_KEY]: "1.290.0" } });
    expect(PROVIDER_VERSION_CONTEXT_KEY).toBe("cdktf-alicloud-hbr:providerVersion");
    expect(providerVersionFromContext(new TerraformStack(newer, "s"))).toBe("1.290.0");
    expect(checkTerraformJson(doc, { providerVersion: providerVersionFromContext(newer) })).toEqual([]);
  });

  test("a context value that is not one exact release is refused naming the context key", () => {
    const app = new App({ context: { [PROVIDER_VERSION_CONTEXT_KEY]: ">= 1.290" } });
    expect(() => providerVersionFromContext(app)).toThrow(/^context cdktf-alicloud-hbr:providerVersion: .*got ">= 1\.290"/);
  });
});

function setAt(doc: Record<string, any>, at: (string | number)[], value: unknown): void {
  let node = doc;
  for (const key of at.slice(0, -1)) node = node[key];
  node[at[at.length - 1]] = value;
}

function withBlock(schema: ProviderSchema, type: string, name: string, blockType: any): ProviderSchema {
  const copy = JSON.parse(JSON.stringify(schema));
  copy.resource_schemas[type].block.block_types = { ...(copy.resource_schemas[type].block.block_types ?? {}), [name]: blockType };
  return copy;
}
