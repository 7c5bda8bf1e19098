// Terraform values as the emulator handles them: plain JSON-like data, with UNKNOWN standing for a
// value known only after apply. On the wire they are msgpack (cty's encoding), where every object
// must carry exactly the attributes of its type.
import { ExtData, decode, encode } from "@msgpack/msgpack";

/** A value known only after apply. */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** A value of a cty type, decoded: null, a scalar, an array (list, set, tuple) or an object (map, object), or UNKNOWN. */
export type Value = null | string | number | boolean | typeof UNKNOWN | Value[] | { [key: string]: Value };

/** An object value. */
export type ObjectValue = { [key: string]: Value };

/** A cty type in its JSON form, as schemas write it: "string", ["list", "string"], ["object", {...}], ... */
export type CtyType = string | [string, unknown];

/** A block of a provider schema, in the JSON form of `terraform providers schema -json`. */
export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, NestedBlock>;
  description?: string;
  description_kind?: string;
  deprecated?: boolean;
}

/** An attribute of a schema block. */
export interface SchemaAttribute {
  type: CtyType;
  description?: string;
  description_kind?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  deprecated?: boolean;
}

/** A nested block type of a schema block. */
export interface NestedBlock {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

/** The object type a block stands for: its attributes and its nested blocks as collections. */
export function blockType(block: SchemaBlock): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, attr] of Object.entries(block.attributes ?? {})) attrs[name] = attr.type;
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const inner = blockType(nested.block);
    switch (nested.nesting_mode) {
      case "list":
        attrs[name] = ["list", inner];
        break;
      case "set":
        attrs[name] = ["set", inner];
        break;
      case "map":
        attrs[name] = ["map", inner];
        break;
      default:
        attrs[name] = inner;
    }
  }
  return ["object", attrs];
}

/**
 * `value` shaped to `type`: objects get every attribute of the type (missing ones null) and lose
 * keys the type does not know; collections are shaped element by element. Terraform refuses a value
 * that is not exactly of its type, and state written by another schema version may not be.
 */
export function conform(type: CtyType, value: unknown): Value {
  if (value === undefined || value === null) return null;
  if (value === UNKNOWN) return UNKNOWN;
  if (typeof type === "string") {
    if (type === "number" && typeof value === "string" && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
    if (type === "string" && (typeof value === "number" || typeof value === "boolean")) return String(value);
    if (type === "bool" && typeof value === "string") return value === "true";
    return value as Value;
  }
  const [kind, inner] = type;
  switch (kind) {
    case "list":
    case "set":
      return Array.isArray(value) ? value.map((v) => conform(inner as CtyType, v)) : null;
    case "map": {
      if (typeof value !== "object") return null;
      const out: ObjectValue = {};
      for (const [k, v] of Object.entries(value as object)) out[k] = conform(inner as CtyType, v);
      return out;
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return null;
      const out: ObjectValue = {};
      for (const [k, t] of Object.entries(inner as Record<string, CtyType>)) out[k] = conform(t, (value as Record<string, unknown>)[k]);
      return out;
    }
    case "tuple":
      return Array.isArray(value) ? (inner as CtyType[]).map((t, i) => conform(t, value[i])) : null;
    default:
      return value as Value;
  }
}

/** Decodes a msgpack DynamicValue; every extension type is an unknown (terraform sends 0, and 12 for refined unknowns). */
export function decodeMsgpack(bytes: Uint8Array | undefined): Value {
  if (!bytes || bytes.length === 0) return null;
  return fromWire(decode(bytes));
}

function fromWire(value: unknown): Value {
  if (value instanceof ExtData) return UNKNOWN;
  if (Array.isArray(value)) return value.map(fromWire);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("utf8");
  if (value !== null && typeof value === "object") {
    const out: ObjectValue = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromWire(v);
    return out;
  }
  if (typeof value === "bigint") return Number(value);
  return value as Value;
}

/** Encodes `value`, shaped to `type`, as msgpack; unknowns as cty's plain unknown (extension 0). */
export function encodeMsgpack(type: CtyType, value: unknown): Uint8Array {
  return encode(toWire(conform(type, value)));
}

function toWire(value: Value): unknown {
  if (value === UNKNOWN) return new ExtData(0, new Uint8Array([0]));
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toWire(v);
    return out;
  }
  return value;
}

/** True when `value` is UNKNOWN or holds one anywhere inside. */
export function containsUnknown(value: Value): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === "object") return Object.values(value).some(containsUnknown);
  return false;
}

/** Deep equality of two values (UNKNOWN equals only UNKNOWN). */
export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a as ObjectValue);
  const kb = Object.keys(b as ObjectValue);
  return ka.length === kb.length && ka.every((k) => k in (b as ObjectValue) && sameValue((a as ObjectValue)[k], (b as ObjectValue)[k]));
}
