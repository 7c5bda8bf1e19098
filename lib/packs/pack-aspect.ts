import { IConstruct } from "constructs";
import { AnnotationMetadataEntryType, Annotations, TerraformStack } from "../private/framework";
import { Severity } from "../rules/catalog";
import { formatFinding } from "../rules/finding";
import { Policies } from "./app-packs";

/**
 * The stack during whose aspects an app's `Policies` were created by a pack's visit, and the policy
 * warnings by construct path, computed on first use in that stack.
 */
interface LateStart {
  readonly stack: TerraformStack;
  warningsByPath?: Map<string, string[]>;
}

const lateStarts = new WeakMap<Policies, LateStart>();

/**
 * What `PolicyPack.visit` does for each construct cdktf visits under a scope the pack was added to
 * with `Aspects.of(scope).add(pack)`. Which constructs a scoped pack covers is read from the tree by
 * `Policies` (the scopes the pack was added to), so a visit only has to make sure the app's `Policies`
 * exist: they hook the packs' findings into `HbrRules`, whose app validation fails the synth with
 * every error in one message and whose stack aspect turns warnings into annotations.
 *
 * One case needs more. When nothing used `Policies` before the synth (the packs were only added with
 * `Aspects.of`), they are created by the first visit, in the middle of that stack's aspects: the
 * rules' aspect may have annotated that stack already, without the packs. The visits of the
 * constructs below the stack (always after the rules' visit of the stack itself) then add the
 * policy warnings that stack is still missing, each once. Later stacks are annotated by the rules.
 */
export function visitPolicyPack(node: IConstruct): void {
  const stack = stackOf(node);
  // cdktf invokes aspects from each stack down; a construct outside any stack is never visited.
  if (stack === undefined) return;
  let policies = Policies.tryOf(node);
  if (policies === undefined) {
    policies = Policies.of(node);
    const created = policies;
    lateStarts.set(created, { stack });
    // The late start concerns this synth only: the next one finds the policies in place from its start.
    node.node.root.node.addValidation({
      validate: () => {
        lateStarts.delete(created);
        return [];
      },
    });
  }
  const late = lateStarts.get(policies);
  if (late === undefined || late.stack !== stack || node === stack) return;
  late.warningsByPath ??= warningsByPath(policies);
  for (const line of late.warningsByPath.get(node.node.path) ?? []) {
    if (!hasWarning(node, line)) Annotations.of(node).addWarning(line);
  }
}

/** The innermost stack `node` is in (itself when it is a stack). */
function stackOf(node: IConstruct): TerraformStack | undefined {
  const scopes = node.node.scopes;
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    if (TerraformStack.isStack(scope)) return scope;
  }
  return undefined;
}

function warningsByPath(policies: Policies): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const finding of policies.evaluate().findings) {
    if (finding.severity !== Severity.WARNING) continue;
    const lines = byPath.get(finding.path);
    if (lines) lines.push(formatFinding(finding));
    else byPath.set(finding.path, [formatFinding(finding)]);
  }
  return byPath;
}

function hasWarning(node: IConstruct, line: string): boolean {
  return node.node.metadata.some((entry) => entry.type === AnnotationMetadataEntryType.WARN && entry.data === line);
}
