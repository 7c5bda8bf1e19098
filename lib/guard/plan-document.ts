import { isGuardedType } from "./guarded-types";
import { JsonObject, asArray, asObject, asString, clipText, describeJsonType, field, previewJson, stringsOf } from "./json-values";
import { NoteList } from "./note-list";
import { absoluteReference, configAddressOf } from "./resource-address";
import { accountOfRole } from "../account";

/**
 * The plan format major version the guard reads. Terraform documents that minor versions only add
 * fields and that a reader must reject an unsupported major version.
 */
export const SUPPORTED_PLAN_FORMAT_MAJOR = 1;

/** An action of a resource change (`resource_changes[].change.actions`). */
export type PlanAction = "no-op" | "create" | "read" | "update" | "delete" | "forget";

/** Addresses in one-line reasons are cut to this many characters (a hostile one can be megabytes). */
const ADDRESS_MAX = 200;

const KNOWN_ACTIONS: ReadonlySet<string> = new Set<PlanAction>(["no-op", "create", "read", "update", "delete", "forget"]);

/** One instance of a guarded resource type: what the plan does to it, and its values before and after. */
export interface PlanResource {
  /** The instance address, e.g. `alicloud_hbr_vault.backups` or `module.app.alicloud_hbr_vault.backups[0]`. */
  readonly address: string;
  /** Set for a deposed object (left by a failed create-before-destroy): its deposed key. */
  readonly deposed?: string;
  /** The address without instance keys, as `configuration` names the resource. */
  readonly configAddress: string;
  /** The resource type, e.g. `alicloud_hbr_vault`; always one of the types the guard checks. */
  readonly type: string;
  /** E.g. `["create"]`, `["delete","create"]` (replace), `["no-op"]`. */
  readonly actions: readonly PlanAction[];
  /** The values before the change; `undefined` when the resource does not exist yet. */
  readonly before?: JsonObject;
  /** The values after the change, known ones only; `undefined` when the resource is deleted. */
  readonly after?: JsonObject;
  /** `change.after_unknown`: `true` for an attribute whose value is known only after apply. */
  readonly afterUnknown: unknown;
  /** The attributes that force the replacement (`change.replace_paths`), dotted. */
  readonly replacePaths: readonly string[];
  /** Why Terraform plans this action (`action_reason`), e.g. `replace_because_cannot_update`. */
  readonly actionReason?: string;
  /** The configuration addresses this instance depends on, as the prior state records them. */
  readonly dependsOn: readonly string[];
}

/** A guarded resource as the configuration declares it. */
export interface ConfigResource {
  /** The absolute configuration address (`module.app.alicloud_hbr_vault.backups`). */
  readonly configAddress: string;
  /** The resource type, e.g. `alicloud_hbr_replication_vault`; always one of the types the guard checks. */
  readonly type: string;
  /** The key of its provider configuration in `configuration.provider_config`. */
  readonly providerConfigKey?: string;
  /** The raw `expressions` object; read it with `expressionReferences`. */
  readonly expressions: JsonObject;
  /** `module.<name>.` for each enclosing module call: what makes its references absolute. */
  readonly modulePrefix: string;
}

/** What the guard needs of a provider configuration. */
export interface ProviderConfigFacts {
  /** The region when it is a constant in the configuration; unknown otherwise (e.g. from a variable or the environment). */
  readonly region?: string;
  /** The account quotas count against, told apart as the constructs do: assumed role, else profile, else `default`. */
  readonly account: string;
}

/** A plan document read and indexed for the checks. */
export interface PlanDocument {
  /** Where it came from (the file name given on the command line). */
  readonly source: string;
  /** The plan's `format_version`, e.g. `1.2`; its major version is {@link SUPPORTED_PLAN_FORMAT_MAJOR}. */
  readonly formatVersion: string;
  /** The guarded resource instances, in plan order; deposed objects appear as their own entries. */
  readonly resources: readonly PlanResource[];
  /** The number of entries in `resource_changes`, of any type. */
  readonly resourceChangeCount: number;
  /** Guarded resources of the configuration by absolute configuration address. */
  readonly config: ReadonlyMap<string, ConfigResource>;
  /** Provider configurations by key (`alicloud.cn-shanghai`, `module.app:alicloud`). */
  readonly providers: ReadonlyMap<string, ProviderConfigFacts>;
  /** What was skipped or could not be read inside an otherwise valid plan. */
  readonly notes: readonly string[];
}

