/**
 * Reading untrusted JSON. A plan file may come from anywhere, so every field may be missing or of
 * another type than the documented one; these helpers answer `undefined` instead of throwing, and
 * read only a value's own properties (a key such as `constructor` must not reach `Object.prototype`).
 */

/** A JSON object as parsed: string keys, values not yet checked. */
export type JsonObject = { readonly [key: string]: unknown };

/** The value when it is a JSON object (not an array, not null). */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

/** The value when it is an array. */
export function asArray(value: unknown): readonly unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** The value when it is a string. */
export function asString(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** The own property `key` of `value` when `value` is an object; `undefined` otherwise. */
export function field(value: unknown, key: string): unknown {
  // Called hundreds of thousands of times on a large plan, mostly before V8 optimizes it: one test and
  // one read for the usual case. A plain object can inherit only Object.prototype's members, which are
  // functions and the `__proto__` accessor, so only those need the own-property test.
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const found = (value as JsonObject)[key];
  if (found === undefined || (typeof found !== "function" && key !== "__proto__")) return found;
  return Object.prototype.hasOwnProperty.call(value, key) ? found : undefined;
}

/** The strings of an array, skipping anything else; empty for a non-array. */
export function stringsOf(value: unknown): string[] {
  const array = asArray(value);
  if (array === undefined) return [];
  const strings: string[] = [];
  for (const item of array) if (typeof item === "string") strings.push(item);
  return strings;
}

/** The JSON type of a value as a person would name it, for one-line reasons (`an array`, `a string`, `null`). */
export function describeJsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value === undefined) return "nothing";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

/**
 * A short, bounded description of any value for one-line notes and reasons: a scalar or a flat array
 * of at most a few scalars is shown as JSON (clipped), anything else by its type and size. Never walks
 * nested structures, so a hostile value (arrays nested thousands deep) cannot overflow the stack.
 */
export function previewJson(value: unknown): string {
  const scalar = (item: unknown) => item === null || typeof item === "string" || typeof item === "number" || typeof item === "boolean";
  if (value === undefined) return "missing";
  if (scalar(value)) return clipText(JSON.stringify(value));
  const array = asArray(value);
  if (array !== undefined) {
    if (array.length <= 5 && array.every(scalar)) return clipText(JSON.stringify(array));
    return `an array of ${array.length} item${array.length === 1 ? "" : "s"}`;
  }
  return describeJsonType(value);
}

/** The text, cut to `max` characters (60 by default) with `...` when longer. */
export function clipText(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
