import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AlicloudProvider } from "../../lib/gen/providers/alicloud/provider";
import { HbrVault } from "../../lib/gen/providers/alicloud/hbr-vault";
import { HbrReplicationVault } from "../../lib/gen/providers/alicloud/hbr-replication-vault";

/**
 * The generated bindings alone, without the library's constructs: a vault in cn-hangzhou and its
 * mirror (replication vault) in cn-shanghai, one aliased provider per region. This is what the
 * constructs save you from writing, and the baseline the benchmark compares them with.
 */
export class GeneratedBindingsStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const hangzhou = new AlicloudProvider(this, "cn-hangzhou", { alias: "cn-hangzhou", region: "cn-hangzhou" });
    const shanghai = new AlicloudProvider(this, "cn-shanghai", { alias: "cn-shanghai", region: "cn-shanghai" });

    const vault = new HbrVault(this, "vault", {
      provider: hangzhou,
      vaultName: "example-backups",
      vaultType: "STANDARD",
      encryptType: "HBR_PRIVATE",
      description: "Backups of the example workloads",
    });
    new HbrReplicationVault(this, "mirror", {
      provider: shanghai,
      vaultName: "example-backups-dr",
      replicationSourceRegionId: "cn-hangzhou",
      // Referencing the source's id makes Terraform destroy the mirror before its source.
      replicationSourceVaultId: vault.id,
      encryptType: "HBR_PRIVATE",
      description: "Mirror of example-backups for disaster recovery",
    });
  }
}
