// https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../../private/framework';

// Configuration

export interface HbrHanaBackupClientConfig extends cdktf.TerraformMetaArguments {
  /**
  * The alert settings. Valid value: `INHERITED`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#alert_setting HbrHanaBackupClient#alert_setting}
  */
  readonly alertSetting?: string;
  /**
  * The installation information of the HBR clients.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#client_info HbrHanaBackupClient#client_info}
  */
  readonly clientInfo?: string;
  /**
  * The resource ID in terraform of Hana Backup Client. It formats as `:`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#id HbrHanaBackupClient#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Specifies whether to transmit data over HTTPS. Valid values: `true`, `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#use_https HbrHanaBackupClient#use_https}
  */
  readonly useHttps?: boolean | cdktf.IResolvable;
  /**
  * The ID of the backup vault.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#vault_id HbrHanaBackupClient#vault_id}
  */
  readonly vaultId: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#timeouts HbrHanaBackupClient#timeouts}
  */
  readonly timeouts?: HbrHanaBackupClientTimeouts;
}
export interface HbrHanaBackupClientTimeouts {
  /**
  * (Defaults to 10 mins) Used when create the Hana Backup Client.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#create HbrHanaBackupClient#create}
  */
  readonly create?: string;
  /**
  * (Defaults to 5 mins) Used when delete the Hana Backup Client.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#delete HbrHanaBackupClient#delete}
  */
  readonly delete?: string;
}

export function hbrHanaBackupClientTimeoutsToTerraform(struct?: HbrHanaBackupClientTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function hbrHanaBackupClientTimeoutsToHclTerraform(struct?: HbrHanaBackupClientTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class HbrHanaBackupClientTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): HbrHanaBackupClientTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: HbrHanaBackupClientTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client alicloud_hbr_hana_backup_client}
*/
export class HbrHanaBackupClient extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_hbr_hana_backup_client";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HbrHanaBackupClient resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HbrHanaBackupClient to import
  * @param importFromId The id of the existing HbrHanaBackupClient that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HbrHanaBackupClient to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_hbr_hana_backup_client", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_backup_client alicloud_hbr_hana_backup_client} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HbrHanaBackupClientConfig
  */
  public constructor(scope: Construct, id: string, config: HbrHanaBackupClientConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_hbr_hana_backup_client',
      terraformGeneratorMetadata: {
        providerName: 'alicloud',
        providerVersionConstraint: '= 1.289.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._alertSetting = config.alertSetting;
    this._clientInfo = config.clientInfo;
    this._id = config.id;
    this._useHttps = config.useHttps;
    this._vaultId = config.vaultId;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alert_setting - computed: true, optional: true, required: false
  private _alertSetting?: string; 
  public get alertSetting() {
    return this.getStringAttribute('alert_setting');
  }
  public set alertSetting(value: string) {
    this._alertSetting = value;
  }
  public resetAlertSetting() {
    this._alertSetting = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get alertSettingInput() {
    return this._alertSetting;
  }

  // client_id - computed: true, optional: false, required: false
  public get clientId() {
    return this.getStringAttribute('client_id');
  }

  // client_info - computed: false, optional: true, required: false
  private _clientInfo?: string; 
  public get clientInfo() {
    return this.getStringAttribute('client_info');
  }
  public set clientInfo(value: string) {
    this._clientInfo = value;
  }
  public resetClientInfo() {
    this._clientInfo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get clientInfoInput() {
    return this._clientInfo;
  }

  // cluster_id - computed: true, optional: false, required: false
  public get clusterId() {
    return this.getStringAttribute('cluster_id');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // instance_id - computed: true, optional: false, required: false
  public get instanceId() {
    return this.getStringAttribute('instance_id');
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // use_https - computed: false, optional: true, required: false
  private _useHttps?: boolean | cdktf.IResolvable; 
  public get useHttps() {
    return this.getBooleanAttribute('use_https');
  }
  public set useHttps(value: boolean | cdktf.IResolvable) {
    this._useHttps = value;
  }
  public resetUseHttps() {
    this._useHttps = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useHttpsInput() {
    return this._useHttps;
  }

  // vault_id - computed: false, optional: false, required: true
  private _vaultId?: string; 
  public get vaultId() {
    return this.getStringAttribute('vault_id');
  }
  public set vaultId(value: string) {
    this._vaultId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vaultIdInput() {
    return this._vaultId;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new HbrHanaBackupClientTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: HbrHanaBackupClientTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      alert_setting: cdktf.stringToTerraform(this._alertSetting),
      client_info: cdktf.stringToTerraform(this._clientInfo),
      id: cdktf.stringToTerraform(this._id),
      use_https: cdktf.booleanToTerraform(this._useHttps),
      vault_id: cdktf.stringToTerraform(this._vaultId),
      timeouts: hbrHanaBackupClientTimeoutsToTerraform(this._timeouts.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      alert_setting: {
        value: cdktf.stringToHclTerraform(this._alertSetting),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      client_info: {
        value: cdktf.stringToHclTerraform(this._clientInfo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      use_https: {
        value: cdktf.booleanToHclTerraform(this._useHttps),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      vault_id: {
        value: cdktf.stringToHclTerraform(this._vaultId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeouts: {
        value: hbrHanaBackupClientTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "HbrHanaBackupClientTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
