import { accountSettingsOfBlock, providerAccount } from "../account";
import { compareCodeUnits } from "../compare";
import { DOCUMENT_NOTES_KEY } from "../document-notes";
import { RestoreJobFacts, policyBindingFacts, policyFacts, restoreJobFacts } from "../../rules/policy-rules";
import { VaultFacts } from "../../rules/vault-rules";
import { ExpressionReference, isExpression, literalText, referencesIn } from "./expressions";
import { policyVaultFacts } from "./policy-vault";
import { BackupTarget, HbrModel, InstanceCount, ModelBinding, ModelPolicy, ModelProvider, ModelResource, ModelStack, ModelVault, VaultLink } from "./hbr-model";
import {
  BACKUP_POLICY_TYPE,
  BACKUP_VAULT_TYPE,
  MIRROR_VAULT_TYPE,
  POLICY_BINDING_TYPE,
  RESTORE_JOB_TYPE,
  VAULT_ID_WRITER_TYPES,
  isModelledType,
} from "./resource-types";

/** One synthesized stack: its name, the stacks it depends on, and its Terraform JSON document. */
export interface SynthesizedStack {
  /** The stack's name (its construct path, as in `manifest.json`). */
  readonly name: string;
  /** Names of the stacks it depends on. */
  readonly dependencies: readonly string[];
  /** The parsed `cdk.tf.json` (or the stack's `toTerraform()`). */
  readonly document: Readonly<Record<string, unknown>>;
}

export { DOCUMENT_NOTES_KEY };

/** Something outside the app imported by id (`fromVaultAttributes`, `fromPolicyAttributes`), as recorded in its stack's document. */
export type ImportRecord = VaultImportRecord | PolicyImportRecord;

/** A policy imported by id: its bindings are checked against its type. */
export interface PolicyImportRecord {
  readonly role: "policy";
  /** The construct path of the import. */
  readonly path: string;
  readonly policyId: string;
  readonly region: string;
  readonly policyType?: string;
}

/** A vault or mirror imported by id. */
export interface VaultImportRecord {
  readonly role: "backup" | "mirror";
  /** The construct path of the import. */
  readonly path: string;
  /** The vault id: a literal, or an expression when it is another resource's id. */
  readonly vaultId: string;
  readonly region: string;
  readonly vaultName?: string;
  readonly encryption?: string;
  readonly vaultType?: string;
  /** For a mirror: its source's id and region. */
  readonly sourceVaultId?: string;
  readonly sourceRegion?: string;
}

/** What the library writes under {@link DOCUMENT_NOTES_KEY}. */
export interface DocumentNotes {
  /** Imports by a key unique in the stack. */
  readonly imports?: Readonly<Record<string, ImportRecord>>;
}

/** Options of {@link readSynthesizedStacks}. */
export interface ReadOptions {
  /**
   * The documents are a part of the app (one stack in `Testing.synth`): references into stacks that
   * are not given are left unknown without comment, since the app-wide check reads them.
   */
  readonly partial?: boolean;
}

/** A model object while the reader builds it. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface StackIndex {
  readonly stack: SynthesizedStack;
  readonly resources: Map<string, ModelResource>;
  readonly locals: Readonly<Record<string, unknown>>;
  readonly outputs: Readonly<Record<string, unknown>>;
}

/** The prefix cdktf gives the `terraform_remote_state` a stack reads another stack's outputs through. */
const REMOTE_STATE_PREFIX = "cross-stack-reference-input-";

/**
 * Builds the model from synthesized stacks. Linear in the size of the documents: each reference is
 * resolved with map look-ups, and locals and outputs are followed once per expression.
 */
