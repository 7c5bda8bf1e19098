import { HbrConfigurationError, describeValue } from "../private/configuration-error";

/**
 * App context key: the exact alicloud provider release the app installs (for example `"1.300.0"`).
 * The offline schema check ({@link checkTerraformJson}) then reports the arguments and values that
 * release does not have. Without it, the check targets the release the kept schema is exact for.
 */
export const PROVIDER_VERSION_CONTEXT_KEY = "cdktf-alicloud-hbr:providerVersion";

/** The marker `constraints.json` puts in place of a version for what no release tag had yet. */
export const UNRELEASED_MARKER = "unreleased";

const VERSION_PATTERN = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** True for a provider release number such as `1.289.0` (three numbers, no `v`, no range operator). */
export function isProviderVersion(value: unknown): value is string {
  return typeof value === "string" && VERSION_PATTERN.test(value);
}

/** Orders two provider release numbers numerically (`1.99.0` before `1.100.0`); negative when `a` is older. */
export function compareProviderVersions(a: string, b: string): number {
  return compareParts(parts(a), parts(b));
}

function parts(version: string): number[] {
  const match = VERSION_PATTERN.exec(version);
  if (!match) throw new Error(`cdktf-alicloud-hbr: ${JSON.stringify(version)} is not a provider version`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Checks a target provider version given by the app. `where` names where it came from (an option or
 * the context key) for the error.
 */
export function requireProviderVersion(where: string, value: unknown, schemaVersion: string): string {
  if (isProviderVersion(value)) return value;
  throw new HbrConfigurationError(
    where,
    `the target provider version must be one exact aliyun/alicloud release such as "${schemaVersion}", got ${describeValue(value)}.`,
    `Set it to the version the app installs (.terraform.lock.hcl names it after terraform init), without "v" or a range operator, or leave it out to target ${schemaVersion}, the version the kept schema is exact for.`,
  );
}

/** What the kept schema knows about provider releases. */
export interface ProviderVersionFacts {
  /** The newest release the schema is exact for (`1.289.0`): the latest release tag of the source it was taken from. */
  readonly schemaVersion: string;
  /**
   * The version the source calls itself (`1.290.0`, its changelog's unreleased entry), where what the
   * schema marks unreleased is expected to ship; absent when the source does not say.
   */
  readonly nextVersion?: string;
}

/** Why something is not in the target provider version; absent when it is. */
export interface VersionGap {
  /** The version it needs, when known: its first release, or for something unreleased the release it is expected in. */
  readonly needs?: string;
  /** It is in no release the kept schema knows of. */
  readonly unreleased: boolean;
}

/**
 * Whether something that first shipped in `since` (a version, {@link UNRELEASED_MARKER}, or unknown) is in
 * the `target` release. Something unreleased is taken to be in the schema's next version and later;
 * a target between the schema's version and that next version does not have it.
 */
export function versionGap(since: string | undefined, target: string, facts: ProviderVersionFacts): VersionGap | undefined {
  if (since === undefined) return undefined;
  if (since === UNRELEASED_MARKER) {
    const newerThanSchema = compareProviderVersions(target, facts.schemaVersion) > 0;
    if (newerThanSchema && (facts.nextVersion === undefined || compareProviderVersions(target, facts.nextVersion) >= 0)) return undefined;
    return { needs: facts.nextVersion, unreleased: true };
  }
  if (!isProviderVersion(since)) return undefined; // a malformed record is not evidence against the value
  return compareProviderVersions(target, since) < 0 ? { needs: since, unreleased: false } : undefined;
}

/** A sentence saying why `subject` (`the value "SECURITY"`, `the argument "immutable"`) is not in the target release. */
export function describeVersionGap(subject: string, gap: VersionGap, target: string, facts: ProviderVersionFacts): string {
  if (gap.unreleased) {
    const expected = gap.needs ? `; it is expected in ${gap.needs}` : "";
    return `${subject} is not in any released provider: the kept schema, taken from the provider source after ${facts.schemaVersion}, marks it unreleased${expected} (the app targets ${target})`;
  }
  return `${subject} needs provider ${gap.needs} or newer, but the app targets ${target}`;
}

/** How to resolve a {@link VersionGap}: leave the thing out, or target a release that has it. */
export function versionGapFix(gap: VersionGap): string {
  const release = gap.unreleased ? "once a release has it, install that release" : `install ${gap.needs} or newer`;
  return `Leave it out, or ${release} and set the app context "${PROVIDER_VERSION_CONTEXT_KEY}" to that version.`;
}

const CONSTRAINT_PART = /^(=|!=|>=|<=|>|<|~>)?\s*v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?$/;

/**
 * Whether a Terraform version constraint (`"= 1.289.0"`, `"~> 1.289"`, `">= 1.280, < 2.0.0"`) admits the
 * exact release `version`; undefined when the constraint cannot be read (a pre-release, an expression),
 * which is no evidence either way. Missing parts of a constraint's version count as 0, and `~>` lets
 * only its last given part grow, as Terraform reads them.
 */
export function constraintAdmits(constraint: string, version: string): boolean | undefined {
  const target = parts(version);
  let admits = true;
  for (const raw of constraint.split(",")) {
    const match = CONSTRAINT_PART.exec(raw.trim());
    if (!match) return undefined;
    const operator = match[1] ?? "=";
    const given = [match[2], match[3], match[4]].filter((p) => p !== undefined).map(Number);
    const bound = [given[0], given[1] ?? 0, given[2] ?? 0];
    const order = compareParts(target, bound);
    switch (operator) {
      case "=":
        admits = admits && order === 0;
        break;
      case "!=":
        admits = admits && order !== 0;
        break;
      case ">":
        admits = admits && order > 0;
        break;
      case ">=":
        admits = admits && order >= 0;
        break;
      case "<":
        admits = admits && order < 0;
        break;
      case "<=":
        admits = admits && order <= 0;
        break;
      default: {
        // `~> 1.289.0` keeps 1.289, `~> 1.289` keeps 1; a bare `~> 1` keeps the major version too.
        const fixed = Math.max(1, given.length - 1);
        admits = admits && order >= 0 && target.slice(0, fixed).every((p, i) => p === bound[i]);
      }
    }
  }
  return admits;
}

function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