/** The outcome of reading a plan: the document, or a one-line reason why the input is not a plan. */
export type PlanReadResult =
  | {
      /** `true`: the input is a plan. */
      readonly ok: true;
      /** The plan, read and indexed. */
      readonly plan: PlanDocument;
    }
  | {
      /** `false`: the input is not a plan and nothing in it is checked. */
      readonly ok: false;
      /** Why the input is not a plan, in one line (e.g. `the file is empty`). */
      readonly reason: string;
    };

/** Parses the text of `terraform show -json <planfile>` and reads it with {@link readPlanDocument}. */
export function parsePlanText(text: string, source: string): PlanReadResult {
  if (text.trim() === "") return { ok: false, reason: "the file is empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `not JSON (${message})` };
  }
  return readPlanDocument(value, source);
}

/**
 * Checks the top-level shape of a parsed plan and indexes its guarded resources. A wrong top-level
 * shape makes the input "not a plan", and so does a `resource_changes` entry of a guarded type that
 * cannot be read (no address, no readable `change`, unknown `change.actions`) or that repeats an
 * address: a check that left it out must not pass. Other bad entries are skipped with a note.
 */
export function readPlanDocument(value: unknown, source: string): PlanReadResult {
  const read = readPlan(value, source);
  // Addresses come from the input and may hold line breaks; the reason stays one line.
  return read.ok ? read : { ok: false, reason: read.reason.replace(/[\r\n\t\f\v\u0085\u2028\u2029]+/g, " ") };
}

function readPlan(value: unknown, source: string): PlanReadResult {
  const problem = topLevelProblem(value);
  if (problem !== undefined) return { ok: false, reason: problem };
  const doc = value as JsonObject;
  const notes = new NoteList();
  if (doc.errored === true) notes.add("the plan is marked errored: Terraform will not apply it; fix the plan errors first.");

  const prior = stateResources(field(field(doc.prior_state, "values"), "root_module"), "prior_state", notes);
  const planned = stateResources(field(doc.planned_values, "root_module"), "planned_values", notes);
  const changes = asArray(doc.resource_changes) ?? [];
  const resources: PlanResource[] = [];
  const seen = new Set<string>();
  const changeIndex = new Map<string, number>();

  // A guarded entry the guard cannot read, or reads twice, makes the whole input "not a plan": a check
  // that silently left out a vault or a mirror must not pass. Other entries are skipped with a note.
  for (let index = 0; index < changes.length; index++) {
    const read = changeToResource(changes[index], index, prior, planned, notes);
    if (read === undefined) continue;
    if (typeof read === "string") return { ok: false, reason: read };
    const key = instanceKey(read.address, read.deposed);
    const first = changeIndex.get(key);
    if (first !== undefined) {
      return { ok: false, reason: `${clipText(key, ADDRESS_MAX)} appears twice in resource_changes (entries ${first} and ${index}); the guard cannot tell which one Terraform applies` };
    }
    changeIndex.set(key, index);
    seen.add(key);
    resources.push(read);
  }
  // Terraform lists every resource in resource_changes (unchanged ones as no-op); a resource only in
  // the state documents is still read, its action taken from where it appears.
  const hasPlannedValues = asObject(doc.planned_values) !== undefined;
  for (const [key, state] of prior) {
    if (seen.has(key)) continue;
    seen.add(key);
    const stays = !hasPlannedValues || planned.has(key);
    notes.add(`${key} has no resource_changes entry; its action is taken from prior_state and planned_values (${stays ? "no-op" : "delete"}).`);
    resources.push(stateOnlyResource(state, stays ? ["no-op"] : ["delete"], state.values, stays ? (planned.get(key)?.values ?? state.values) : undefined));
  }
  for (const [key, state] of planned) {
    if (seen.has(key)) continue;
    seen.add(key);
    notes.add(`${key} has no resource_changes entry; it is in planned_values only, so it is taken as created.`);
    resources.push(stateOnlyResource(state, ["create"], undefined, state.values));
  }

  const configuration = asObject(doc.configuration);
  return {
    ok: true,
    plan: {
      source,
      formatVersion: doc.format_version as string,
      resources,
      resourceChangeCount: changes.length,
      config: configResources(field(configuration, "root_module"), notes),
      providers: providerConfigs(field(configuration, "provider_config")),
      notes: notes.list(),
    },
  };
}