export function readSynthesizedStacks(stacks: readonly SynthesizedStack[], options: ReadOptions = {}): HbrModel {
  const indexes = new Map<string, StackIndex>();
  const providers: ModelProvider[] = [];
  const resources: ModelResource[] = [];
  for (const stack of stacks) {
    const stackProviders = readProviders(stack);
    providers.push(...stackProviders.values());
    const index: StackIndex = {
      stack,
      resources: new Map(),
      locals: objectAt(stack.document, "locals") ?? {},
      outputs: objectAt(stack.document, "output") ?? {},
    };
    indexes.set(stack.name, index);
    for (const [type, byName] of Object.entries(objectAt(stack.document, "resource") ?? {})) {
      if (!isModelledType(type) || typeof byName !== "object" || byName === null) continue;
      for (const [name, block] of Object.entries(byName as Record<string, unknown>)) {
        if (typeof block !== "object" || block === null) continue;
        const resource = readResource(stack.name, type, name, block as Record<string, unknown>, stackProviders);
        index.resources.set(resource.address, resource);
        resources.push(resource);
      }
    }
  }
  const resolver = new Resolver(indexes, options);

  // Vaults first (mirrors link to vaults), then the imports that name ids. A Map keeps the order
  // vaults were first added in when one is replaced by its linked or truer self.
  const vaultByKey = new Map<string, ModelVault>();
  const addVault = (vault: ModelVault) => {
    const existing = vaultByKey.get(vault.facts.key);
    // An id imported both as a backup vault and as a mirror is the mirror: that is what it really is.
    if (existing !== undefined && (existing.resource !== undefined || existing.facts.role === "mirror" || vault.facts.role !== "mirror")) return;
    vaultByKey.set(vault.facts.key, vault);
  };
  const mirrorsToLink: ModelResource[] = [];
  for (const resource of resources) {
    if (resource.type === BACKUP_VAULT_TYPE) addVault({ facts: vaultFacts(resource, "backup"), resource });
    else if (resource.type === MIRROR_VAULT_TYPE && !hasNoInstance(resource)) mirrorsToLink.push(resource);
  }
  // Mirrors are added before they are linked: a mirror can be named as another mirror's source (HBR008).
  const mirrorVaults = mirrorsToLink.map((resource) => {
    const vault: ModelVault = { facts: vaultFacts(resource, "mirror"), resource };
    addVault(vault);
    return vault;
  });
  resolver.setVaults(vaultByKey);

  const imported = readImports(stacks, resolver);
  for (const record of imported.backups) addVault(record);
  resolver.setVaults(vaultByKey);
  for (const vault of mirrorVaults) {
    const resource = vault.resource!;
    const links = resolver.vaultLinks(resource.stack, resource.attributes.replication_source_vault_id);
    const sourceRegion = literalString(resource.attributes.replication_source_region_id);
    const source = singleLink(links, sourceRegion, vaultByKey);
    // The reader made these objects and nothing has read their links yet: they are completed in
    // place rather than copied, which for thousands of mirrors was a fifth of the reading.
    const linked = vault as Mutable<ModelVault>;
    linked.source = source;
    linked.sourceRegion = sourceRegion;
    (linked.facts as Mutable<VaultFacts>).sourceKey = linkKey(source, sourceRegion);
  }
  for (const mirror of imported.mirrors(vaultByKey)) addVault(mirror);
  resolver.setVaults(vaultByKey);

  const vaultAt = (key: string) => vaultByKey.get(key);
  const backupTargets: BackupTarget[] = [];
  const policies = new Map<string, ModelPolicy>();
  const bindings: ModelBinding[] = [];
  const restoreJobs: RestoreJobFacts[] = [];
  for (const resource of resources) {
    if (resource.type === BACKUP_POLICY_TYPE) {
      const rules = Array.isArray(resource.attributes.rules) ? resource.attributes.rules : [];
      // Each rule's vault is resolved once, for HBR002 and for the policy's own checks.
      const linksByVaultId = new Map<string, VaultLink[]>();
      const linksOf = (vaultId: string) => {
        let links = linksByVaultId.get(vaultId);
        if (links === undefined) linksByVaultId.set(vaultId, (links = resolver.vaultLinks(resource.stack, vaultId, resource.provider?.region)));
        return links;
      };
      rules.forEach((rule: unknown, i: number) => {
        const block = (typeof rule === "object" && rule !== null ? rule : {}) as Record<string, unknown>;
        const ruleType = block.rule_type;
        if (ruleType !== "BACKUP" && !isExpression(ruleType)) return;
        if (block.vault_id === undefined || block.vault_id === null || block.vault_id === "") return;
        const label = `rule ${i + 1} (${typeof ruleType === "string" && !isExpression(ruleType) ? ruleType : "type unknown"})`;
        const links = typeof block.vault_id === "string" ? linksOf(block.vault_id) : resolver.vaultLinks(resource.stack, block.vault_id, resource.provider?.region);
        backupTargets.push({ resource, attribute: `rules[${i + 1}].vault_id`, label, links });
      });
      const facts = policyFacts(resource.path, resource.provider?.region, resource.attributes, (vaultId) => policyVaultFacts(singleVault(linksOf(vaultId)), vaultAt));
      policies.set(resource.key, { resource, facts: { ...facts, skipRegionValidation: resource.provider?.skipRegionValidation } });
    } else if (VAULT_ID_WRITER_TYPES.includes(resource.type) && resource.attributes.vault_id !== undefined) {
      backupTargets.push({ resource, attribute: "vault_id", label: "vault_id", links: resolver.vaultLinks(resource.stack, resource.attributes.vault_id, resource.provider?.region) });
    }
  }
  for (const resource of resources) {
    if (resource.type === POLICY_BINDING_TYPE) {
      const policyId = resource.attributes.policy_id;
      const policyKeys = resolver.resourceKeys(resource.stack, policyId);
      const policy = policyKeys.length === 1 ? policies.get(policyKeys[0]) : typeof policyId === "string" ? imported.policies.get(policyId) : undefined;
      bindings.push({ resource, facts: policyBindingFacts(resource.path, resource.attributes), policy });
    } else if (resource.type === RESTORE_JOB_TYPE) {
      const vault = singleVault(resolver.vaultLinks(resource.stack, resource.attributes.vault_id, resource.provider?.region));
      restoreJobs.push(restoreJobFacts(resource.path, resource.provider?.region, resource.attributes, policyVaultFacts(vault, vaultAt), resource.provider?.skipRegionValidation));
    }
  }
  const modelStacks: ModelStack[] = stacks.map((s) => ({ name: s.name, dependencies: [...s.dependencies] }));
  // Vaults imported by id exist already, so they come first (the second mirror of a vault is the one
  // declared); declared ones follow in construct-path order, which does not depend on logical ids.
  const ordered = [...vaultByKey.values()].sort((a, b) => Number(a.resource !== undefined) - Number(b.resource !== undefined) || compareCodeUnits(a.facts.path, b.facts.path));
  return { stacks: modelStacks, providers, resources, vaults: ordered, backupTargets, policies: [...policies.values()], bindings, restoreJobs };
}

