import { PlanAction } from "../../lib/guard/plan-document";

/** One resource of a small test plan. */
export interface TestResource {
  /** The instance address; the type is taken from it. */
  readonly address: string;
  /** Defaults to `["no-op"]` with a `before`, `["create"]` without. */
  readonly actions?: PlanAction[];
  /** Values in the prior state; leave out for a resource being created. */
  readonly before?: Record<string, unknown>;
  /** Values after the change; defaults to `before` for no-op, `null` for delete. */
  readonly after?: Record<string, unknown> | null;
  readonly afterUnknown?: Record<string, unknown>;
  /** The provider configuration key, e.g. `alicloud.sh`. */
  readonly provider?: string;
  /** Configuration references per attribute, e.g. `{ replication_source_vault_id: ["alicloud_hbr_vault.src.id"] }`. */
  readonly references?: Record<string, string[]>;
  /** Configuration expressions as given (overrides `references`). */
  readonly expressions?: Record<string, unknown>;
  /** `depends_on` in the prior state. */
  readonly dependsOn?: string[];
}

/** Provider configurations of test plans: `alicloud.hz` in cn-hangzhou, `alicloud.sh` in cn-shanghai, `alicloud.bj` in cn-beijing. */
export const TEST_PROVIDERS: Record<string, string> = { "alicloud.hz": "cn-hangzhou", "alicloud.sh": "cn-shanghai", "alicloud.bj": "cn-beijing" };

function configAddressOf(address: string): string {
  return address.replace(/\[[^\]]*\]/g, "");
}

/** A plan document in the documented format with just the given resources. */
export function testPlan(resources: readonly TestResource[], providers: Record<string, string> = TEST_PROVIDERS): Record<string, unknown> {
  const configured = new Map<string, unknown>();
  const changes = resources.map((r) => {
    const type = configAddressOf(r.address).split(".").slice(-2)[0];
    const actions = r.actions ?? (r.before ? ["no-op"] : ["create"]);
    const deleted = actions.length === 1 && actions[0] === "delete";
    const after = r.after !== undefined ? r.after : deleted ? null : (r.before ?? {});
    const afterUnknown = r.afterUnknown ?? (actions.includes("create") ? { id: true, region_id: true } : {});
    const configAddress = configAddressOf(r.address);
    if (!deleted && !configured.has(configAddress)) {
      const expressions: Record<string, unknown> = { ...(r.expressions ?? {}) };
      for (const [attribute, references] of Object.entries(r.references ?? {})) expressions[attribute] ??= { references };
      configured.set(configAddress, { address: configAddress, mode: "managed", type, name: configAddress.split(".").pop(), provider_config_key: r.provider ?? "alicloud.hz", expressions });
    }
    return { address: r.address, mode: "managed", type, change: { actions, before: r.before ?? null, after, after_unknown: afterUnknown } };
  });
  const prior = resources
    .filter((r) => r.before)
    .map((r) => ({ address: r.address, mode: "managed", type: configAddressOf(r.address).split(".").slice(-2)[0], values: r.before, ...(r.dependsOn ? { depends_on: r.dependsOn } : {}) }));
  const providerConfig = Object.fromEntries(Object.entries(providers).map(([key, region]) => [key, { name: "alicloud", alias: key.split(".")[1], expressions: { region: { constant_value: region } } }]));
  return {
    format_version: "1.2",
    planned_values: { root_module: {} },
    resource_changes: changes,
    prior_state: { format_version: "1.0", values: { root_module: { resources: prior } } },
    configuration: { provider_config: providerConfig, root_module: { resources: [...configured.values()] } },
  };
}

/** Values of an existing source vault. */
export function sourceValues(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, vault_name: `vault-${id}`, vault_type: "STANDARD", encrypt_type: "HBR_PRIVATE", kms_key_id: null, ...overrides };
}

/** Values of an existing mirror vault of `sourceId`. */
export function mirrorValues(id: string, sourceId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, vault_name: `mirror-${id}`.slice(0, 32), encrypt_type: "HBR_PRIVATE", kms_key_id: null, replication_source_region_id: "cn-hangzhou", replication_source_vault_id: sourceId, ...overrides };
}
