import * as path from "path";
import { scratchDir } from "../support";
import { readCloud } from "./emulator/cloud";
import { REQUIRED_PROVIDERS, TerraformResult, describeWithTerraform, terraform, workingDir } from "./harness";

const HANGZHOU = { alias: "cn-hangzhou", region: "cn-hangzhou" };
const SHANGHAI = { alias: "cn-shanghai", region: "cn-shanghai" };
/** A provider configuration that assumes a role in another account (the default one is the app's own). */
const OTHER_ACCOUNT = { alias: "other-account", region: "cn-shanghai", assume_role: [{ role_arn: "acs:ram::1234567890123456:role/hbr-dr" }] };

/** The summary of the error terraform reported for `address` (`Error: <summary>` ... `with <address>,`). */
function errorFor(result: TerraformResult, address: string): string | undefined {
  const text = `${result.stderr}\n${result.stdout}`.replace(/^[│╷╵] ?/gm, "");
  for (const block of text.split(/^Error: /m).slice(1)) {
    if (new RegExp(`^\\s*with ${address.replace(/\./g, "\\.")},`, "m").test(block)) return block.split("\n")[0];
  }
  return undefined;
}

/** The summaries of every error terraform reported (a failed delete names no configuration, so no `with` line). */
function errorSummaries(result: TerraformResult): string[] {
  const text = `${result.stderr}\n${result.stdout}`.replace(/^[│╷╵] ?/gm, "");
  return text.split(/^Error: /m).slice(1).map((block) => block.split("\n")[0]);
}

/** `terraform state list`, as lines. */
async function stateList(dir: string, cloud: string): Promise<string[]> {
  const result = await terraform(dir, ["state", "list"], { cloud });
  return result.stdout.split("\n").filter((l) => l !== "").sort();
}

const describeTf = describeWithTerraform();

