import { Severity } from "./catalog";
import { Finding, makeFinding } from "./finding";
import { closestRegion, isKnownRegion } from "../private/region";
import { describeAccount, isUnknownAccount } from "../private/account";
import { MIRRORABLE_VAULT_TYPES, VaultEncryption } from "../private/service-enums";

/** The service limits the vault rules check. */
export const VAULT_LIMITS = Object.freeze({
  /** Longest vault name, in characters. */
  vaultNameMax: 64,
  /** Longest mirror vault name, in characters. */
  mirrorVaultNameMax: 32,
  /** Longest description, in characters. */
  descriptionMax: 255,
  /** Mirror vaults one backup vault can have. */
  mirrorsPerVault: 1,
  /** Mirror vaults per account and region unless the account's quota was raised. */
  defaultMirrorQuota: 5,
});


/**
 * A vault as the rules see it, whether it comes from a construct, an import or a Terraform plan.
 * Values that are unknown (unresolved tokens, computed in a plan) are left `undefined`, and the
 * checks that need them are skipped.
 */
export interface VaultFacts {
  /** Identity used to tell vaults apart (construct path, `region/vaultId` for imports, plan address). */
  readonly key: string;
  /** Where findings about this vault are reported: a construct path or a resource address. */
  readonly path: string;
  /** A backup vault or a mirror vault. */
  readonly role: "backup" | "mirror";
  /** True for a vault declared outside this app (imported by id). */
  readonly imported?: boolean;
  /** The vault name, when it is a literal. */
  readonly name?: string;
  /** For a name that is an expression (`${var.env}-backups`): its literal characters, which count toward the limit. */
  readonly nameLiteral?: string;
  /** The description. */
  readonly description?: string;
  /** The region id. */
  readonly region?: string;
  /** The provider accepts region ids outside its list (`skip_region_validation`), so HBR006 does not apply. */
  readonly skipRegionValidation?: boolean;
  /**
   * The account quotas count against: `account:<id>` (from an assumed role's ARN), `role:<arn>`,
   * `profile:<name>`, `default`, or `provider:<...>` when the role or profile is an expression (unknown).
   */
  readonly account?: string;
  /** `HBR_PRIVATE` or `KMS`. */
  readonly encryption?: string;
  /** True when a KMS key id is set (its value may be a token). */
  readonly hasKmsKeyId?: boolean;
  /** `STANDARD`, `OTS_BACKUP`, or another type the service has. */
  readonly vaultType?: string;
  /** For a mirror: the key of its source. */
  readonly sourceKey?: string;
}

/** Options of {@link checkVaults}. */
export interface VaultRuleOptions {
  /** HBR004 is an error rather than a warning. */
  readonly strict?: boolean;
  /** The mirror vault quota per account and region (HBR009). */
  readonly mirrorQuota?: number;
}

/**
 * Checks the vault rules (HBR001, HBR004-HBR009) over a set of vaults in one pass; linear in their number.
 * Rules that depend on how the vaults are declared (HBR002, HBR003) are checked by their callers.
 */
export function checkVaults(vaults: readonly VaultFacts[], options: VaultRuleOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const byKey = new Map<string, VaultFacts>();
  for (const vault of vaults) byKey.set(vault.key, vault);
  const mirrorsBySource = new Map<string, VaultFacts[]>();
  const mirrorsByAccountRegion = new Map<string, VaultFacts[]>();
  const quota = options.mirrorQuota ?? VAULT_LIMITS.defaultMirrorQuota;

  const seen = new Set<string>();
  for (const vault of vaults) {
    // The same vault may be reported more than once (two imports of one id, a source that is not a
    // construct of this library listed by each of its mirrors): check it, and count it, once.
    if (seen.has(vault.key)) continue;
    seen.add(vault.key);
    findings.push(...checkNamesAndRegion(vault));
    findings.push(...checkOwnEncryption(vault));
    if (vault.role !== "mirror") continue;

    const source = vault.sourceKey !== undefined ? byKey.get(vault.sourceKey) : undefined;
    if (vault.sourceKey !== undefined) push(mirrorsBySource, vault.sourceKey, vault);
    if (vault.region !== undefined && !isUnknownAccount(vault.account)) push(mirrorsByAccountRegion, `${vault.account ?? "default"}\u0000${vault.region}`, vault);
    if (!source) continue;

    if (source.role === "mirror") {
      findings.push(
        makeFinding("HBR008", vault.path, `its source ${describeVault(source)} is itself a mirror vault, and a mirror cannot be mirrored.`),
      );
    } else if (source.vaultType !== undefined && !MIRRORABLE_VAULT_TYPES.includes(source.vaultType)) {
      findings.push(
        makeFinding(
          "HBR008",
          vault.path,
          `its source ${describeVault(source)} has vault type "${source.vaultType}"; only ${MIRRORABLE_VAULT_TYPES.join(" and ")} vaults can be mirrored.`,
        ),
      );
    }
    if (source.region !== undefined && vault.region !== undefined && source.region === vault.region) {
      findings.push(
        makeFinding(
          "HBR004",
          vault.path,
          `the mirror is in ${vault.region}, the same region as its source ${describeVault(source)}; a regional outage would take both.`,
          { severity: options.strict ? Severity.ERROR : Severity.WARNING },
        ),
      );
    }
    if (source.account !== undefined && vault.account !== undefined && !isUnknownAccount(source.account) && !isUnknownAccount(vault.account) && source.account !== vault.account) {
      findings.push(
        makeFinding(
          "HBR021",
          vault.path,
          `the mirror is created in ${describeAccount(vault.account)} but its source ${describeVault(source)} is in ${describeAccount(source.account)}; the service replicates within one account.`,
        ),
      );
    }
    if (source.encryption !== undefined && vault.encryption !== undefined && source.encryption !== vault.encryption) {
      findings.push(
        makeFinding(
          "HBR007",
          vault.path,
          `the mirror's encryption is ${vault.encryption} but its source ${describeVault(source)} uses ${source.encryption}; a mirror must use its source's encryption method.`,
        ),
      );
    }
  }

  for (const mirrors of mirrorsBySource.values()) {
    if (mirrors.length <= VAULT_LIMITS.mirrorsPerVault) continue;
    const source = byKey.get(mirrors[0].sourceKey!);
    const first = mirrors[0];
    for (const extra of mirrors.slice(VAULT_LIMITS.mirrorsPerVault)) {
      findings.push(
        makeFinding(
          "HBR001",
          extra.path,
          `${source ? describeVault(source) : `the vault ${first.sourceKey}`} already has the mirror ${first.path}; a vault can have only one mirror (${mirrors.length} declared: ${mirrors.map((m) => m.path).join(", ")}).`,
        ),
      );
    }
  }

  for (const mirrors of mirrorsByAccountRegion.values()) {
    if (mirrors.length <= quota) continue;
    const { account, region } = mirrors[0];
    for (const extra of mirrors.slice(quota)) {
      findings.push(
        makeFinding(
          "HBR009",
          extra.path,
          `${mirrors.length} mirror vaults in ${region} for ${describeAccount(account ?? "default")}, over the quota of ${quota} mirror vaults per account and region.`,
        ),
      );
    }
  }
  return findings;
}

