// Kept free of cdktf imports: the plan guard uses it too and should load fast.
import { createHash } from "crypto";

/**
 * Which account a provider configuration acts in, as an account key:
 * - `account:<id>`: from a RAM role ARN (`acs:ram::<id>:role/<name>`), so two roles of one account count as one;
 * - `role:<arn>`: a role ARN that names no account id;
 * - `profile:<name>`: a named profile of the shared credentials file;
 * - `keys:<digest>`: static access keys, an opaque identity (a digest of the access key id, never printed);
 * - `default`: the app's default credentials (environment, instance role);
 * - `provider:<key>`: the setting that decides is an expression known only at plan or apply time.
 *
 * The constructs, the synth-time model and the plan guard all compute accounts with {@link providerAccount}.
 */
export type AccountKey = string;

/** A setting that is set, but whose value is an expression known only at plan or apply time. */
export const UNKNOWN_SETTING = Object.freeze({ unknown: true as const });

/** A provider setting as {@link providerAccount} reads it: a literal string, {@link UNKNOWN_SETTING}, or `undefined` when not set. */
export type AccountSetting = string | typeof UNKNOWN_SETTING | undefined;

/** The settings of a provider configuration that decide its account, in order of precedence. */
export interface ProviderAccountSettings {
  /** `assume_role.role_arn`. */
  readonly assumeRoleArn?: AccountSetting;
  /** `assume_role_with_oidc.role_arn`. */
  readonly oidcRoleArn?: AccountSetting;
  /** `profile`. */
  readonly profile?: AccountSetting;
  /** `access_key` (static keys; only a digest of it is kept). */
  readonly accessKey?: AccountSetting;
}

/**
 * The account a provider configuration acts in. Precedence: the assumed role's account, else the OIDC
 * role's, else the profile, else the static keys, else the default account. `providerKey` names the
 * provider (construct path, config key) in the `provider:<key>` returned when the deciding setting is
 * not a literal.
 */
export function providerAccount(settings: ProviderAccountSettings, providerKey: string): AccountKey {
  for (const [setting, toKey] of [
    [settings.assumeRoleArn, accountOfRole],
    [settings.oidcRoleArn, accountOfRole],
    [settings.profile, (name: string) => `profile:${name}`],
    [settings.accessKey, accountOfAccessKey],
  ] as const) {
    if (setting === undefined) continue;
    if (typeof setting !== "string") return `provider:${providerKey}`;
    if (setting.trim() === "") continue;
    return toKey(setting);
  }
  return "default";
}

/**
 * The account settings of a provider block written as Terraform JSON (snake_case; `assume_role` and
 * `assume_role_with_oidc` as an object or a one-element list). `isUnknown` tells which values are
 * expressions (`${...}`) rather than literals.
 */
export function accountSettingsOfBlock(block: Readonly<Record<string, unknown>> | undefined, isUnknown: (value: unknown) => boolean): ProviderAccountSettings {
  const setting = (value: unknown): AccountSetting => {
    if (value === undefined || value === null) return undefined;
    if (typeof value === "string" && !isUnknown(value)) return value;
    return UNKNOWN_SETTING;
  };
  const nested = (value: unknown): Record<string, unknown> | undefined => {
    const first = Array.isArray(value) ? value[0] : value;
    return typeof first === "object" && first !== null ? (first as Record<string, unknown>) : undefined;
  };
  const roleOf = (value: unknown): AccountSetting => {
    if (value === undefined || value === null) return undefined;
    if (isUnknown(value)) return UNKNOWN_SETTING;
    return setting(nested(value)?.role_arn);
  };
  return {
    assumeRoleArn: roleOf(block?.assume_role),
    oidcRoleArn: roleOf(block?.assume_role_with_oidc),
    profile: setting(block?.profile),
    accessKey: setting(block?.access_key),
  };
}

/**
 * The account settings of a provider configuration as a generated provider class holds it (camelCase;
 * `assumeRole` and `assumeRoleWithOidc` as an object or a one-element list), e.g. read from an
 * `AlicloudProvider`'s getters. `isUnknown` tells which values are expressions (tokens) rather than literals.
 */
export function accountSettingsOfConfig(config: Readonly<Record<string, unknown>> | undefined, isUnknown: (value: unknown) => boolean): ProviderAccountSettings {
  const nested = (value: unknown): unknown => {
    if (value === undefined || value === null || isUnknown(value)) return value;
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first !== "object" || first === null) return first;
    const roleArn = (first as Record<string, unknown>).roleArn;
    return { role_arn: roleArn };
  };
  return accountSettingsOfBlock(
    {
      assume_role: nested(config?.assumeRole),
      assume_role_with_oidc: nested(config?.assumeRoleWithOidc),
      profile: config?.profile,
      access_key: config?.accessKey,
    },
    isUnknown,
  );
}

/**
 * The account an assumed role acts in: `account:<id>` from a RAM role ARN (`acs:ram::<id>:role/<name>`),
 * so two roles of one account count as one; else the ARN itself.
 */
export function accountOfRole(roleArn: string): AccountKey {
  const match = /^acs:ram::(\d+):role\//.exec(roleArn.trim());
  return match ? `account:${match[1]}` : `role:${roleArn}`;
}

function accountOfAccessKey(accessKey: string): AccountKey {
  // A digest, so two providers with the same keys are one account, and the key itself is never kept.
  return `keys:${createHash("sha256").update(accessKey).digest("hex").slice(0, 16)}`;
}

/**
 * True for an account key that only names the provider (`provider:<key>`): its deciding setting is an
 * expression known at plan time, so which account it is cannot be told, and the checks that compare
 * or count accounts (HBR009, HBR021) leave it out rather than guess.
 */
export function isUnknownAccount(account: AccountKey | undefined): boolean {
  return account !== undefined && account.startsWith("provider:");
}

/** An account key for messages; static keys are described, never shown. */
export function describeAccount(account: AccountKey): string {
  if (account === "default") return "the default account (no assumed role, profile or access keys)";
  const colon = account.indexOf(":");
  const kind = account.slice(0, colon);
  const value = account.slice(colon + 1);
  if (kind === "account") return `account ${value}`;
  if (kind === "role") return `the account of role ${value}`;
  if (kind === "profile") return `the account of profile ${value}`;
  if (kind === "keys") return "the account of the provider's static access keys";
  return `the account of provider ${value}`;
}
