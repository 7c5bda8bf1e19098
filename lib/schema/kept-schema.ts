import * as fs from "fs";
import * as path from "path";

/** The Terraform type of an attribute, as `terraform providers schema -json` prints it. */
export type TerraformType = string | [string, TerraformType] | ["object", Record<string, TerraformType>];

/** One attribute of a block in the provider schema. */
export interface SchemaAttribute {
  readonly type: TerraformType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly sensitive?: boolean;
  readonly deprecated?: boolean;
  readonly description?: string;
}

/** A nested block type in the provider schema. */
export interface SchemaBlockType {
  readonly nesting_mode: "single" | "list" | "set" | "map" | "group";
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

/** A block (a resource, data source, provider configuration or nested block). */
export interface SchemaBlock {
  readonly attributes?: Record<string, SchemaAttribute>;
  readonly block_types?: Record<string, SchemaBlockType>;
  readonly description?: string;
  readonly deprecated?: boolean;
}

/** The part of `terraform providers schema -json` that describes one provider. */
export interface ProviderSchema {
  readonly provider: { readonly block: SchemaBlock };
  readonly resource_schemas: Record<string, { readonly block: SchemaBlock }>;
  readonly data_source_schemas: Record<string, { readonly block: SchemaBlock }>;
}

/** What `constraints.json` records for one attribute path (only the fields the checks use). */
export interface AttributeConstraint {
  readonly enum?: ReadonlyArray<string | number>;
  readonly enum_ignore_case?: boolean;
  readonly int_range?: { readonly min?: number; readonly max?: number } | readonly [number, number];
  readonly string_length?: { readonly min?: number; readonly max?: number } | readonly [number, number];
  readonly regex?: string;
  readonly must_be_valid_regex?: boolean;
  readonly deprecated?: string;
  readonly removed?: string;
  readonly force_new?: boolean;
}

/** Constraints of one resource, data source or the provider block, keyed by dotted attribute path. */
export interface BlockConstraints {
  readonly attributes?: Record<string, AttributeConstraint>;
  readonly removed_attributes?: Record<string, AttributeConstraint>;
  readonly deprecated?: string;
}

/** The kept `constraints.json`. */
export interface ConstraintsDocument {
  readonly provider?: BlockConstraints;
  readonly resources?: Record<string, BlockConstraints>;
  readonly data_sources?: Record<string, BlockConstraints>;
  readonly source?: Record<string, string>;
}

/** The kept `regions.json` (only the fields the library reads). */
export interface RegionsDocument {
  readonly valid_regions: { readonly regions: readonly string[] } | readonly string[];
  readonly region_constants?: unknown;
  readonly default_region?: { readonly region_id: string };
}

/** The provider's registry address in the schema document. */
export const ALICLOUD_PROVIDER_ADDRESS = "registry.terraform.io/aliyun/alicloud";

/** The provider's local name in Terraform configuration (`provider.alicloud`, `alicloud_*` types). */
export const ALICLOUD_PROVIDER_NAME = "alicloud";

const SCHEMA_FILE = "alicloud-hbr.schema.json";

/**
 * Finds the kept `schema/` folder by walking up from this file, so the same code works from
 * `lib/` (ts-jest, ts-node) and from the compiled package.
 */
export function keptSchemaDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "schema");
    if (fs.existsSync(path.join(candidate, SCHEMA_FILE))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`cdktf-alicloud-hbr: the kept provider schema (schema/${SCHEMA_FILE}) is missing from the package`);
    }
    dir = parent;
  }
}

const cache = new Map<string, unknown>();
function readKept<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(fs.readFileSync(path.join(keptSchemaDir(), file), "utf8"));
    cache.set(file, value);
  }
  return value as T;
}

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

/** The provider version the kept schema was taken from (e.g. `1.290.0`). */
export function keptProviderVersion(): string {
  return keptConstraints().source?.provider_version ?? "unknown";
}
