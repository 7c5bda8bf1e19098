import { IConstruct } from "constructs";
import { TerraformProvider, TerraformStack, Token } from "./private/framework";
import { AlicloudProvider, AlicloudProviderConfig } from "./gen/providers/alicloud/provider";
import { ALICLOUD_PROVIDER_NAME } from "./schema/kept-schema";
import { HbrConfigurationError, describeValue } from "./errors";
import { Finding, makeFinding } from "./rules/finding";
import { accountOfRole } from "./account";

/** What the library reads from an alicloud provider configuration. */
export interface ProviderSettings {
  /** The alias, if any. */
  readonly alias?: string;
  /** The region, when set as a literal. */
  readonly region?: string;
  /** The region, when set as an unresolved token (a Terraform variable, say). */
  readonly regionToken?: string;
  /**
   * The account the provider acts in, as far as the configuration tells: its assumed role, else its
   * profile, else `default` (the app's default credentials).
   */
  readonly account: string;
}

/** True for any provider construct whose Terraform type is `alicloud`, whichever generated class made it. */
export function isAlicloudProvider(value: unknown): value is TerraformProvider {
  return (
    typeof value === "object" &&
    value !== null &&
    TerraformProvider.isTerraformProvider(value) &&
    (value as TerraformProvider).terraformResourceType === ALICLOUD_PROVIDER_NAME
  );
}

let settingsCache = new WeakMap<TerraformProvider, ProviderSettings>();

/**
 * Forgets what {@link providerSettings} read, so providers changed since are read again. The rules
 * call it once per evaluation: reading a provider's configuration is costly, and thousands of
 * vaults share a few providers.
 */
export function forgetProviderSettings(): void {
  settingsCache = new WeakMap();
}

/** Reads alias, region and account from a provider's Terraform configuration (cached per provider). */
export function providerSettings(provider: TerraformProvider): ProviderSettings {
  let settings = settingsCache.get(provider);
  if (!settings) {
    settings = readProviderSettings(provider);
    settingsCache.set(provider, settings);
  }
  return settings;
}

function readProviderSettings(provider: TerraformProvider): ProviderSettings {
  const literal = (value: unknown) => (typeof value === "string" && !Token.isUnresolved(value) ? value : undefined);
  // Classes made by the provider generator (ours or a user's `cdktf get`) expose their configuration
  // as getters, which is far cheaper than rendering the whole block; anything else is rendered.
  const generated = provider as unknown as { region?: unknown; profile?: unknown; assumeRole?: unknown };
  let region: unknown;
  let profile: unknown;
  let roleArn: unknown;
  if ("region" in generated && "assumeRole" in generated) {
    region = generated.region;
    profile = generated.profile;
    const role = Array.isArray(generated.assumeRole) ? generated.assumeRole[0] : generated.assumeRole;
    roleArn = role && typeof role === "object" ? (role as { roleArn?: unknown }).roleArn : undefined;
  } else {
    const blocks = (provider.toTerraform() as { provider?: Record<string, unknown[]> }).provider?.[ALICLOUD_PROVIDER_NAME];
    const config = (Array.isArray(blocks) ? blocks[0] : blocks) as Record<string, unknown> | undefined;
    region = config?.region;
    profile = config?.profile;
    const role = Array.isArray(config?.assume_role) ? (config!.assume_role as unknown[])[0] : config?.assume_role;
    roleArn = role && typeof role === "object" ? (role as Record<string, unknown>).role_arn : undefined;
  }
  let account = "default";
  if (roleArn !== undefined) account = literal(roleArn) !== undefined ? accountOfRole(roleArn as string) : `provider:${provider.node.path}`;
  else if (profile !== undefined) account = literal(profile) !== undefined ? `profile:${profile}` : `provider:${provider.node.path}`;
  const regionToken = typeof region === "string" && Token.isUnresolved(region) ? region : undefined;
  return { alias: literal(provider.alias), region: literal(region), regionToken, account };
}

interface RegionEntry {
  defaultProvider?: TerraformProvider;
  firstAliased?: TerraformProvider;
}

/**
 * The alicloud providers of one stack by region. Built by one walk of the stack on first use and kept
 * up to date with the stack's direct children after that, so finding a provider stays constant time.
 */
