import { closest } from "./closest-name";
import { readKept } from "./kept-files";
import type { RegionsDocument } from "../schema/kept-schema";

let knownRegions: ReadonlySet<string> | undefined;

/** The region ids the alicloud provider accepts (its `ValidRegions`), from the kept `schema/regions.json`. */
export function knownRegionIds(): ReadonlySet<string> {
  if (!knownRegions) {
    const valid = readKept<RegionsDocument>("regions.json").valid_regions;
    knownRegions = new Set(Array.isArray(valid) ? valid : (valid as { regions: readonly string[] }).regions);
  }
  return knownRegions;
}

/** True when `region` is a region id the provider knows. */
export function isKnownRegion(region: string): boolean {
  return knownRegionIds().has(region);
}

/** The known region id closest to `region`, for "did you mean" suggestions. */
export function closestRegion(region: string): string | undefined {
  return closest(region.trim().toLowerCase(), [...knownRegionIds()]);
}
