import { Construct } from "constructs";
import { TerraformOutput, TerraformStack } from "cdktf";
import { BackupVault, VaultEncryption } from "../../lib";

/** One stack: a backup vault in cn-hangzhou and its mirror in cn-shanghai. */
export class CrossRegionDrStack extends TerraformStack {
  public readonly vault: BackupVault;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.vault = new BackupVault(this, "Backups", {
      region: "cn-hangzhou",
      vaultName: "prod-backups",
      description: "Production backups",
      encryption: VaultEncryption.HBR_MANAGED,
      preventDestroy: true,
      tags: { team: "platform", env: "prod" },
    });
    const mirror = this.vault.addMirror("Mirror", {
      region: "cn-shanghai",
      vaultName: "prod-backups-dr",
      description: "Mirror of prod-backups for disaster recovery",
    });
    new TerraformOutput(this, "vault_id", { value: this.vault.vaultId });
    new TerraformOutput(this, "mirror_vault_id", { value: mirror.vaultId });
  }
}