class StackProviderIndex {
  private readonly byRegion = new Map<string, RegionEntry>();
  private readonly aliases = new Set<string>();
  private readonly seen = new WeakSet<IConstruct>();
  private scannedChildren = 0;
  private walked = false;

  constructor(private readonly stack: TerraformStack) {}

  find(region: string, account = "default"): TerraformProvider | undefined {
    this.refresh();
    const key = `${account}\u0000${region}`;
    if (!this.byRegion.has(key)) {
      // Only the stack's direct children are watched between lookups; before a miss makes a new
      // provider, look once more through the whole stack for one declared deeper since.
      for (const node of this.stack.node.findAll()) if (isAlicloudProvider(node)) this.index(node);
    }
    const entry = this.byRegion.get(key);
    return entry?.defaultProvider ?? entry?.firstAliased;
  }

  add(provider: TerraformProvider): void {
    this.index(provider);
  }

  /** True when an alicloud provider of the stack already has this alias (whatever its region or account). */
  aliasTaken(alias: string): boolean {
    this.refresh();
    return this.aliases.has(alias);
  }

  private refresh(): void {
    if (!this.walked) {
      this.walked = true;
      for (const node of this.stack.node.findAll()) if (isAlicloudProvider(node)) this.index(node);
      this.scannedChildren = this.stack.node.children.length;
      return;
    }
    const children = this.stack.node.children;
    for (let i = this.scannedChildren; i < children.length; i++) if (isAlicloudProvider(children[i])) this.index(children[i] as TerraformProvider);
    this.scannedChildren = children.length;
  }

  private index(provider: TerraformProvider): void {
    if (this.seen.has(provider)) return;
    this.seen.add(provider);
    const { alias, region, account } = providerSettings(provider);
    if (alias !== undefined) this.aliases.add(alias);
    if (region === undefined) return;
    // Keyed by account too: a provider that assumes a role or uses a profile acts in another account,
    // and is picked only for constructs that must be in that account (a mirror of a vault there).
    const key = `${account}\u0000${region}`;
    let entry = this.byRegion.get(key);
    if (!entry) this.byRegion.set(key, (entry = {}));
    if (alias === undefined) entry.defaultProvider ??= provider;
    else entry.firstAliased ??= provider;
  }
}

const indexes = new WeakMap<TerraformStack, StackProviderIndex>();

/** The outcome of choosing a provider for a construct. */
export interface RegionalProviderChoice {
  /** The provider the construct's resources use. */
  readonly provider: TerraformProvider;
  /** The region, when known. */
  readonly region?: string;
  /** When `region` and the provider's region disagree: the provider's region. */
  readonly conflictingProviderRegion?: string;
}

/**
 * Picks the provider for a construct in `region`: the given provider, else an alicloud provider of the
 * stack configured for that region in the app's default account (the unaliased one first), else a new
 * `AlicloudProvider` with `alias` and `region` set to the region id, added once per stack and region.
 * Never adds credentials.
 */
