import { App, TerraformStack } from "cdktf";
import { BackupVault, MirrorVault } from "../../lib";

/** The stacks of the multi-stack example. */
export interface MultiStackExample {
  readonly sources: Record<string, TerraformStack>;
  readonly mirrors: TerraformStack;
}

/**
 * One stack of source vaults per region, and one stack of mirrors that depends on them through
 * cdktf cross-stack references: `cdktf deploy` creates the sources first and `cdktf destroy` removes
 * the mirrors first, as the service requires.
 */
export function addMultiStackExample(app: App, prefix = "multi-stack"): MultiStackExample {
  const pairs = [
    { source: "cn-hangzhou", mirror: "cn-shanghai" },
    { source: "cn-beijing", mirror: "cn-zhangjiakou" },
  ];
  const mirrors = new TerraformStack(app, `${prefix}-mirrors`);
  const sources: Record<string, TerraformStack> = {};
  for (const { source, mirror } of pairs) {
    const stack = new TerraformStack(app, `${prefix}-source-${source}`);
    sources[source] = stack;
    const vault = new BackupVault(stack, "Backups", {
      region: source,
      vaultName: `app-backups-${source}`,
      preventDestroy: true,
    });
    new MirrorVault(mirrors, `Mirror-${source}`, {
      source: vault,
      region: mirror,
      vaultName: `app-dr-${source}`,
      description: `Mirror of app-backups-${source}`,
    });
  }
  return { sources, mirrors };
}