/** The notes the library wrote into a document (see {@link DOCUMENT_NOTES_KEY}). */
export function documentNotes(document: Readonly<Record<string, unknown>>): DocumentNotes {
  const notes = objectAt(objectAt(document, "//"), DOCUMENT_NOTES_KEY);
  return (notes ?? {}) as DocumentNotes;
}

function readProviders(stack: SynthesizedStack): Map<string, ModelProvider> {
  const found = new Map<string, ModelProvider>();
  const raw = objectAt(stack.document, "provider")?.alicloud;
  const blocks = Array.isArray(raw) ? raw : raw !== undefined ? [raw] : [];
  for (const block of blocks) {
    if (typeof block !== "object" || block === null) continue;
    const config = block as Record<string, unknown>;
    const alias = literalString(config.alias);
    const name = alias !== undefined ? `alicloud.${alias}` : "alicloud";
    const key = `${stack.name}|${name}`;
    // Two blocks with one alias are invalid Terraform (the schema check reports them); the first is read.
    if (found.has(key)) continue;
    found.set(key, {
      key,
      stack: stack.name,
      alias,
      region: literalString(config.region),
      account: providerAccount(accountSettingsOfBlock(config, isExpression), `${stack.name} ${name}`),
      skipRegionValidation: config.skip_region_validation === true || config.skip_region_validation === "true",
    });
  }
  return found;
}

/** The id this library gives the resource inside each of its constructs: findings name the construct. */
const RESOURCE_CHILD = "/Resource";
const NO_DEPENDENCIES: readonly string[] = Object.freeze([]);

