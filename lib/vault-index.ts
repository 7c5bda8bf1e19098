import { IConstruct } from "constructs";
import { TerraformResource, TerraformStack, Token, Tokenization } from "./private/framework";
import { HbrRules } from "./rules/hbr-rules";
import { IVault } from "./vault";

/**
 * Which vault a vault id refers to, as a key that is the same whatever form the id takes: a cdktf
 * reference token (`vault.vaultId`, `mirror.resource.id`, either read in any stack), the same written
 * as a Terraform expression (`"${alicloud_hbr_replication_vault.M_1234.id}"`, read in `consumer`'s
 * stack), or a literal id (`v-0001...`).
 */
export function vaultIdKey(vaultId: string, consumer: IConstruct): string {
  if (Token.isUnresolved(vaultId)) {
    const fragments = Tokenization.reverseString(vaultId);
    const reference = (fragments.length === 1 ? fragments.firstToken : undefined) as { identifier?: unknown; originStack?: TerraformStack } | undefined;
    if (reference && typeof reference.identifier === "string") {
      return `${(reference.originStack ?? TerraformStack.of(consumer)).node.path}|${reference.identifier}`;
    }
    return `token|${vaultId}`;
  }
  const expression = /^\$\{([A-Za-z0-9_.-]+)\}$/.exec(vaultId.trim());
  if (expression) return `${TerraformStack.of(consumer).node.path}|${expression[1]}`;
  return `id|${vaultId}`;
}

/** The {@link vaultIdKey} of a declared resource's `id`, computed without making a token. */
export function resourceIdKey(resource: TerraformResource): string {
  return `${TerraformStack.of(resource).node.path}|${resource.terraformResourceType}.${resource.friendlyUniqueId}.id`;
}

interface IndexState {
  evaluation: number;
  constructs: number;
  byKey: Map<string, IVault>;
}

const indexes = new WeakMap<HbrRules, IndexState>();

/**
 * The app's vaults and mirrors by {@link vaultIdKey}, built once per evaluation of the rules and only
 * by the rules that need it. Where a key is both a mirror's and a backup vault's (an import of a
 * mirror's id as a backup vault), the mirror wins: it is what the id really is.
 */
export function appVaultIndex(scope: IConstruct): ReadonlyMap<string, IVault> {
  const rules = HbrRules.of(scope);
  let state = indexes.get(rules);
  // Rebuilt for each evaluation, and when asked while the app is still being declared and has grown.
  if (!state || state.evaluation !== rules.evaluationCount || state.constructs !== rules.registeredCount) {
    state = { evaluation: rules.evaluationCount, constructs: rules.registeredCount, byKey: indexVaults(rules.registeredConstructs()) };
    indexes.set(rules, state);
  }
  return state.byKey;
}

/** Whether a vault in the index is a declared resource of this app (rather than an import). */
export function isDeclaredVault(vault: IVault): boolean {
  return (vault as { resource?: unknown }).resource instanceof TerraformResource;
}

/** Which of two vaults with one key the index keeps: a mirror over a backup vault, then a declared one over an import, then the first. */
function rank(vault: IVault): number {
  return ((vault as { vaultRole?: string }).vaultRole === "mirror" ? 2 : 0) + (isDeclaredVault(vault) ? 1 : 0);
}

function indexVaults(constructs: readonly IConstruct[]): Map<string, IVault> {
  const byKey = new Map<string, IVault>();
  for (const construct of constructs) {
    const vault = construct as Partial<IVault> & { vaultRole?: unknown; resource?: unknown };
    if (vault.vaultRole !== "backup" && vault.vaultRole !== "mirror") continue;
    // Declared vaults are keyed by their resource, so indexing makes no id token for them.
    const key =
      vault.resource instanceof TerraformResource ? resourceIdKey(vault.resource) : typeof vault.vaultId === "string" ? vaultIdKey(vault.vaultId, construct) : undefined;
    if (key === undefined) continue;
    const existing = byKey.get(key);
    if (existing === undefined || rank(vault as IVault) > rank(existing)) byKey.set(key, vault as IVault);
  }
  return byKey;
}
