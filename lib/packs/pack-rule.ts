import { HbrInventory, InventoryVault } from "../topology/inventory";
import { PolicyRuleCode } from "../rules/pack-catalog";

/** One violation a policy rule found; the pack the rule is in gives it its severity. */
export interface PolicyPackViolation {
  /** The construct path of the vault (or other construct) at fault. */
  readonly path: string;
  /** What is wrong, naming the values involved. */
  readonly message: string;
  /**
   * How to fix it.
   * @default the catalog's fix for the rule
   */
  readonly fix?: string;
}

/**
 * Chooses the backup vaults a rule checks, e.g. `(vault) => vault.tags?.env === "prod"`. A mirror vault
 * is checked when its source vault is chosen (mirrors carry no tags, and belong to their source's workload).
 */
export type VaultFilter = (vault: InventoryVault) => boolean;

/** Options every organization policy rule takes. */
export interface VaultPolicyOptions {
  /**
   * Chooses the backup vaults the rule checks.
   * @default every backup vault the app declares (imported vaults are managed elsewhere and never checked)
   */
  readonly appliesTo?: VaultFilter;
}

/** One organization policy check, made by the `HbrPolicies` factories and grouped in a `PolicyPack`. */
export interface PolicyPackRule {
  /** The policy code its findings carry. */
  readonly code: PolicyRuleCode;
  /** What this rule checks with its options, e.g. `tags owner, cost-center`: listed in the synth report. */
  readonly description: string;
  /** The violations in the app's inventory. */
  check(inventory: HbrInventory): PolicyPackViolation[];
}
