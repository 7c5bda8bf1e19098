import { BACKUP_POLICY_TYPE, MIRROR_VAULT_TYPE, RESTORE_JOB_TYPE, isBackupWriterType, isVaultType } from "./guarded-types";
import { JsonObject, asArray, asString, field } from "./json-values";
import { PlanDocument, PlanResource, expressionConstant, instanceKey, providerOf, relativeExpressionReferences } from "./plan-document";
import { NoteList } from "./note-list";
import { labelledAddress, planLabels } from "./plan-labels";
import { absoluteReference, addressSegments, referenceTarget } from "./resource-address";

/** What a run does to one resource instance, from its plan actions. */
export type ChangeKind = "create" | "update" | "replace" | "delete" | "forget" | "no-op";

/** A vault instance (source or mirror) of one of the given plans. */
export interface VaultNode {
  /** Its position in {@link PlanInventory.vaults}, so the model can keep its vaults in a list rather than a Map. */
  readonly index: number;
  readonly plan: PlanDocument;
  /** The plan's label (empty when one plan is checked). */
  readonly label: string;
  readonly resource: PlanResource;
  readonly role: "backup" | "mirror";
  /** Unique across the plans, and what findings show: the labelled address (with the deposed key, if any). */
  readonly path: string;
  readonly change: ChangeKind;
  /** For a replacement: `delete-first` (`["delete","create"]`) or `create-first` (`["create","delete"]`, create_before_destroy). */
  readonly replaceOrder?: "delete-first" | "create-first";
  /** The id of the vault that exists now (prior state), when known. */
  readonly idBefore?: string;
  /** The id after the apply, when known (unknown for a vault still to be created). */
  readonly idAfter?: string;
  /** Its region: `region_id` when known, else its provider configuration's constant region. */
  readonly region?: string;
  /** The account its provider configuration acts in (see the constructs' HBR009). */
  readonly account: string;
}

/**
 * Where a vault id or a reference to a vault leads. `phase` tells the vault that exists now
 * (`before`) from the one after the apply (`after`): for a vault being replaced they differ.
 */
export type VaultLink =
  | { readonly kind: "vault"; readonly vault: VaultNode; readonly phase: "before" | "after"; readonly via: "id" | "reference" }
  | { readonly kind: "external"; readonly id: string }
  | {
      readonly kind: "unknown";
      readonly reason: string;
      /**
       * Set when a reference names several instances and the guard cannot tell which one is meant
       * (e.g. `x[var.k]`): the vaults it may be. The data-protecting checks then report a finding.
       */
      readonly candidates?: readonly VaultNode[];
    };

/** A mirror with the source it mirrors now and the one it will mirror after the apply. */
export interface MirrorLinks {
  readonly mirror: VaultNode;
  /** Its source in the prior state; `undefined` for a mirror still to be created. */
  readonly sourceBefore?: VaultLink;
  /** Its source after the apply; `undefined` for a mirror being deleted. */
  readonly sourceAfter?: VaultLink;
}

/** One `vault_id` a backup plan or policy rule writes into. */
export interface BackupTarget {
  /** The plan or policy, labelled. */
  readonly path: string;
  /** The writing resource's type, e.g. `alicloud_hbr_ecs_backup_plan`. */
  readonly type: string;
  /** `vault_id`, or `rules[1].vault_id` for a policy rule. */
  readonly attribute: string;
  /** For a policy rule: its index in `rules` (from 0). */
  readonly ruleIndex?: number;
  readonly link: VaultLink;
}

/** The vault a restore job (`alicloud_hbr_restore_job`) restores from. */
export interface RestoreSource {
  /** The job, labelled. */
  readonly path: string;
  readonly link: VaultLink;
}

