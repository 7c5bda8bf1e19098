import { PlanAction } from "../../lib/guard/plan-document";
import { keptProviderSchema } from "../../lib/schema/kept-schema";

/** A synthesized stack document (`cdk.tf.json`), parsed. */
type StackJson = Record<string, any>;

/** One change a test plans for a resource of the stack. */
export interface SynthChange {
  readonly actions: PlanAction[];
  /** Attribute values after the change (e.g. a new `encrypt_type`). */
  readonly set?: Record<string, unknown>;
  /** `change.replace_paths`, as Terraform reports the attributes that force a replacement. */
  readonly replacePaths?: string[][];
}

/** What the plan should look like beyond "create everything". */
export interface SynthPlanOptions {
  /** Resources that exist already, by address, with their ids: they are in prior_state and default to no-op. */
  readonly existing?: Record<string, string>;
  /** Per address, the change of this run. */
  readonly changes?: Record<string, SynthChange>;
  /** Values a cross-stack reference reads: `data.terraform_remote_state.<name>.outputs.<output>` -> value. */
  readonly remoteOutputs?: Record<string, string>;
}

/** Keys of a resource in cdk.tf.json that are Terraform meta-arguments, not attributes. */
const META_ARGUMENTS = new Set(["//", "provider", "lifecycle", "depends_on", "count", "for_each", "provisioner", "connection"]);

/** Attributes a plan shows as known after apply when the configuration does not set them (computed). */
function computedAttributes(type: string): string[] {
  const attributes = keptProviderSchema().resource_schemas[type]?.block.attributes ?? {};
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.computed)
    .map(([name]) => name);
}

function blockTypes(type: string): Set<string> {
  return new Set(Object.keys(keptProviderSchema().resource_schemas[type]?.block.block_types ?? {}));
}

const INTERPOLATION = /^\$\{([^}]+)\}$/;

/** The references Terraform lists for an expression `a.b.c.d`: itself and each shorter prefix down to the resource. */
function referencesOf(expression: string): string[] {
  const segments = expression.split(".");
  const minimum = segments[0] === "data" ? 3 : 2;
  const references: string[] = [];
  for (let length = segments.length; length >= minimum; length--) references.push(segments.slice(0, length).join("."));
  return references;
}

/**
 * Builds the plan document `terraform show -json <planfile>` would print for a synthesized stack:
 * planned values from the literal attributes, references in the configuration expressions, values
 * of references known only when they point at existing resources (or given remote outputs), and
 * computed attributes unknown for resources being created. No terraform binary is needed; it
 * reproduces the documented format, not the provider's behaviour (a test states changes itself).
 */
