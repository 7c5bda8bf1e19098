import { HbrConfigurationError, describeValue } from "../../private/configuration-error";
import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { selectVaults, vaultLabel } from "./vault-selection";

/** Options of HBRP005. */
export interface RequiredTagsPolicyOptions extends VaultPolicyOptions {
  /** The tag keys every chosen backup vault must carry with a non-empty value, e.g. `["owner", "cost-center"]`. */
  readonly keys: readonly string[];
}

/** HBRP005: declared backup vaults carry the required tag keys (mirror vaults take no tags in the provider). */
export function requiredTagsRule(options: RequiredTagsPolicyOptions): PolicyPackRule {
  const keys = requireKeys(options?.keys);
  return {
    code: "HBRP005",
    description: `backup vaults carry the tags ${keys.join(", ")}`,
    check: (inventory) =>
      selectVaults(inventory, options.appliesTo, "backup").flatMap((vault) => {
        // A tag map that is a token as a whole is only known at apply time.
        if (vault.tags === undefined) return [];
        const tags = vault.tags;
        const missing = keys.filter((key) => !(key in tags) || tags[key].trim() === "");
        if (missing.length === 0) return [];
        const list = missing.map((key) => `"${key}"`).join(", ");
        return [
          {
            path: vault.path,
            message: `${vaultLabel(vault)} lacks the required tag${missing.length > 1 ? "s" : ""} ${list}.`,
            fix: `Add ${list} to the vault's tags, e.g. tags: { ${missing.map((key) => `${JSON.stringify(key)}: "..."`).join(", ")} }.`,
          },
        ];
      }),
  };
}

function requireKeys(keys: unknown): string[] {
  if (!Array.isArray(keys) || keys.length === 0 || keys.some((key) => typeof key !== "string" || key.trim() === "")) {
    throw new HbrConfigurationError(
      "HbrPolicies.requiredTags",
      `keys must be a non-empty list of non-empty tag keys, got ${describeValue(keys)}.`,
      'Pass the tag keys every vault must carry, e.g. { keys: ["owner"] }.',
    );
  }
  return [...new Set(keys as string[])].sort();
}