export function regionalProvider(scope: IConstruct, region: string | undefined, provider: unknown, sameAccountAs?: TerraformProvider): RegionalProviderChoice {
  const path = scope.node.path;
  if (typeof region === "string" && !Token.isUnresolved(region) && region.trim() === "") {
    throw new HbrConfigurationError(path, `region is empty (${describeValue(region)}).`, 'Set region to a region id (e.g. "cn-hangzhou"), or leave it out and pass a provider that sets one.');
  }
  if (provider !== undefined) {
    if (!isAlicloudProvider(provider)) {
      throw new HbrConfigurationError(
        path,
        `provider must be an alicloud provider (a TerraformProvider whose Terraform type is "alicloud"), got ${describeValue(provider)}${
          TerraformProvider.isTerraformProvider(provider) ? ` of type "${(provider as TerraformProvider).terraformResourceType}"` : ""
        }.`,
        "Pass an AlicloudProvider (this library's or one generated by cdktf get), or leave provider out and give region.",
      );
    }
    // Terraform providers are per stack: cdktf would otherwise fail at synth naming no construct.
    const otherApp = provider.node.root !== scope.node.root;
    if (otherApp || TerraformStack.of(provider) !== TerraformStack.of(scope)) {
      throw new HbrConfigurationError(
        path,
        `the provider ${provider.node.path} belongs to ${otherApp ? "another cdktf App" : `the stack ${TerraformStack.of(provider).node.path}`}; a resource can use only a provider declared in its own stack.`,
        "Declare the alicloud provider in this construct's stack, or leave provider out and give region.",
      );
    }
    const settings = providerSettings(provider);
    // A region that is a token cannot be compared with the provider's; the provider decides.
    if (region !== undefined && !Token.isUnresolved(region) && settings.region !== undefined && settings.region !== region) {
      return { provider, region, conflictingProviderRegion: settings.region };
    }
    return { provider, region: region ?? settings.region ?? settings.regionToken };
  }
  if (region === undefined) {
    throw new HbrConfigurationError(path, "neither region nor provider is given.", 'Set region (e.g. "cn-hangzhou") or pass an alicloud provider that sets one.');
  }
  if (Token.isUnresolved(region)) {
    throw new HbrConfigurationError(
      path,
      "region is an unresolved token, so no provider can be chosen for it.",
      "Give region as a literal region id, or pass a provider configured for the region.",
    );
  }
  const stack = TerraformStack.of(scope);
  let index = indexes.get(stack);
  if (!index) indexes.set(stack, (index = new StackProviderIndex(stack)));
  const account = sameAccountAs !== undefined ? providerSettings(sameAccountAs).account : "default";
  const accountSettings = account === "default" ? {} : accountConfig(sameAccountAs!);
  // An account whose settings cannot be copied (a provider class without the generated getters) falls
  // back to the default account; the rules then report the difference (HBR021).
  const targetAccount = accountSettings === undefined ? "default" : account;
  let found = index.find(region, targetAccount);
  if (!found) {
    // The construct id is the region too: one provider per stack, account and region, easy to spot in
    // the tree. When the alias or the id is taken (a provider of another account or region that uses
    // the region id as alias, a construct the user named so), the next free `<base>-<n>` is used: two
    // provider blocks with one alias are invalid Terraform, and a taken id would fail in constructs.
    const base = targetAccount === "default" ? region : `${region}-${targetAccount.replace(/^[a-z]+:/, "").replace(/[^A-Za-z0-9_-]+/g, "-")}`;
    let alias = base;
    for (let n = 2; index.aliasTaken(alias) || stack.node.tryFindChild(`alicloud-${alias}`) !== undefined; n++) alias = `${base}-${n}`;
    found = new AlicloudProvider(stack, `alicloud-${alias}`, { ...(accountSettings ?? {}), alias, region });
    index.add(found);
  }
  return { provider: found, region };
}

/** The settings of a generated alicloud provider that say which account it acts in (no credentials). */
const ACCOUNT_SETTINGS = ["assumeRole", "assumeRoleWithOidc", "profile", "sharedCredentialsFile", "credentialsUri", "ecsRoleName", "accountId", "accountType"] as const;

/** Copies the account-defining settings of a provider, or `undefined` when its class does not expose them. */
function accountConfig(provider: TerraformProvider): AlicloudProviderConfig | undefined {
  const source = provider as unknown as Record<string, unknown>;
  if (!("assumeRole" in source) || !("profile" in source)) return undefined;
  const config: Record<string, unknown> = {};
  for (const key of ACCOUNT_SETTINGS) if (source[key] !== undefined) config[key] = source[key];
  return config as AlicloudProviderConfig;
}

/** HBR006 for a region that disagrees with the given provider's. */
export function providerRegionConflict(path: string, region: string, providerRegion: string): Finding {
  return makeFinding(
    "HBR006",
    path,
    `region is "${region}" but the provider given is configured for "${providerRegion}"; the resource would be created in "${providerRegion}".`,
    { fix: "Leave region out to use the provider's, or pass a provider configured for the region." },
  );
}

/** HBR006 when neither the construct nor its provider names a region. */
export function regionUnknown(path: string): Finding {
  return makeFinding("HBR006", path, "no region is known: the provider given sets none and region is not given.", {
    fix: "Set region on the construct or on the provider.",
  });
}
