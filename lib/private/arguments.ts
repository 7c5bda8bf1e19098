import { Construct } from "constructs";
import { HbrConfigurationError, describeValue } from "./configuration-error";

// Constructs check their arguments with these; the error itself lives apart so that code which
// loads no constructs (the plan guard) can throw it too.
export { HbrConfigurationError, describeValue };

/** Checks a value from a caller that may bypass the types: a string, or absent when optional. */
export function requireString(path: string, prop: string, value: unknown, optional = false): string | undefined {
  if (value === undefined && optional) return undefined;
  if (typeof value !== "string") {
    throw new HbrConfigurationError(
      path,
      `${prop} must be a string, got ${describeValue(value)}.`,
      optional ? `Pass a string for ${prop}, or leave it out.` : `Pass a string for ${prop}.`,
    );
  }
  return value;
}

/** Checks a string that must not be empty or blank (an id, a name, a path). `fix` says what to pass. */
export function requireNonEmptyString(path: string, prop: string, value: unknown, fix = `Pass ${prop}.`): string {
  const text = requireString(path, prop, value)!;
  if (text.trim() === "") throw new HbrConfigurationError(path, `${prop} is empty.`, fix);
  return text;
}

/** Checks that an options argument is an object (plain JavaScript callers can pass anything). */
export function requireOptionsObject<T>(path: string, options: T, fix: string): T {
  if (typeof options !== "object" || options === null) {
    throw new HbrConfigurationError(path, `options must be an object, got ${describeValue(options)}.`, fix);
  }
  return options;
}

/** Checks an optional boolean from a caller that may bypass the types. */
export function optionalBoolean(path: string, prop: string, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "boolean") {
    throw new HbrConfigurationError(path, `${prop} must be true or false, got ${describeValue(value)}.`, `Pass a boolean for ${prop}, or leave it out.`);
  }
  return value;
}

/** Checks an optional enum value against its allowed values. */
export function optionalEnum<T extends string>(path: string, prop: string, value: unknown, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw new HbrConfigurationError(
      path,
      `${prop} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(value)}.`,
      `Use one of the enum's values for ${prop}.`,
    );
  }
  return value as T;
}

/**
 * Checks the scope and id a construct of this library is given, before `super(scope, id)`: plain
 * JavaScript callers can pass anything, and the constructs library would fail on them with a
 * TypeError (a number as id, a string as scope) or with a message that names no construct.
 */
export function constructId(scope: unknown, id: unknown, kind: string): string {
  if (!Construct.isConstruct(scope)) {
    throw new HbrConfigurationError(
      `${kind} ${describeValue(id)}`,
      `scope must be a construct (a TerraformStack or a construct inside one), got ${describeValue(scope)}.`,
      `Pass the stack (or a construct in it) as the first argument of new ${kind}(scope, id, props).`,
    );
  }
  // The scope's path costs a walk up the tree, and this runs for every construct: made only for an error.
  const scopePath = () => scope.node.path || "(app)";
  if (typeof id !== "string" || id === "") {
    throw new HbrConfigurationError(`${scopePath()}/${kind}`, `the construct id must be a non-empty string, got ${describeValue(id)}.`, 'Pass a string id, e.g. "Backups".');
  }
  const existing = scope.node.tryFindChild(id);
  if (existing !== undefined) {
    throw new HbrConfigurationError(
      scope.node.path ? `${scope.node.path}/${id}` : id,
      `${scopePath()} already has a construct with the id ${describeValue(id)} (${describeValue(existing)}).`,
      "Give every construct in a scope its own id.",
    );
  }
  return id;
}

/**
 * Checks an optional list of non-empty strings from a caller that may bypass the types, and copies
 * it; undefined when left out. `example` shows the form in the fix, e.g. `["/data"]`.
 */
export function optionalStringList(path: string, prop: string, value: unknown, example = '["..."]'): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== "string" || v === "")) {
    throw new HbrConfigurationError(path, `${prop} must be a list of non-empty strings, got ${describeValue(value)}.`, `Pass ${prop} as e.g. ${example}, or leave it out.`);
  }
  return [...value];
}

/**
 * An optional list of strings as the service takes path and pattern lists: a JSON array in a
 * string (`["*.doc","*.xltm"]`), or undefined when the list is left out or empty.
 */
export function optionalJsonList(path: string, prop: string, value: unknown, example?: string): string | undefined {
  const list = optionalStringList(path, prop, value, example);
  return list === undefined || list.length === 0 ? undefined : JSON.stringify(list);
}
