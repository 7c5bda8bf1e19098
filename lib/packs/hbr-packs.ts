import { IConstruct } from "constructs";
import { HbrConfigurationError, describeValue } from "../private/configuration-error";
import { PolicyRuleCode } from "../rules/pack-catalog";
import { PolicyPack, PolicySeverities } from "./pack";
import { PolicyPackRule, VaultFilter, VaultPolicyOptions } from "./pack-rule";
import { backupTargetRule } from "./rules/backup-target";
import { kmsEncryptionRule } from "./rules/kms-encryption";
import { MirrorRegionPolicyOptions, mirrorRegionRule } from "./rules/mirror-region";
import { mirrorRequiredRule } from "./rules/mirror-required";
import { preventDestroyRule } from "./rules/prevent-destroy";
import { RequiredTagsPolicyOptions, requiredTagsRule } from "./rules/required-tags";
import { RestoreDrillPolicyOptions, restoreDrillRule } from "./rules/restore-drill";
import { suppress } from "./suppression";

/** Options of {@link HbrPolicies.recommended}. */
export interface RecommendedPolicyOptions {
  /**
   * Severities that replace the catalog's, e.g. `{ HBRP003: Severity.ERROR }`.
   * @default each rule's severity in `POLICY_RULES`
   */
  readonly severities?: PolicySeverities;
  /**
   * The tag keys every backup vault must carry (HBRP005).
   * @default ["owner"]
   */
  readonly requiredTags?: readonly string[];
  /**
   * HBRP002 also requires mirrors outside their source's city group (see `CITY_GROUPS`).
   * @default false
   */
  readonly mirrorOutsideCityGroup?: boolean;
  /**
   * HBRP007 counts only restore jobs from the vault's mirror.
   * @default false
   */
  readonly restoreDrillFromMirror?: boolean;
  /**
   * Chooses the backup vaults every rule checks (mirrors follow their source), e.g. production only.
   * @default every backup vault the app declares
   */
  readonly appliesTo?: VaultFilter;
}

/**
 * Organization policies for HBR vaults: factories of the opt-in rules (`HBRP001`-`HBRP007`) and of
 * the recommended pack with all of them. Apply a pack with `Policies.of(app).add(pack)`.
 *
 * @example
 * Policies.of(app).add(HbrPolicies.recommended({ requiredTags: ["owner", "cost-center"] }));
 * Policies.of(app).add(new PolicyPack({ name: "prod", rules: [HbrPolicies.mirrorRequired({ appliesTo: (v) => v.tags?.env === "prod" })] }));
 */
export class HbrPolicies {
  /** The name of the pack {@link HbrPolicies.recommended} returns. */
  public static readonly RECOMMENDED_PACK_NAME = "recommended";

  /** Every policy rule (HBRP001-HBRP007) at its catalog severity unless `options.severities` says otherwise. */
  public static recommended(options: RecommendedPolicyOptions = {}): PolicyPack {
    checkOptions("HbrPolicies.recommended", options);
    const appliesTo = options.appliesTo;
    return new PolicyPack({
      name: HbrPolicies.RECOMMENDED_PACK_NAME,
      rules: [
        HbrPolicies.mirrorRequired({ appliesTo }),
        HbrPolicies.mirrorInAnotherRegion({ appliesTo, outsideCityGroup: options.mirrorOutsideCityGroup }),
        HbrPolicies.kmsEncryption({ appliesTo }),
        HbrPolicies.preventDestroy({ appliesTo }),
        HbrPolicies.requiredTags({ appliesTo, keys: options.requiredTags ?? ["owner"] }),
        HbrPolicies.backupTarget({ appliesTo }),
        HbrPolicies.restoreDrill({ appliesTo, fromMirror: options.restoreDrillFromMirror }),
      ],
      severities: options.severities,
    });
  }

  /** HBRP001: every backup vault has a mirror vault. */
  public static mirrorRequired(options: VaultPolicyOptions = {}): PolicyPackRule {
    return mirrorRequiredRule(checkOptions("HbrPolicies.mirrorRequired", options));
  }

  /** HBRP002: every mirror vault is in another region than its source (optionally outside its city group). */
  public static mirrorInAnotherRegion(options: MirrorRegionPolicyOptions = {}): PolicyPackRule {
    return mirrorRegionRule(checkOptions("HbrPolicies.mirrorInAnotherRegion", options));
  }

  /** HBRP003: backup vaults and mirror vaults are encrypted with a KMS key. */
  public static kmsEncryption(options: VaultPolicyOptions = {}): PolicyPackRule {
    return kmsEncryptionRule(checkOptions("HbrPolicies.kmsEncryption", options));
  }

  /** HBRP004: backup vaults and mirror vaults have `preventDestroy`. */
  public static preventDestroy(options: VaultPolicyOptions = {}): PolicyPackRule {
    return preventDestroyRule(checkOptions("HbrPolicies.preventDestroy", options));
  }

  /** HBRP005: backup vaults carry the tag keys given. */
  public static requiredTags(options: RequiredTagsPolicyOptions): PolicyPackRule {
    return requiredTagsRule(checkOptions("HbrPolicies.requiredTags", options));
  }

  /** HBRP006: every backup vault is the target of a backup policy of the app. */
  public static backupTarget(options: VaultPolicyOptions = {}): PolicyPackRule {
    return backupTargetRule(checkOptions("HbrPolicies.backupTarget", options));
  }

  /** HBRP007: every backup vault has a restore job from it or its mirror (or, with `fromMirror`, from its mirror). */
  public static restoreDrill(options: RestoreDrillPolicyOptions = {}): PolicyPackRule {
    return restoreDrillRule(checkOptions("HbrPolicies.restoreDrill", options));
  }

  /** Suppresses `code` on `construct` for `reason`: the same as the `suppress` function. */
  public static suppress(construct: IConstruct, code: PolicyRuleCode, reason: string): void {
    suppress(construct, code, reason);
  }
}

/** Refuses what the types forbid but plain JavaScript may pass: options that are not an object, a filter that is not a function. */
function checkOptions<T extends VaultPolicyOptions>(api: string, options: T): T {
  if (typeof options !== "object" || options === null) {
    throw new HbrConfigurationError(api, `options must be an object, got ${describeValue(options)}.`, "Pass an options object, or nothing where options are optional.");
  }
  if (options.appliesTo !== undefined && typeof options.appliesTo !== "function") {
    throw new HbrConfigurationError(api, `appliesTo must be a function of the vault, got ${describeValue(options.appliesTo)}.`, "Pass e.g. (vault) => vault.tags?.env === \"prod\", or leave it out.");
  }
  return options;
}