/** Everything the checks need, indexed once over all the plans of a run. */
export interface PlanInventory {
  readonly plans: readonly PlanDocument[];
  readonly labels: readonly string[];
  readonly vaults: readonly VaultNode[];
  readonly mirrors: readonly MirrorLinks[];
  /** For each vault: the mirrors that mirror it now (from the prior state). */
  readonly currentMirrors: ReadonlyMap<VaultNode, readonly MirrorLinks[]>;
  readonly backupTargets: readonly BackupTarget[];
  /** The vault of each restore job the plans create or keep. */
  readonly restoreSources: readonly RestoreSource[];
  /** Things the inventory could not resolve, for the report. */
  readonly notes: readonly string[];
}

/** The kind of change planned by `actions`. */
export function changeKind(actions: readonly string[]): { readonly change: ChangeKind; readonly replaceOrder?: "delete-first" | "create-first" } {
  const deleteAt = actions.indexOf("delete");
  const createAt = actions.indexOf("create");
  if (deleteAt >= 0 && createAt >= 0) return deleteAt < createAt ? KINDS.replaceDeleteFirst : KINDS.replaceCreateFirst;
  if (deleteAt >= 0) return KINDS.delete;
  if (createAt >= 0) return KINDS.create;
  if (actions.includes("update")) return KINDS.update;
  if (actions.includes("forget")) return KINDS.forget;
  return KINDS.noOp;
}

/** The answers of {@link changeKind}, made once (a plan has a kind per resource). */
const KINDS = Object.freeze({
  replaceDeleteFirst: Object.freeze({ change: "replace", replaceOrder: "delete-first" } as const),
  replaceCreateFirst: Object.freeze({ change: "replace", replaceOrder: "create-first" } as const),
  delete: Object.freeze({ change: "delete" } as const),
  create: Object.freeze({ change: "create" } as const),
  update: Object.freeze({ change: "update" } as const),
  forget: Object.freeze({ change: "forget" } as const),
  noOp: Object.freeze({ change: "no-op" } as const),
});

/** True when the attribute's value is known only after apply (`after_unknown`). */
export function isUnknownAfter(resource: PlanResource, attribute: string): boolean {
  return resource.afterUnknown === true || field(resource.afterUnknown, attribute) === true;
}

/** The value of `attribute` after the apply when it is a known string. */
export function knownAfter(resource: PlanResource, attribute: string): string | undefined {
  return isUnknownAfter(resource, attribute) ? undefined : asString(field(resource.after, attribute));
}

/**
 * The key that tells the vault that exists now from the one after the apply: the same vault unless it
 * is replaced or deleted, in which case the current one is a vault that goes away.
 */
export function phaseKey(vault: VaultNode, phase: "before" | "after"): string {
  return phase === "before" && (vault.change === "replace" || vault.change === "delete") ? `${vault.path}#before` : vault.path;
}

/** The key a link counts under (mirrors per source), or `undefined` when the source is unknown. */
export function linkKey(link: VaultLink | undefined): string | undefined {
  if (link === undefined || link.kind === "unknown") return undefined;
  return link.kind === "external" ? `id:${link.id}` : phaseKey(link.vault, link.phase);
}

/**
 * Indexes the plans of one run: vault nodes, each mirror's source now and after the apply, and the
 * vaults backup plans write into. Linear in the number of resources: ids and addresses go into Maps once.
 */
