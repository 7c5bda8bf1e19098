import {
  ALICLOUD_PROVIDER_NAME,
  AttributeConstraint,
  BlockConstraints,
  ConstraintsDocument,
  ProviderSchema,
  SchemaAttribute,
  SchemaBlock,
  SchemaBlockType,
  TerraformType,
  keptConstraints,
  keptProviderSchema,
  providerVersionFacts,
} from "./kept-schema";
import { closest } from "../private/closest-name";
import {
  PROVIDER_VERSION_CONTEXT_KEY,
  ProviderVersionFacts,
  compareProviderVersions,
  constraintAdmits,
  describeVersionGap,
  requireProviderVersion,
  versionGap,
  versionGapFix,
} from "./provider-version";

/** The kinds of problem the offline schema check reports. */
export enum SchemaProblemKind {
  /** A resource or data source type the provider does not have. */
  UNKNOWN_TYPE = "unknown-type",
  /** An attribute or block the schema does not have. */
  UNKNOWN_ATTRIBUTE = "unknown-attribute",
  /** A computed-only attribute set in configuration. */
  COMPUTED_ATTRIBUTE = "computed-attribute",
  /** A required attribute or block left out. */
  MISSING_REQUIRED = "missing-required",
  /** A literal whose type cannot convert to the attribute's type. */
  WRONG_TYPE = "wrong-type",
  /** A value outside the attribute's enum. */
  NOT_IN_ENUM = "not-in-enum",
  /** A number outside the attribute's range, or a string outside its length or pattern. */
  OUT_OF_RANGE = "out-of-range",
  /** More or fewer nested blocks than the schema allows. */
  BLOCK_COUNT = "block-count",
  /** A `provider` meta-argument naming a provider configuration that is not declared. */
  UNKNOWN_PROVIDER = "unknown-provider",
  /** Two provider configurations with the same alias. */
  DUPLICATE_PROVIDER = "duplicate-provider",
  /** An attribute the provider has removed. */
  REMOVED_ATTRIBUTE = "removed-attribute",
  /** A deprecated resource or attribute (reported as a warning). */
  DEPRECATED = "deprecated",
  /**
   * A resource type, argument, block or enum value that the target provider version does not have:
   * it shipped in a later release, or in none yet (the kept schema marks it unreleased).
   */
  NOT_IN_PROVIDER_VERSION = "not-in-provider-version",
  /**
   * The document's `required_providers` constraint for aliyun/alicloud does not admit the target
   * version, so `terraform init` would install another release than the one checked.
   */
  PROVIDER_VERSION_MISMATCH = "provider-version-mismatch",
  /** The document is not shaped like Terraform JSON configuration. */
  MALFORMED = "malformed",
}

/** One problem found by {@link checkTerraformJson}. */
export interface SchemaProblem {
  /** What kind of problem this is. */
  readonly kind: SchemaProblemKind;
  /** `error` fails `terraform validate`; `warning` is printed by it but does not fail it. */
  readonly severity: "error" | "warning";
  /** The Terraform address: `alicloud_hbr_vault.main`, `data.alicloud_hbr_vaults.all`, `provider.alicloud.cn-hangzhou`. */
  readonly address: string;
  /** The attribute path inside the block (`rules[0].rule_type`); empty for the block itself. */
  readonly path: string;
  /** What is wrong, naming the value where there is one. */
  readonly message: string;
}

