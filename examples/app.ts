import { App, LocalBackend, TerraformStack } from "cdktf";
import { BackupAndRestoreStack } from "./backup-and-restore";
import { CrossRegionDrStack } from "./cross-region-dr";
import { GeneratedBindingsStack } from "./generated-bindings";
import { addMultiStackExample } from "./multi-stack";

/** Declares every bundled example in `app`; each example adds its own, uniquely named stacks. */
export function addExamples(app: App): void {
  new GeneratedBindingsStack(app, "generated-bindings");
  new CrossRegionDrStack(app, "cross-region-dr");
  addMultiStackExample(app);
  new BackupAndRestoreStack(app, "backup-and-restore");
  useRelativeStateFiles(app);
}

/**
 * cdktf's default local backend writes the absolute path of the current folder into every stack.
 * A path relative to the stack's folder (`cdktf.out/stacks/<stack>`) keeps the state beside the
 * project, as the CLI does, and keeps the output the same on every machine.
 */
function useRelativeStateFiles(app: App): void {
  for (const child of app.node.children) {
    if (child instanceof TerraformStack) {
      new LocalBackend(child, { path: `../../../terraform.${child.node.id}.tfstate` });
    }
  }
}