export function buildInventory(plans: readonly PlanDocument[]): PlanInventory {
  const labels = planLabels(plans.map((plan) => plan.source));
  const notes = new NoteList();
  const vaults: VaultNode[] = [];
  // The vault each id names; its phase is `after` when it is that vault's id after the apply (see byLiteralId).
  const byId = new Map<string, VaultNode>();
  const byModuleInstance = plans.map(() => new Map<string, ModuleInstanceVaults>());
  const byAddress = plans.map(() => new Map<string, VaultNode>());

  plans.forEach((plan, planIndex) => {
    // Indexed loops over every resource: see LOOPS in plan-document.ts.
    const resources = plan.resources;
    for (let r = 0; r < resources.length; r++) {
      const resource = resources[r];
      if (!isVaultType(resource.type)) continue;
      const vault = vaultNode(vaults.length, plan, labels[planIndex], resource);
      vaults.push(vault);
      if (resource.deposed !== undefined) continue;
      addInstance(byModuleInstance[planIndex], moduleInstanceKey(moduleInstanceOf(resource.address), resource.configAddress), vault);
      byAddress[planIndex].set(resource.address, vault);
    }
  });
  // Ids of vaults that exist now first, then ids known after the apply, which name the same vault.
  for (const phase of ["before", "after"] as const) {
    for (let v = 0; v < vaults.length; v++) {
      const vault = vaults[v];
      const id = phase === "before" ? vault.idBefore : vault.idAfter;
      if (id === undefined) continue;
      const known = byId.get(id);
      if (known !== undefined && known !== vault) {
        notes.add(`the vault id ${id} belongs to both ${known.path} and ${vault.path}; it is matched to ${known.path}.`);
        continue;
      }
      if (known === undefined) byId.set(id, vault);
    }
  }

  const resolver = new LinkResolver(plans, byId, byModuleInstance, byAddress);
  const mirrors: MirrorLinks[] = [];
  const currentMirrors = new Map<VaultNode, MirrorLinks[]>();
  for (let v = 0; v < vaults.length; v++) {
    const vault = vaults[v];
    if (vault.role !== "mirror") continue;
    const links = mirrorLinks(vault, resolver);
    mirrors.push(links);
    if (links.sourceBefore?.kind === "vault") push(currentMirrors, links.sourceBefore.vault, links);
    if (links.sourceAfter?.kind === "unknown" && links.sourceAfter.candidates === undefined) {
      notes.add(`${vault.path}: its source vault is unknown (${links.sourceAfter.reason}); HBR001, HBR004, HBR007 and HBR008 are not checked for it.`);
    }
  }

  const backupTargets: BackupTarget[] = [];
  const restoreSources: RestoreSource[] = [];
  plans.forEach((plan, planIndex) => {
    const resources = plan.resources;
    for (let r = 0; r < resources.length; r++) {
      const resource = resources[r];
      if (resource.after === undefined) continue;
      if (resource.type === RESTORE_JOB_TYPE) {
        const path = labelledAddress(labels[planIndex], instanceKey(resource.address, resource.deposed));
        restoreSources.push({ path, link: resolver.resolve(plan, resource, "vault_id", VAULT_ID_PATH, resource.after) });
        continue;
      }
      if (!isBackupWriterType(resource.type)) continue;
      const path = labelledAddress(labels[planIndex], instanceKey(resource.address, resource.deposed));
      addWriterTargets(backupTargets, plan, resource, path, resolver);
    }
  });

  return { plans, labels, vaults, mirrors, currentMirrors, backupTargets, restoreSources, notes: notes.list() };
}

function vaultNode(index: number, plan: PlanDocument, label: string, resource: PlanResource): VaultNode {
  const { change, replaceOrder } = changeKind(resource.actions);
  const provider = providerOf(plan, plan.config.get(resource.configAddress));
  // Direct reads of before, after and after_unknown (objects as parsed, or undefined; see READS in
  // plan-document.ts): what field(), knownAfter() and isUnknownAfter() answer, without their calls.
  const { before, after, afterUnknown } = resource;
  const unknownAll = afterUnknown === true;
  const unknown = typeof afterUnknown === "object" && afterUnknown !== null ? (afterUnknown as JsonObject) : undefined;
  const idBefore = before === undefined ? undefined : idString(before.id);
  // A replaced vault gets a new id, even if a hand-written plan repeats the old one.
  const idAfter =
    change === "replace" || change === "delete"
      ? undefined
      : ((unknownAll || unknown?.id === true || after === undefined ? undefined : idString(after.id)) ?? (change === "create" ? undefined : idBefore));
  const regionAfter = unknownAll || unknown?.region_id === true || after === undefined ? undefined : after.region_id;
  const regionBefore = before === undefined ? undefined : before.region_id;
  return {
    index,
    plan,
    label,
    resource,
    role: resource.type === MIRROR_VAULT_TYPE ? "mirror" : "backup",
    path: labelledAddress(label, instanceKey(resource.address, resource.deposed)),
    change,
    replaceOrder,
    idBefore,
    idAfter,
    region: (typeof regionAfter === "string" ? regionAfter : undefined) ?? (typeof regionBefore === "string" ? regionBefore : undefined) ?? provider?.region,
    account: provider?.account ?? "default",
  };
}

