/**
 * A group of regions close enough together that one disaster (an earthquake, a flood, a grid failure)
 * may hit all of them: a mirror in the same group as its source is less of a disaster-recovery copy.
 */
export interface CityGroup {
  /** A short name for messages, e.g. `North China (Beijing area)`. */
  readonly name: string;
  /** The region ids in the group. */
  readonly regions: readonly string[];
}

/**
 * The city groups HBRP002 uses when a pack asks for mirrors outside their source's city group. This is
 * this library's own grouping by distance (regions within roughly 500 km of each other), not an
 * official Alibaba Cloud one; every region not listed is a group of its own. cn-qingdao is on its own:
 * it is about 550 km from Beijing and on the coast. Finance and government regions follow their city.
 */
export const CITY_GROUPS: readonly CityGroup[] = Object.freeze([
  Object.freeze({
    name: "North China (Beijing area)",
    regions: Object.freeze([
      "cn-beijing",
      "cn-zhangjiakou",
      "cn-huhehaote",
      "cn-wulanchabu",
      "cn-beijing-finance-1",
      "cn-beijing-finance-1-pub",
      "cn-north-2-gov-1",
    ]),
  }),
  Object.freeze({
    name: "East China (Yangtze River Delta)",
    regions: Object.freeze([
      "cn-hangzhou",
      "cn-shanghai",
      "cn-nanjing",
      "cn-hangzhou-finance",
      "cn-hzfinance",
      "cn-hzjbp",
      "cn-shanghai-finance-1",
      "cn-shanghai-finance-1-pub",
    ]),
  }),
  Object.freeze({
    name: "South China (Pearl River Delta)",
    regions: Object.freeze([
      "cn-shenzhen",
      "cn-guangzhou",
      "cn-heyuan",
      "cn-hongkong",
      "cn-shenzhen-finance-1",
      "cn-szfinance",
      "cn-shenzhen-finance",
    ]),
  }),
]);

const groupByRegion = new Map<string, CityGroup>(CITY_GROUPS.flatMap((group) => group.regions.map((region) => [region, group] as const)));

/**
 * The city group of a region.
 * @returns `undefined` for a region in no listed group (it is a group of its own)
 */
export function cityGroupOf(region: string): CityGroup | undefined {
  return groupByRegion.get(region);
}

/** True when two different regions are in the same city group. */
export function inSameCityGroup(a: string, b: string): boolean {
  const group = cityGroupOf(a);
  return a !== b && group !== undefined && group === cityGroupOf(b);
}