function readResource(stack: string, type: string, name: string, block: Record<string, unknown>, providers: ReadonlyMap<string, ModelProvider>): ModelResource {
  const address = `${type}.${name}`;
  const metadataPath = literalString(objectAt(objectAt(block, "//"), "metadata")?.path);
  const providerName = literalString(block.provider) ?? "alicloud";
  const lifecycle = objectAt(block, "lifecycle");
  return {
    key: `${stack}|${address}`,
    stack,
    type,
    name,
    address,
    path: metadataPath === undefined ? `${stack}/${address}` : metadataPath.endsWith(RESOURCE_CHILD) ? metadataPath.slice(0, -RESOURCE_CHILD.length) : metadataPath,
    attributes: block,
    provider: providers.get(`${stack}|${providerName}`),
    instances: instanceCount(block),
    dependsOn: Array.isArray(block.depends_on)
      ? block.depends_on.filter((d): d is string => typeof d === "string").map((d) => `${stack}|${d.replace(/^\$\{(.*)\}$/, "$1")}`)
      : NO_DEPENDENCIES,
    createBeforeDestroy: lifecycle?.create_before_destroy === true || lifecycle?.create_before_destroy === "true",
  };
}

function instanceCount(block: Record<string, unknown>): InstanceCount {
  if (block.count !== undefined && block.count !== null) {
    const value = typeof block.count === "number" ? block.count : typeof block.count === "string" && /^\d+$/.test(block.count) ? Number(block.count) : undefined;
    return { kind: "count", value };
  }
  if (block.for_each !== undefined && block.for_each !== null) {
    const each = block.for_each;
    const value = Array.isArray(each) ? new Set(each.map((e) => JSON.stringify(e))).size : typeof each === "object" ? Object.keys(each).length : undefined;
    return { kind: "for_each", value: isExpression(each) || (typeof each === "object" && referencesIn(each).length > 0) ? undefined : value };
  }
  return { kind: "single" };
}

/** A resource that creates nothing: `count = 0` or an empty literal `for_each`. */
function hasNoInstance(resource: ModelResource): boolean {
  return resource.instances.kind !== "single" && resource.instances.value === 0;
}

function vaultFacts(resource: ModelResource, role: "backup" | "mirror"): VaultFacts {
  const a = resource.attributes;
  const name = a.vault_name;
  const kmsKeyId = a.kms_key_id;
  return {
    key: resource.key,
    path: resource.path,
    role,
    name: literalString(name),
    nameLiteral: typeof name === "string" && isExpression(name) ? literalText(name) : undefined,
    description: literalString(a.description),
    region: resource.provider?.region,
    skipRegionValidation: resource.provider?.skipRegionValidation,
    account: resource.provider?.account ?? "default",
    encryption: literalString(a.encrypt_type),
    hasKmsKeyId: kmsKeyId !== undefined && kmsKeyId !== null && !(typeof kmsKeyId === "string" && kmsKeyId.trim() === ""),
    vaultType: role === "backup" ? (literalString(a.vault_type) ?? (a.vault_type === undefined ? "STANDARD" : undefined)) : undefined,
  };
}

/**
 * The one link a mirror's source resolves to: the vault when exactly one is named, else what is known;
 * `undefined` when nothing is (no source set, or it is in a stack the model does not hold).
 */
function singleLink(links: readonly VaultLink[], sourceRegion: string | undefined, vaults: ReadonlyMap<string, ModelVault>): VaultLink | undefined {
  const distinct = dedupeLinks(links);
  if (distinct.length === 1) {
    const only = distinct[0];
    if (only.kind === "literal" && sourceRegion !== undefined) {
      const imported = vaults.get(importKey(sourceRegion, only.id));
      if (imported !== undefined) return { kind: "vault", vault: imported, remote: false };
    }
    return only;
  }
  if (distinct.length === 0) return undefined;
  const vaultLinks = distinct.filter((l) => l.kind === "vault");
  return { kind: "unknown", reason: `it can name ${vaultLinks.length > 1 ? `${vaultLinks.length} vaults` : "more than one value"}` };
}

function linkKey(link: VaultLink | undefined, region: string | undefined): string | undefined {
  if (link === undefined) return undefined;
  if (link.kind === "vault") return link.vault.facts.key;
  if (link.kind === "literal" && region !== undefined) return importKey(region, link.id);
  return undefined;
}

/** The key of a vault imported with an id known only at plan time: the same expression in one stack is the same vault. */
export function expressionKey(stack: string, expression: string): string {
  return `expr|${stack}|${expression}`;
}