function mirrorLinks(mirror: VaultNode, resolver: LinkResolver): MirrorLinks {
  const resource = mirror.resource;
  const idNow = idString(field(resource.before, "replication_source_vault_id"));
  const sourceBefore = resource.before === undefined ? undefined : idNow !== undefined ? resolver.byLiteralId(idNow, "before") : unknown("the prior state has no replication_source_vault_id");
  const sourceAfter =
    mirror.change === "delete"
      ? undefined
      : resolver.resolve(mirror.plan, resource, "replication_source_vault_id", SOURCE_VAULT_ID_PATH, afterValues(mirror.change, resource));
  return { mirror, sourceBefore, sourceAfter };
}

/** The values that describe the resource after the apply: a forgotten resource keeps existing as it was. */
export function afterValues(change: ChangeKind, resource: PlanResource): JsonObject | undefined {
  return change === "forget" ? resource.before : resource.after;
}

/** Adds the vault ids a backup plan or policy writes into to `targets`. */
function addWriterTargets(targets: BackupTarget[], plan: PlanDocument, resource: PlanResource, path: string, resolver: LinkResolver): void {
  if (resource.type !== BACKUP_POLICY_TYPE) {
    targets.push({ path, type: resource.type, attribute: "vault_id", ruleIndex: undefined, link: resolver.resolve(plan, resource, "vault_id", VAULT_ID_PATH, resource.after) });
    return;
  }
  // A policy writes into the vault of each BACKUP rule; rules is a list block, so index i in the
  // values and index i in the configuration expressions are the same rule.
  const rules = asArray(field(resource.after, "rules")) ?? [];
  const unknownRules = asArray(field(resource.afterUnknown, "rules"));
  const config = plan.config.get(resource.configAddress);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const ruleType = asString(field(rule, "rule_type")) ?? (config ? asString(expressionConstant(config, ["rules", i, "rule_type"])) : undefined);
    if (ruleType !== "BACKUP") continue;
    const vaultIdUnknown = field(unknownRules?.[i], "vault_id") === true;
    const link = resolver.resolveValue(plan, resource, vaultIdUnknown ? undefined : field(rule, "vault_id"), ["rules", i, "vault_id"]);
    targets.push({ path, type: resource.type, attribute: ruleVaultIdAttribute(i), ruleIndex: i, link });
  }
}

/** `rules[i].vault_id`, made once per index rather than once per policy rule of the plan. */
function ruleVaultIdAttribute(index: number): string {
  let attribute = RULE_VAULT_ID_ATTRIBUTES[index];
  if (attribute === undefined) RULE_VAULT_ID_ATTRIBUTES[index] = attribute = `rules[${index}].vault_id`;
  return attribute;
}
const RULE_VAULT_ID_ATTRIBUTES: string[] = [];

const VAULT_ID_PATH: readonly string[] = Object.freeze(["vault_id"]);
const SOURCE_VAULT_ID_PATH: readonly string[] = Object.freeze(["replication_source_vault_id"]);

/** Resolves vault ids and configuration references to vault nodes. */
class LinkResolver {
  private readonly planIndex: ReadonlyMap<PlanDocument, number>;

  constructor(
    plans: readonly PlanDocument[],
    private readonly byId: ReadonlyMap<string, VaultNode>,
    /** Vault nodes by module instance and configuration address ({@link moduleInstanceKey}). */
    private readonly byModuleInstance: readonly ReadonlyMap<string, ModuleInstanceVaults>[],
    private readonly byAddress: readonly ReadonlyMap<string, VaultNode>[],
  ) {
    this.planIndex = new Map(plans.map((plan, index) => [plan, index]));
  }

