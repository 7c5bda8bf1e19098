import { Construct } from "constructs";

/**
 * A mistake in how a construct was called (a wrong type, a missing required value, a scope from
 * another app): thrown at once, naming the construct, the value and the fix. Violations of the
 * service's rules are not thrown; they are collected and reported together when the app synthesizes.
 */
export class HbrConfigurationError extends Error {
  constructor(
    /** The construct path. */
    public readonly constructPath: string,
    /** What is wrong. */
    public readonly problem: string,
    /** How to fix it. */
    public readonly fix: string,
  ) {
    super(`${constructPath}: ${problem} Fix: ${fix}`);
    this.name = "HbrConfigurationError";
  }
}

/** Describes a value for an error message without dumping large objects. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "function") return "a function";
  const name = (value as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : "an object";
}

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
  const scopePath = scope.node.path || "(app)";
  if (typeof id !== "string" || id === "") {
    throw new HbrConfigurationError(`${scopePath}/${kind}`, `the construct id must be a non-empty string, got ${describeValue(id)}.`, 'Pass a string id, e.g. "Backups".');
  }
  const existing = scope.node.tryFindChild(id);
  if (existing !== undefined) {
    throw new HbrConfigurationError(
      scope.node.path ? `${scope.node.path}/${id}` : id,
      `${scopePath} already has a construct with the id ${describeValue(id)} (${describeValue(existing)}).`,
      "Give every construct in a scope its own id.",
    );
  }
  return id;
}
