// https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from '../../../../private/framework';

// Configuration

export interface HbrHanaInstanceConfig extends cdktf.TerraformMetaArguments {
  /**
  * The alert settings. Valid value: `INHERITED`, which indicates that the backup client sends alert notifications in the same way as the backup vault.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#alert_setting HbrHanaInstance#alert_setting}
  */
  readonly alertSetting?: string;
  /**
  * The IDs of ECS instances that host the SAP HANA instance to be registered. HBR installs backup clients on the specified ECS instances.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#ecs_instance_ids HbrHanaInstance#ecs_instance_ids}
  */
  readonly ecsInstanceIds?: string[];
  /**
  * The name of the SAP HANA instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#hana_name HbrHanaInstance#hana_name}
  */
  readonly hanaName?: string;
  /**
  * The private or internal IP address of the host where the primary node of the SAP HANA instance resides.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#host HbrHanaInstance#host}
  */
  readonly host?: string;
  /**
  * The resource ID of Hana Instance. The value formats as `:`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#id HbrHanaInstance#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The instance number of the SAP HANA system.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#instance_number HbrHanaInstance#instance_number}
  */
  readonly instanceNumber?: number;
  /**
  * The password that is used to connect with the SAP HANA database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#password HbrHanaInstance#password}
  */
  readonly password?: string;
  /**
  * The ID of the resource group.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#resource_group_id HbrHanaInstance#resource_group_id}
  */
  readonly resourceGroupId?: string;
  /**
  * The security identifier (SID) of the SAP HANA database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#sid HbrHanaInstance#sid}
  */
  readonly sid?: string;
  /**
  * Specifies whether to connect with the SAP HANA database over Secure Sockets Layer (SSL).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#use_ssl HbrHanaInstance#use_ssl}
  */
  readonly useSsl?: boolean | cdktf.IResolvable;
  /**
  * The username of the SYSTEMDB database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#user_name HbrHanaInstance#user_name}
  */
  readonly userName?: string;
  /**
  * Specifies whether to verify the SSL certificate of the SAP HANA database.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#validate_certificate HbrHanaInstance#validate_certificate}
  */
  readonly validateCertificate?: boolean | cdktf.IResolvable;
  /**
  * The ID of the backup vault.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#vault_id HbrHanaInstance#vault_id}
  */
  readonly vaultId: string;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#timeouts HbrHanaInstance#timeouts}
  */
  readonly timeouts?: HbrHanaInstanceTimeouts;
}
export interface HbrHanaInstanceTimeouts {
  /**
  * (Defaults to 1 mins) Used when create the Hana Instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#create HbrHanaInstance#create}
  */
  readonly create?: string;
  /**
  * (Defaults to 1 mins) Used when delete the Hana Instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#delete HbrHanaInstance#delete}
  */
  readonly delete?: string;
  /**
  * (Defaults to 1 mins) Used when update the Hana Instance.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#update HbrHanaInstance#update}
  */
  readonly update?: string;
}

