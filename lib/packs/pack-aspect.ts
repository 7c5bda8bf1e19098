import { IConstruct } from "constructs";
import { TerraformStack } from "../private/framework";
import { Policies } from "./app-packs";

/**
 * What `PolicyPack.visit` does for each construct cdktf visits under a scope the pack was added to
 * with `Aspects.of(scope).add(pack)`. Which constructs a scoped pack covers is read from the tree by
 * `Policies` (the scopes the pack was added to), so a visit only has to make sure the app's `Policies`
 * exist: they hook the packs' findings into `HbrRules`, whose app validation fails the synth with
 * every error in one message, and whose stack validations (after the stack's aspects, so also when
 * the first visit made the `Policies`) turn the warnings into annotations.
 */
export function visitPolicyPack(node: IConstruct): void {
  // cdktf invokes aspects from each stack down; a construct outside any stack is never visited.
  if (!inStack(node)) return;
  if (Policies.tryOf(node) === undefined) Policies.of(node);
}

function inStack(node: IConstruct): boolean {
  return node.node.scopes.some((scope) => TerraformStack.isStack(scope));
}
