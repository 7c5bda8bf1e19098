import { VaultFacts } from "../rules/vault-rules";
import { PolicyVaultFacts, RestoreJobFacts, RuleVaultResolver, policyBindingFacts, policyFacts, restoreJobFacts } from "../rules/policy-rules";
import { BackupTarget as ModelBackupTarget, HbrModel, ModelBinding, ModelPolicy, ModelResource, ModelVault, VaultLink as ModelVaultLink } from "../private/model/hbr-model";
import { policyVaultFacts } from "../private/model/policy-vault";
import { BACKUP_POLICY_TYPE, POLICY_BINDING_TYPE, RESTORE_JOB_TYPE } from "./guarded-types";
import { JsonObject, asString } from "./json-values";
import { PlanDocument, PlanResource, instanceKey, providerOf, relativeExpressionReferences } from "./plan-document";
import { labelledAddress } from "./plan-labels";
import { PlanInventory, VaultLink, VaultNode, afterValues, instanceKeyOf, isUnknownAfter, knownAfter, linkKey, moduleInstanceOf } from "./plan-inventory";
import { referenceTarget } from "./resource-address";

/**
 * The plans' HBR topology after the apply, as the model the synth-time checks read: the guard's second
 * reader. The checks of what stays (mirrors per source, regions, encryption, quotas, backups into a
 * mirror, enums) run on it through `checkModel`, the same code `app.synth()` runs; what only a plan
 * shows (deletions, replacements, their order) is checked on the inventory beside it.
 */
export function planModel(inventory: PlanInventory): HbrModel {
  const { vaults, byIndex } = plannedVaults(inventory);
  // A link may lead to a vault that goes away in this run: it is still that vault, for what it is.
  const vaultOf = (node: VaultNode): ModelVault => {
    let vault = byIndex[node.index];
    if (vault === undefined) byIndex[node.index] = vault = { facts: { key: `${node.path}#before`, path: node.path, role: node.role } };
    return vault;
  };
  const resources: ModelResource[] = [];
  const policies: ModelPolicy[] = [];
  // A mirror's type is its source's: its source is found by key, in a Map made only when a policy rule
  // or a restore job names a mirror.
  let byKey: Map<string, ModelVault> | undefined;
  const vaultByKey = (key: string) => (byKey ??= new Map(vaults.map((vault) => [vault.facts.key, vault]))).get(key);
  const linkedVault = (link: VaultLink | undefined) => (link?.kind === "vault" ? policyVaultFacts(vaultOf(link.vault), vaultByKey) : undefined);
  const ruleVaults = policyRuleVaults(inventory, linkedVault);
  const restoreSources = new Map(inventory.restoreSources.map((source) => [source.path, source.link]));
  const restoreJobs: RestoreJobFacts[] = [];
  // Bindings and the policies they may bind to are looked at once every resource is read: a binding
  // finds its policy also when only the binding changes.
  const bindingResources: PlannedResource[] = [];
  const policyResources: PlannedResource[] = [];
  // Unchanged policies matter only to bindings: most plans have none, and then they are skipped as before.
  const hasBindings = inventory.plans.some((plan) => plan.resources.some((resource) => resource.type === POLICY_BINDING_TYPE));
  const changedPolicies = new Map<PlanResource, ModelPolicy>();
  const policyOf = ({ plan, resource, path }: PlannedResource, modelResource = planResource(path, resource.type, resource.after!)): ModelPolicy => ({
    resource: modelResource,
    facts: policyFacts(path, regionOf(plan, resource), withUnknowns(resource.after!, resource.afterUnknown), ruleVaults(path)),
  });
  inventory.plans.forEach((plan, i) => {
    // Indexed loops over every resource: see LOOPS in plan-document.ts.
    const planResources = plan.resources;
    for (let r = 0; r < planResources.length; r++) {
      const resource = planResources[r];
      if (resource.after === undefined) continue;
      // What the run leaves as it is was accepted by the service already: only new values are judged.
      const changes = resource.actions.includes("create") || resource.actions.includes("update");
      const isPolicy = resource.type === BACKUP_POLICY_TYPE;
      const isBinding = resource.type === POLICY_BINDING_TYPE;
      if (!changes && !(hasBindings && (isPolicy || isBinding))) continue;
      const path = labelledAddress(inventory.labels[i], instanceKey(resource.address, resource.deposed));
      const planned: PlannedResource | undefined = isBinding || isPolicy ? { plan, planIndex: i, resource, path, changes } : undefined;
      if (hasBindings && planned !== undefined) (isBinding ? bindingResources : policyResources).push(planned);
      if (!changes) continue;
      const modelResource = planResource(path, resource.type, resource.after);
      resources.push(modelResource);
      if (isPolicy) {
        const policy = policyOf(planned!, modelResource);
        changedPolicies.set(resource, policy);
        policies.push(policy);
      } else if (resource.type === RESTORE_JOB_TYPE) {
        restoreJobs.push(restoreJobFacts(path, regionOf(plan, resource), withUnknowns(resource.after, resource.afterUnknown), linkedVault(restoreSources.get(path))));
      }
    }
  });
  const bindings: ModelBinding[] = [];
  if (bindingResources.length > 0) {
    const policyIndex = new PolicyIndex();
    for (const planned of policyResources) policyIndex.add(planned, changedPolicies.get(planned.resource) ?? policyOf(planned));
    // A binding is judged when it or its policy changes: either can make a pair the service refuses.
    for (const planned of bindingResources) {
      const found = policyIndex.ofBinding(planned);
      const policy = found?.policy;
      if (!planned.changes && found?.changes !== true) continue;
      const { resource, path } = planned;
      bindings.push({ resource: planResource(path, resource.type, resource.after!), facts: policyBindingFacts(path, withUnknowns(resource.after!, resource.afterUnknown)), policy });
    }
  }
  const backupTargets: ModelBackupTarget[] = inventory.backupTargets.map((target) => {
    const { links, ambiguity } = modelLinks(target.link, vaultOf);
    const label = target.attribute.startsWith("rules[") ? target.attribute : "vault_id";
    return { resource: planResource(target.path, target.type, NO_ATTRIBUTES), attribute: target.attribute, label, links, ambiguity };
  });
  return {
    stacks: [],
    providers: [],
    resources,
    vaults,
    backupTargets,
    policies,
    bindings,
    restoreJobs,
  };
}

