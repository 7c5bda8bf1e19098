import { Severity } from "../../lib";
import { VaultFacts, checkVaults } from "../../lib/rules/vault-rules";

const source: VaultFacts = { key: "src", path: "s/Src", role: "backup", name: "src", region: "cn-hangzhou", encryption: "HBR_PRIVATE", vaultType: "STANDARD" };
const mirror = (over: Partial<VaultFacts> = {}): VaultFacts => ({
  key: "m",
  path: "s/M",
  role: "mirror",
  name: "m",
  region: "cn-shanghai",
  encryption: "HBR_PRIVATE",
  sourceKey: "src",
  ...over,
});

describe("checkVaults", () => {
  test("a well-formed source and mirror have no findings", () => {
    expect(checkVaults([source, mirror()])).toEqual([]);
  });

  test("unknown values (tokens, computed in a plan) skip the checks that need them", () => {
    expect(
      checkVaults([
        { key: "a", path: "a", role: "backup" },
        { key: "b", path: "b", role: "mirror", sourceKey: "a" },
        { key: "c", path: "c", role: "mirror", sourceKey: "not-known" },
      ]),
    ).toEqual([]);
  });

  test("imported vaults are not name-checked (their names are not ours to choose)", () => {
    expect(checkVaults([{ ...source, imported: true, name: "x".repeat(100) }])).toEqual([]);
  });

  test("HBR004 is a warning, or an error in strict mode", () => {
    const same = [source, mirror({ region: "cn-hangzhou" })];
    expect(checkVaults(same).map((f) => [f.code, f.severity])).toEqual([["HBR004", Severity.WARNING]]);
    expect(checkVaults(same, { strict: true }).map((f) => [f.code, f.severity])).toEqual([["HBR004", Severity.ERROR]]);
  });

  test("a mirror of a mirror is HBR008", () => {
    const chained = mirror({ key: "m2", path: "s/M2", sourceKey: "m", region: "cn-beijing" });
    expect(checkVaults([source, mirror(), chained]).map((f) => [f.code, f.path])).toEqual([["HBR008", "s/M2"]]);
  });

  test("the quota counts mirrors by account and region, reporting only those over it", () => {
    const vaults: VaultFacts[] = [];
    for (let i = 0; i < 7; i++) {
      vaults.push({ ...source, key: `s${i}`, path: `s/S${i}` });
      vaults.push(mirror({ key: `m${i}`, path: `s/M${i}`, sourceKey: `s${i}`, account: i < 4 ? "role:a" : "role:b" }));
    }
    expect(checkVaults(vaults, { mirrorQuota: 3 }).map((f) => f.path)).toEqual(["s/M3"]);
  });
});

describe("accounts that are only known at plan time", () => {
  const mirrorOf = (i: number, account: string): VaultFacts => mirror({ key: `m${i}`, path: `s/M${i}`, sourceKey: `s${i}`, account });
  const sourceOf = (i: number, account: string): VaultFacts => ({ ...source, key: `s${i}`, path: `s/S${i}`, account });

  test("are neither compared (HBR021) nor counted (HBR009)", () => {
    const vaults: VaultFacts[] = [];
    for (let i = 0; i < 7; i++) vaults.push(sourceOf(i, "provider:s/src"), mirrorOf(i, `provider:s/dr${i}`));
    expect(checkVaults(vaults)).toEqual([]);
  });

  test("known accounts that differ are HBR021", () => {
    expect(checkVaults([sourceOf(0, "account:1"), mirrorOf(0, "account:2")]).map((f) => f.code)).toEqual(["HBR021"]);
  });
});