  /** The vault a literal id names in any of the plans, else an external vault. */
  public byLiteralId(id: string, preferred: "before" | "after"): VaultLink {
    const vault = this.byId.get(id);
    if (vault === undefined) return { kind: "external", id };
    // An id of a vault that survives the apply names it in both phases. Otherwise the phase is the one
    // the id was registered for: `after` when it is the vault's id after the apply (buildInventory
    // registers before-ids first, and a vault's after-id then takes over its own entry).
    const survives = vault.change !== "replace" && vault.change !== "delete";
    return { kind: "vault", vault, phase: survives ? preferred : vault.idAfter === id ? "after" : "before", via: "id" };
  }

  /** The vault `attribute` of `resource` names after the apply: its known value, else its configuration's reference. */
  public resolve(plan: PlanDocument, resource: PlanResource, attribute: string, expressionPath: readonly (string | number)[], values: JsonObject | undefined): VaultLink {
    const value = isUnknownAfter(resource, attribute) ? undefined : field(values, attribute);
    return this.resolveValue(plan, resource, value, expressionPath);
  }

  /** Like {@link resolve}, for a value already taken out of the after values (`undefined` when unknown). */
  public resolveValue(plan: PlanDocument, resource: PlanResource, value: unknown, expressionPath: readonly (string | number)[]): VaultLink {
    if (typeof value === "string" && value !== "") return this.byLiteralId(value, "after");
    const config = plan.config.get(resource.configAddress);
    if (config === undefined) return unknown("not known until apply, and the configuration does not declare the resource");
    const references = relativeExpressionReferences(config, expressionPath);
    if (references.length === 0) return unknown("not known until apply, and the configuration has no reference for it");
    const scope: Scope = { plan, planIndex: this.planIndex.get(plan) ?? 0, moduleInstance: moduleInstanceOf(resource.address), configPrefix: config.modulePrefix };
    return (
      this.resolveReferences(scope, references, instanceKeyOf(resource.address), 0) ??
      unknown(`not known until apply, and its references (${references.map((r) => absoluteReference(config.modulePrefix, r)).join(", ")}) name no vault in this plan`)
    );
  }

  /**
   * The vault that references written inside one module instance name, as Terraform resolves them: a
   * plain `type.name` is the resource of that same module instance; `type.name[k]` its instance `k`;
   * `type.name[each.key]` / `[count.index]` (listed as `type.name` plus `each.key` / `count.index`)
   * the instance with the referencing resource's own key; `module.c.out` / `module.c[k].out` follow the
   * output into that child module's instance. `undefined` when no reference names a vault of the plan.
   */
  private resolveReferences(scope: Scope, references: readonly string[], ownKey: string, depth: number): VaultLink | undefined {
    const indexedByOwnKey = references.includes("each.key") || references.includes("count.index");
    const instancePrefix = scope.moduleInstance === "" ? "" : `${scope.moduleInstance}.`;
    for (let r = 0; r < references.length; r++) {
      const reference = references[r];
      const target = referenceTarget(reference);
      if (target === undefined) {
        const output = depth < MAX_OUTPUT_DEPTH ? moduleOutputReference(reference) : undefined;
        if (output === undefined) continue;
        const declared = scope.plan.moduleOutputs.get(`${scope.configPrefix}module.${output.name}.${output.output}`);
        if (declared === undefined) continue;
        const child: Scope = { ...scope, moduleInstance: `${instancePrefix}module.${output.name}${output.key}`, configPrefix: declared.modulePrefix };
        const link = this.resolveReferences(child, declared.references, "", depth + 1);
        if (link !== undefined) return link;
        continue;
      }
      const absolute = scope.configPrefix + target.configAddress;
      if (target.kind === "data") {
        return unknown(`it comes from ${absolute}, whose value is not known yet; give the plan of the stack that owns the vault, applied first`);
      }
      const byAddress = this.byAddress[scope.planIndex];
      if (target.instanceAddress !== undefined) {
        const exact = byAddress.get(instancePrefix + target.instanceAddress);
        if (exact !== undefined) return { kind: "vault", vault: exact, phase: "after", via: "reference" };
        if (this.byModuleInstance[scope.planIndex].has(moduleInstanceKey(scope.moduleInstance, absolute))) {
          return unknown(`${absoluteReference(scope.configPrefix, reference)} names no instance in this plan`);
        }
        continue;
      }
      const found = this.byModuleInstance[scope.planIndex].get(moduleInstanceKey(scope.moduleInstance, absolute));
      if (found === undefined) continue;
      if (!Array.isArray(found)) return { kind: "vault", vault: found as VaultNode, phase: "after", via: "reference" };
      const instances = found as readonly VaultNode[];
      const sameKey = indexedByOwnKey && ownKey !== "" ? byAddress.get(`${instancePrefix}${target.configAddress}${ownKey}`) : undefined;
      if (sameKey !== undefined) return { kind: "vault", vault: sameKey, phase: "after", via: "reference" };
      const where = scope.moduleInstance === "" ? "" : ` of ${scope.moduleInstance}`;
      return {
        kind: "unknown",
        reason: `${absoluteReference(scope.configPrefix, reference)} refers to ${instances.length} instances${where} and the plan does not say which one`,
        candidates: instances,
      };
    }
    return undefined;
  }
}

