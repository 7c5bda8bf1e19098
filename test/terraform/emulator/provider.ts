// The tfplugin5 Provider service: terraform's calls, answered from the kept schema and the emulated
// cloud. Values arrive and leave as msgpack; errors become diagnostics, never a crashed process.
import * as fs from "fs";
import * as path from "path";
import { accountSettingsOfBlock, providerAccount } from "../../../lib/private/account";
import { readCloud, updateCloud } from "./cloud";
import { ApiError, Caller, createResource, deleteResource, findResource, updateResource } from "./service";
import {
  CtyType,
  ObjectValue,
  SchemaBlock,
  UNKNOWN,
  Value,
  blockType,
  conform,
  decodeMsgpack,
  encodeMsgpack,
  sameValue,
} from "./values";

/** Where the kept schema lives: `HBR_EMULATOR_SCHEMA_DIR`, else the repository's schema/ folder. */
const SCHEMA_DIR = process.env.HBR_EMULATOR_SCHEMA_DIR ?? path.resolve(__dirname, "..", "..", "..", "schema");
const PROVIDER_ADDRESS = "registry.terraform.io/aliyun/alicloud";

interface SchemaEntry {
  version: number;
  block: SchemaBlock;
}

interface ProviderSchemaJson {
  provider: SchemaEntry;
  resource_schemas: Record<string, SchemaEntry>;
  data_source_schemas: Record<string, SchemaEntry>;
}

interface AttributeConstraint {
  force_new?: boolean;
  validation?: { validator?: string; values?: string[]; ignore_case?: boolean };
}

const schemaJson = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, "alicloud-hbr.schema.json"), "utf8")).provider_schemas[PROVIDER_ADDRESS] as ProviderSchemaJson;
const constraints = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, "constraints.json"), "utf8")).resources as Record<
  string,
  { attributes: Record<string, AttributeConstraint> }
>;

/** The region ids the provider accepts for its `region` (regions.json `valid_regions`). */
const validRegions = new Set((JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, "regions.json"), "utf8")) as { valid_regions: { regions: string[] } }).valid_regions.regions);

const resourceTypes = new Map<string, CtyType>(Object.entries(schemaJson.resource_schemas).map(([n, s]) => [n, blockType(s.block)]));
const dataSourceTypes = new Map<string, CtyType>(Object.entries(schemaJson.data_source_schemas).map(([n, s]) => [n, blockType(s.block)]));
const providerType = blockType(schemaJson.provider.block);

/**
 * Destroys are planned by the provider too; and terraform need not ask every provider process for the
 * schema again (encoding it costs ~20 ms, and terraform starts a process per configuration per walk).
 */
const SERVER_CAPABILITIES = { plan_destroy: true, get_provider_schema_optional: true };

/** This process's provider configuration (one process serves one configuration). */
let caller: Caller = { region: defaultRegion(), account: "default" };

/** The provider's region when the configuration sets none: the environment's, else cn-beijing. */
function defaultRegion(): string {
  return process.env.ALICLOUD_REGION || process.env.ALIBABA_CLOUD_REGION || "cn-beijing";
}

type Diagnostic = { severity: "ERROR" | "WARNING"; summary: string; detail?: string; attribute?: { steps: { attribute_name: string }[] } };
type Call<Req> = { request: Req };
type Callback = (error: Error | null, response?: unknown) => void;
type DynamicValue = { msgpack?: Uint8Array; json?: Uint8Array };