/** Options for {@link checkTerraformJson}. */
export interface CheckTerraformJsonOptions {
  /**
   * The provider schema to check against.
   * @default the kept schema in `schema/alicloud-hbr.schema.json`
   */
  readonly schema?: ProviderSchema;
  /**
   * The constraints (enums, ranges, deprecations) to check against.
   * @default the kept `schema/constraints.json`
   */
  readonly constraints?: ConstraintsDocument;
  /**
   * Report `alicloud_*` types outside the kept HBR subset as errors rather than warnings. The kept
   * schema holds only the HBR resources, so by default other alicloud types are reported as
   * unchecked warnings (a user with the full provider generated may use them).
   * @default false
   */
  readonly strictTypes?: boolean;
  /**
   * The exact aliyun/alicloud release the app installs (`"1.300.0"`). Types, arguments, blocks and
   * enum values that first shipped after it, or are marked unreleased, are errors naming the version
   * they need. The check is exact for the kept schema's version only: for a newer target, what the
   * kept schema lacks (an argument a later release added) is a warning naming the schema's version
   * rather than an error. Apps set it with the context key {@link PROVIDER_VERSION_CONTEXT_KEY}
   * (read it with {@link providerVersionFromContext}).
   * @default the release the kept schema is exact for, {@link keptProviderVersion} (1.289.0)
   */
  readonly providerVersion?: string;
}

const META_ARGUMENTS = new Set([
  "provider",
  "depends_on",
  "count",
  "for_each",
  "lifecycle",
  "connection",
  "provisioner",
  "dynamic",
  "//",
]);
const PROVIDER_META_ARGUMENTS = new Set(["alias", "version", "//"]);
const HBR_TYPE_PREFIX = `${ALICLOUD_PROVIDER_NAME}_hbr_`;

/** True for a string holding a Terraform expression or template (`${...}`), whose value is known only at plan time. */
export function isTerraformExpression(value: unknown): boolean {
  return typeof value === "string" && value.includes("${");
}

/**
 * Checks a synthesized Terraform JSON document (`cdk.tf.json`) against the kept alicloud provider
 * schema and constraints, as `terraform validate` would with the provider installed: unknown types,
 * attributes and blocks; missing required attributes and blocks; literals of the wrong type; values
 * outside an enum or range; nested block counts; provider aliases that are not declared.
 * Terraform expressions (`${...}`) are accepted wherever a value goes.
 *
 * The check targets one provider release, by default the one the kept schema is exact for (see
 * {@link CheckTerraformJsonOptions.providerVersion}): what that release does not have yet is an error
 * naming the release it needs.
 *
 * Only `alicloud` resources, data sources and provider blocks are checked; other providers' are left
 * alone. Every problem is returned, in document order; an empty array means the document is valid.
 */
export function checkTerraformJson(config: unknown, options: CheckTerraformJsonOptions = {}): SchemaProblem[] {
  const constraints = options.constraints ?? keptConstraints();
  const facts = providerVersionFacts(constraints);
  const target =
    options.providerVersion === undefined
      ? facts.schemaVersion
      : requireProviderVersion("checkTerraformJson providerVersion", options.providerVersion, facts.schemaVersion);
  const checker = new Checker(options.schema ?? keptProviderSchema(), constraints, options.strictTypes ?? false, { target, facts });
  checker.checkDocument(config);
  return checker.problems;
}

