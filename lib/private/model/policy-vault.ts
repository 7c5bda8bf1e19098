import { PolicyVaultFacts } from "../../rules/policy-rules";
import { ModelVault } from "./hbr-model";

/**
 * A vault as a policy rule or restore job sees it. A mirror holds its source's kind of backups, so its
 * vault type is its source's: one place decides it for the synth-time reader and the plan guard alike.
 *
 * @param vaultByKey the model's vault with a key (a mirror's `sourceKey` names its source this way)
 */
export function policyVaultFacts(vault: ModelVault | undefined, vaultByKey: (key: string) => ModelVault | undefined): PolicyVaultFacts | undefined {
  if (vault === undefined) return undefined;
  const { facts } = vault;
  const source = facts.role === "mirror" && facts.sourceKey !== undefined ? vaultByKey(facts.sourceKey) : undefined;
  return { path: facts.path, role: facts.role, name: facts.name, region: facts.region, vaultType: facts.role === "mirror" ? source?.facts.vaultType : facts.vaultType };
}
