import { isGuardedType } from "./guarded-types";
import { JsonObject, asArray, asObject, asString, clipText, describeJsonType, field, previewJson, stringsOf } from "./json-values";
import { NoteList } from "./note-list";
import { printable } from "./plan-text";
import { absoluteReference, configAddressOf } from "./resource-address";
import { AccountSetting, ProviderAccountSettings, UNKNOWN_SETTING, providerAccount } from "../private/account";

/**
 * The plan format major version the guard reads. Terraform documents that minor versions only add
 * fields and that a reader must reject an unsupported major version.
 */
export const SUPPORTED_PLAN_FORMAT_MAJOR = 1;

/**
 * The formats before 1.0 the guard reads too: 0.1 (Terraform 0.12 to 0.14) and 0.2 (0.15 and 1.0).
 * Everything the guard reads is in them with the 1.x meaning; what they lack (`replace_paths` in 0.1,
 * `action_reason` before 1.0, `importing`, `forget`) is read as absent.
 */
export const SUPPORTED_LEGACY_PLAN_FORMATS: readonly string[] = Object.freeze(["0.1", "0.2"]);

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
  /** `true` when the run imports the object (`change.importing`, Terraform 1.5+): it exists already. */
  readonly importing?: boolean;
  /** The address before a `moved` block (`previous_address`), when the run moves it. */
  readonly previousAddress?: string;
  /**
   * `true` for a resource found in `prior_state` only: the run does not touch it (a refresh-only or
   * targeted plan), so it stays as it is.
   */
  readonly untouched?: boolean;
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

/** An output of a called module, so a reference to `module.<name>.<output>` can be followed into it. */
type ModuleOutput = PlanDocument["moduleOutputs"] extends ReadonlyMap<string, infer V> ? V : never;

/** What the guard needs of a provider configuration. */
export interface ProviderConfigFacts {
  /** The region when it is a constant in the configuration; unknown otherwise (e.g. from a variable or the environment). */
  readonly region?: string;
  /**
   * The account quotas count against, from the shared `providerAccount`: assumed role, else OIDC role,
   * else profile, else static keys (a digest), else `default`; `provider:<key>` when the deciding
   * setting is an expression.
   */
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
  /** Outputs of called modules by absolute module path and name (`module.dr.mirror_id`), so references to them can be followed. */
  readonly moduleOutputs: ReadonlyMap<
    string,
    {
      /** The output's references, as written inside the module (relative to it). */
      readonly references: readonly string[];
      /** `module.<name>.` for each enclosing module call of the module that declares the output. */
      readonly modulePrefix: string;
    }
  >;
  /** Provider configurations by key (`alicloud.cn-shanghai`, `module.app:alicloud`). */
  readonly providers: ReadonlyMap<string, ProviderConfigFacts>;
  /**
   * The string values Terraform marks sensitive in the guarded resources (`before_sensitive`,
   * `after_sensitive`, `sensitive_values`): findings and notes print `(sensitive)` instead.
   */
  readonly sensitiveValues: readonly string[];
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
    // V8 quotes the text around the error, which may hold NUL, CR or other control bytes.
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `not JSON (${printable(clipText(message, 160))})` };
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
  return read.ok ? read : { ok: false, reason: printable(read.reason.replace(/[\r\n\t\f\v\u0085\u2028\u2029]+/g, " ")) };
}