/** How many module outputs deep a reference is followed (`module.a.x` whose value is `module.b.y` ...). */
const MAX_OUTPUT_DEPTH = 16;

/** Where references are resolved: one plan, one module instance. */
interface Scope {
  readonly plan: PlanDocument;
  readonly planIndex: number;
  /** The module instance path, e.g. `module.dr["a"]`; empty for the root module. */
  readonly moduleInstance: string;
  /** The module's configuration path with a trailing dot (`module.dr.`), empty for the root. */
  readonly configPrefix: string;
}

/** `module.c.out` or `module.c["k"].out` split up; `undefined` for anything else. */
function moduleOutputReference(reference: string): { name: string; key: string; output: string } | undefined {
  if (!reference.startsWith("module.")) return undefined;
  const segments = addressSegments(reference);
  if (segments.length < 3) return undefined;
  const call = segments[1];
  const bracket = call.indexOf("[");
  return { name: bracket < 0 ? call : call.slice(0, bracket), key: bracket < 0 ? "" : call.slice(bracket), output: segments[2].replace(/\[.*$/, "") };
}

/** The module instance path of an instance address: `module.dr["a"].x.y[0]` -> `module.dr["a"]`; empty at the root. */
export function moduleInstanceOf(address: string): string {
  if (!address.startsWith("module.")) return "";
  return addressSegments(address).slice(0, -2).join(".");
}

/** The instance key of an address's resource, with its brackets: `x.y["a"]` -> `["a"]`; empty without one. */
/** The instance key of an instance address's last segment: `module.m.x.y["k"]` -> `["k"]`; empty without one. */
export function instanceKeyOf(address: string): string {
  const last = address.lastIndexOf("]");
  if (last !== address.length - 1) return "";
  const segments = addressSegments(address);
  const name = segments[segments.length - 1];
  const bracket = name.indexOf("[");
  return bracket < 0 ? "" : name.slice(bracket);
}

/**
 * The vaults of one resource in one module instance: the vault itself when there is one (most
 * resources have no count or for_each, and a plan has thousands), a list of two or more otherwise.
 */
type ModuleInstanceVaults = VaultNode | VaultNode[];

function addInstance(map: Map<string, ModuleInstanceVaults>, key: string, vault: VaultNode): void {
  const found = map.get(key);
  if (found === undefined) map.set(key, vault);
  else if (Array.isArray(found)) found.push(vault);
  else map.set(key, [found as VaultNode, vault]);
}

function moduleInstanceKey(moduleInstance: string, configAddress: string): string {
  return moduleInstance === "" ? configAddress : `${moduleInstance}\u0000${configAddress}`;
}

/** A vault id: a non-empty string (an empty one would match every other empty one). */
function idString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function unknown(reason: string): VaultLink {
  return { kind: "unknown", reason };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