/** A resource of one of the plans, with its labelled address. */
interface PlannedResource {
  readonly plan: PlanDocument;
  readonly planIndex: number;
  readonly resource: PlanResource;
  readonly path: string;
  /** The run creates or updates it. */
  readonly changes: boolean;
}

/**
 * The policies of the plans that exist after the run, found as a binding's `policy_id` names them: by a
 * known id (a policy of the plans with that id now or after the apply), else by the binding's
 * configuration reference to a policy resource of its own module instance. A reference the guard
 * cannot follow (a module output, a key it cannot tell) finds none, and the binding is not checked
 * against a policy.
 */
class PolicyIndex {
  private readonly byId = new Map<string, IndexedPolicy>();
  private readonly byPlanAddress = new Map<string, IndexedPolicy>();

  add({ planIndex, resource, changes }: PlannedResource, model: ModelPolicy): void {
    const policy: IndexedPolicy = { policy: model, changes };
    // A replaced policy's old id names the policy the apply deletes, as for vaults: no binding is judged against it.
    const survives = !resource.actions.includes("delete");
    for (const id of [survives ? asString(resource.before?.id) : undefined, knownAfter(resource, "id")]) if (id !== undefined && id !== "" && !this.byId.has(id)) this.byId.set(id, policy);
    this.byPlanAddress.set(`${planIndex}|${resource.address}`, policy);
  }