function readPlan(value: unknown, source: string): PlanReadResult {
  const problem = topLevelProblem(value);
  if (problem !== undefined) return { ok: false, reason: problem };
  const doc = value as JsonObject;
  const notes = new NoteList();
  if (doc.errored === true) notes.add("the plan is marked errored: Terraform will not apply it; fix the plan errors first.");

  const sensitive = new SensitiveValues();
  const prior = stateResources(field(field(doc.prior_state, "values"), "root_module"), "prior_state", notes, sensitive);
  const planned = stateResources(field(doc.planned_values, "root_module"), "planned_values", notes, sensitive);
  const changes = asArray(doc.resource_changes) ?? [];
  const resources: PlanResource[] = [];
  // The instance keys read so far, with the index of their entry (or -1 for a state-only resource).
  const changeIndex = new Map<string, number>();
  const unreadable: number[] = [];
  // How many keys of changeIndex are prior_state keys: when all of them are, no prior_state resource is
  // left untouched, and the pass over prior_state below is skipped.
  const priorHits = { count: 0 };

  // A guarded entry the guard cannot read, or reads twice, makes the whole input "not a plan": a check
  // that silently left out a vault or a mirror must not pass. Other entries are skipped with a note.
  for (let index = 0; index < changes.length; index++) {
    const read = changeToResource(changes[index], index, prior, planned, notes, sensitive, priorHits);
    if (read === undefined) continue;
    if (read === UNREADABLE) {
      unreadable.push(index);
      continue;
    }
    if (typeof read === "string") return { ok: false, reason: read };
    const key = instanceKey(read.address, read.deposed);
    const first = changeIndex.get(key);
    if (first !== undefined) {
      return { ok: false, reason: `${clipText(key, ADDRESS_MAX)} appears twice in resource_changes (entries ${first} and ${index}); the guard cannot tell which one Terraform applies` };
    }
    changeIndex.set(key, index);
    // A moved resource is in prior_state under its new address already; its old one names no object.
    if (read.previousAddress !== undefined && !changeIndex.has(read.previousAddress)) {
      changeIndex.set(read.previousAddress, -1);
      if (prior.has(read.previousAddress)) priorHits.count++;
    }
    resources.push(read);
  }
  // Terraform writes resource_changes only for the resources the run touches: every resource of the
  // configuration in a normal plan, only the targeted ones with -target, none with -refresh-only. A
  // resource found only in prior_state is therefore left as it is, never deleted: only a
  // resource_changes entry says that a run deletes.
  const untouched: string[] = [];
  // forEach, not for...of: no [key, value] pair per entry (see LOOPS).
  if (priorHits.count !== prior.size) prior.forEach((state, key) => {
    if (changeIndex.has(key)) return;
    changeIndex.set(key, -1);
    untouched.push(key);
    resources.push(stateOnlyResource(state, ["no-op"], state.values, state.values, true));
  });
  if (untouched.length > 0 && unreadable.length > 0) {
    // The entry that could not be read may be the one that deletes them: a check must not guess.
    return {
      ok: false,
      reason: `resource_changes[${unreadable[0]}] cannot be read, and ${untouched.length === 1 ? `${clipText(untouched[0], ADDRESS_MAX)} of prior_state has` : `${untouched.length} resources of prior_state (${clipText(untouched[0], ADDRESS_MAX)}, ...) have`} no readable resource_changes entry: the guard cannot tell whether the run deletes ${untouched.length === 1 ? "it" : "them"}`,
    };
  }
  if (untouched.length > 0) {
    notes.add(
      `${untouched.length === 1 ? `${untouched[0]} is` : `${untouched.length} HBR resources (${untouched[0]}, ...) are`} in prior_state but not in resource_changes: this run leaves ${untouched.length === 1 ? "it" : "them"} as ${untouched.length === 1 ? "it is" : "they are"} (a refresh-only or targeted plan); ${untouched.length === 1 ? "it is" : "they are"} checked as existing.`,
    );
  }
  planned.forEach((state, key) => {
    if (changeIndex.has(key)) return;
    changeIndex.set(key, -1);
    notes.add(`${key} has no resource_changes entry; it is in planned_values only, so it is taken as created.`);
    resources.push(stateOnlyResource(state, ["create"], undefined, state.values, false));
  });

  const configuration = asObject(doc.configuration);
  const moduleOutputs = new Map<string, ModuleOutput>();
  return {
    ok: true,
    plan: {
      source,
      formatVersion: doc.format_version as string,
      resources,
      resourceChangeCount: changes.length,
      config: configResources(field(configuration, "root_module"), notes, moduleOutputs),
      moduleOutputs,
      providers: providerConfigs(field(configuration, "provider_config")),
      sensitiveValues: sensitive.list(),
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
  const parts = /^(\d+)\.(\d+)/.exec(version);
  if (parts === null) return `format_version "${clipText(version)}" is not a version number`;
  const major = parts[1];
  if (Number(major) !== SUPPORTED_PLAN_FORMAT_MAJOR && !SUPPORTED_LEGACY_PLAN_FORMATS.includes(`${Number(major)}.${Number(parts[2])}`)) {
    return Number(major) > SUPPORTED_PLAN_FORMAT_MAJOR
      ? `format_version "${clipText(version)}" has major version ${major}; hbr-guard reads plan formats 0.1, 0.2 and ${SUPPORTED_PLAN_FORMAT_MAJOR}.x (Terraform 0.12 to 1.x, OpenTofu 1.x): check this plan with a newer hbr-guard`
      : `format_version "${clipText(version)}" is older than 0.1; hbr-guard reads plan formats 0.1, 0.2 and ${SUPPORTED_PLAN_FORMAT_MAJOR}.x: write the plan with Terraform 0.12 or newer`;
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
function stateResources(rootModule: unknown, where: string, notes: NoteList, sensitive: SensitiveValues): Map<string, StateResource> {
  const found = new Map<string, StateResource>();
  // An explicit stack rather than recursion: hostile input can nest modules deeper than the call stack.
  const modules: unknown[] = rootModule === undefined ? [] : [rootModule];
  while (modules.length > 0) {
    const module = modules.pop();
    const m = asObject(module);
    if (m === undefined) continue;
    for (const child of asArray(m.child_modules) ?? []) modules.push(child);
    const entries = asArray(m.resources);
    if (entries === undefined) continue;
    for (let i = 0; i < entries.length; i++) {
      const entry = guardedEntry(entries[i]);
      if (entry === undefined) continue;
      const type = entry.type as string;
      const address = entry.address;
      if (typeof address !== "string") {
        notes.add(`a resource of type ${type} in ${where} has no address: skipped.`);
        continue;
      }
      const rawDeposed = entry.deposed_key;
      const deposed = typeof rawDeposed === "string" ? rawDeposed : undefined;
      const rawValues = entry.values;
      const values = typeof rawValues === "object" && rawValues !== null && !Array.isArray(rawValues) ? (rawValues as JsonObject) : undefined;
      if (entry.sensitive_values !== undefined) sensitive.collect(values, entry.sensitive_values);
      found.set(deposed === undefined ? address : instanceKey(address, deposed), {
        address,
        deposed,
        type,
        values,
        dependsOn: entry.depends_on === undefined ? NO_STRINGS : stringList(entry.depends_on),
      });
    }
  }
  return found;
}

/**
 * LOOPS: the loops over every resource index arrays (`for (let i ...)`) and call `forEach` on Maps
 * rather than using for...of. A guard run is one pass over each list, so most of it runs before V8
 * optimizes it, and unoptimized for...of allocates an iterator result (and a pair for a Map) per item:
 * garbage that costs collections on a plan of tens of thousands of resources.
 *
 * READS: the hot loops read fields of entries directly (`entry.type`) rather than through `field()`.
 * JSON.parse gives the entries of one kind one hidden class, so each read site stays monomorphic, and
 * the names read are no members of `Object.prototype`, so an inherited value cannot come through.
 */
const NO_STRINGS: readonly string[] = Object.freeze([]);

/** The value itself when it is an array of strings only (no copy: plans have many), else its strings. */
function stringList(value: unknown): readonly string[] {
  const array = asArray(value);
  if (array === undefined) return NO_STRINGS;
  for (let i = 0; i < array.length; i++) if (typeof array[i] !== "string") return stringsOf(array);
  return array as readonly string[];
}

/** What {@link changeToResource} returns for an entry whose type cannot be told (not an object, no address). */
const UNREADABLE = Symbol("unreadable");

/**
 * Reads one `resource_changes` entry: the resource; `undefined` when it is not of a guarded type;
 * {@link UNREADABLE} (with a note) when its type cannot be told; or, for an entry of a guarded type the
 * guard cannot read, the one-line reason the input is refused.
 */
function changeToResource(
  entry: unknown,
  index: number,
  prior: ReadonlyMap<string, StateResource>,
  planned: ReadonlyMap<string, StateResource>,
  notes: NoteList,
  sensitive: SensitiveValues,
  /** Counts the entries whose key is in `prior` (each key once: a repeated one makes the plan unreadable). */
  priorHits: { count: number },
): PlanResource | string | typeof UNREADABLE | undefined {
  const object = typeof entry === "object" && entry !== null && !Array.isArray(entry) ? (entry as JsonObject) : undefined;
  if (object === undefined) {
    notes.add(`resource_changes[${index}] is ${describeJsonType(entry)}, not an object: skipped.`);
    return UNREADABLE;
  }
  // typeof tests rather than asString()/asObject() on every entry: see READS.
  const rawAddress = object.address;
  const address = typeof rawAddress === "string" ? rawAddress : undefined;
  const rawType = object.type;
  const typeField = typeof rawType === "string" ? rawType : undefined;
  // Terraform always writes type and mode; the address is parsed only to check it agrees.
  const typeGuarded = typeField !== undefined && isGuardedType(typeField);
  if (typeField !== undefined && !typeGuarded && address !== undefined && !mayNameGuardedType(address)) {
    return undefined;
  }
  // The usual `type.name...` at the root agrees with its type field without a scan.
  const addressType =
    address === undefined ? undefined : typeField !== undefined && address.startsWith(typeField) && address.charCodeAt(typeField.length) === 46 /* . */ ? typeField : typeFromAddress(address);
  const type = typeField ?? addressType;
  const dataSource = object.mode === "data" || (address !== undefined && addressType === undefined);
  if (typeField !== undefined && addressType !== undefined && typeField !== addressType && (typeGuarded || isGuardedType(addressType))) {
    return `${clipText(address!, ADDRESS_MAX)} (${changeEntry(index)}): its type is "${clipText(typeField)}", but its address names a ${clipText(addressType)}`;
  }
  if (type === undefined || !(type === typeField ? typeGuarded : isGuardedType(type))) {
    if (address === undefined) {
      notes.add(`${changeEntry(index)} has no address: skipped.`);
      return type === undefined ? UNREADABLE : undefined;
    }
    return undefined;
  }
  if (dataSource) {
    // A data source of a guarded type only reads; but a managed address marked as data is not what Terraform writes.
    return address === undefined || addressType === undefined ? undefined : `${clipText(address, ADDRESS_MAX)} (${changeEntry(index)}): mode is "data", but the address names a managed ${type}`;
  }
  if (address === undefined) {
    return `${changeEntry(index)} (${type}) has no address: its address is ${describeJsonType(field(entry, "address"))}`;
  }
  const rawDeposed = object.deposed;
  const deposed = typeof rawDeposed === "string" ? rawDeposed : undefined;
  const key = deposed === undefined ? address : instanceKey(address, deposed);
  const rawChange = object.change;
  const change = typeof rawChange === "object" && rawChange !== null && !Array.isArray(rawChange) ? (rawChange as JsonObject) : undefined;
  if (change === undefined) {
    return `${clipText(key, ADDRESS_MAX)}: change is ${rawChange === undefined ? "missing" : `${describeJsonType(rawChange)}, not an object`}, so what the plan does to it is unknown`;
  }
  const rawActions = change.actions;
  if (!Array.isArray(rawActions) || !knownActions(rawActions)) {
    return `${clipText(key, ADDRESS_MAX)}: change.actions is ${previewJson(change.actions)}, not a list of known actions (${[...KNOWN_ACTIONS].join(", ")})`;
  }
  const priorState = prior.get(key);
  if (priorState !== undefined) priorHits.count++;
  const rawBefore = change.before;
  const before = rawBefore !== undefined || "before" in change ? (typeof rawBefore === "object" && rawBefore !== null && !Array.isArray(rawBefore) ? (rawBefore as JsonObject) : undefined) : priorState?.values;
  const rawAfter = change.after;
  const after = rawAfter !== undefined || "after" in change ? (typeof rawAfter === "object" && rawAfter !== null && !Array.isArray(rawAfter) ? (rawAfter as JsonObject) : undefined) : planned.get(key)?.values;
  if (change.before_sensitive !== undefined) sensitive.collect(before, change.before_sensitive);
  if (change.after_sensitive !== undefined) sensitive.collect(after, change.after_sensitive);
  const rawPrevious = object.previous_address;
  const previousAddress = typeof rawPrevious === "string" ? rawPrevious : undefined;
  const actionReason = object.action_reason;
  return {
    address,
    deposed,
    configAddress: configAddressOf(address),
    type,
    actions: rawActions as PlanAction[],
    before,
    after,
    afterUnknown: change.after_unknown,
    replacePaths: change.replace_paths === undefined ? NO_STRINGS : replacePaths(change.replace_paths),
    actionReason: typeof actionReason === "string" ? actionReason : undefined,
    dependsOn: priorState?.dependsOn ?? NO_STRINGS,
    importing: change.importing !== undefined && asObject(change.importing) !== undefined ? true : undefined,
    previousAddress: previousAddress !== undefined && previousAddress !== address ? previousAddress : undefined,
  };
}

/** How reasons name a `resource_changes` entry; built only for a reason, not for every entry. */
function changeEntry(index: number): string {
  return `resource_changes[${index}]`;
}

/**
 * False when `address` certainly names no guarded type: its text holds no `alicloud_hbr_`. Keeps the
 * address scan off the many entries of other types in a large plan.
 */
function mayNameGuardedType(address: string): boolean {
  return address.includes("alicloud_hbr_");
}

/** A non-empty list of known action names. */
function knownActions(actions: readonly unknown[]): boolean {
  if (actions.length === 0) return false;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    if (typeof action !== "string" || !KNOWN_ACTIONS.has(action)) return false;
  }
  return true;
}

function stateOnlyResource(state: StateResource, actions: PlanAction[], before: JsonObject | undefined, after: JsonObject | undefined, untouched: boolean): PlanResource {
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
    untouched: untouched ? true : undefined,
  };
}

/** `replace_paths` is a list of attribute paths, each a list of steps (`[["encrypt_type"]]`). */
function replacePaths(value: unknown): string[] {
  const array = asArray(value);
  if (array === undefined || array.length === 0) return [];
  const paths: string[] = [];
  for (const path of array) {
    const steps = asArray(path);
    if (steps !== undefined && steps.length > 0) paths.push(steps.map((step) => String(step)).join("."));
  }
  return paths;
}

/** The resource type in an address (`module.a.alicloud_hbr_vault.x[0]` -> `alicloud_hbr_vault`). */
function typeFromAddress(address: string): string | undefined {
  // Most addresses are `type.name` or `type.name[key]` at the root: the type is before the first dot.
  if (!address.startsWith("module.") && !address.startsWith("data.")) {
    const dot = address.indexOf(".");
    const type = dot < 0 ? address : address.slice(0, dot);
    if (!type.includes("[")) return type;
  }
  const segments = configAddressOf(address).split(".");
  let i = 0;
  while (segments[i] === "module") i += 2;
  return segments[i] === "data" ? undefined : segments[i];
}

/** The guarded resources of a configuration module and its module calls, by absolute configuration address. */
const NO_EXPRESSIONS: JsonObject = Object.freeze({});

function configResources(rootModule: unknown, notes: NoteList, outputs: Map<string, ModuleOutput>): Map<string, ConfigResource> {
  const found = new Map<string, ConfigResource>();
  const modules: { module: unknown; prefix: string }[] = rootModule === undefined ? [] : [{ module: rootModule, prefix: "" }];
  while (modules.length > 0) {
    const { module, prefix } = modules.pop()!;
    const calls = asObject(field(module, "module_calls"));
    for (const name of Object.keys(calls ?? {})) {
      const child = field(field(calls, name), "module");
      const childPrefix = `${prefix}module.${name}.`;
      modules.push({ module: child, prefix: childPrefix });
      const declared = asObject(field(child, "outputs"));
      for (const output of Object.keys(declared ?? {})) {
        const references = stringsOf(field(field(field(declared, output), "expression"), "references"));
        if (references.length > 0) outputs.set(childPrefix + output, { references, modulePrefix: childPrefix });
      }
    }
    const entries = asArray(field(module, "resources"));
    if (entries === undefined) continue;
    for (let i = 0; i < entries.length; i++) {
      const entry = guardedEntry(entries[i]);
      if (entry === undefined) continue;
      const type = entry.type as string;
      const address = entry.address;
      if (typeof address !== "string") {
        notes.add(`a resource of type ${type} in configuration has no address: its references are not used.`);
        continue;
      }
      const configAddress = prefix === "" ? address : prefix + address;
      const { provider_config_key: providerConfigKey, expressions } = entry;
      found.set(configAddress, {
        configAddress,
        type,
        providerConfigKey: typeof providerConfigKey === "string" ? providerConfigKey : undefined,
        expressions: typeof expressions === "object" && expressions !== null && !Array.isArray(expressions) ? (expressions as JsonObject) : NO_EXPRESSIONS,
        modulePrefix: prefix,
      });
    }
  }
  return found;
}

/**
 * The string values Terraform marks sensitive. A mark is `true` for a sensitive value, or an object or
 * array of marks mirroring the value's structure; every string under a `true` mark is kept.
 */
class SensitiveValues {
  private readonly values = new Set<string>();

  /** Adds the strings of `value` that `marks` marks sensitive. */
  public collect(value: unknown, marks: unknown): void {
    if (marks === undefined || marks === null || marks === false) return;
    // An explicit stack: both structures come from the input and may nest deeply.
    const stack: [unknown, unknown, boolean][] = [[value, marks, false]];
    let budget = 100_000;
    while (stack.length > 0 && budget-- > 0) {
      const [item, mark, inherited] = stack.pop()!;
      const marked = inherited || mark === true;
      if (typeof item === "string") {
        if (marked && item !== "") this.values.add(item);
        continue;
      }
      if (typeof item === "number") {
        if (marked) this.values.add(String(item));
        continue;
      }
      if (typeof item !== "object" || item === null) continue;
      if (!marked && (typeof mark !== "object" || mark === null)) continue;
      if (Array.isArray(item)) {
        for (let i = 0; i < item.length; i++) stack.push([item[i], marked ? true : asArray(mark)?.[i], marked]);
      } else {
        for (const key of Object.keys(item)) stack.push([(item as JsonObject)[key], marked ? true : field(mark, key), marked]);
      }
    }
  }

  /** The values, longest first, so a value that contains another is replaced whole. */
  public list(): string[] {
    return [...this.values].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  }
}

/**
 * The absolute references of the expression at `path` in a configuration resource, e.g.
 * `["replication_source_vault_id"]` or `["rules", 0, "vault_id"]` (a nested block is a list of objects).
 */
export function expressionReferences(resource: ConfigResource, path: readonly (string | number)[]): string[] {
  return relativeExpressionReferences(resource, path).map((reference) => absoluteReference(resource.modulePrefix, reference));
}

/**
 * The references of the expression at `path` as the configuration writes them, relative to the
 * resource's module: what Terraform resolves in the module instance of each resource instance.
 */
export function relativeExpressionReferences(resource: ConfigResource, path: readonly (string | number)[]): readonly string[] {
  let expression: unknown = resource.expressions;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    expression = typeof step === "number" ? asArray(expression)?.[step] : field(expression, step);
  }
  return stringList(field(expression, "references"));
}

/** The constant value of the expression at `path`, when the configuration gives one. */
export function expressionConstant(resource: ConfigResource, path: readonly (string | number)[]): unknown {
  let expression: unknown = resource.expressions;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
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
    found.set(key, { region, account: providerAccount(accountSettings(expressions), key) });
  }
  return found;
}