export function hbrHanaInstanceTimeoutsToTerraform(struct?: HbrHanaInstanceTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function hbrHanaInstanceTimeoutsToHclTerraform(struct?: HbrHanaInstanceTimeouts | cdktf.IResolvable): any {
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
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class HbrHanaInstanceTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): HbrHanaInstanceTimeouts | cdktf.IResolvable | undefined {
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
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: HbrHanaInstanceTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
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
      this._update = value.update;
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

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance alicloud_hbr_hana_instance}
*/
export class HbrHanaInstance extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "alicloud_hbr_hana_instance";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a HbrHanaInstance resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HbrHanaInstance to import
  * @param importFromId The id of the existing HbrHanaInstance that should be imported. Refer to the {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HbrHanaInstance to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider): cdktf.ImportableResource {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "alicloud_hbr_hana_instance", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/aliyun/alicloud/latest/docs/resources/hbr_hana_instance alicloud_hbr_hana_instance} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HbrHanaInstanceConfig
  */
  public constructor(scope: Construct, id: string, config: HbrHanaInstanceConfig) {
    super(scope, id, {
      terraformResourceType: 'alicloud_hbr_hana_instance',
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
    this._ecsInstanceIds = config.ecsInstanceIds;
    this._hanaName = config.hanaName;
    this._host = config.host;
    this._id = config.id;
    this._instanceNumber = config.instanceNumber;
    this._password = config.password;
    this._resourceGroupId = config.resourceGroupId;
    this._sid = config.sid;
    this._useSsl = config.useSsl;
    this._userName = config.userName;
    this._validateCertificate = config.validateCertificate;
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

  // ecs_instance_ids - computed: false, optional: true, required: false
  private _ecsInstanceIds?: string[]; 
  public get ecsInstanceIds() {
    return this.getListAttribute('ecs_instance_ids');
  }
  public set ecsInstanceIds(value: string[]) {
    this._ecsInstanceIds = value;
  }
  public resetEcsInstanceIds() {
    this._ecsInstanceIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ecsInstanceIdsInput() {
    return this._ecsInstanceIds;
  }

  // hana_instance_id - computed: true, optional: false, required: false
  public get hanaInstanceId() {
    return this.getStringAttribute('hana_instance_id');
  }

  // hana_name - computed: false, optional: true, required: false
  private _hanaName?: string; 
  public get hanaName() {
    return this.getStringAttribute('hana_name');
  }
  public set hanaName(value: string) {
    this._hanaName = value;
  }
  public resetHanaName() {
    this._hanaName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hanaNameInput() {
    return this._hanaName;
  }

  // host - computed: false, optional: true, required: false
  private _host?: string; 
  public get host() {
    return this.getStringAttribute('host');
  }
  public set host(value: string) {
    this._host = value;
  }
  public resetHost() {
    this._host = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get hostInput() {
    return this._host;
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

  // instance_number - computed: false, optional: true, required: false
  private _instanceNumber?: number; 
  public get instanceNumber() {
    return this.getNumberAttribute('instance_number');
  }
  public set instanceNumber(value: number) {
    this._instanceNumber = value;
  }
  public resetInstanceNumber() {
    this._instanceNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get instanceNumberInput() {
    return this._instanceNumber;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // resource_group_id - computed: true, optional: true, required: false
  private _resourceGroupId?: string; 
  public get resourceGroupId() {
    return this.getStringAttribute('resource_group_id');
  }
  public set resourceGroupId(value: string) {
    this._resourceGroupId = value;
  }
  public resetResourceGroupId() {
    this._resourceGroupId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get resourceGroupIdInput() {
    return this._resourceGroupId;
  }

  // sid - computed: false, optional: true, required: false
  private _sid?: string; 
  public get sid() {
    return this.getStringAttribute('sid');
  }
  public set sid(value: string) {
    this._sid = value;
  }
  public resetSid() {
    this._sid = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sidInput() {
    return this._sid;
  }

  // status - computed: true, optional: false, required: false
  public get status() {
    return this.getStringAttribute('status');
  }

  // use_ssl - computed: false, optional: true, required: false
  private _useSsl?: boolean | cdktf.IResolvable; 
  public get useSsl() {
    return this.getBooleanAttribute('use_ssl');
  }
  public set useSsl(value: boolean | cdktf.IResolvable) {
    this._useSsl = value;
  }
  public resetUseSsl() {
    this._useSsl = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get useSslInput() {
    return this._useSsl;
  }

  // user_name - computed: false, optional: true, required: false
  private _userName?: string; 
  public get userName() {
    return this.getStringAttribute('user_name');
  }
  public set userName(value: string) {
    this._userName = value;
  }
  public resetUserName() {
    this._userName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userNameInput() {
    return this._userName;
  }

  // validate_certificate - computed: false, optional: true, required: false
  private _validateCertificate?: boolean | cdktf.IResolvable; 
  public get validateCertificate() {
    return this.getBooleanAttribute('validate_certificate');
  }
  public set validateCertificate(value: boolean | cdktf.IResolvable) {
    this._validateCertificate = value;
  }
  public resetValidateCertificate() {
    this._validateCertificate = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get validateCertificateInput() {
    return this._validateCertificate;
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
  private _timeouts = new HbrHanaInstanceTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: HbrHanaInstanceTimeouts) {
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
      ecs_instance_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._ecsInstanceIds),
      hana_name: cdktf.stringToTerraform(this._hanaName),
      host: cdktf.stringToTerraform(this._host),
      id: cdktf.stringToTerraform(this._id),
      instance_number: cdktf.numberToTerraform(this._instanceNumber),
      password: cdktf.stringToTerraform(this._password),
      resource_group_id: cdktf.stringToTerraform(this._resourceGroupId),
      sid: cdktf.stringToTerraform(this._sid),
      use_ssl: cdktf.booleanToTerraform(this._useSsl),
      user_name: cdktf.stringToTerraform(this._userName),
      validate_certificate: cdktf.booleanToTerraform(this._validateCertificate),
      vault_id: cdktf.stringToTerraform(this._vaultId),
      timeouts: hbrHanaInstanceTimeoutsToTerraform(this._timeouts.internalValue),
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
      ecs_instance_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._ecsInstanceIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      hana_name: {
        value: cdktf.stringToHclTerraform(this._hanaName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      host: {
        value: cdktf.stringToHclTerraform(this._host),
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
      instance_number: {
        value: cdktf.numberToHclTerraform(this._instanceNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      resource_group_id: {
        value: cdktf.stringToHclTerraform(this._resourceGroupId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sid: {
        value: cdktf.stringToHclTerraform(this._sid),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      use_ssl: {
        value: cdktf.booleanToHclTerraform(this._useSsl),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      user_name: {
        value: cdktf.stringToHclTerraform(this._userName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      validate_certificate: {
        value: cdktf.booleanToHclTerraform(this._validateCertificate),
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
        value: hbrHanaInstanceTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "HbrHanaInstanceTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