export function planFromSynth(stack: StackJson, options: SynthPlanOptions = {}): Record<string, unknown> {
  const existing = options.existing ?? {};
  const changes = options.changes ?? {};
  const providerConfig: Record<string, unknown> = {};
  const providerRegions = new Map<string, string>();
  const alicloud = stack.provider?.alicloud;
  for (const provider of Array.isArray(alicloud) ? alicloud : alicloud ? [alicloud] : []) {
    const key = provider.alias ? `alicloud.${provider.alias}` : "alicloud";
    const expressions: Record<string, unknown> = {};
    if (provider.region !== undefined) expressions.region = { constant_value: provider.region };
    if (provider.profile !== undefined) expressions.profile = { constant_value: provider.profile };
    if (provider.assume_role !== undefined) {
      const role = Array.isArray(provider.assume_role) ? provider.assume_role[0] : provider.assume_role;
      expressions.assume_role = [{ role_arn: { constant_value: role.role_arn } }];
    }
    providerConfig[key] = { name: "alicloud", full_name: "registry.terraform.io/aliyun/alicloud", ...(provider.alias ? { alias: provider.alias } : {}), expressions };
    if (typeof provider.region === "string") providerRegions.set(key, provider.region);
  }

  const actionsOf = (address: string): PlanAction[] => changes[address]?.actions ?? (address in existing ? ["no-op"] : ["create"]);
  const goesAway = (address: string) => actionsOf(address).includes("delete");
  /** The value of an interpolation now (`before`) or after the apply; `undefined` when unknown. */
  const resolve = (expression: string, phase: "before" | "after"): string | undefined => {
    if (expression.startsWith("data.")) return options.remoteOutputs?.[expression];
    const [type, name, attribute] = expression.split(".");
    const address = `${type}.${name}`;
    if (attribute !== "id" || !(address in existing)) return undefined;
    return phase === "before" || !goesAway(address) ? existing[address] : undefined;
  };

  const configResources: unknown[] = [];
  const plannedResources: unknown[] = [];
  const priorResources: unknown[] = [];
  const resourceChanges: unknown[] = [];
  for (const [type, byName] of Object.entries<Record<string, Record<string, unknown>>>(stack.resource ?? {})) {
    const blocks = blockTypes(type);
    for (const [name, body] of Object.entries(byName)) {
      const address = `${type}.${name}`;
      const providerKey = typeof body.provider === "string" ? body.provider : "alicloud";
      const expressions: Record<string, unknown> = {};
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      const afterUnknown: Record<string, unknown> = {};
      const dependsOn = new Set<string>();
      for (const [attribute, value] of Object.entries(body)) {
        if (META_ARGUMENTS.has(attribute)) continue;
        if (blocks.has(attribute)) {
          const list = (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
          expressions[attribute] = list.map((item) => blockExpressions(item, dependsOn));
          before[attribute] = list.map((item) => blockValues(item, (e) => resolve(e, "before")));
          after[attribute] = list.map((item) => blockValues(item, (e) => resolve(e, "after")));
          afterUnknown[attribute] = list.map((item) => blockUnknowns(item, (e) => resolve(e, "after")));
          continue;
        }
        const interpolation = typeof value === "string" ? INTERPOLATION.exec(value)?.[1] : undefined;
        if (interpolation === undefined) {
          expressions[attribute] = { constant_value: value };
          before[attribute] = after[attribute] = value;
          continue;
        }
        expressions[attribute] = { references: referencesOf(interpolation) };
        dependsOn.add(referencesOf(interpolation).pop()!);
        const now = resolve(interpolation, "before");
        const later = resolve(interpolation, "after");
        if (now !== undefined) before[attribute] = now;
        if (later !== undefined) after[attribute] = later;
        else afterUnknown[attribute] = true;
      }
      configResources.push({ address, mode: "managed", type, name, provider_config_key: providerKey, expressions, schema_version: 0 });

      const change = changes[address];
      Object.assign(after, change?.set ?? {});
      for (const key of Object.keys(change?.set ?? {})) delete afterUnknown[key];
      const actions = actionsOf(address);
      const exists = address in existing;
      const region = providerRegions.get(providerKey);
      const priorValues = exists ? { ...before, id: existing[address], ...(region !== undefined ? { region_id: region } : {}) } : undefined;
      const isNew = actions.includes("create");
      if (isNew) {
        for (const attribute of computedAttributes(type)) if (!(attribute in after)) afterUnknown[attribute] = true;
      } else if (priorValues !== undefined) {
        for (const [key, value] of Object.entries(priorValues)) if (!(key in after) && !(key in afterUnknown)) after[key] = value;
      }
      const afterValues = actions.includes("delete") && !isNew ? null : after;
      resourceChanges.push({
        address,
        mode: "managed",
        type,
        name,
        provider_name: "registry.terraform.io/aliyun/alicloud",
        change: {
          actions,
          before: priorValues ?? null,
          after: afterValues,
          after_unknown: afterUnknown,
          ...(change?.replacePaths ? { replace_paths: change.replacePaths } : {}),
        },
        ...(actions.includes("delete") && isNew ? { action_reason: "replace_because_cannot_update" } : {}),
      });
      if (afterValues !== null) {
        plannedResources.push({ address, mode: "managed", type, name, provider_name: "registry.terraform.io/aliyun/alicloud", schema_version: 0, values: afterValues });
      }
      if (priorValues !== undefined) {
        priorResources.push({
          address,
          mode: "managed",
          type,
          name,
          provider_name: "registry.terraform.io/aliyun/alicloud",
          schema_version: 0,
          values: priorValues,
          ...(dependsOn.size > 0 ? { depends_on: [...dependsOn].sort() } : {}),
        });
      }
    }
  }

  return {
    format_version: "1.2",
    planned_values: { root_module: { resources: plannedResources } },
    resource_changes: resourceChanges,
    ...(priorResources.length > 0 ? { prior_state: { format_version: "1.0", values: { root_module: { resources: priorResources } } } } : {}),
    configuration: { provider_config: providerConfig, root_module: { resources: configResources } },
  };
}

function blockExpressions(block: Record<string, unknown>, dependsOn: Set<string>): Record<string, unknown> {
  const expressions: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(block)) {
    const interpolation = typeof value === "string" ? INTERPOLATION.exec(value)?.[1] : undefined;
    if (interpolation === undefined) expressions[attribute] = { constant_value: value };
    else {
      expressions[attribute] = { references: referencesOf(interpolation) };
      dependsOn.add(referencesOf(interpolation).pop()!);
    }
  }
  return expressions;
}

function blockValues(block: Record<string, unknown>, resolve: (expression: string) => string | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(block)) {
    const interpolation = typeof value === "string" ? INTERPOLATION.exec(value)?.[1] : undefined;
    const resolved = interpolation === undefined ? value : resolve(interpolation);
    if (resolved !== undefined) values[attribute] = resolved;
  }
  return values;
}

function blockUnknowns(block: Record<string, unknown>, resolve: (expression: string) => string | undefined): Record<string, unknown> {
  const unknowns: Record<string, unknown> = {};
  for (const [attribute, value] of Object.entries(block)) {
    const interpolation = typeof value === "string" ? INTERPOLATION.exec(value)?.[1] : undefined;
    if (interpolation !== undefined && resolve(interpolation) === undefined) unknowns[attribute] = true;
  }
  return unknowns;
}