/**
 * The account settings of a provider configuration's `expressions`: a constant string is the setting,
 * an expression Terraform does not evaluate in the plan (references, function calls) is
 * {@link UNKNOWN_SETTING}. `assume_role` and `assume_role_with_oidc` are blocks: a list of one object.
 */
function accountSettings(expressions: unknown): ProviderAccountSettings {
  const role = (name: string): AccountSetting => {
    const block = field(expressions, name);
    if (block === undefined || block === null) return undefined;
    const first = asArray(block)?.[0] ?? block;
    if (asObject(first) === undefined) return UNKNOWN_SETTING;
    return setting(field(first, "role_arn"));
  };
  return {
    assumeRoleArn: role("assume_role"),
    oidcRoleArn: role("assume_role_with_oidc"),
    profile: setting(field(expressions, "profile")),
    accessKey: setting(field(expressions, "access_key")),
  };
}

function setting(expression: unknown): AccountSetting {
  if (expression === undefined || expression === null) return undefined;
  const constant = field(expression, "constant_value");
  if (typeof constant === "string") return constant;
  // `null` written as the value leaves the setting unset; anything else is decided at plan time.
  if (constant === null && field(expression, "references") === undefined) return undefined;
  return UNKNOWN_SETTING;
}

/**
 * The provider configuration a configuration resource uses. Its `provider_config_key` names it; older
 * Terraform wrote `<module>:<provider>` for module resources while keying the configuration
 * `module.<module>:<provider>`, and a module without its own configuration inherits its caller's, so
 * the enclosing modules are tried outwards, ending at the root's.
 */
