// Loads nothing: the plan guard and the schema check throw this error without cdktf or constructs.

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
