import type { IConstruct } from "constructs";
import { SCHEMA_FILE, keptSchemaDir, readKept } from "../private/kept-files";
import {
  PROVIDER_VERSION_CONTEXT_KEY,
  ProviderVersionFacts,
  compareProviderVersions,
  isProviderVersion,
  requireProviderVersion,
} from "./provider-version";

export * from "./provider-version";
export { keptSchemaDir };

/** The Terraform type of an attribute, as `terraform providers schema -json` prints it. */
export type TerraformType = string | [string, TerraformType] | ["object", Record<string, TerraformType>];

/** One attribute of a block in the provider schema. */
export interface SchemaAttribute {
  /** The attribute's type. */
  readonly type: TerraformType;
  /** The attribute must be set. */
  readonly required?: boolean;
  /** The attribute may be set. */
  readonly optional?: boolean;
  /** The provider fills the attribute in (settable too when also optional). */
  readonly computed?: boolean;
  /** Terraform hides the value in its output. */
  readonly sensitive?: boolean;
  /** The attribute is deprecated. */
  readonly deprecated?: boolean;
  /** The attribute's description. */
  readonly description?: string;
}

/** A nested block type in the provider schema. */
export interface SchemaBlockType {
  /** How the nested blocks are given: one block, a list, a set or a map of them. */
  readonly nesting_mode: "single" | "list" | "set" | "map" | "group";
  /** The schema of each nested block. */
  readonly block: SchemaBlock;
  /** The fewest blocks allowed. */
  readonly min_items?: number;
  /** The most blocks allowed (0 or absent: no limit). */
  readonly max_items?: number;
}

/** A block (a resource, data source, provider configuration or nested block). */
export interface SchemaBlock {
  /** The block's attributes by name. */
  readonly attributes?: Record<string, SchemaAttribute>;
  /** The block's nested block types by name. */
  readonly block_types?: Record<string, SchemaBlockType>;
  /** The block's description. */
  readonly description?: string;
  /** The block is deprecated. */
  readonly deprecated?: boolean;
}

/** A resource, data source or provider configuration schema. */
export interface SchemaEntry {
  /** The top-level block. */
  readonly block: SchemaBlock;
}

/** Inclusive bounds; an absent bound is open. */
export interface NumberBounds {
  /** The smallest value allowed. */
  readonly min?: number;
  /** The largest value allowed. */
  readonly max?: number;
}

/** The part of `terraform providers schema -json` that describes one provider. */
export interface ProviderSchema {
  /** The provider configuration block. */
  readonly provider: SchemaEntry;
  /** Resource types by name. */
  readonly resource_schemas: Record<string, SchemaEntry>;
  /** Data source types by name. */
  readonly data_source_schemas: Record<string, SchemaEntry>;
}

/** What `constraints.json` records for one attribute path (only the fields the checks use). */
export interface AttributeConstraint {
  /** The values allowed. */
  readonly enum?: ReadonlyArray<string | number>;
  /** The enum is compared without regard to case. */
  readonly enum_ignore_case?: boolean;
  /** The integer range allowed. */
  readonly int_range?: NumberBounds | readonly [number, number];
  /** The string lengths allowed. */
  readonly string_length?: NumberBounds | readonly [number, number];
  /** A pattern the value must match. */
  readonly regex?: string;
  /** The value must itself be a valid regular expression. */
  readonly must_be_valid_regex?: boolean;
  /** The deprecation message, when the attribute is deprecated. */
  readonly deprecated?: string;
  /** Why and since when the attribute is gone from the provider. */
  readonly removed?: string;
  /** Changing the value replaces the resource. */
  readonly force_new?: boolean;
  /** The first release tag from which the provider source has the attribute, or `unreleased`. */
  readonly available_since_git?: string;
  /** The release the provider docs say the attribute is available since (the only record for provider arguments). */
  readonly available_since_docs?: string;
  /** Per enum value, the first release tag that accepts it, or `unreleased` (listed only where values differ from the attribute). */
  readonly enum_values_since_git?: Record<string, string>;
  /** The release the provider docs say a removed attribute was removed in. */
  readonly removed_since_docs?: string;
}

