import { Construct, IConstruct } from "constructs";
import { IResolvable, IResolveContext, Lazy, TerraformProvider, TerraformStack, Token } from "./private/framework";
import { HbrReplicationVault } from "./gen/providers/alicloud/hbr-replication-vault";
import { HbrConfigurationError, constructId, describeValue, optionalBoolean, optionalEnum, requireString } from "./errors";
import { placeInRegion } from "./placement";
import { Severity } from "./rules/catalog";
import { Finding, makeFinding } from "./rules/finding";
import { HbrRules } from "./rules/hbr-rules";
import { VaultFacts } from "./rules/vault-rules";
import { IBackupVault, IMirrorVault, MirrorVaultOptions, VaultEncryption } from "./vault";
import { declaredVaultFacts, literal, mirrorAndSourceFacts, sourceVaultFacts } from "./vault-facts";
import { isDeclaredVault } from "./vault-index";
import { MIRROR_VAULT_SYMBOL, hasMarker } from "./type-markers";

/** Properties of a {@link MirrorVault}. */
export interface MirrorVaultProps extends MirrorVaultOptions {
  /** The backup vault to mirror (declared or imported; never a mirror vault). */
  readonly source: IBackupVault;
}

/** Attributes of a mirror vault that exists outside this app, for {@link MirrorVault.fromVaultAttributes}. */
export interface MirrorVaultAttributes {
  /** The mirror vault's id. */
  readonly vaultId: string;
  /** The region id the mirror is in. */
  readonly region: string;
  /** The backup vault it mirrors (usually imported with `BackupVault.fromVaultAttributes`). */
  readonly source: IBackupVault;
  /**
   * The mirror vault's name.
   * @default the vault id
   */
  readonly vaultName?: string;
  /**
   * Its encryption method.
   * @default the source's
   */
  readonly encryption?: VaultEncryption;
}

const ENCRYPTIONS = Object.values(VaultEncryption);

/**
 * A mirror vault (`alicloud_hbr_replication_vault`): a read-only copy of one backup vault, kept in
 * another region for disaster recovery and cross-region restore. Backups replicate into it; nothing
 * backs up into it, and it must be deleted before its source (the mirror references the source's id,
 * so Terraform orders that; across stacks, the mirror's stack depends on the source's).
 */
export class MirrorVault extends Construct implements IMirrorVault {
  /**
   * True for a mirror vault declared with this class (not an import), also when it was made by another
   * copy of this library loaded in the same process: it checks for a marker symbol rather than using
   * `instanceof`.
   */
  public static isMirrorVault(value: unknown): value is MirrorVault {
    return hasMarker(value, MIRROR_VAULT_SYMBOL);
  }

  /**
   * A mirror vault that exists outside this app (e.g. created in the console), so restores can read
   * from it and its source's one mirror is counted (HBR001). Nothing is created for it. Named like
   * `BackupVault.fromVaultAttributes`.
   */
  public static fromVaultAttributes(scope: Construct, id: string, attributes: MirrorVaultAttributes): IMirrorVault {
    return new ImportedMirrorVault(scope, id, attributes, "MirrorVault.fromVaultAttributes");
  }

  /**
   * The former name of {@link MirrorVault.fromVaultAttributes}, kept for existing callers; it does the same.
   * @deprecated use fromVaultAttributes
   */
  public static fromMirrorAttributes(scope: Construct, id: string, attributes: MirrorVaultAttributes): IMirrorVault {
    return new ImportedMirrorVault(scope, id, attributes, "MirrorVault.fromMirrorAttributes");
  }

  public readonly vaultRole = "mirror" as const;
  /** The construct path, kept: it is read for every rule evaluation and costs a walk up the tree. */
  private readonly constructPath = this.node.path;
  /** The generated `alicloud_hbr_replication_vault` resource, for escape hatches. */
  public readonly resource: HbrReplicationVault;
  public readonly source: IBackupVault;
  public readonly vaultName: string;
  public readonly region: string;
  /** The encryption method, when known (the source's unless given). */
  public readonly encryption?: VaultEncryption;
  /** The provider configuration the mirror is created with (configured for the mirror's region). */
  public readonly provider: TerraformProvider;
  private readonly description?: string;
  private readonly kmsKeyId?: string;
  private readonly findingsAtDeclaration: Finding[] = [];

