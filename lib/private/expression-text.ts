/**
 * True when a Terraform JSON string is an expression rather than a literal: it holds a template
 * interpolation (`${...}`), so its value is known only at plan or apply time. The facts are read from
 * Terraform JSON (written or planned), where cdktf's tokens are resolved already, and cdktf's own
 * encoding of an unresolved string contains `${` too.
 */
export function isExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}