/** Constraints of one resource, data source or the provider block, keyed by dotted attribute path. */
export interface BlockConstraints {
  /** Constraints by dotted attribute path (`rules.rule_type`). */
  readonly attributes?: Record<string, AttributeConstraint>;
  /** Attributes the provider has removed, by dotted path. */
  readonly removed_attributes?: Record<string, AttributeConstraint>;
  /** The deprecation message of the resource type. */
  readonly deprecated?: string;
  /** The first release tag from which the provider source has the type, or `unreleased`. */
  readonly available_since_git?: string;
  /** The release the type first shipped in (the provider docs' and git history's agreed value). */
  readonly available_since?: string;
}

/** The kept `constraints.json`. */
export interface ConstraintsDocument {
  /** Constraints of the provider configuration. */
  readonly provider?: BlockConstraints;
  /** Constraints of each resource type. */
  readonly resources?: Record<string, BlockConstraints>;
  /** Constraints of each data source type. */
  readonly data_sources?: Record<string, BlockConstraints>;
  /** Where the schema was taken from (commit, provider version). */
  readonly source?: Record<string, string>;
}

/** A list of region ids as `regions.json` records it. */
export interface RegionList {
  /** The region ids. */
  readonly regions: readonly string[];
}

/** The provider's default region. */
export interface DefaultRegion {
  /** Its id. */
  readonly region_id: string;
}

/** The kept `regions.json` (only the fields the library reads). */
export interface RegionsDocument {
  /** The region ids the provider accepts. */
  readonly valid_regions: RegionList | readonly string[];
  /** The provider's named region constants. */
  readonly region_constants?: unknown;
  /** The region the provider uses when none is set. */
  readonly default_region?: DefaultRegion;
}

/** The provider's registry address in the schema document. */
export const ALICLOUD_PROVIDER_ADDRESS = "registry.terraform.io/aliyun/alicloud";

/** The provider's local name in Terraform configuration (`provider.alicloud`, `alicloud_*` types). */
export const ALICLOUD_PROVIDER_NAME = "alicloud";

/** The alicloud provider schema kept in `schema/alicloud-hbr.schema.json` (HBR subset). */
export function keptProviderSchema(): ProviderSchema {
  const doc = readKept<{ provider_schemas: Record<string, ProviderSchema> }>(SCHEMA_FILE);
  return doc.provider_schemas[ALICLOUD_PROVIDER_ADDRESS];
}

/** The kept `schema/constraints.json`. */
export function keptConstraints(): ConstraintsDocument {
  return readKept<ConstraintsDocument>("constraints.json");
}

/** The kept `schema/regions.json`. */
export function keptRegions(): RegionsDocument {
  return readKept<RegionsDocument>("regions.json");
}

/**
 * The provider release the kept schema is exact for (`1.289.0`): the latest release tag of the
 * provider source it was taken from. The source is a few commits past that tag; what landed after
 * it is marked `unreleased` in `constraints.json`, and the schema check rejects it for this target.
 */
export function keptProviderVersion(): string {
  return providerVersionFacts(keptConstraints()).schemaVersion;
}

/**
 * The release facts a constraints document records in its `source` section: the latest release tag
 * (the version the schema is exact for) and the version the source calls itself (where what is
 * marked unreleased is expected). A document without them (a hand-made one in a test) falls back to
 * the kept schema's.
 */
export function providerVersionFacts(constraints: ConstraintsDocument): ProviderVersionFacts {
  const source = constraints.source ?? keptConstraints().source ?? {};
  const tag = source.latest_release_tag?.replace(/^v/, "");
  if (!isProviderVersion(tag)) {
    throw new Error("cdktf-alicloud-hbr: the constraints document records no latest release tag (source.latest_release_tag), so the provider version it is exact for is unknown");
  }
  const next = source.provider_version;
  return { schemaVersion: tag, nextVersion: isProviderVersion(next) && compareProviderVersions(next, tag) > 0 ? next : undefined };
}

/**
 * The target provider version the app sets with the context key {@link PROVIDER_VERSION_CONTEXT_KEY},
 * or undefined when it sets none (the check then targets {@link keptProviderVersion}). Throws
 * {@link HbrConfigurationError} for a value that is not one exact release. Pass the result as
 * `providerVersion` to {@link checkTerraformJson}.
 */
export function providerVersionFromContext(scope: IConstruct): string | undefined {
  const value: unknown = scope.node.tryGetContext(PROVIDER_VERSION_CONTEXT_KEY);
  if (value === undefined) return undefined;
  return requireProviderVersion(`context ${PROVIDER_VERSION_CONTEXT_KEY}`, value, keptProviderVersion());
}