  constructor(scope: Construct, id: string, props: MirrorVaultProps) {
    super(scope, constructId(scope, id, "MirrorVault"));
    const path = this.constructPath;
    if (typeof props !== "object" || props === null) {
      throw new HbrConfigurationError(path, `props must be an object, got ${describeValue(props)}.`, "Pass { source, region, vaultName, ... }.");
    }
    this.source = checkSource(path, props.source, this);
    this.vaultName = requireString(path, "vaultName", props.vaultName)!;
    this.description = requireString(path, "description", props.description, true);
    this.kmsKeyId = requireString(path, "kmsKeyId", props.kmsKeyId, true);
    const regionProp = requireString(path, "region", props.region, true);
    this.encryption = optionalEnum(path, "encryption", props.encryption, ENCRYPTIONS) ?? this.source.encryption;
    const preventDestroy = optionalBoolean(path, "preventDestroy", props.preventDestroy);

    const rules = HbrRules.of(this);
    // The service replicates within one account: without a provider, the mirror goes in its source's.
    ({ provider: this.provider, region: this.region } = placeInRegion(this, regionProp, props.provider, undefined, this.source.provider));

    this.resource = new HbrReplicationVault(this, "Resource", {
      provider: this.provider,
      vaultName: this.vaultName,
      description: this.description,
      replicationSourceRegionId: this.source.region,
      // The reference to the source's id is what makes Terraform destroy the mirror before its source.
      replicationSourceVaultId: this.sourceVaultIdReference(),
      encryptType: this.encryption,
      kmsKeyId: this.kmsKeyId,
      lifecycle: preventDestroy ? { preventDestroy: true } : undefined,
    });
    this.orderAfterSourceStack();
    rules.register({ construct: this, vaultFacts: () => mirrorAndSourceFacts(this.vaultFacts(), this.source), findings: () => this.deletionOrderFindings() });
  }

  private vaultIdToken?: string;
  private resourceIdToken?: string;
  private readonly stacksReferencingAcrossCycle = new Set<string>();

  /**
   * The mirror vault's id: a reference to the resource's `id`, made on first use and kept. Read in a
   * stack that this mirror's stack depends on (the source's, typically), it would make a dependency
   * cycle that cdktf throws on while synthesizing; it resolves to a placeholder there instead and the
   * cycle is reported as HBR003 with the other findings.
   */
  public get vaultId(): string {
    return (this.vaultIdToken ??= Token.asString(new MirrorIdReference(this)));
  }

  /** @internal What {@link vaultId} resolves to when read in `consumer`. */
  public _idAsSeenFrom(consumer: IConstruct): string {
    const consumerStack = TerraformStack.of(consumer);
    const mirrorStack = TerraformStack.of(this);
    if (consumerStack !== mirrorStack && mirrorStack.dependsOn(consumerStack)) {
      this.stacksReferencingAcrossCycle.add(consumerStack.node.path);
      return CYCLE_PLACEHOLDER;
    }
    return (this.resourceIdToken ??= this.resource.id);
  }

  /**
   * The source's id as this mirror references it. Across stacks cdktf turns the reference into a
   * dependency of this stack on the source's while preparing the synth; when the source's stack
   * already depends on this one, that throws from inside cdktf. Then the reference is left out of the
   * (failing) output and the cycle is reported as HBR003 instead.
   */
  private sourceVaultIdReference(): string {
    const sourceId = this.source.vaultId;
    if (this.sourceIsImported() || TerraformStack.of(this.source) === TerraformStack.of(this)) return sourceId;
    const sourceStack = TerraformStack.of(this.source);
    const mirrorStack = TerraformStack.of(this);
    return Lazy.stringValue({ produce: () => (sourceStack.dependsOn(mirrorStack) ? CYCLE_PLACEHOLDER : sourceId) });
  }

  private vaultFacts(): VaultFacts {
    const { constructPath: path, resource, vaultName, region, provider } = this;
    return declaredVaultFacts("mirror", { path, resource, vaultName, region, provider, sourceKey: sourceVaultFacts(this.source).key });
  }

  /** @internal */
  public _vaultFacts(): VaultFacts {
    return this.vaultFacts();
  }

