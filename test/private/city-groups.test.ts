import * as fs from "fs";
import * as path from "path";
import { CITY_GROUPS, cityGroupOf, inSameCityGroup } from "../../lib/private/city-groups";
import { isKnownRegion } from "../../lib/private/region";

describe("city groups", () => {
  test("every region in a group is a region id the provider knows", () => {
    const unknown = CITY_GROUPS.flatMap((group) => group.regions).filter((region) => !isKnownRegion(region));
    expect(unknown).toEqual([]);
  });

  test("no region is in two groups", () => {
    const regions = CITY_GROUPS.flatMap((group) => group.regions);
    expect(new Set(regions).size).toBe(regions.length);
  });

  test.each([
    ["cn-hangzhou", "cn-shanghai", true],
    ["cn-beijing", "cn-zhangjiakou", true],
    ["cn-shenzhen", "cn-hongkong", true],
    ["cn-hangzhou", "cn-beijing", false],
    ["cn-beijing", "cn-qingdao", false],
    ["cn-hangzhou", "cn-hangzhou", false],
    ["eu-central-1", "eu-west-1", false],
  ])("%s and %s in the same group: %p", (a, b, same) => {
    expect(inSameCityGroup(a, b)).toBe(same);
    expect(inSameCityGroup(b, a)).toBe(same);
  });

  test("a region in no listed group has no group", () => {
    expect(cityGroupOf("cn-qingdao")).toBeUndefined();
    expect(cityGroupOf("cn-beijing")?.name).toBe("North China (Beijing area)");
  });

  test("docs/rules.md lists the same groups as the code", () => {
    const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    const documented = CITY_GROUPS.map((group) => doc.includes(`| ${group.name} | ${group.regions.join(", ")} |`));
    expect(documented).toEqual(CITY_GROUPS.map(() => true));
  });
});
