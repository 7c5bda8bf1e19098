import * as fs from "fs";
import * as path from "path";
import { scratchDir } from "../support";
import { REQUIRED_PROVIDERS, describeWithTerraform, terraform, workingDir } from "./harness";

const KEPT_SCHEMA = path.join(__dirname, "..", "..", "schema", "alicloud-hbr.schema.json");

const describeTf = describeWithTerraform();

describeTf("terraform sees the HBR emulator as aliyun/alicloud with the kept schema", () => {
  let root: string;
  let cloud: string;

  beforeAll(() => {
    root = scratchDir("hbr-tf-schema-");
    cloud = path.join(root, "cloud.json");
  });

  test("terraform providers schema -json prints the kept schema", async () => {
    const dir = workingDir(root, "schema", { terraform: REQUIRED_PROVIDERS, provider: { alicloud: { region: "cn-hangzhou" } } });
    await terraform(dir, ["init", "-no-color", "-input=false"], { cloud });
    const printed = await terraform(dir, ["providers", "schema", "-json"], { cloud });
    expect(JSON.parse(printed.stdout)).toEqual(JSON.parse(fs.readFileSync(KEPT_SCHEMA, "utf8")));
    // The lock file records the launcher's hash, as for any provider from a mirror.
    expect(fs.readFileSync(path.join(dir, ".terraform.lock.hcl"), "utf8")).toMatch(/provider "registry\.terraform\.io\/aliyun\/alicloud" \{\s+version\s+= "1\.289\.0"[\s\S]*h1:/);
  }, 60_000);

  test("terraform import brings a vault of the emulated cloud into another state, and the next plan changes nothing", async () => {
    const vault = { vault_name: "import-me", description: "made by one configuration, imported by another" };
    const config = { terraform: REQUIRED_PROVIDERS, provider: { alicloud: { region: "cn-hangzhou" } }, resource: { alicloud_hbr_vault: { it: vault } } };
    const maker = workingDir(root, "maker", { ...config, output: { id: { value: "${alicloud_hbr_vault.it.id}" } } });
    await terraform(maker, ["init", "-no-color", "-input=false"], { cloud });
    await terraform(maker, ["apply", "-no-color", "-auto-approve", "-input=false"], { cloud });
    const id = (JSON.parse((await terraform(maker, ["output", "-json"], { cloud })).stdout) as { id: { value: string } }).id.value;
    const importer = workingDir(root, "importer", config);
    await terraform(importer, ["init", "-no-color", "-input=false"], { cloud });
    await terraform(importer, ["import", "-no-color", "-input=false", "alicloud_hbr_vault.it", id], { cloud });
    const plan = await terraform(importer, ["plan", "-no-color", "-input=false", "-detailed-exitcode"], { cloud, allowFailure: true });
    expect({ code: plan.code, says: plan.stdout.includes("No changes.") }).toEqual({ code: 0, says: true });
  }, 60_000);

  test("terraform plan refuses a provider region the provider does not know", async () => {
    const dir = workingDir(root, "region", {
      terraform: REQUIRED_PROVIDERS,
      provider: { alicloud: { region: "cn-atlantis" } },
      resource: { alicloud_hbr_vault: { it: { vault_name: "region-check" } } },
    });
    await terraform(dir, ["init", "-no-color", "-input=false"], { cloud });
    const result = await terraform(dir, ["plan", "-no-color", "-input=false"], { cloud, allowFailure: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Invalid Alibaba Cloud region: cn-atlantis/);
  }, 60_000);

  test("terraform validate refuses a value outside the provider's enum, naming the attribute", async () => {
    const dir = workingDir(root, "enum", {
      terraform: REQUIRED_PROVIDERS,
      provider: { alicloud: { region: "cn-hangzhou" } },
      resource: { alicloud_hbr_vault: { bad: { vault_name: "enum-check", vault_type: "ARCHIVE" } } },
    });
    await terraform(dir, ["init", "-no-color", "-input=false"], { cloud });
    const result = await terraform(dir, ["validate", "-no-color"], { cloud, allowFailure: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/expected vault_type to be one of \[STANDARD OTS_BACKUP\], got ARCHIVE/);
  }, 60_000);
});
