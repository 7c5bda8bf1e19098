import * as fs from "fs";
import * as path from "path";
import { GENERATED_DIR, generateBindings, listFiles } from "../../scripts/generate-bindings";
import { scratchDir } from "../support";

describe("generated provider bindings", () => {
  let freshDir: string;
  let freshFiles: string[];

  beforeAll(async () => {
    freshDir = path.join(scratchDir("hbr-gen-"), "gen");
    freshFiles = await generateBindings(freshDir);
  });

  test("a fresh generation from the kept schema writes the same files as are committed", () => {
    expect(listFiles(GENERATED_DIR)).toEqual(freshFiles);
  });

  test("every committed generated file is byte-identical to a fresh generation", () => {
    const drifted = freshFiles.filter(
      (file) => !fs.readFileSync(path.join(GENERATED_DIR, file)).equals(fs.readFileSync(path.join(freshDir, file))),
    );
    expect(drifted).toEqual([]);
  });

  test("the bindings are laid out as cdktf get lays them out, with the classes users expect", () => {
    expect(freshFiles).toEqual(
      expect.arrayContaining([
        path.join("providers", "alicloud", "index.ts"),
        path.join("providers", "alicloud", "provider", "index.ts"),
        path.join("providers", "alicloud", "hbr-vault", "index.ts"),
        path.join("providers", "alicloud", "hbr-replication-vault", "index.ts"),
        path.join("providers", "alicloud", "hbr-policy", "index.ts"),
      ]),
    );
    const provider = fs.readFileSync(path.join(freshDir, "providers", "alicloud", "provider", "index.ts"), "utf8");
    expect(provider).toContain("export class AlicloudProvider extends cdktf.TerraformProvider");
    const vault = fs.readFileSync(path.join(freshDir, "providers", "alicloud", "hbr-vault", "index.ts"), "utf8");
    expect(vault).toContain("export class HbrVault extends cdktf.TerraformResource");
  });

  test("the generated folder says it is generated and must not be edited", () => {
    expect(fs.readFileSync(path.join(GENERATED_DIR, "README.md"), "utf8")).toMatch(/Generated code: do not edit/);
  });
});