  /**
   * Across stacks, `cdktf destroy` removes dependent stacks first: the mirror's stack must depend on
   * its source's. The cross-stack reference adds that dependency during synth; adding it now as well
   * makes it hold even when the reference is overridden, and finds a cycle while it can still be
   * reported as HBR003 rather than as an exception from inside cdktf.
   */
  private orderAfterSourceStack(): void {
    if (this.sourceIsImported()) return;
    const mirrorStack = TerraformStack.of(this);
    const sourceStack = TerraformStack.of(this.source);
    if (mirrorStack === sourceStack) return;
    if (sourceStack.dependsOn(mirrorStack)) {
      this.findingsAtDeclaration.push(this.cycleFinding(sourceStack, mirrorStack));
      return;
    }
    mirrorStack.addDependency(sourceStack);
  }

  private sourceIsImported(): boolean {
    // A declared source is known at once; only imports need their facts (an import may be a declared
    // vault's id token, which makes it that vault).
    if (isDeclaredVault(this.source)) return false;
    return sourceVaultFacts(this.source).imported === true;
  }

  private cycleFinding(sourceStack: TerraformStack, mirrorStack: TerraformStack): Finding {
    return makeFinding(
      "HBR003",
      this.node.path,
      `the source's stack "${sourceStack.node.path}" depends on the mirror's stack "${mirrorStack.node.path}" (a cycle): cdktf destroy would remove the source's stack first, and the service refuses to delete a vault that still has a mirror.`,
      { fix: `Remove the dependency of "${sourceStack.node.path}" on "${mirrorStack.node.path}" (an addDependency call or a reference to the mirror from the source's stack).` },
    );
  }

  private deletionOrderFindings(): Finding[] {
    const findings = [...this.findingsAtDeclaration];
    if (this.sourceIsImported()) {
      findings.push(
        makeFinding(
          "HBR003",
          this.node.path,
          `the source vault ${describeSource(this.source)} is not managed by this app, so Terraform cannot order the mirror's deletion before its source's.`,
          {
            severity: Severity.WARNING,
            fix: "Delete this mirror before the source vault is deleted; in pipelines, run hbr-guard on the plan to refuse a wrong order.",
          },
        ),
      );
      return findings;
    }
    const mirrorStack = TerraformStack.of(this);
    const sourceStack = TerraformStack.of(this.source);
    for (const stackPath of [...this.stacksReferencingAcrossCycle].sort()) {
      findings.push(
        makeFinding(
          "HBR003",
          this.node.path,
          `the stack "${stackPath}" reads this mirror's id, but the mirror's stack "${mirrorStack.node.path}" depends on it (a cycle): cdktf cannot order the stacks, and destroying them could delete the source before its mirror.`,
          { fix: `Do not reference the mirror from "${stackPath}"; read its id in the mirror's stack or a stack that depends on it.` },
        ),
      );
    }
    const sourceReference = this.resource.replicationSourceVaultIdInput;
    if (mirrorStack === sourceStack && sourceReference !== undefined && !Token.isUnresolved(sourceReference)) {
      findings.push(
        makeFinding(
          "HBR003",
          this.node.path,
          `the mirror's replication_source_vault_id is the literal "${sourceReference}" rather than a reference to its source ${describeSource(this.source)}, so Terraform cannot order the mirror's deletion before its source's.`,
          { fix: "Leave replication_source_vault_id as the library sets it (a reference to the source's id)." },
        ),
      );
    }
    if (mirrorStack !== sourceStack && findings.length === 0) {
      if (sourceStack.dependsOn(mirrorStack)) findings.push(this.cycleFinding(sourceStack, mirrorStack));
      else if (!mirrorStack.dependsOn(sourceStack)) {
        findings.push(
          makeFinding(
            "HBR003",
            this.node.path,
            `the mirror's stack "${mirrorStack.node.path}" does not depend on its source's stack "${sourceStack.node.path}", so cdktf destroy may remove the source first.`,
            { fix: `Call ${mirrorStack.node.id}.addDependency(${sourceStack.node.id}), or keep the mirror's reference to its source's vaultId.` },
          ),
        );
      }
    }
    return findings;
  }
}

Object.defineProperty(MirrorVault.prototype, MIRROR_VAULT_SYMBOL, { value: true });

/** What a reference that would close a stack cycle resolves to; the synth fails with HBR003 anyway. */
const CYCLE_PLACEHOLDER = "(not emitted: stack dependency cycle, see HBR003)";

