import { Token } from "./framework";

/** The value when it is a literal string; `undefined` for tokens and absent values. */
export function literal(value: string | undefined): string | undefined {
  return typeof value !== "string" || Token.isUnresolved(value) ? undefined : value;
}
