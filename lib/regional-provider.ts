import { IConstruct } from "constructs";
import { TerraformProvider, TerraformStack, Token } from "./private/framework";
import { AlicloudProvider, AlicloudProviderConfig } from "./gen/providers/alicloud/provider";
import { ALICLOUD_PROVIDER_NAME } from "./schema/kept-schema";
import { HbrConfigurationError, describeValue } from "./private/arguments";
import { Finding, makeFinding } from "./rules/finding";
import { ProviderAccountSettings, accountSettingsOfBlock, accountSettingsOfConfig, providerAccount } from "./private/account";

/** What the library reads from an alicloud provider configuration. */
export interface ProviderSettings {
  /** The alias, if any. */
  readonly alias?: string;
  /** The region, when set as a literal. */
  readonly region?: string;
  /** The region, when set as an unresolved token (a Terraform variable, say). */
  readonly regionToken?: string;
  /**
   * The account the provider acts in, as {@link providerAccount} tells from its configuration: its
   * assumed role's account, else its OIDC role's, else its profile, else its static keys (an opaque
   * digest), else `default` (the app's default credentials).
   */
  readonly account: string;
  /**
   * True when `skip_region_validation` is literally `true`: the provider accepts a region id that
   * the kept list does not know (a new region, a private cloud), so the region check should too.
   */
  readonly skipRegionValidation: boolean;
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

/**
 * True for a provider class made by the provider generator (ours or a user's `cdktf get`): it exposes
 * its configuration as getters, which is far cheaper to read than rendering the whole block.
 */
function hasGeneratedGetters(provider: TerraformProvider): boolean {
  return "region" in provider && "assumeRole" in provider && "profile" in provider && "accessKey" in provider;
}

function readProviderSettings(provider: TerraformProvider): ProviderSettings {
  const literal = (value: unknown) => (typeof value === "string" && !Token.isUnresolved(value) ? value : undefined);
  const isUnknown = (value: unknown) => Token.isUnresolved(value);
  let region: unknown;
  let skipRegionValidation: unknown;
  let accountSettings: ProviderAccountSettings;
  if (hasGeneratedGetters(provider)) {
    const generated = provider as unknown as Record<string, unknown>;
    region = generated.region;
    skipRegionValidation = generated.skipRegionValidation;
    accountSettings = accountSettingsOfConfig(generated, isUnknown);
  } else {
    const blocks = (provider.toTerraform() as { provider?: Record<string, unknown[]> }).provider?.[ALICLOUD_PROVIDER_NAME];
    const config = (Array.isArray(blocks) ? blocks[0] : blocks) as Record<string, unknown> | undefined;
    region = config?.region;
    skipRegionValidation = config?.skip_region_validation;
    accountSettings = accountSettingsOfBlock(config, isUnknown);
  }
  const regionToken = typeof region === "string" && Token.isUnresolved(region) ? region : undefined;
  return {
    alias: literal(provider.alias),
    region: literal(region),
    regionToken,
    account: providerAccount(accountSettings, provider.node.path),
    skipRegionValidation: skipRegionValidation === true,
  };
}

/**
 * How much work finding providers took, for the tests that keep placement linear.
 * @internal
 */
export interface PlacementWork {
  /** Walks of a stack looking for alicloud providers (one per provider lookup that missed). */
  readonly stackWalks: number;
  /** Constructs visited by those walks and by the synth-time alias check. */
  readonly constructsVisited: number;
  /** Provider lookups (one per construct placed by region). */
  readonly lookups: number;
}

const work = { stackWalks: 0, constructsVisited: 0, lookups: 0 };

/**
 * The work done so far by provider placement in this process. Read by the test that fails if
 * placement walks the stack once per construct again; not part of the API.
 * @internal
 */
export function placementWork(): PlacementWork {
  return { ...work };
}

/** Visits every construct under `root` (itself included), counting the visits in {@link placementWork}. */
function visitAll(root: IConstruct, visit: (node: IConstruct) => void): void {
  const pending: IConstruct[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    work.constructsVisited++;
    visit(node);
    const children = node.node.children;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
}

interface RegionEntry {
  defaultProvider?: TerraformProvider;
  firstAliased?: TerraformProvider;
}

/**
 * The alicloud providers of one stack, by account and region. A lookup that finds a provider costs
 * nothing more; only a lookup that misses walks the stack once (for a provider declared since), and
 * then the library adds one for that account and region, so the next lookup hits. The walks are
 * bounded by the providers of the stack, not by its constructs: placement stays linear in the
 * constructs placed, however many there are.
 */
class StackProviderIndex {
  /** Account -> region -> providers; two maps rather than one joined key, as this runs per construct. */
  private readonly byAccount = new Map<string, Map<string, RegionEntry>>();
  /** Alias -> the first provider seen with it. */
  private readonly aliases = new Map<string, TerraformProvider>();
  private readonly seen = new WeakSet<IConstruct>();
  /** The providers this library added, with the region and account they were added for. */
  private readonly added: Array<{ provider: TerraformProvider; alias: string; region: string }> = [];

  constructor(private readonly stack: TerraformStack) {}

  find(region: string, account: string): TerraformProvider | undefined {
    work.lookups++;
    const hit = this.lookup(region, account);
    if (hit) return hit;
    this.walk();
    return this.lookup(region, account);
  }

  /**
   * An alias free for a new provider: `base`, else the next free `<base>-<n>`. Two provider blocks
   * with one alias are invalid Terraform, and a construct id taken would fail in constructs. Called
   * right after a missed {@link find}, so every provider declared so far has been seen.
   */
  freeAlias(base: string): string {
    let alias = base;
    for (let n = 2; this.aliases.has(alias) || this.stack.node.tryFindChild(`alicloud-${alias}`) !== undefined; n++) alias = `${base}-${n}`;
    return alias;
  }

  /**
   * Records a provider the library added for `account` and `region`. It is found under that account
   * even when its own settings tell another: an account known only at plan time is named after the
   * provider it was copied from, and the copy's own key would name the copy.
   */
  add(provider: TerraformProvider, alias: string, region: string, account: string): void {
    if (this.added.length === 0) this.stack.node.addValidation({ validate: () => this.laterAliasConflicts() });
    this.added.push({ provider, alias, region });
    this.index(provider);
    this.entry(account, region).firstAliased ??= provider;
  }

  private entry(account: string, region: string): RegionEntry {
    let regions = this.byAccount.get(account);
    if (!regions) this.byAccount.set(account, (regions = new Map()));
    let entry = regions.get(region);
    if (!entry) regions.set(region, (entry = {}));
    return entry;
  }

  private lookup(region: string, account: string): TerraformProvider | undefined {
    const entry = this.byAccount.get(account)?.get(region);
    return entry?.defaultProvider ?? entry?.firstAliased;
  }

  private walk(): void {
    work.stackWalks++;
    visitAll(this.stack, (node) => {
      if (isAlicloudProvider(node)) this.index(node);
    });
  }

  private index(provider: TerraformProvider): void {
    if (this.seen.has(provider)) return;
    this.seen.add(provider);
    const { alias, region, account } = providerSettings(provider);
    if (alias !== undefined && !this.aliases.has(alias)) this.aliases.set(alias, provider);
    if (region === undefined) return;
    // Keyed by account too: a provider that assumes a role, uses a profile or its own keys acts in
    // another account, and is picked only for constructs that must be in that account (a mirror of a
    // vault there).
    const entry = this.entry(account, region);
    if (alias === undefined) entry.defaultProvider ??= provider;
    else entry.firstAliased ??= provider;
  }

  /**
   * At synth: a provider declared after the library chose its alias, with that same alias. Terraform
   * would reject the two blocks at plan, naming neither construct. One walk of the stack.
   */
  private laterAliasConflicts(): string[] {
    const byAlias = new Map<string, TerraformProvider[]>();
    const ours = new Set<IConstruct>(this.added.map((entry) => entry.provider));
    visitAll(this.stack, (node) => {
      if (!isAlicloudProvider(node) || ours.has(node)) return;
      const alias = literalAlias(node);
      if (alias === undefined) return;
      let list = byAlias.get(alias);
      if (!list) byAlias.set(alias, (list = []));
      list.push(node);
    });
    const errors: string[] = [];
    for (const { provider, alias, region } of this.added) {
      if (this.stack.node.tryFindChild(provider.node.id) !== provider || literalAlias(provider) !== alias) continue;
      for (const other of byAlias.get(alias) ?? []) {
        errors.push(
          `${other.node.path}: the alicloud provider alias "${alias}" is already used by ${provider.node.path}, the provider this library added ` +
            `for the constructs placed in ${region} by region before ${other.node.path} was declared; two provider blocks with one alias are invalid Terraform. ` +
            `Fix: declare ${other.node.path} before those constructs (they then use it), or give it another alias, or pass it to the constructs as provider.`,
        );
      }
    }
    return errors;
  }
}

function literalAlias(provider: TerraformProvider): string | undefined {
  const alias = provider.alias;
  return typeof alias === "string" && !Token.isUnresolved(alias) ? alias : undefined;
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
 * stack configured for that region in the account wanted (the app's default account, or the account
 * of `sameAccountAs`; the unaliased one first), else a new `AlicloudProvider` with `alias` and
 * `region` set to the region id, added once per stack, account and region. A provider added for
 * another account copies the settings that make `sameAccountAs`'s account (its roles and the
 * credentials they start from, as values or references); a default-account one has none.
 *
 * Once a provider serves an account and region of a stack, later constructs there keep it, also
 * when the user declares another for that region afterwards; one declared afterwards with the alias
 * the library chose fails the synth, naming both.
 */
export function regionalProvider(scope: IConstruct, region: string | undefined, provider: unknown, sameAccountAs?: TerraformProvider): RegionalProviderChoice {
  // The path costs a walk up the tree: computed only for an error.
  const path = () => scope.node.path;
  const regionIsToken = typeof region === "string" && Token.isUnresolved(region);
  if (typeof region === "string" && !regionIsToken && region.trim() === "") {
    throw new HbrConfigurationError(path(), `region is empty (${describeValue(region)}).`, 'Set region to a region id (e.g. "cn-hangzhou"), or leave it out and pass a provider that sets one.');
  }
  if (provider !== undefined) {
    if (!isAlicloudProvider(provider)) {
      throw new HbrConfigurationError(
        path(),
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
        path(),
        `the provider ${provider.node.path} belongs to ${otherApp ? "another cdktf App" : `the stack ${TerraformStack.of(provider).node.path}`}; a resource can use only a provider declared in its own stack.`,
        "Declare the alicloud provider in this construct's stack, or leave provider out and give region.",
      );
    }
    const settings = providerSettings(provider);
    // A region that is a token cannot be compared with the provider's; the provider decides.
    if (region !== undefined && !regionIsToken && settings.region !== undefined && settings.region !== region) {
      return { provider, region, conflictingProviderRegion: settings.region };
    }
    return { provider, region: region ?? settings.region ?? settings.regionToken };
  }
  if (region === undefined) {
    throw new HbrConfigurationError(path(), "neither region nor provider is given.", 'Set region (e.g. "cn-hangzhou") or pass an alicloud provider that sets one.');
  }
  if (regionIsToken) {
    throw new HbrConfigurationError(
      path(),
      "region is an unresolved token, so no provider can be chosen for it.",
      "Give region as a literal region id, or pass a provider configured for the region.",
    );
  }
  const stack = TerraformStack.of(scope);
  let index = indexes.get(stack);
  if (!index) indexes.set(stack, (index = new StackProviderIndex(stack)));
  const account = sameAccountAs !== undefined ? providerSettings(sameAccountAs).account : "default";
  let found = index.find(region, account);
  if (found) return { provider: found, region };
  let accountSettings: AlicloudProviderConfig | undefined = {};
  let targetAccount = account;
  if (account !== "default") {
    accountSettings = accountConfig(sameAccountAs!, scope, stack);
    // An account whose settings cannot be read (a provider class without the generated getters) falls
    // back to the default account; the rules then report the difference (HBR021).
    if (accountSettings === undefined) {
      targetAccount = "default";
      found = index.find(region, targetAccount);
      if (found) return { provider: found, region };
    }
  }
  // The construct id is the alias too: one provider per stack, account and region, easy to spot in
  // the tree.
  const alias = index.freeAlias(targetAccount === "default" ? region : `${region}-${aliasSuffix(targetAccount)}`);
  found = new AlicloudProvider(stack, `alicloud-${alias}`, { ...accountSettings, alias, region });
  index.add(found, alias, region, targetAccount);
  return { provider: found, region };
}

/** The part of an alias that tells the account; static keys are named only as such, never by their digest. */
function aliasSuffix(account: string): string {
  if (account.startsWith("keys:")) return "keys";
  return account.replace(/^[a-z]+:/, "").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * The settings of a generated alicloud provider that make its account: the role it assumes (by
 * either means) and the credentials it starts from. Static keys are among them: without them, a
 * copy would act in the default account.
 */
const ACCOUNT_SETTINGS = [
  "assumeRole",
  "assumeRoleWithOidc",
  "profile",
  "sharedCredentialsFile",
  "credentialsUri",
  "ecsRoleName",
  "accessKey",
  "secretKey",
  "securityToken",
  "accountId",
  "accountType",
] as const;

/** The settings that hold a secret, when set in the configuration rather than in the environment. */
const SECRET_SETTINGS = ["accessKey", "secretKey", "securityToken"] as const;

/**
 * Copies the account-making settings of a provider for a provider of the same account in another
 * region, or `undefined` when its class does not expose them. Values are copied as they are: a token
 * stays a reference (to a variable, say), and a literal is the same value the source's provider block
 * already writes in this stack. A secret is never copied into another stack's configuration: that
 * would write it somewhere it was not.
 */
function accountConfig(provider: TerraformProvider, scope: IConstruct, stack: TerraformStack): AlicloudProviderConfig | undefined {
  if (!hasGeneratedGetters(provider)) return undefined;
  const source = provider as unknown as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const key of ACCOUNT_SETTINGS) if (source[key] !== undefined) config[key] = source[key];
  const oidc = (Array.isArray(source.assumeRoleWithOidc) ? source.assumeRoleWithOidc[0] : source.assumeRoleWithOidc) as { oidcToken?: unknown } | undefined;
  const secrets: string[] = SECRET_SETTINGS.filter((key) => source[key] !== undefined);
  if (oidc && typeof oidc === "object" && oidc.oidcToken !== undefined) secrets.push("assumeRoleWithOidc.oidcToken");
  if (secrets.length > 0 && TerraformStack.of(provider) !== stack) {
    throw new HbrConfigurationError(
      scope.node.path,
      `the source's provider ${provider.node.path} reaches its account with ${secrets.join(", ")} set in its configuration, and this construct is in another stack (${stack.node.path}); ` +
        "a provider of that account here would need those secrets written into this stack's configuration too.",
      "Pass provider: a provider of that account declared in this stack, or give the credentials through the environment (ALICLOUD_ACCESS_KEY, ALICLOUD_SECRET_KEY, ALICLOUD_SECURITY_TOKEN) or a profile.",
    );
  }
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