function checkNamesAndRegion(vault: VaultFacts): Finding[] {
  const findings: Finding[] = [];
  const nameMax = vault.role === "mirror" ? VAULT_LIMITS.mirrorVaultNameMax : VAULT_LIMITS.vaultNameMax;
  const label = vault.role === "mirror" ? "mirror vault name" : "vault name";
  if (vault.name !== undefined && !vault.imported) {
    const length = characterCount(vault.name);
    if (length === 0 || vault.name.trim().length === 0) {
      findings.push(makeFinding("HBR005", vault.path, `the ${label} is empty; it must be 1-${nameMax} characters.`, { fix: "Give the vault a name." }));
    } else if (length > nameMax) {
      findings.push(
        makeFinding("HBR005", vault.path, `the ${label} "${preview(vault.name)}" is ${length} characters; at most ${nameMax} are allowed.`, {
          fix: `Shorten the name to ${nameMax} characters or fewer.`,
        }),
      );
    }
  } else if (vault.nameLiteral !== undefined && !vault.imported) {
    const length = characterCount(vault.nameLiteral);
    if (length > nameMax) {
      findings.push(
        makeFinding("HBR005", vault.path, `the ${label} has ${length} literal characters besides its expressions ("${preview(vault.nameLiteral)}"); at most ${nameMax} are allowed in all.`, {
          fix: `Shorten the literal part of the name so that the whole name stays within ${nameMax} characters.`,
        }),
      );
    }
  }
  if (vault.description !== undefined && !vault.imported) {
    const length = characterCount(vault.description);
    if (length > VAULT_LIMITS.descriptionMax) {
      findings.push(
        makeFinding("HBR005", vault.path, `the description is ${length} characters; at most ${VAULT_LIMITS.descriptionMax} are allowed.`, {
          fix: `Shorten the description to ${VAULT_LIMITS.descriptionMax} characters or fewer.`,
        }),
      );
    }
  }
  if (vault.region !== undefined && !vault.skipRegionValidation && !isKnownRegion(vault.region)) {
    findings.push(regionFinding(vault.path, vault.region));
  }
  return findings;
}

/** HBR006 for an unknown region id, suggesting the closest known one. */
export function regionFinding(path: string, region: string): Finding {
  const suggestion = closestRegion(region);
  return makeFinding("HBR006", path, `"${preview(region)}" is not a region id the alicloud provider knows.`, {
    fix: suggestion ? `Use a known region id; did you mean "${suggestion}"?` : "Use a known region id, e.g. cn-hangzhou or ap-southeast-1.",
  });
}

function checkOwnEncryption(vault: VaultFacts): Finding[] {
  if (vault.imported || vault.encryption === undefined) return [];
  if (vault.encryption === VaultEncryption.KMS && !vault.hasKmsKeyId) {
    const what =
      vault.role === "mirror"
        ? "the mirror's encryption is KMS (a mirror takes its source's encryption method) but no kmsKeyId is given; the mirror needs a KMS key of its own region."
        : "KMS encryption is set but no kmsKeyId is given.";
    return [
      makeFinding("HBR007", vault.path, what, {
        fix:
          vault.role === "mirror"
            ? "Set kmsKeyId to a KMS key (id or alias) in the mirror's region."
            : "Set kmsKeyId to a KMS key (id or alias) in the vault's region, or use VaultEncryption.HBR_MANAGED.",
      }),
    ];
  }
  if (vault.encryption === VaultEncryption.HBR_MANAGED && vault.hasKmsKeyId) {
    return [
      makeFinding("HBR007", vault.path, "a kmsKeyId is given but the encryption is HBR-managed, which uses no KMS key.", {
        fix: "Remove kmsKeyId, or set encryption to VaultEncryption.KMS.",
      }),
    ];
  }
  return [];
}

/** `vault "name" (path)`, for messages. */
export function describeVault(vault: VaultFacts): string {
  return vault.name !== undefined ? `"${preview(vault.name)}" (${vault.path})` : vault.path;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Counts characters as a person would (code points), not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function preview(text: string): string {
  return characterCount(text) > 40 ? `${[...text].slice(0, 37).join("")}...` : text;
}