/** The one-line reason the value is not a plan, or `undefined` when its top level is one. */
function topLevelProblem(value: unknown): string | undefined {
  const doc = asObject(value);
  if (doc === undefined) return `expected a JSON object, found ${describeJsonType(value)}`;
  if (!("format_version" in doc)) {
    return Object.keys(doc).length === 0 ? "the document is empty ({})" : "no format_version: not the output of terraform show -json";
  }
  const version = doc.format_version;
  if (typeof version !== "string") return `format_version is ${describeJsonType(version)}, expected a string such as "1.2"`;
  const major = /^(\d+)\.\d+/.exec(version)?.[1];
  if (major === undefined) return `format_version "${clipText(version)}" is not a version number`;
  if (Number(major) !== SUPPORTED_PLAN_FORMAT_MAJOR) {
    return `format_version "${clipText(version)}" has major version ${major}; hbr-guard reads plan format ${SUPPORTED_PLAN_FORMAT_MAJOR}.x`;
  }
  const isPlan = "resource_changes" in doc || "planned_values" in doc;
  if (!isPlan) {
    return "values" in doc
      ? "a state, not a plan: run terraform show -json on a plan file written by terraform plan -out"
      : "neither resource_changes nor planned_values: not a plan";
  }
  if ("resource_changes" in doc && !Array.isArray(doc.resource_changes)) {
    return `resource_changes is ${describeJsonType(doc.resource_changes)}, expected an array`;
  }
  for (const key of ["planned_values", "prior_state", "configuration"]) {
    if (key in doc && doc[key] !== null && asObject(doc[key]) === undefined) {
      return `${key} is ${describeJsonType(doc[key])}, expected an object`;
    }
  }
  return undefined;
}

/** A resource as a state document (`prior_state`, `planned_values`) records it. */
interface StateResource {
  readonly address: string;
  readonly deposed?: string;
  readonly type: string;
  readonly values?: JsonObject;
  readonly dependsOn: readonly string[];
}

/** The guarded managed resources of a state module and its child modules, by instance key. */
function stateResources(rootModule: unknown, where: string, notes: NoteList): Map<string, StateResource> {
  const found = new Map<string, StateResource>();
  // An explicit stack rather than recursion: hostile input can nest modules deeper than the call stack.
  const modules: unknown[] = rootModule === undefined ? [] : [rootModule];
  while (modules.length > 0) {
    const module = modules.pop();
    for (const child of asArray(field(module, "child_modules")) ?? []) modules.push(child);
    for (const entry of asArray(field(module, "resources")) ?? []) {
      const type = asString(field(entry, "type"));
      if (type === undefined || !isGuardedType(type) || field(entry, "mode") === "data") continue;
      const address = asString(field(entry, "address"));
      if (address === undefined) {
        notes.add(`a resource of type ${type} in ${where} has no address: skipped.`);
        continue;
      }
      const deposed = asString(field(entry, "deposed_key"));
      found.set(instanceKey(address, deposed), {
        address,
        deposed,
        type,
        values: asObject(field(entry, "values")),
        dependsOn: stringsOf(field(entry, "depends_on")),
      });
    }
  }
  return found;
}