  ofBinding({ plan, planIndex, resource: binding }: PlannedResource): IndexedPolicy | undefined {
    const id = knownAfter(binding, "policy_id");
    if (id !== undefined && id !== "") return this.byId.get(id);
    const config = plan.config.get(binding.configAddress);
    if (config === undefined) return undefined;
    const moduleInstance = moduleInstanceOf(binding.address);
    const prefix = moduleInstance === "" ? "" : `${moduleInstance}.`;
    const references = relativeExpressionReferences(config, POLICY_ID_PATH);
    // `policy[each.key].id` (or `[count.index]`) is listed as the policy plus `each.key`: the policy's
    // instance with the binding's own key, as for a vault id.
    const ownKey = references.includes("each.key") || references.includes("count.index") ? instanceKeyOf(binding.address) : "";
    for (const reference of references) {
      const target = referenceTarget(reference);
      if (target?.kind !== "resource" || !target.configAddress.startsWith(`${BACKUP_POLICY_TYPE}.`)) continue;
      const address = target.instanceAddress ?? `${target.configAddress}${ownKey}`;
      const policy = this.byPlanAddress.get(`${planIndex}|${prefix}${address}`);
      if (policy !== undefined) return policy;
    }
    return undefined;
  }
}

/** A policy a binding may name, and whether the run creates or updates it. */
interface IndexedPolicy {
  readonly policy: ModelPolicy;
  readonly changes: boolean;
}

const POLICY_ID_PATH: readonly string[] = Object.freeze(["policy_id"]);

/** The region a resource is created in: its provider configuration's constant region. */
function regionOf(plan: PlanDocument, resource: PlanResource): string | undefined {
  return providerOf(plan, plan.config.get(resource.configAddress))?.region;
}

/**
 * For each policy (by its labelled address), the vaults its BACKUP rules back up into, as the policy
 * checks see them (HBR012 compares their regions with the policy's). A rule's vault is found by the
 * rule's place, as the inventory resolved it: a new vault's id is known only after the apply.
 */
function policyRuleVaults(inventory: PlanInventory, linkedVault: (link: VaultLink | undefined) => PolicyVaultFacts | undefined): (policyPath: string) => RuleVaultResolver | undefined {
  const linksByPolicy = new Map<string, VaultLink[]>();
  const targets = inventory.backupTargets;
  for (let i = 0; i < targets.length; i++) {
    const target = targets[i];
    if (target.ruleIndex === undefined) continue;
    let links = linksByPolicy.get(target.path);
    if (links === undefined) linksByPolicy.set(target.path, (links = []));
    links[target.ruleIndex] = target.link;
  }
  return (policyPath) => {
    const links = linksByPolicy.get(policyPath);
    return links === undefined ? undefined : (_vaultId, ruleIndex) => linkedVault(links[ruleIndex]);
  };
}

/**
 * The planned values with every attribute known only after apply (`after_unknown`) written as an
 * expression, as the synthesized Terraform would have it: the checks then leave it alone, where a
 * missing value would read as "not set".
 */
function withUnknowns(after: JsonObject, afterUnknown: unknown): Record<string, unknown> {
  return mergeUnknowns(after, afterUnknown) as Record<string, unknown>;
}

/**
 * {@link withUnknowns} of one value. Only the objects and arrays on the way to an unknown attribute are
 * copied; a part with nothing unknown in it is the plan's own value (the checks only read it), so a
 * policy whose values are all known costs no copy.
 */
function mergeUnknowns(value: unknown, unknown: unknown): unknown {
  if (unknown === true) return "${unknown}";
  if (typeof unknown !== "object" || unknown === null) return value;
  if (Array.isArray(value)) {
    if (!Array.isArray(unknown)) return value;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = mergeUnknowns(value[i], unknown[i]);
    return out;
  }
  if (typeof value !== "object" || value === null || Array.isArray(unknown)) return value;
  const keys = Object.keys(unknown);
  if (keys.length === 0) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (let k = 0; k < keys.length; k++) out[keys[k]] = mergeUnknowns(out[keys[k]], (unknown as Record<string, unknown>)[keys[k]]);
  return out;
}

/** Shared by every model resource of a plan (one per changed resource): the checks only read them. */
const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze({});
const SINGLE_INSTANCE: ModelResource["instances"] = Object.freeze({ kind: "single" } as const);
const NO_DEPENDENCIES: readonly string[] = Object.freeze([]);

function planResource(path: string, type: string, attributes: Readonly<Record<string, unknown>>): ModelResource {
  return { key: path, stack: "", type, name: path, address: path, path, attributes, instances: SINGLE_INSTANCE, dependsOn: NO_DEPENDENCIES, createBeforeDestroy: false };
}