/** The key of a vault known only by its id: two imports of one id are one vault. */
export function importKey(region: string, id: string): string {
  return `id|${region}/${id}`;
}

function singleVault(links: readonly VaultLink[]): ModelVault | undefined {
  const distinct = dedupeLinks(links).filter((l) => l.kind === "vault");
  return distinct.length === 1 && distinct[0].kind === "vault" ? distinct[0].vault : undefined;
}

function dedupeLinks(links: readonly VaultLink[]): VaultLink[] {
  const seen = new Set<string>();
  const out: VaultLink[] = [];
  for (const link of links) {
    const key = link.kind === "vault" ? `v:${link.vault.facts.key}` : link.kind === "literal" ? `l:${link.id}` : link.kind === "variable" ? `var:${link.name}` : `u:${link.reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(link);
  }
  return out;
}

interface Imports {
  readonly backups: ModelVault[];
  /** Policies imported by id, by id; their rules are not known, only their region and type. */
  readonly policies: ReadonlyMap<string, ModelPolicy>;
  mirrors(vaults: ReadonlyMap<string, ModelVault>): ModelVault[];
}

function readImports(stacks: readonly SynthesizedStack[], resolver: Resolver): Imports {
  const backups: ModelVault[] = [];
  const policies = new Map<string, ModelPolicy>();
  const mirrorRecords: { stack: string; record: VaultImportRecord }[] = [];
  for (const stack of stacks) {
    const imports = documentNotes(stack.document).imports ?? {};
    for (const id of Object.keys(imports).sort()) {
      const record = imports[id];
      if (typeof record !== "object" || record === null) continue;
      if (record.role === "policy") {
        if (typeof record.policyId === "string" && !policies.has(record.policyId)) {
          policies.set(record.policyId, { facts: { path: record.path, region: record.region, policyType: record.policyType, rules: [] } });
        }
        continue;
      }
      if (typeof record.vaultId !== "string") continue;
      if (record.role === "mirror") {
        mirrorRecords.push({ stack: stack.name, record });
        continue;
      }
      // An import of a declared vault's id is that vault: nothing new. An id known only at plan time
      // (a variable) is an import all the same, known by its expression.
      if (isExpression(record.vaultId) && resolver.resourceKeys(stack.name, record.vaultId).length > 0) continue;
      backups.push({
        facts: {
          key: isExpression(record.vaultId) ? expressionKey(stack.name, record.vaultId) : importKey(record.region, record.vaultId),
          path: record.path,
          role: "backup",
          imported: true,
          name: record.vaultName,
          region: record.region,
          encryption: record.encryption,
          vaultType: record.vaultType,
        },
      });
    }
  }
  return {
    backups,
    policies,
    mirrors: (vaults) => {
      const out: ModelVault[] = [];
      for (const { stack, record } of mirrorRecords) {
        // An import of a declared mirror's own id is that mirror, not a second one.
        if (isExpression(record.vaultId) && resolver.vaultLinks(stack, record.vaultId).some((l) => l.kind === "vault")) continue;
        const links = record.sourceVaultId !== undefined ? resolver.vaultLinks(stack, record.sourceVaultId) : [];
        const source = singleLink(links, record.sourceRegion, vaults);
        out.push({
          facts: {
            key: isExpression(record.vaultId) ? `import|${record.path}` : importKey(record.region, record.vaultId),
            path: record.path,
            role: "mirror",
            imported: true,
            name: record.vaultName,
            region: record.region,
            encryption: record.encryption,
            sourceKey: linkKey(source, record.sourceRegion),
          },
          source,
          sourceRegion: record.sourceRegion,
        });
      }
      return out;
    },
  };
}

/** Resolves expressions to the resources and vaults they name, following locals and cross-stack outputs. */
class Resolver {
  private vaults: ReadonlyMap<string, ModelVault> = new Map();

  constructor(
    private readonly stacks: ReadonlyMap<string, StackIndex>,
    private readonly options: ReadOptions,
  ) {}

  setVaults(vaults: ReadonlyMap<string, ModelVault>): void {
    this.vaults = vaults;
  }

  /**
   * Every vault link of a value: literal ids, vaults it references, variables, and what cannot be told.
   * A literal id names a vault the app imported by that id in `region` (the reader's region) when there is one.
   */
  vaultLinks(stack: string, value: unknown, region?: string): VaultLink[] {
    if (value === undefined || value === null) return [];
    const importedAs = typeof value === "string" ? this.vaults.get(expressionKey(stack, value)) : undefined;
    if (importedAs !== undefined) return [{ kind: "vault", vault: importedAs, remote: false }];
    if (typeof value === "string" && !isExpression(value)) {
      if (value === "") return [];
      const imported = region !== undefined ? this.vaults.get(importKey(region, value)) : undefined;
      return [imported !== undefined ? { kind: "vault", vault: imported, remote: false } : { kind: "literal", id: value }];
    }
    const links: VaultLink[] = [];
    let elsewhere = false;
    this.visit(stack, value, false, new Set(), (target) => {
      if (target.kind === "resource") {
        const vault = this.vaults.get(target.key);
        if (vault !== undefined) links.push({ kind: "vault", vault, remote: target.remote });
      } else if (target.kind === "elsewhere") elsewhere = true;
      else links.push(target.kind === "variable" ? { kind: "variable", name: target.name } : { kind: "unknown", reason: target.reason });
    });
    if (links.length === 0 && !elsewhere) links.push({ kind: "unknown", reason: "its expression names no vault of the app" });
    return links;
  }

  /** The keys of the model resources a value references. */
  resourceKeys(stack: string, value: unknown): string[] {
    const keys: string[] = [];
    this.visit(stack, value, false, new Set(), (target) => {
      if (target.kind === "resource" && !keys.includes(target.key)) keys.push(target.key);
    });
    return keys;
  }

  private visit(
    stack: string,
    value: unknown,
    remote: boolean,
    seen: Set<string>,
    emit: (
      target: { kind: "resource"; key: string; remote: boolean } | { kind: "variable"; name: string } | { kind: "unknown"; reason: string } | { kind: "elsewhere" },
    ) => void,
  ): void {
    const index = this.stacks.get(stack);
    if (index === undefined) return;
    for (const reference of referencesIn(value)) this.follow(index, reference, remote, seen, emit);
  }

  private follow(
    index: StackIndex,
    reference: ExpressionReference,
    remote: boolean,
    seen: Set<string>,
    emit: Parameters<Resolver["visit"]>[4],
  ): void {
    const stack = index.stack.name;
    switch (reference.kind) {
      case "resource": {
        const resource = index.resources.get(`${reference.type}.${reference.name}`);
        if (resource !== undefined) emit({ kind: "resource", key: resource.key, remote });
        return;
      }
      case "local": {
        const key = `${stack}|local.${reference.name}`;
        if (seen.has(key)) return;
        seen.add(key);
        this.visit(stack, index.locals[reference.name], remote, seen, emit);
        return;
      }
      case "variable":
        emit({ kind: "variable", name: reference.name });
        return;
      case "data": {
        if (reference.type === "terraform_remote_state" && reference.name.startsWith(REMOTE_STATE_PREFIX) && reference.output !== undefined) {
          const producer = this.stacks.get(reference.name.slice(REMOTE_STATE_PREFIX.length));
          if (producer === undefined) {
            // Checked alone, a stack reads others the app-wide check has: nothing is said of them here.
            emit(this.options.partial ? { kind: "elsewhere" } : { kind: "unknown", reason: `it is read from the outputs of a stack that is not in the app` });
            return;
          }
          const key = `${producer.stack.name}|output.${reference.output}`;
          if (seen.has(key)) return;
          seen.add(key);
          this.visit(producer.stack.name, objectAt(producer.outputs, reference.output)?.value, true, seen, emit);
          return;
        }
        emit({ kind: "unknown", reason: `it is read from data.${reference.type}.${reference.name}` });
        return;
      }
      case "module":
        emit({ kind: "unknown", reason: `it is read from module.${reference.name}` });
        return;
    }
  }
}

function objectAt(value: unknown, key: string): Record<string, any> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const child = (value as Record<string, unknown>)[key];
  return typeof child === "object" && child !== null && !Array.isArray(child) ? (child as Record<string, any>) : undefined;
}

function literalString(value: unknown): string | undefined {
  return typeof value === "string" && !isExpression(value) ? value : undefined;
}