/**
 * Reads one `resource_changes` entry: the resource; `undefined` when it is not of a guarded type (with a
 * note when it could not be told); or, for an entry of a guarded type the guard cannot read, the
 * one-line reason the input is refused.
 */
function changeToResource(
  entry: unknown,
  index: number,
  prior: ReadonlyMap<string, StateResource>,
  planned: ReadonlyMap<string, StateResource>,
  notes: NoteList,
): PlanResource | string | undefined {
  const where = `resource_changes[${index}]`;
  if (asObject(entry) === undefined) {
    notes.add(`${where} is ${describeJsonType(entry)}, not an object: skipped.`);
    return undefined;
  }
  const address = asString(field(entry, "address"));
  const addressType = address !== undefined ? typeFromAddress(address) : undefined;
  const typeField = asString(field(entry, "type"));
  const type = typeField ?? addressType;
  const dataSource = field(entry, "mode") === "data" || (address !== undefined && addressType === undefined);
  if (typeField !== undefined && addressType !== undefined && typeField !== addressType && (isGuardedType(typeField) || isGuardedType(addressType))) {
    return `${clipText(address!, ADDRESS_MAX)} (${where}): its type is "${clipText(typeField)}", but its address names a ${clipText(addressType)}`;
  }
  if (type === undefined || !isGuardedType(type)) {
    if (address === undefined) notes.add(`${where} has no address: skipped.`);
    return undefined;
  }
  if (dataSource) {
    // A data source of a guarded type only reads; but a managed address marked as data is not what Terraform writes.
    return address === undefined || addressType === undefined ? undefined : `${clipText(address, ADDRESS_MAX)} (${where}): mode is "data", but the address names a managed ${type}`;
  }
  if (address === undefined) {
    return `${where} (${type}) has no address: its address is ${describeJsonType(field(entry, "address"))}`;
  }
  const deposed = asString(field(entry, "deposed"));
  const label = clipText(instanceKey(address, deposed), ADDRESS_MAX);
  const rawChange = field(entry, "change");
  const change = asObject(rawChange);
  if (change === undefined) {
    return `${label}: change is ${rawChange === undefined ? "missing" : `${describeJsonType(rawChange)}, not an object`}, so what the plan does to it is unknown`;
  }
  const rawActions = asArray(change.actions);
  if (rawActions === undefined || rawActions.length === 0 || !rawActions.every((a) => typeof a === "string" && KNOWN_ACTIONS.has(a))) {
    return `${label}: change.actions is ${previewJson(field(change, "actions"))}, not a list of known actions (${[...KNOWN_ACTIONS].join(", ")})`;
  }
  const key = instanceKey(address, deposed);
  const priorState = prior.get(key);
  return {
    address,
    deposed,
    configAddress: configAddressOf(address),
    type,
    actions: rawActions as PlanAction[],
    before: "before" in change ? asObject(change.before) : priorState?.values,
    after: "after" in change ? asObject(change.after) : planned.get(key)?.values,
    afterUnknown: change.after_unknown,
    replacePaths: replacePaths(change.replace_paths),
    actionReason: asString(field(entry, "action_reason")),
    dependsOn: priorState?.dependsOn ?? [],
  };
}

function stateOnlyResource(state: StateResource, actions: PlanAction[], before: JsonObject | undefined, after: JsonObject | undefined): PlanResource {
  return {
    address: state.address,
    deposed: state.deposed,
    configAddress: configAddressOf(state.address),
    type: state.type,
    actions,
    before,
    after,
    afterUnknown: {},
    replacePaths: [],
    dependsOn: state.dependsOn,
  };
}

/** `replace_paths` is a list of attribute paths, each a list of steps (`[["encrypt_type"]]`). */
function replacePaths(value: unknown): string[] {
  const paths: string[] = [];
  for (const path of asArray(value) ?? []) {
    const steps = asArray(path);
    if (steps !== undefined && steps.length > 0) paths.push(steps.map((step) => String(step)).join("."));
  }
  return paths;
}

