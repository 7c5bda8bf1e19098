import { TerraformStack } from "cdktf";
import { BackupVault, formatSummaryTable } from "../../lib";
import { buildSynthReport } from "../../lib/report/synth-report";
import { scratchApp } from "../support";
import { sampleApp } from "../topology/support";

describe("the summary table", () => {
  test("gives the totals, then regions with their counts and a total row", () => {
    expect(formatSummaryTable(buildSynthReport(sampleApp()))).toBe(
      [
        "HBR: 4 regions, 2 backup vaults, 2 mirror vaults, 1 backup policy, 1 restore job; 0 errors, 0 warnings, 0 suppressions",
        "",
        "region       backup vaults  mirror vaults  policies  restore jobs",
        "cn-beijing               0              1         0             1",
        "cn-hangzhou              1              0         1             0",
        "cn-shanghai              0              1         0             0",
        "cn-shenzhen              1              0         0             0",
        "total                    2              2         1             1",
      ].join("\n"),
    );
  });

  test("adds the findings by code when there are any", () => {
    const app = scratchApp();
    const stack = new TerraformStack(app, "s");
    new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "v" }).addMirror("Mirror", { region: "cn-hangzhou", vaultName: "m" });
    const lines = formatSummaryTable(buildSynthReport(app)).split("\n");
    expect(lines[0]).toBe("HBR: 1 region, 1 backup vault, 1 mirror vault, 0 backup policies, 0 restore jobs; 0 errors, 1 warning, 0 suppressions");
    expect(lines.slice(-2)).toEqual(["code    errors  warnings  suppressed  title", "HBR004       0         1           0  Mirror in another region than its source"]);
  });

  test("of an app without HBR constructs is the totals line alone", () => {
    expect(formatSummaryTable(buildSynthReport(scratchApp()))).toBe("HBR: 0 regions, 0 backup vaults, 0 mirror vaults, 0 backup policies, 0 restore jobs; 0 errors, 0 warnings, 0 suppressions");
  });
});