function modelLinks(link: VaultLink, vaultOf: (node: VaultNode) => ModelVault): { links: ModelVaultLink[]; ambiguity?: string } {
  if (link.kind === "vault") return { links: [{ kind: "vault", vault: vaultOf(link.vault), remote: false }] };
  if (link.kind === "external") return { links: [{ kind: "literal", id: link.id }] };
  if (link.candidates !== undefined) return { links: link.candidates.map((c) => ({ kind: "vault", vault: vaultOf(c), remote: false })), ambiguity: link.reason };
  return { links: [{ kind: "unknown", reason: link.reason }] };
}

/**
 * The attribute's value when it is a known string: not marked known-after-apply (`unknownAll`, or
 * `true` in `unknown`). Direct reads of the values as parsed (see READS in plan-document.ts).
 */
function knownString(values: JsonObject | undefined, unknownAll: boolean, unknown: JsonObject | undefined, attribute: string): string | undefined {
  if (unknownAll || (unknown !== undefined && unknown[attribute] === true)) return undefined;
  const value = values === undefined ? undefined : values[attribute];
  return typeof value === "string" ? value : undefined;
}

/**
 * The vaults that exist after the apply, as the vault rules see them. Vaults the run leaves unchanged
 * are marked imported, so their names and own encryption (which the service already accepted) are
 * not judged again; relations (same region, encryption, mirrors per source, quota) still are.
 * Vaults that exist now come first, so a finding about "the second mirror" names the new one.
 */
export function plannedVaultFacts(inventory: PlanInventory): VaultFacts[] {
  return plannedVaults(inventory).vaults.map((vault) => vault.facts);
}

/**
 * The model's vaults ({@link plannedVaultFacts}), and each by the index of its node in the inventory
 * (`undefined` for a vault the run deletes): a list, not a Map of thousands of addresses.
 */
function plannedVaults(inventory: PlanInventory): { vaults: ModelVault[]; byIndex: (ModelVault | undefined)[] } {
  // inventory.mirrors lists the links of the mirror vaults in the order of inventory.vaults.
  const mirrors = inventory.mirrors;
  let nextMirror = 0;
  const existing: ModelVault[] = [];
  const added: ModelVault[] = [];
  const byIndex: (ModelVault | undefined)[] = new Array(inventory.vaults.length).fill(undefined);
  const vaults = inventory.vaults;
  for (let v = 0; v < vaults.length; v++) {
    const vault = vaults[v];
    const links = vault.role === "mirror" ? mirrors[nextMirror++] : undefined;
    if (vault.change === "delete") continue;
    const resource = vault.resource;
    const values = afterValues(vault.change, resource);
    // A forgotten vault keeps its values; otherwise an attribute known only after apply is not known.
    const afterUnknown = vault.change === "forget" ? undefined : resource.afterUnknown;
    const unknownAll = afterUnknown === true;
    const unknown = typeof afterUnknown === "object" && afterUnknown !== null ? (afterUnknown as JsonObject) : undefined;
    const kmsKeyId = knownString(values, unknownAll, unknown, "kms_key_id");
    const facts: VaultFacts = {
      key: vault.path,
      path: vault.path,
      role: vault.role,
      imported: vault.change === "no-op" || vault.change === "forget",
      name: knownString(values, unknownAll, unknown, "vault_name"),
      description: knownString(values, unknownAll, unknown, "description"),
      region: vault.region,
      account: vault.account,
      encryption: knownString(values, unknownAll, unknown, "encrypt_type"),
      hasKmsKeyId: (kmsKeyId !== undefined && kmsKeyId !== "") || (vault.change !== "forget" && isUnknownAfter(resource, "kms_key_id")),
      vaultType: knownString(values, unknownAll, unknown, "vault_type"),
      sourceKey: links !== undefined && links.mirror === vault ? linkKey(links.sourceAfter) : undefined,
    };
    const modelVault: ModelVault = { facts };
    byIndex[v] = modelVault;
    (vault.change === "create" || vault.change === "replace" ? added : existing).push(modelVault);
  }
  for (let i = 0; i < added.length; i++) existing.push(added[i]);
  return { vaults: existing, byIndex };
}
