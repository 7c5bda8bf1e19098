import { IConstruct } from "constructs";
import { TerraformProvider } from "./private/framework";
import { providerRegionConflict, regionUnknown, regionalProvider } from "./regional-provider";
import { HbrRules } from "./hbr-rules";

/** Where a construct of this library is created: the provider its resources use, and their region. */
export interface RegionalPlacement {
  /** The provider configuration, configured for `region`. */
  readonly provider: TerraformProvider;
  /** The region id; empty when neither the construct nor its provider names one (reported as HBR006). */
  readonly region: string;
}

/**
 * Places a construct in a region: picks its provider (see {@link regionalProvider}) and records, for
 * the synth-time report, what cannot be decided now: a `region` that disagrees with the `provider`
 * given, or no region at all (both HBR006). Every construct of the library is placed this way.
 *
 * @param region the construct's `region` prop
 * @param provider the construct's `provider` prop
 * @param defaultRegion the region to use when neither is given (e.g. a restore job's vault's)
 * @param sameAccountAs when no provider is given, choose one in this provider's account (a mirror goes
 *   in its source's account)
 */
export function placeInRegion(
  scope: IConstruct,
  region: string | undefined,
  provider: unknown,
  defaultRegion?: string,
  sameAccountAs?: TerraformProvider,
): RegionalPlacement {
  const choice = regionalProvider(scope, region ?? (provider === undefined ? defaultRegion : undefined), provider, sameAccountAs);
  // The path and the registry are looked up only when there is something to record: placement runs
  // for every construct, and both cost a walk up the tree.
  if (choice.conflictingProviderRegion !== undefined) HbrRules.of(scope).record(providerRegionConflict(scope.node.path, region!, choice.conflictingProviderRegion));
  if (choice.region === undefined) HbrRules.of(scope).record(regionUnknown(scope.node.path));
  return { provider: choice.provider, region: choice.region ?? region ?? "" };
}
