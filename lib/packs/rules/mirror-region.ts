import { cityGroupOf, inSameCityGroup } from "../../private/city-groups";
import type { PolicyPackRule, VaultPolicyOptions } from "../pack-rule";
import { selectVaults, vaultLabel } from "./vault-selection";

/** Options of HBRP002. */
export interface MirrorRegionPolicyOptions extends VaultPolicyOptions {
  /**
   * Also requires the mirror to be outside its source's city group (regions close enough for one
   * disaster to hit both; see `CITY_GROUPS`).
   * @default false: another region is enough
   */
  readonly outsideCityGroup?: boolean;
}

/** HBRP002: a declared mirror vault is in another region than its source (and, optionally, another city group). */
export function mirrorRegionRule(options: MirrorRegionPolicyOptions = {}): PolicyPackRule {
  const outsideCityGroup = options.outsideCityGroup === true;
  return {
    code: "HBRP002",
    description: outsideCityGroup ? "mirror vaults are outside their source's city group" : "mirror vaults are in another region than their source",
    check: (inventory) => {
      const byPath = new Map(inventory.vaults.map((vault) => [vault.path, vault] as const));
      return selectVaults(inventory, options.appliesTo, "mirror").flatMap((mirror) => {
        const source = mirror.sourcePath !== undefined ? byPath.get(mirror.sourcePath) : undefined;
        // Regions that are tokens are decided at apply time; nothing to compare here.
        if (source?.region === undefined || mirror.region === undefined) return [];
        const sourceLabel = `its source ${source.name !== undefined ? `"${source.name}" ` : ""}(${source.path})`;
        if (source.region === mirror.region) {
          return [
            {
              path: mirror.path,
              message: `${vaultLabel(mirror)} is in ${mirror.region}, the region of ${sourceLabel}: one regional outage takes both copies.`,
              fix: outsideCityGroup ? outsideGroupFix(source.region) : `Put the mirror in another region than ${source.region}, its source's region.`,
            },
          ];
        }
        if (outsideCityGroup && inSameCityGroup(source.region, mirror.region)) {
          const group = cityGroupOf(source.region)!;
          return [
            {
              path: mirror.path,
              message: `${vaultLabel(mirror)} (${mirror.region}) and ${sourceLabel} (${source.region}) are both in the city group ${group.name}: one disaster of that area can take both copies.`,
              fix: outsideGroupFix(source.region),
            },
          ];
        }
        return [];
      });
    },
  };
}

/** The fix when the pack asks for mirrors outside their source's city group: name the group to leave. */
function outsideGroupFix(sourceRegion: string): string {
  const group = cityGroupOf(sourceRegion);
  return group === undefined
    ? `Put the mirror in another region than ${sourceRegion}, its source's region (${sourceRegion} is in no city group, so any other region is outside its group).`
    : `Put the mirror in a region outside ${group.name} (${group.regions.join(", ")}).`;
}