function handler<Req>(body: (request: Req) => unknown): (call: Call<Req>, callback: Callback) => void {
  return (call, callback) => {
    try {
      callback(null, body(call.request));
    } catch (error) {
      // Report, do not crash: terraform would only say the plugin exited. The stack goes to stderr,
      // which terraform writes to its log (TF_LOG).
      process.stderr.write(`hbr emulator: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
      callback(null, { diagnostics: [errorDiagnostic("HBR emulator internal error", error instanceof Error ? error.message : String(error))] });
    }
  };
}

function errorDiagnostic(summary: string, detail?: string): Diagnostic {
  return { severity: "ERROR", summary, detail };
}

function apiDiagnostic(error: unknown): Diagnostic {
  if (error instanceof ApiError) return errorDiagnostic(`[${error.code}] ${error.message}`, `The HBR API (emulated) refused the request: ${error.code}.`);
  throw error;
}

function dyn(type: CtyType, value: unknown): DynamicValue {
  return { msgpack: encodeMsgpack(type, value) };
}

function typeOf(typeName: string, data = false): CtyType {
  const type = (data ? dataSourceTypes : resourceTypes).get(typeName);
  if (!type) throw new Error(`unknown ${data ? "data source" : "resource"} type ${typeName}`);
  return type;
}

function decoded(type: CtyType, value: DynamicValue | undefined): Value {
  if (value?.msgpack && value.msgpack.length > 0) return conform(type, decodeMsgpack(value.msgpack));
  if (value?.json && value.json.length > 0) return conform(type, JSON.parse(Buffer.from(value.json).toString("utf8")));
  return null;
}

function protoBlock(block: SchemaBlock, version = 0): unknown {
  return {
    version,
    attributes: Object.entries(block.attributes ?? {}).map(([name, a]) => ({
      name,
      type: Buffer.from(JSON.stringify(a.type)),
      description: a.description ?? "",
      required: a.required ?? false,
      optional: a.optional ?? false,
      computed: a.computed ?? false,
      sensitive: a.sensitive ?? false,
      description_kind: a.description_kind === "markdown" ? "MARKDOWN" : "PLAIN",
      deprecated: a.deprecated ?? false,
    })),
    block_types: Object.entries(block.block_types ?? {}).map(([name, nested]) => ({
      type_name: name,
      block: protoBlock(nested.block),
      nesting: nested.nesting_mode.toUpperCase(),
      min_items: nested.min_items ?? 0,
      max_items: nested.max_items ?? 0,
    })),
    description: block.description ?? "",
    description_kind: block.description_kind === "markdown" ? "MARKDOWN" : "PLAIN",
    deprecated: block.deprecated ?? false,
  };
}

let providerSchemaResponse: unknown;
function providerSchema(): unknown {
  if (!providerSchemaResponse) {
    const map = (entries: Record<string, SchemaEntry>) =>
      Object.fromEntries(Object.entries(entries).map(([n, s]) => [n, { version: s.version, block: protoBlock(s.block, s.version) }]));
    providerSchemaResponse = {
      provider: { version: schemaJson.provider.version ?? 0, block: protoBlock(schemaJson.provider.block) },
      resource_schemas: map(schemaJson.resource_schemas),
      data_source_schemas: map(schemaJson.data_source_schemas),
      diagnostics: [],
      server_capabilities: SERVER_CAPABILITIES,
    };
  }
  return providerSchemaResponse;
}

/** Planned values: computed attributes the configuration leaves null are unknown until apply. */
function markUnknown(block: SchemaBlock, proposed: Value, config: Value): Value {
  if (!isObject(proposed)) return proposed;
  const cfg = isObject(config) ? config : {};
  const out: ObjectValue = { ...proposed };
  for (const [name, attr] of Object.entries(block.attributes ?? {})) {
    if (attr.computed && (cfg[name] === null || cfg[name] === undefined) && (out[name] === null || out[name] === undefined)) out[name] = UNKNOWN;
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const value = out[name];
    const cfgValue = cfg[name];
    if (Array.isArray(value)) {
      out[name] = value.map((v, i) => markUnknown(nested.block, v, Array.isArray(cfgValue) ? cfgValue[i] : null));
    } else if (isObject(value) && (nested.nesting_mode === "single" || nested.nesting_mode === "group")) {
      out[name] = markUnknown(nested.block, value, cfgValue);
    }
  }
  return out;
}

/** After apply nothing may stay unknown: what the API did not assign gets its type's empty value. */
function fillUnknown(type: CtyType, value: Value): Value {
  if (value === UNKNOWN) return emptyOf(type);
  if (value === null || typeof type === "string") return value;
  const [kind, inner] = type;
  if ((kind === "list" || kind === "set") && Array.isArray(value)) return value.map((v) => fillUnknown(inner as CtyType, v));
  if (kind === "map" && isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillUnknown(inner as CtyType, v)]));
  if (kind === "object" && isObject(value)) {
    return Object.fromEntries(Object.entries(inner as Record<string, CtyType>).map(([k, t]) => [k, fillUnknown(t, value[k] ?? null)]));
  }
  return value;
}

function emptyOf(type: CtyType): Value {
  if (type === "string") return "";
  if (type === "number") return 0;
  if (type === "bool") return false;
  if (typeof type === "string") return null;
  const [kind] = type;
  if (kind === "list" || kind === "set") return [];
  if (kind === "map") return {};
  return conform(type, {});
}

/** Top-level attributes whose change forces a new resource (ForceNew in constraints.json). */
function forceNewPaths(typeName: string, prior: ObjectValue, planned: ObjectValue): string[] {
  const attrs = constraints[typeName]?.attributes ?? {};
  const names = new Set<string>();
  for (const [key, c] of Object.entries(attrs)) if (c.force_new) names.add(key.split(".")[0]);
  // The provider suppresses a kms_key_id diff while the encryption is HBR-managed.
  const suppressed = (name: string) => name === "kms_key_id" && planned.encrypt_type === "HBR_PRIVATE";
  return [...names].filter((name) => name in planned && !suppressed(name) && !sameValue(prior[name] ?? null, planned[name] ?? null)).sort();
}

/** Enum checks the provider makes at validate time (StringInSlice), top-level and one block deep. */
function validateEnums(typeName: string, config: Value): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [key, c] of Object.entries(constraints[typeName]?.attributes ?? {})) {
    if (c.validation?.validator !== "StringInSlice" || !c.validation.values) continue;
    const parts = key.split(".");
    const values: Value[] = [];
    collect(config, parts, values);
    for (const v of values) {
      if (typeof v !== "string") continue;
      const allowed = c.validation.values;
      const ok = c.validation.ignore_case ? allowed.some((a) => a.toLowerCase() === v.toLowerCase()) : allowed.includes(v);
      if (!ok) {
        diagnostics.push({
          severity: "ERROR",
          summary: `expected ${key} to be one of [${allowed.join(" ")}], got ${v}`,
          attribute: { steps: [{ attribute_name: parts[0] }] },
        });
      }
    }
  }
  return diagnostics;
}

function collect(value: Value, parts: string[], out: Value[]): void {
  if (parts.length === 0) {
    out.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value) collect(v, parts, out);
    return;
  }
  if (isObject(value)) collect(value[parts[0]] ?? null, parts.slice(1), out);
}

function isObject(value: Value | undefined): value is ObjectValue {
  return value !== null && value !== undefined && value !== UNKNOWN && typeof value === "object" && !Array.isArray(value);
}

function stringAttr(value: Value, key: string): string | undefined {
  if (!isObject(value)) return undefined;
  const v = value[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/** The service implementation, keyed by the proto's method names. */
export const providerService = {
  GetMetadata: handler(() => ({
    server_capabilities: SERVER_CAPABILITIES,
    diagnostics: [],
    resources: [...resourceTypes.keys()].map((type_name) => ({ type_name })),
    data_sources: [...dataSourceTypes.keys()].map((type_name) => ({ type_name })),
  })),
  GetSchema: handler(() => providerSchema()),
  PrepareProviderConfig: handler((req: { config?: DynamicValue }) => ({ prepared_config: req.config, diagnostics: [] })),
  ValidateResourceTypeConfig: handler((req: { type_name: string; config?: DynamicValue }) => ({
    diagnostics: validateEnums(req.type_name, decoded(typeOf(req.type_name), req.config)),
  })),
  ValidateDataSourceConfig: handler(() => ({ diagnostics: [] })),
  Configure: handler((req: { config?: DynamicValue }) => {
    const config = decoded(providerType, req.config);
    const region = stringAttr(config, "region") ?? defaultRegion();
    if (!validRegions.has(region) && !(isObject(config) && config.skip_region_validation === true)) {
      return {
        diagnostics: [
          errorDiagnostic(`Invalid Alibaba Cloud region: ${region}`, `The region must be one the provider knows (schema/regions.json), or set skip_region_validation = true.`),
        ],
      };
    }
    const block = isObject(config) ? (config as Record<string, unknown>) : undefined;
    const account = providerAccount(accountSettingsOfBlock(block, (v) => v === UNKNOWN), stringAttr(config, "alias") ?? "alicloud");
    caller = { region, account };
    return { diagnostics: [] };
  }),
  UpgradeResourceState: handler((req: { type_name: string; raw_state?: { json?: Uint8Array } }) => {
    const type = typeOf(req.type_name);
    const raw = req.raw_state?.json && req.raw_state.json.length > 0 ? JSON.parse(Buffer.from(req.raw_state.json).toString("utf8")) : null;
    return { upgraded_state: dyn(type, raw), diagnostics: [] };
  }),
  ReadResource: handler((req: { type_name: string; current_state?: DynamicValue; private?: Uint8Array }) => {
    const type = typeOf(req.type_name);
    const current = decoded(type, req.current_state);
    const id = stringAttr(current, "id");
    const found = id ? findResource(readCloud(), caller, id, req.type_name) : undefined;
    // Gone from the cloud: a null state tells terraform it has to be created again.
    return { new_state: dyn(type, found ? found.attrs : null), diagnostics: [], private: req.private };
  }),
  PlanResourceChange: handler((req: { type_name: string; prior_state?: DynamicValue; proposed_new_state?: DynamicValue; config?: DynamicValue; prior_private?: Uint8Array }) => {
    const type = typeOf(req.type_name);
    const prior = decoded(type, req.prior_state);
    const proposed = decoded(type, req.proposed_new_state);
    if (proposed === null) return { planned_state: dyn(type, null), requires_replace: [], diagnostics: [] };
    const config = decoded(type, req.config);
    const planned = markUnknown(schemaJson.resource_schemas[req.type_name].block, proposed, config) as ObjectValue;
    const replace = isObject(prior) ? forceNewPaths(req.type_name, prior, planned) : [];
    return {
      planned_state: dyn(type, planned),
      requires_replace: replace.map((name) => ({ steps: [{ attribute_name: name }] })),
      planned_private: req.prior_private,
      diagnostics: [],
    };
  }),
  ApplyResourceChange: handler((req: { type_name: string; prior_state?: DynamicValue; planned_state?: DynamicValue; planned_private?: Uint8Array }) => {
    const type = typeOf(req.type_name);
    const prior = decoded(type, req.prior_state);
    const planned = decoded(type, req.planned_state);
    try {
      if (planned === null) {
        const id = stringAttr(prior, "id");
        if (id) updateCloud((data) => deleteResource(data, caller, req.type_name, id));
        return { new_state: dyn(type, null), diagnostics: [] };
      }
      if (prior === null) {
        const created = updateCloud((data) => {
          const attrs = createResource(data, caller, req.type_name, planned as ObjectValue);
          const filled = fillUnknown(type, attrs) as ObjectValue;
          data.resources[String(filled.id)].attrs = filled;
          return filled;
        });
        return { new_state: dyn(type, created), private: req.planned_private, diagnostics: [] };
      }
      const id = stringAttr(prior, "id") ?? "";
      const updated = updateCloud((data) => updateResource(data, caller, req.type_name, id, fillUnknown(type, planned) as ObjectValue));
      return { new_state: dyn(type, updated), private: req.planned_private, diagnostics: [] };
    } catch (error) {
      // Refused: the resource stays as it was, so terraform keeps it in state.
      return { new_state: dyn(type, prior), diagnostics: [apiDiagnostic(error)] };
    }
  }),
  ImportResourceState: handler((req: { type_name: string; id: string }) => {
    const type = typeOf(req.type_name);
    const found = findResource(readCloud(), caller, req.id, req.type_name);
    if (!found) return { imported_resources: [], diagnostics: [errorDiagnostic(`Cannot import non-existent remote object`, `${req.type_name} ${req.id} does not exist in ${caller.region}`)] };
    return { imported_resources: [{ type_name: req.type_name, state: dyn(type, found.attrs) }], diagnostics: [] };
  }),
  ReadDataSource: handler((req: { type_name: string; config?: DynamicValue }) => {
    const type = typeOf(req.type_name, true);
    const config = decoded(type, req.config);
    const state: Value = isObject(config) ? { ...config, id: config.id ?? `${req.type_name}:${caller.region}` } : config;
    return { state: dyn(type, fillUnknown(type, state)), diagnostics: [] };
  }),
  Stop: handler(() => ({ Error: "" })),
};