/**
 * The token behind {@link MirrorVault.vaultId}. It carries the resource's identifier and stack like a
 * cdktf reference, so the rules can tell which mirror an id names, and resolves per reading stack.
 */
class MirrorIdReference implements IResolvable {
  public readonly creationStack: string[] = [];

  constructor(private readonly mirror: MirrorVault) {}

  /** The Terraform identifier of the mirror's id, as cdktf references name it. */
  public get identifier(): string {
    return `${this.mirror.resource.terraformResourceType}.${this.mirror.resource.friendlyUniqueId}.id`;
  }

  /** The stack the mirror is declared in. */
  public get originStack(): TerraformStack {
    return TerraformStack.of(this.mirror);
  }

  public resolve(context: IResolveContext): string {
    return this.mirror._idAsSeenFrom(context.scope);
  }

  public toString(): string {
    return Token.asString(this);
  }
}

/** A mirror vault declared outside this app. */
class ImportedMirrorVault extends Construct implements IMirrorVault {
  public readonly vaultRole = "mirror" as const;
  /** The construct path, kept: it is read for every rule evaluation and costs a walk up the tree. */
  private readonly constructPath = this.node.path;
  public readonly vaultId: string;
  public readonly vaultName: string;
  public readonly region: string;
  public readonly source: IBackupVault;
  public readonly encryption?: VaultEncryption;
  /** Nothing is managed for an imported mirror, so it has no provider. */
  public readonly provider = undefined;

  constructor(scope: Construct, id: string, attributes: MirrorVaultAttributes, method: string) {
    super(scope, constructId(scope, id, method));
    const path = this.constructPath;
    if (typeof attributes !== "object" || attributes === null) {
      throw new HbrConfigurationError(path, `attributes must be an object, got ${describeValue(attributes)}.`, "Pass { vaultId, region, source, ... }.");
    }
    this.vaultId = requireString(path, "vaultId", attributes.vaultId)!;
    if (this.vaultId.trim() === "") throw new HbrConfigurationError(path, "vaultId is empty.", "Pass the existing mirror vault's id.");
    this.region = requireString(path, "region", attributes.region)!;
    if (this.region.trim() === "") throw new HbrConfigurationError(path, "region is empty.", 'Pass the region id the mirror vault is in, e.g. "cn-shanghai".');
    this.source = checkSource(path, attributes.source, this);
    this.vaultName = requireString(path, "vaultName", attributes.vaultName, true) ?? this.vaultId;
    this.encryption = optionalEnum(path, "encryption", attributes.encryption, ENCRYPTIONS) ?? this.source.encryption;
    HbrRules.of(this).register({ construct: this, vaultFacts: () => mirrorAndSourceFacts(this._vaultFacts(), this.source) });
  }

  /** @internal */
  public _vaultFacts(): VaultFacts {
    const id = literal(this.vaultId);
    const region = literal(this.region);
    return {
      key: id !== undefined && region !== undefined ? `vault:${region}/${id}` : this.node.path,
      path: this.node.path,
      role: "mirror",
      imported: true,
      name: literal(this.vaultName),
      region,
      encryption: this.encryption,
      sourceKey: sourceVaultFacts(this.source).key,
    };
  }
}

function describeSource(source: IBackupVault): string {
  const name = literal(source.vaultName);
  const id = literal(source.vaultId);
  return `${name !== undefined ? `"${name}" ` : ""}(${id ?? source.node.path})`;
}

/** Refuses what cannot be a source at all; what can be but breaks a rule is reported at synth. */
function checkSource(path: string, source: unknown, mirror: Construct): IBackupVault {
  if (typeof source !== "object" || source === null || !("vaultId" in source) || !("region" in source) || !("node" in source)) {
    throw new HbrConfigurationError(
      path,
      `source must be a backup vault (a BackupVault or BackupVault.fromVaultAttributes), got ${describeValue(source)}.`,
      "Pass the vault to mirror as source.",
    );
  }
  const vault = source as IBackupVault;
  if (vault.node.root !== mirror.node.root) {
    throw new HbrConfigurationError(
      path,
      `the source vault ${vault.node.path} belongs to another cdktf App; a construct can reference only constructs of its own app.`,
      "Declare the source in the same App, or import it in this app with BackupVault.fromVaultAttributes.",
    );
  }
  return vault;
}