export function providerOf(plan: PlanDocument, config: ConfigResource | undefined): ProviderConfigFacts | undefined {
  const key = config?.providerConfigKey;
  if (key === undefined) return undefined;
  const exact = plan.providers.get(key);
  if (exact !== undefined) return exact;
  const colon = key.lastIndexOf(":");
  const local = colon < 0 ? key : key.slice(colon + 1);
  let prefix = config!.modulePrefix;
  for (;;) {
    const candidate = prefix === "" ? local : `${prefix.slice(0, -1)}:${local}`;
    const found = plan.providers.get(candidate);
    if (found !== undefined) return found;
    if (prefix === "") return undefined;
    // `module.a.module.b.` -> `module.a.`
    const parent = prefix.slice(0, -1).lastIndexOf(".module.");
    prefix = parent < 0 ? "" : prefix.slice(0, parent + 1);
  }
}

/**
 * The entry when it is a managed resource of a guarded type (its `type` a string; its `address` still
 * to be checked by the caller, which notes an entry without one); `undefined` for anything else.
 * Direct reads (see READS), and no object or closure per entry: a large plan has tens of thousands.
 */
function guardedEntry(value: unknown): JsonObject | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const entry = value as JsonObject;
  const type = entry.type;
  if (typeof type !== "string" || !isGuardedType(type) || entry.mode === "data") return undefined;
  return entry;
}

/** The key telling instances apart: the address, and the deposed key for a deposed object. */
export function instanceKey(address: string, deposed: string | undefined): string {
  return deposed === undefined ? address : `${address} (deposed ${deposed})`;
}