/** Formats problems one per line, `address path: message`, for error messages and test output. */
export function formatSchemaProblems(problems: readonly SchemaProblem[]): string {
  return problems
    .map((p) => `${p.severity.toUpperCase()} [${p.kind}] ${p.address}${p.path ? ` ${p.path}` : ""}: ${p.message}`)
    .join("\n");
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value)}`;
  return `the ${typeof value} ${String(value)}`;
}

function typeName(type: TerraformType): string {
  if (typeof type === "string") return type;
  if (type[0] === "object") return "object";
  return `${type[0]} of ${typeName(type[1] as TerraformType)}`;
}

function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/** Turns `rules[0].retention_rules[1].retention` into the constraint key `rules.retention_rules.retention`. */
function constraintKey(path: string): string {
  return path.replace(/\[[^\]]*\]/g, "");
}

/** The release the check targets and what the kept schema knows about releases. */
interface TargetVersion {
  readonly target: string;
  readonly facts: ProviderVersionFacts;
}

class Checker {
  public readonly problems: SchemaProblem[] = [];
  private readonly declaredProviders = new Set<string>();
  /** The target is newer than the schema, so what the schema lacks may exist there: a warning, not an error. */
  private readonly beyondSchema: boolean;

  constructor(
    private readonly schema: ProviderSchema,
    private readonly constraints: ConstraintsDocument,
    private readonly strictTypes: boolean,
    private readonly version: TargetVersion,
  ) {
    this.beyondSchema = compareProviderVersions(version.target, version.facts.schemaVersion) > 0;
  }

  /** Reports `subject` when the target release does not have it (first shipped in `since`); true when reported. */
  private reportVersionGap(since: string | undefined, subject: string, address: string, path: string): boolean {
    const gap = versionGap(since, this.version.target, this.version.facts);
    if (!gap) return false;
    const { target, facts } = this.version;
    this.report(SchemaProblemKind.NOT_IN_PROVIDER_VERSION, "error", address, path, `${describeVersionGap(subject, gap, target, facts)}. ${versionGapFix(gap)}`);
    return true;
  }

  /** Why an unknown name is only a warning when the target is newer than the kept schema. */
  private beyondSchemaNote(): string {
    const { target, facts } = this.version;
    return `the check is exact for provider ${facts.schemaVersion} (the kept schema) only, and the app targets ${target}, which may have it`;
  }

  checkDocument(config: unknown): void {
    if (!isPlainObject(config)) {
      this.report(SchemaProblemKind.MALFORMED, "error", "", "", `the document must be a JSON object, got ${describe(config)}`);
      return;
    }
    this.checkRequiredVersion(config.terraform);
    this.checkProviders(config.provider);
    this.checkInstances(config.resource, "resource", this.schema.resource_schemas, this.constraints.resources ?? {});
    this.checkInstances(config.data, "data", this.schema.data_source_schemas, this.constraints.data_sources ?? {});
  }

  private checkRequiredVersion(terraform: unknown): void {
    const requirement = isPlainObject(terraform) && isPlainObject(terraform.required_providers) ? terraform.required_providers[ALICLOUD_PROVIDER_NAME] : undefined;
    const constraint = isPlainObject(requirement) ? requirement.version : undefined;
    if (typeof constraint !== "string" || isTerraformExpression(constraint)) return;
    const { target } = this.version;
    if (constraintAdmits(constraint, target) !== false) return;
    this.report(
      SchemaProblemKind.PROVIDER_VERSION_MISMATCH,
      "error",
      "terraform",
      `required_providers.${ALICLOUD_PROVIDER_NAME}.version`,
      `the document requires aliyun/alicloud ${JSON.stringify(constraint)}, which does not admit ${target}, the release the check targets, so terraform init would install a release that was not checked. ` +
        `Set the app context "${PROVIDER_VERSION_CONTEXT_KEY}" to the release the constraint installs, or pin the constraint to "= ${target}" (stack.addOverride("terraform.required_providers.${ALICLOUD_PROVIDER_NAME}.version", "= ${target}"))`,
    );
  }

  private checkProviders(providers: unknown): void {
    if (providers === undefined) return;
    if (!isPlainObject(providers)) {
      this.report(SchemaProblemKind.MALFORMED, "error", "provider", "", `"provider" must be an object, got ${describe(providers)}`);
      return;
    }
    const configs = providers[ALICLOUD_PROVIDER_NAME];
    if (configs === undefined) return;
    const list = Array.isArray(configs) ? configs : [configs];
    list.forEach((providerConfig, index) => {
      const alias = isPlainObject(providerConfig) && typeof providerConfig.alias === "string" ? providerConfig.alias : undefined;
      const address = `provider.${ALICLOUD_PROVIDER_NAME}${alias ? `.${alias}` : Array.isArray(configs) ? `[${index}]` : ""}`;
      const key = alias ? `${ALICLOUD_PROVIDER_NAME}.${alias}` : ALICLOUD_PROVIDER_NAME;
      if (this.declaredProviders.has(key)) {
        this.report(
          SchemaProblemKind.DUPLICATE_PROVIDER,
          "error",
          address,
          alias ? "alias" : "",
          alias
            ? `the provider alias "${alias}" is declared more than once; give each configuration its own alias`
            : "more than one default (unaliased) alicloud provider configuration; give all but one an alias",
        );
      }
      this.declaredProviders.add(key);
      this.checkBlock(providerConfig, this.schema.provider.block, this.constraints.provider ?? {}, address, "", PROVIDER_META_ARGUMENTS);
    });
  }

  private checkInstances(
    section: unknown,
    mode: "resource" | "data",
    schemas: Record<string, { block: SchemaBlock }>,
    constraints: Record<string, BlockConstraints>,
  ): void {
    if (section === undefined) return;
    if (!isPlainObject(section)) {
      this.report(SchemaProblemKind.MALFORMED, "error", mode, "", `"${mode}" must be an object, got ${describe(section)}`);
      return;
    }
    const prefix = mode === "data" ? "data." : "";
    for (const [type, instances] of Object.entries(section)) {
      if (!type.startsWith(`${ALICLOUD_PROVIDER_NAME}_`)) continue; // another provider's: not ours to check
      const typeAddress = `${prefix}${type}`;
      if (!isPlainObject(instances)) {
        this.report(SchemaProblemKind.MALFORMED, "error", typeAddress, "", `must be an object of named blocks, got ${describe(instances)}`);
        continue;
      }
      const typeSchema = schemas[type];
      const kind = mode === "data" ? "data source" : "resource";
      if (!typeSchema) {
        const known = type.startsWith(HBR_TYPE_PREFIX) || this.strictTypes;
        const error = known && !this.beyondSchema;
        this.report(
          SchemaProblemKind.UNKNOWN_TYPE,
          error ? "error" : "warning",
          typeAddress,
          "",
          !known
            ? `"${type}" is outside the kept schema (HBR subset) and was not checked`
            : error
              ? `the provider has no ${kind} type "${type}"${suggest(type, Object.keys(schemas))}`
              : `the kept schema has no ${kind} type "${type}", so it was not checked: ${this.beyondSchemaNote()}${suggest(type, Object.keys(schemas))}`,
        );
        continue;
      }
      const typeConstraints = constraints[type] ?? {};
      for (const [name, body] of Object.entries(instances)) {
        const address = `${typeAddress}.${name}`;
        if (this.reportVersionGap(typeConstraints.available_since_git ?? typeConstraints.available_since, `the ${kind} type "${type}"`, address, "")) continue;
        if (typeConstraints.deprecated) {
          this.report(SchemaProblemKind.DEPRECATED, "warning", address, "", typeConstraints.deprecated);
        }
        const bodies = Array.isArray(body) ? body : [body];
        for (const item of bodies) {
          this.checkProviderReference(item, address);
          this.checkBlock(item, typeSchema.block, typeConstraints, address, "", META_ARGUMENTS);
        }
      }
    }
  }

  private checkProviderReference(body: unknown, address: string): void {
    if (!isPlainObject(body) || body.provider === undefined) return;
    const ref = body.provider;
    if (typeof ref !== "string") {
      this.report(SchemaProblemKind.MALFORMED, "error", address, "provider", `must be a provider reference such as "alicloud.cn-hangzhou", got ${describe(ref)}`);
      return;
    }
    if (!ref.startsWith(ALICLOUD_PROVIDER_NAME)) {
      this.report(SchemaProblemKind.UNKNOWN_PROVIDER, "error", address, "provider", `"${ref}" is not an alicloud provider configuration`);
      return;
    }
    // An unaliased reference uses the default configuration, which Terraform supplies empty if undeclared.
    if (ref !== ALICLOUD_PROVIDER_NAME && !this.declaredProviders.has(ref)) {
      const declared = [...this.declaredProviders].sort().join(", ") || "none";
      this.report(
        SchemaProblemKind.UNKNOWN_PROVIDER,
        "error",
        address,
        "provider",
        `references the provider configuration "${ref}", which is not declared (declared: ${declared})`,
      );
    }
  }

  private checkBlock(
    body: unknown,
    block: SchemaBlock,
    constraints: BlockConstraints,
    address: string,
    path: string,
    metaArguments: ReadonlySet<string>,
  ): void {
    if (isTerraformExpression(body)) return;
    if (!isPlainObject(body)) {
      this.report(SchemaProblemKind.WRONG_TYPE, "error", address, path, `must be a block (object), got ${describe(body)}`);
      return;
    }
    const attributes = block.attributes ?? {};
    const blockTypes = block.block_types ?? {};
    for (const [key, value] of Object.entries(body)) {
      if (!path && metaArguments.has(key)) continue;
      const childPath = joinPath(path, key);
      const attribute = attributes[key];
      const blockType = blockTypes[key];
      const constraint = constraints.attributes?.[constraintKey(childPath)];
      if (attribute || blockType) {
        const since = constraint?.available_since_git ?? constraint?.available_since_docs;
        if (this.reportVersionGap(since, `the ${attribute ? "argument" : "block"} "${key}"`, address, childPath)) continue;
      }
      if (attribute) {
        this.checkAttribute(value, attribute, constraint, address, childPath);
        continue;
      }
      if (blockType) {
        this.checkNestedBlocks(value, blockType, constraints, address, childPath);
        continue;
      }
      const removed = constraints.removed_attributes?.[constraintKey(childPath)];
      if (removed) {
        const removedIn = removed.removed_since_docs;
        if (removedIn && versionGap(removedIn, this.version.target, this.version.facts)) {
          // The target predates the removal, so the argument is still there: only its values can be checked.
          this.checkConstraint(value, removed, address, childPath);
        } else {
          this.report(SchemaProblemKind.REMOVED_ATTRIBUTE, "error", address, childPath, removed.removed ?? `"${key}" has been removed from the provider`);
        }
        continue;
      }
      const candidates = [...Object.keys(attributes), ...Object.keys(blockTypes)];
      this.report(
        SchemaProblemKind.UNKNOWN_ATTRIBUTE,
        this.beyondSchema ? "warning" : "error",
        address,
        childPath,
        this.beyondSchema
          ? `the kept schema has no argument or block named "${key}" here, so it was not checked: ${this.beyondSchemaNote()}${suggest(key, candidates)}`
          : `no argument or block named "${key}" is expected here${suggest(key, candidates) || this.newerReleaseHint()}`,
      );
    }
    for (const [key, attribute] of Object.entries(attributes)) {
      const constraint = constraints.attributes?.[constraintKey(joinPath(path, key))];
      if (versionGap(constraint?.available_since_git ?? constraint?.available_since_docs, this.version.target, this.version.facts)) continue;
      if (attribute.required && (body[key] === undefined || body[key] === null)) {
        this.report(SchemaProblemKind.MISSING_REQUIRED, "error", address, joinPath(path, key), `the argument "${key}" is required, but no value was set`);
      }
    }
    for (const [key, blockType] of Object.entries(blockTypes)) {
      const constraint = constraints.attributes?.[constraintKey(joinPath(path, key))];
      if (versionGap(constraint?.available_since_git ?? constraint?.available_since_docs, this.version.target, this.version.facts)) continue;
      if ((blockType.min_items ?? 0) > 0 && body[key] === undefined && !this.hasDynamicBlock(body, key)) {
        this.report(
          SchemaProblemKind.MISSING_REQUIRED,
          "error",
          address,
          joinPath(path, key),
          `at least ${blockType.min_items} "${key}" block${blockType.min_items === 1 ? " is" : "s are"} required`,
        );
      }
    }
  }

  /** For an unknown name with no close match: it may be an argument of a release newer than the schema. */
  private newerReleaseHint(): string {
    const schemaVersion = this.version.facts.schemaVersion;
    return ` (the kept schema, exact for provider ${schemaVersion}, has none); if the release the app installs is newer than ${schemaVersion} and has it, set the context "${PROVIDER_VERSION_CONTEXT_KEY}" to that release`;
  }

  private hasDynamicBlock(body: Record<string, unknown>, key: string): boolean {
    return isPlainObject(body.dynamic) && body.dynamic[key] !== undefined;
  }

  private checkNestedBlocks(
    value: unknown,
    blockType: SchemaBlockType,
    constraints: BlockConstraints,
    address: string,
    path: string,
  ): void {
    if (isTerraformExpression(value)) return;
    if (blockType.nesting_mode === "single" || blockType.nesting_mode === "group") {
      const item = Array.isArray(value) && value.length === 1 ? value[0] : value;
      this.checkBlock(item, blockType.block, constraints, address, path, new Set());
      return;
    }
    if (blockType.nesting_mode === "map") {
      if (!isPlainObject(value)) {
        this.report(SchemaProblemKind.WRONG_TYPE, "error", address, path, `must be an object of named blocks, got ${describe(value)}`);
        return;
      }
      for (const [label, item] of Object.entries(value)) {
        this.checkBlock(item, blockType.block, constraints, address, joinPath(path, label), new Set());
      }
      return;
    }
    // Terraform JSON accepts one object for a list or set block of a single item.
    const items = Array.isArray(value) ? value : [value];
    const min = blockType.min_items ?? 0;
    const max = blockType.max_items ?? 0;
    if (items.length < min || (max > 0 && items.length > max)) {
      const limit = max > 0 ? (min === max ? `exactly ${min}` : min > 0 ? `${min} to ${max}` : `at most ${max}`) : `at least ${min}`;
      this.report(SchemaProblemKind.BLOCK_COUNT, "error", address, path, `${items.length} "${lastSegment(path)}" blocks given; ${limit} allowed`);
    }
    items.forEach((item, index) => this.checkBlock(item, blockType.block, constraints, address, joinPath(path, index), new Set()));
  }

  private checkAttribute(
    value: unknown,
    attribute: SchemaAttribute,
    constraint: AttributeConstraint | undefined,
    address: string,
    path: string,
  ): void {
    if (value === null || value === undefined) return;
    if (attribute.computed && !attribute.optional && !attribute.required) {
      this.report(SchemaProblemKind.COMPUTED_ATTRIBUTE, "error", address, path, `"${lastSegment(path)}" is computed by the provider and cannot be set`);
      return;
    }
    if (!this.checkType(value, attribute.type, address, path)) return;
    if (constraint) this.checkConstraint(value, constraint, address, path);
  }

  /** Checks a value against a Terraform type the way Terraform converts literals; returns false after reporting. */
  private checkType(value: unknown, type: TerraformType, address: string, path: string): boolean {
    if (value === null || isTerraformExpression(value)) return true;
    const fail = () => {
      this.report(SchemaProblemKind.WRONG_TYPE, "error", address, path, `expects ${typeName(type)}, got ${describe(value)}`);
      return false;
    };
    if (typeof type === "string") {
      switch (type) {
        case "string":
          return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? true : fail();
        case "number":
          if (typeof value === "number") return Number.isFinite(value) ? true : fail();
          return typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)) ? true : fail();
        case "bool":
          return typeof value === "boolean" || value === "true" || value === "false" ? true : fail();
        case "dynamic":
          return true;
        default:
          return true;
      }
    }
    const [kind, inner] = type;
    if (kind === "list" || kind === "set") {
      if (!Array.isArray(value)) return fail();
      let ok = true;
      value.forEach((item, index) => {
        ok = this.checkType(item, inner as TerraformType, address, joinPath(path, index)) && ok;
      });
      return ok;
    }
    if (kind === "map") {
      if (!isPlainObject(value)) return fail();
      let ok = true;
      for (const [key, item] of Object.entries(value)) ok = this.checkType(item, inner as TerraformType, address, joinPath(path, key)) && ok;
      return ok;
    }
    if (kind === "object") {
      if (!isPlainObject(value)) return fail();
      const fields = inner as Record<string, TerraformType>;
      let ok = true;
      for (const [key, item] of Object.entries(value)) {
        const fieldType = fields[key];
        if (!fieldType) {
          this.report(SchemaProblemKind.UNKNOWN_ATTRIBUTE, "error", address, joinPath(path, key), `the object type has no attribute "${key}"`);
          ok = false;
        } else {
          ok = this.checkType(item, fieldType, address, joinPath(path, key)) && ok;
        }
      }
      return ok;
    }
    return true;
  }

  private checkConstraint(value: unknown, constraint: AttributeConstraint, address: string, path: string): void {
    if (constraint.deprecated) {
      this.report(SchemaProblemKind.DEPRECATED, "warning", address, path, constraint.deprecated);
    }
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (item === null || isTerraformExpression(item) || typeof item === "object") continue;
      if (constraint.enum && constraint.enum.length > 0) {
        const text = String(item);
        const match = constraint.enum.find((allowed) =>
          constraint.enum_ignore_case ? String(allowed).toLowerCase() === text.toLowerCase() : String(allowed) === text,
        );
        const allowedText = constraint.enum.map((v) => JSON.stringify(v)).join(", ");
        if (match === undefined) {
          this.report(
            SchemaProblemKind.NOT_IN_ENUM,
            this.beyondSchema ? "warning" : "error",
            address,
            path,
            this.beyondSchema
              ? `${JSON.stringify(item)} is not one of ${allowedText} in the kept schema, so it was not checked: ${this.beyondSchemaNote()}`
              : `${JSON.stringify(item)} is not one of ${allowedText}`,
          );
        } else {
          this.reportVersionGap(constraint.enum_values_since_git?.[String(match)], `the value ${JSON.stringify(item)}`, address, path);
        }
      }
      const intRange = bounds(constraint.int_range);
      if (intRange) {
        const n = Number(item);
        if (!Number.isInteger(n) || (intRange.min !== undefined && n < intRange.min) || (intRange.max !== undefined && n > intRange.max)) {
          this.report(SchemaProblemKind.OUT_OF_RANGE, "error", address, path, `${JSON.stringify(item)} is not an integer in ${rangeText(intRange)}`);
        }
      }
      const lengthRange = bounds(constraint.string_length);
      if (lengthRange) {
        const length = [...String(item)].length;
        if ((lengthRange.min !== undefined && length < lengthRange.min) || (lengthRange.max !== undefined && length > lengthRange.max)) {
          this.report(SchemaProblemKind.OUT_OF_RANGE, "error", address, path, `length ${length} is outside ${rangeText(lengthRange)} characters`);
        }
      }
      if (constraint.regex && !new RegExp(constraint.regex).test(String(item))) {
        this.report(SchemaProblemKind.OUT_OF_RANGE, "error", address, path, `${JSON.stringify(item)} does not match /${constraint.regex}/`);
      }
      if (constraint.must_be_valid_regex) {
        try {
          new RegExp(String(item));
        } catch {
          this.report(SchemaProblemKind.OUT_OF_RANGE, "error", address, path, `${JSON.stringify(item)} is not a valid regular expression`);
        }
      }
    }
  }

  private report(kind: SchemaProblemKind, severity: "error" | "warning", address: string, path: string, message: string): void {
    this.problems.push({ kind, severity, address, path, message });
  }
}

function lastSegment(path: string): string {
  const parts = path.replace(/\[[^\]]*\]/g, "").split(".");
  return parts[parts.length - 1];
}

function bounds(range: AttributeConstraint["int_range"]): { min?: number; max?: number } | undefined {
  if (!range) return undefined;
  if (Array.isArray(range)) return { min: range[0], max: range[1] };
  return range as { min?: number; max?: number };
}

function rangeText(range: { min?: number; max?: number }): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}..${range.max}`;
  if (range.min !== undefined) return `>= ${range.min}`;
  return `<= ${range.max}`;
}

function suggest(name: string, candidates: readonly string[]): string {
  const best = closest(name, candidates);
  return best ? `; did you mean "${best}"?` : "";
}