describeTf("the HBR emulator refuses what the service refuses, when terraform applies", () => {
  let root: string;
  let cloud: string;
  let createDir: string;
  let create: TerraformResult;
  let sourcesDir: string;
  let destroy: TerraformResult;
  let sourceIds: Record<string, { value: string }>;

  const mirror = (provider: string, name: string, sourceVaultId: string, sourceRegion = "cn-hangzhou", extra: object = {}) => ({
    provider,
    vault_name: name,
    replication_source_vault_id: sourceVaultId,
    replication_source_region_id: sourceRegion,
    ...extra,
  });

  async function createScenario(): Promise<void> {
    createDir = workingDir(root, "create", {
      terraform: REQUIRED_PROVIDERS,
      provider: { alicloud: [HANGZHOU, SHANGHAI, OTHER_ACCOUNT] },
      resource: {
        alicloud_hbr_vault: {
          source: { provider: "alicloud.cn-hangzhou", vault_name: "rules-source" },
          other: { provider: "alicloud.cn-hangzhou", vault_name: "rules-other" },
        },
        alicloud_hbr_replication_vault: {
          first: mirror("alicloud.cn-shanghai", "rules-first", "${alicloud_hbr_vault.source.id}"),
          second: { ...mirror("alicloud.cn-shanghai", "rules-second", "${alicloud_hbr_vault.source.id}"), depends_on: ["alicloud_hbr_replication_vault.first"] },
          long_name: mirror("alicloud.cn-shanghai", "a-mirror-vault-name-of-33-chars-x", "${alicloud_hbr_vault.other.id}"),
          wrong_region: mirror("alicloud.cn-shanghai", "rules-wrong-region", "${alicloud_hbr_vault.other.id}", "cn-beijing"),
          no_such_vault: mirror("alicloud.cn-shanghai", "rules-no-such-vault", "v-00000000000000000000"),
          other_account: mirror("alicloud.other-account", "rules-other-account", "${alicloud_hbr_vault.other.id}"),
          of_a_mirror: { ...mirror("alicloud.cn-hangzhou", "rules-of-a-mirror", "${alicloud_hbr_replication_vault.first.id}", "cn-shanghai") },
        },
        alicloud_hbr_policy: {
          into_mirror: {
            provider: "alicloud.cn-shanghai",
            policy_name: "rules-into-mirror",
            rules: [{ rule_type: "BACKUP", backup_type: "COMPLETE", schedule: "I|1735668000|PT6H", retention: 30, vault_id: "${alicloud_hbr_replication_vault.first.id}" }],
          },
        },
        alicloud_hbr_ecs_backup_plan: {
          into_mirror: {
            provider: "alicloud.cn-shanghai",
            ecs_backup_plan_name: "rules-into-mirror",
            instance_id: "i-rules0000000000001",
            backup_type: "COMPLETE",
            retention: "30",
            schedule: "I|1735668000|PT6H",
            vault_id: "${alicloud_hbr_replication_vault.first.id}",
          },
        },
        alicloud_hbr_restore_job: {
          from_mirror: {
            provider: "alicloud.cn-shanghai",
            vault_id: "${alicloud_hbr_replication_vault.first.id}",
            snapshot_id: "s-rules0000000000001",
            snapshot_hash: "f00dfeedf00dfeed",
            source_type: "ECS_FILE",
            restore_type: "ECS_FILE",
            target_instance_id: "i-standby00000000001",
            target_path: "/restore",
          },
        },
      },
    });
    await terraform(createDir, ["init", "-no-color", "-input=false"], { cloud });
    create = await terraform(createDir, ["apply", "-no-color", "-auto-approve", "-input=false"], { cloud, allowFailure: true });
  }

  /** Two vaults; another configuration mirrors one and backs up into the other, by literal id; then the vaults' destroy. */
  async function deleteScenario(): Promise<void> {
    sourcesDir = workingDir(root, "sources", {
      terraform: REQUIRED_PROVIDERS,
      provider: { alicloud: [HANGZHOU] },
      resource: {
        alicloud_hbr_vault: {
          mirrored: { provider: "alicloud.cn-hangzhou", vault_name: "rules-mirrored" },
          bound: { provider: "alicloud.cn-hangzhou", vault_name: "rules-bound" },
        },
      },
      output: { mirrored: { value: "${alicloud_hbr_vault.mirrored.id}" }, bound: { value: "${alicloud_hbr_vault.bound.id}" } },
    });
    await terraform(sourcesDir, ["init", "-no-color", "-input=false"], { cloud });
    await terraform(sourcesDir, ["apply", "-no-color", "-auto-approve", "-input=false"], { cloud });
    const outputs = JSON.parse((await terraform(sourcesDir, ["output", "-json"], { cloud })).stdout) as Record<string, { value: string }>;
    sourceIds = outputs;
    const dependentsDir = workingDir(root, "dependents", {
      terraform: REQUIRED_PROVIDERS,
      provider: { alicloud: [HANGZHOU, SHANGHAI] },
      resource: {
        alicloud_hbr_replication_vault: { mirror: mirror("alicloud.cn-shanghai", "rules-mirrored-dr", outputs.mirrored.value) },
        alicloud_hbr_policy: {
          daily: {
            provider: "alicloud.cn-hangzhou",
            policy_name: "rules-daily",
            rules: [{ rule_type: "BACKUP", backup_type: "COMPLETE", schedule: "I|1735668000|P1D", retention: 30, vault_id: outputs.bound.value }],
          },
        },
      },
    });
    await terraform(dependentsDir, ["init", "-no-color", "-input=false"], { cloud });
    await terraform(dependentsDir, ["apply", "-no-color", "-auto-approve", "-input=false"], { cloud });
    destroy = await terraform(sourcesDir, ["destroy", "-no-color", "-auto-approve", "-input=false"], { cloud, allowFailure: true });
  }

  beforeAll(async () => {
    root = scratchDir("hbr-tf-rules-");
    cloud = path.join(root, "cloud.json");
    await Promise.all([createScenario(), deleteScenario()]);
  }, 120_000);

  test("the apply fails, and keeps what the service accepted", async () => {
    expect(create.code).toBe(1);
    expect(await stateList(createDir, cloud)).toEqual([
      "alicloud_hbr_replication_vault.first",
      "alicloud_hbr_restore_job.from_mirror",
      "alicloud_hbr_vault.other",
      "alicloud_hbr_vault.source",
    ]);
  });

  test("a second mirror of a vault fails: a backup vault has at most one", () => {
    expect(errorFor(create, "alicloud_hbr_replication_vault.second")).toMatch(/^\[ReplicationVaultAlreadyExists\] vault v-\w+ already has mirror vault v-\w+ \(cn-shanghai\)/);
  });

  test("a mirror vault name over 32 characters fails", () => {
    expect(errorFor(create, "alicloud_hbr_replication_vault.long_name")).toMatch(/^\[InvalidVaultName\] .*has 33 characters; a mirror vault name has 1-32/);
  });

  test("a mirror whose replication_source_region_id is not its source's region fails", () => {
    expect(errorFor(create, "alicloud_hbr_replication_vault.wrong_region")).toMatch(/^\[ReplicationSourceVaultNotFound\] no vault v-\w+ in region cn-beijing/);
  });

  test("a mirror whose replication_source_vault_id names no vault fails", () => {
    expect(errorFor(create, "alicloud_hbr_replication_vault.no_such_vault")).toMatch(/^\[ReplicationSourceVaultNotFound\] no vault v-0{20} in region cn-hangzhou/);
  });

  test("a mirror created in another account than its source fails", () => {
    expect(errorFor(create, "alicloud_hbr_replication_vault.other_account")).toMatch(/^\[ReplicationSourceVaultNotInAccount\] .*another account/);
  });

  test("a mirror of a mirror fails", () => {
    expect(errorFor(create, "alicloud_hbr_replication_vault.of_a_mirror")).toMatch(/^\[CannotReplicateReplicationVault\] .*is itself a mirror vault/);
  });

  test("a backup policy whose BACKUP rule writes into a mirror fails", () => {
    expect(errorFor(create, "alicloud_hbr_policy.into_mirror")).toMatch(/^\[CannotBackupToReplicationVault\] policy rules-into-mirror: vault v-\w+ is a mirror vault/);
  });

  test("a backup plan whose vault_id is a mirror fails", () => {
    expect(errorFor(create, "alicloud_hbr_ecs_backup_plan.into_mirror")).toMatch(/^\[CannotBackupToReplicationVault\] alicloud_hbr_ecs_backup_plan: vault v-\w+ is a mirror vault/);
  });

  test("a restore job from a mirror succeeds", () => {
    expect(errorFor(create, "alicloud_hbr_restore_job.from_mirror")).toBeUndefined();
    const job = Object.values(readCloud(cloud).resources).find((r) => r.type === "alicloud_hbr_restore_job");
    const first = Object.entries(readCloud(cloud).resources).find(([, r]) => r.attrs.vault_name === "rules-first");
    expect(job?.attrs.vault_id).toBe(first?.[0]);
    expect(job?.attrs.id).toMatch(/^r-\w+:ECS_FILE$/);
  });

  test("deleting a vault that still has a mirror fails with CannotDeleteReplicationSourceVault", () => {
    expect(destroy.code).toBe(1);
    const error = errorSummaries(destroy).find((e) => e.includes(sourceIds.mirrored.value));
    expect(error).toMatch(/^\[CannotDeleteReplicationSourceVault\] vault v-\w+ is the source of mirror vault v-\w+ \(cn-shanghai\)/);
  });

  test("deleting a vault still bound to a policy fails with VaultBoundPolicyCannotBeDeleted", () => {
    const error = errorSummaries(destroy).find((e) => e.includes(sourceIds.bound.value));
    expect(error).toMatch(/^\[VaultBoundPolicyCannotBeDeleted\] vault v-\w+ is the backup target of policy po-\w+/);
  });

  test("a refused delete leaves the vault in terraform's state and in the cloud", async () => {
    expect(await stateList(sourcesDir, cloud)).toEqual(["alicloud_hbr_vault.bound", "alicloud_hbr_vault.mirrored"]);
    const names = Object.values(readCloud(cloud).resources).map((r) => r.attrs.vault_name);
    expect(names).toEqual(expect.arrayContaining(["rules-mirrored", "rules-bound"]));
  });
});