/** The resource type in an address (`module.a.alicloud_hbr_vault.x[0]` -> `alicloud_hbr_vault`). */
function typeFromAddress(address: string): string | undefined {
  const segments = configAddressOf(address).split(".");
  let i = 0;
  while (segments[i] === "module") i += 2;
  return segments[i] === "data" ? undefined : segments[i];
}

/** The guarded resources of a configuration module and its module calls, by absolute configuration address. */
function configResources(rootModule: unknown, notes: NoteList): Map<string, ConfigResource> {
  const found = new Map<string, ConfigResource>();
  const modules: { module: unknown; prefix: string }[] = rootModule === undefined ? [] : [{ module: rootModule, prefix: "" }];
  while (modules.length > 0) {
    const { module, prefix } = modules.pop()!;
    const calls = asObject(field(module, "module_calls"));
    for (const name of Object.keys(calls ?? {})) {
      modules.push({ module: field(field(calls, name), "module"), prefix: `${prefix}module.${name}.` });
    }
    for (const entry of asArray(field(module, "resources")) ?? []) {
      const type = asString(field(entry, "type"));
      if (type === undefined || !isGuardedType(type) || field(entry, "mode") === "data") continue;
      const address = asString(field(entry, "address"));
      if (address === undefined) {
        notes.add(`a resource of type ${type} in configuration has no address: its references are not used.`);
        continue;
      }
      found.set(prefix + address, {
        configAddress: prefix + address,
        type,
        providerConfigKey: asString(field(entry, "provider_config_key")),
        expressions: asObject(field(entry, "expressions")) ?? {},
        modulePrefix: prefix,
      });
    }
  }
  return found;
}

/**
 * The absolute references of the expression at `path` in a configuration resource, e.g.
 * `["replication_source_vault_id"]` or `["rules", 0, "vault_id"]` (a nested block is a list of objects).
 */
export function expressionReferences(resource: ConfigResource, path: readonly (string | number)[]): string[] {
  let expression: unknown = resource.expressions;
  for (const step of path) {
    expression = typeof step === "number" ? asArray(expression)?.[step] : field(expression, step);
  }
  return stringsOf(field(expression, "references")).map((reference) => absoluteReference(resource.modulePrefix, reference));
}

/** The constant value of the expression at `path`, when the configuration gives one. */
export function expressionConstant(resource: ConfigResource, path: readonly (string | number)[]): unknown {
  let expression: unknown = resource.expressions;
  for (const step of path) {
    expression = typeof step === "number" ? asArray(expression)?.[step] : field(expression, step);
  }
  return field(expression, "constant_value");
}

/** Region and account of each provider configuration. */
function providerConfigs(value: unknown): Map<string, ProviderConfigFacts> {
  const found = new Map<string, ProviderConfigFacts>();
  const configs = asObject(value);
  for (const key of Object.keys(configs ?? {})) {
    const expressions = field(field(configs, key), "expressions");
    const region = asString(field(field(expressions, "region"), "constant_value"));
    found.set(key, { region, account: accountOf(key, expressions) });
  }
  return found;
}

/** The same account key as the constructs use ({@link accountOfRole} for a role, else `profile:<name>`, else `default`); `provider:<key>` when not constant. */
function accountOf(key: string, expressions: unknown): string {
  const assumeRole = field(expressions, "assume_role");
  const role = asArray(assumeRole)?.[0] ?? assumeRole;
  const roleArn = field(role, "role_arn");
  if (roleArn !== undefined) {
    const constant = asString(field(roleArn, "constant_value"));
    return constant !== undefined ? accountOfRole(constant) : `provider:${key}`;
  }
  const profile = field(expressions, "profile");
  if (profile !== undefined) {
    const constant = asString(field(profile, "constant_value"));
    return constant !== undefined ? `profile:${constant}` : `provider:${key}`;
  }
  return "default";
}

/** The key telling instances apart: the address, and the deposed key for a deposed object. */
export function instanceKey(address: string, deposed: string | undefined): string {
  return deposed === undefined ? address : `${address} (deposed ${deposed})`;
}

