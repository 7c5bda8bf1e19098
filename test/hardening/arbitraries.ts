/**
 * fast-check arbitraries for the property tests: random topologies (stacks, vaults in known regions,
 * mirrors, backup policies and bindings, restore drills) as plain data, a builder that declares one
 * in a cdktf App, and single mutations that each break exactly one rule.
 *
 * A valid topology keeps every rule: names within their lengths, each mirror in another region than
 * its source and at most one per vault, at most 5 mirrors per account and region (all constructs use
 * the default account), KMS vaults with a key, policies in their vault's region backing up into it,
 * Tablestore sources only into OTS_BACKUP vaults, retention and archive ages within the service's
 * ranges. A mirror lives in its source's stack or a later one, so cross-stack dependencies never
 * form a cycle. Fields marked "mutations only" are never set in a valid topology.
 */
import fc from "fast-check";
import { App, TerraformStack } from "cdktf";
import {
  BackupPolicy,
  BackupSource,
  BackupType,
  BackupVault,
  Duration,
  IBackupVault,
  MirrorVault,
  PolicyType,
  RestoreJob,
  RestoreTarget,
  RuleCode,
  STRICT_CONTEXT_KEY,
  Schedule,
  SpecialRetentionType,
  VaultEncryption,
  VaultType,
} from "../../lib";

/**
 * Seeds and run counts of the property tests (docs/reliability.md lists them; a test checks). A fixed
 * seed makes a failure reproduce; fast-check's report adds the `path` that replays the counterexample.
 */
export const PROPERTY_RUNS = Object.freeze({
  valid: Object.freeze({ seed: 20_250_601, numRuns: 100 }),
  deterministic: Object.freeze({ seed: 20_250_602, numRuns: 30 }),
  mutations: Object.freeze({ seed: 20_250_603, numRuns: 180 }),
});

/** A handful of region ids from `schema/regions.json` valid_regions (a test checks they are known). */
export const REGIONS = ["cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "ap-southeast-1"] as const;
/** The default mirror vault quota per account and region (HBR009). */
export const MIRROR_QUOTA = 5;
const MAX_STACKS = 3;
const MAX_VAULTS_PER_STACK = 4;

/** A data source bound to a policy. */
export type SourceSpec =
  | { readonly kind: "ecsFiles"; readonly id: string; readonly paths: string[]; readonly installClient: boolean }
  | { readonly kind: "oss"; readonly id: string; readonly prefix?: string }
  | { readonly kind: "nas"; readonly id: string }
  | { readonly kind: "tablestore"; readonly id: string }
  /** Mutations only: a whole ECS instance, which only UDM_ECS_ONLY policies take. */
  | { readonly kind: "ecsInstance"; readonly id: string };

/** A backup policy backing up into its vault. */
export interface PolicySpec {
  /** The policy's region; absent: its vault's region. */
  region?: string;
  intervalUnit: "minutes" | "hours" | "days";
  intervalAmount: number;
  startSeconds: number;
  /** Absent: the schedule is built with `Schedule.every`; present: passed raw to `Schedule.expression`. */
  rawSchedule?: string;
  retentionDays: number;
  backupType: BackupType;
  keepLatest?: 0 | 1;
  transition?: { retentionDays: number; archiveAfterDays?: number; monthlyDays?: number };
  bindings: SourceSpec[];
  /** Mutations only: the backup rule sets `immutable: true`. */
  immutable?: boolean;
  /** Mutations only: the backup rule's `backup_type`, overridden on the generated resource (escape hatch). */
  backupTypeOverride?: string;
  /** Mutations only: a second TRANSITION rule, valid on its own. */
  extraTransition?: boolean;
}

/** Mutations only: a UDM_ECS_ONLY policy (no vault) in a vault's stack and region, backing up one ECS instance. */
export interface InstancePolicySpec {
  instanceId: string;
  /** The region its REPLICATION rule copies the instance's backups to. */
  replicationRegion: string;
}

/** A mirror vault of a vault. */
export interface MirrorSpec {
  region: string;
  name: string;
  /** The index of the stack the mirror is declared in: its source's stack or a later one. */
  stack: number;
  /** Declares a restore job from the mirror, in the mirror's stack. */
  drill: boolean;
  /** Mutations only: the mirror's source reference replaced by this literal id on the generated resource. */
  literalSource?: string;
}

/** A backup vault with its mirror and policies. */
export interface VaultSpec {
  region: string;
  name: string;
  type: VaultType;
  kms: boolean;
  description?: string;
  preventDestroy: boolean;
  tags?: Record<string, string>;
  mirror?: MirrorSpec;
  /** Mutations only: declares KMS encryption without a key. */
  kmsWithoutKey?: boolean;
  /** Mutations only: a second mirror of the vault. */
  extraMirror?: MirrorSpec;
  /** Mutations only: a policy in the mirror's stack and region that backs up into the mirror (through `as any`). */
  mirrorPolicy?: PolicySpec;
  /** Mutations only: the vault is imported (`BackupVault.fromVaultAttributes`) with this type, not declared. */
  imported?: { vaultType: string };
  /** Mutations only: a UDM_ECS_ONLY policy next to the vault. */
  instancePolicy?: InstancePolicySpec;
  policies: PolicySpec[];
}

/** A whole app: stacks of vaults, and the app context. */
export interface TopologySpec {
  stacks: { vaults: VaultSpec[] }[];
  context?: Record<string, unknown>;
  /** Mutations only: `[from, to]` stack indexes; stack `from` depends on stack `to`, before any vault is declared. */
  stackDependencies?: [number, number][];
}

const NAME_CHARS = [..."abcdefghijklmnopqrstuvwxyz0123456789-_", "é", "ü", "备", "份", "库", "🗄"];
const nameChar = fc.constantFrom(...NAME_CHARS);

/** Names of 1 to `max` characters (code points), some of them outside ASCII, never blank. */
export function nameOf(max: number, min = 1): fc.Arbitrary<string> {
  return fc.string({ unit: nameChar, minLength: min, maxLength: max });
}

const hex = (length: number) => fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: length, maxLength: length });

const genericSource: fc.Arbitrary<SourceSpec> = fc.oneof(
  fc.record({
    kind: fc.constant("ecsFiles" as const),
    // A small pool of instances, so bindings in one stack and region share a backup client.
    id: fc.constantFrom("i-bp1aaaa", "i-bp1bbbb", "i-bp1cccc"),
    paths: fc.array(fc.constantFrom("/var/lib/app", "/etc", "/home/备份", "/data"), { maxLength: 2 }),
    installClient: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("oss" as const), id: hex(6).map((h) => `bucket-${h}`), prefix: fc.option(fc.constantFrom("uploads/", "logs/"), { nil: undefined }) }),
  fc.record({ kind: fc.constant("nas" as const), id: hex(8).map((h) => `0${h}`) }),
);

const policy: fc.Arbitrary<PolicySpec> = fc
  .record({
    intervalUnit: fc.constantFrom("minutes" as const, "hours" as const, "days" as const),
    intervalAmount: fc.integer({ min: 1, max: 48 }),
    startSeconds: fc.integer({ min: 0, max: 2_000_000_000 }),
    retentionDays: fc.integer({ min: 1, max: 364_635 }),
    backupType: fc.constantFrom(BackupType.COMPLETE, BackupType.INCREMENTAL),
    keepLatest: fc.option(fc.constantFrom(0 as const, 1 as const), { nil: undefined }),
    transition: fc.option(
      fc.record({
        archive: fc.option(fc.integer({ min: 30, max: 3_650 }), { nil: undefined }),
        extra: fc.integer({ min: 0, max: 10_000 }),
        monthly: fc.option(fc.integer({ min: 1, max: 364_635 }), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    bindings: fc.uniqueArray(genericSource, { maxLength: 3, selector: (s) => `${s.kind}:${s.id}` }),
  })
  .map(({ transition, ...rest }) => ({
    ...rest,
    // Archive at least 30 days in, and keep archived backups at least 60 days (HBR015).
    transition:
      transition === undefined
        ? undefined
        : {
            retentionDays: transition.archive === undefined ? 1 + transition.extra : transition.archive + 60 + transition.extra,
            archiveAfterDays: transition.archive,
            monthlyDays: transition.monthly,
          },
  }));

const vault = fc
  .record({
    regionIndex: fc.nat({ max: REGIONS.length - 1 }),
    name: nameOf(64),
    type: fc.constantFrom(VaultType.STANDARD, VaultType.STANDARD, VaultType.OTS_BACKUP),
    kms: fc.boolean(),
    description: fc.option(nameOf(255, 0), { nil: undefined }),
    preventDestroy: fc.boolean(),
    tags: fc.option(fc.dictionary(fc.constantFrom("team", "env", "成本"), nameOf(20)), { nil: undefined }),
    mirror: fc.option(
      fc.record({
        regionOffset: fc.integer({ min: 1, max: REGIONS.length - 1 }),
        name: nameOf(32),
        stackOffset: fc.nat({ max: MAX_STACKS - 1 }),
        drill: fc.boolean(),
      }),
      { nil: undefined, freq: 2 },
    ),
    policies: fc.array(policy, { maxLength: 2 }),
  })
  .map(({ regionIndex, mirror, policies, type, ...rest }) => ({
    ...rest,
    type,
    region: REGIONS[regionIndex] as string,
    mirror: mirror && { region: REGIONS[(regionIndex + mirror.regionOffset) % REGIONS.length] as string, name: mirror.name, stack: mirror.stackOffset, drill: mirror.drill },
    // Tablestore sources go into OTS_BACKUP vaults, everything else into STANDARD ones (HBR018).
    policies: policies.map((p) => ({
      ...p,
      bindings: type === VaultType.OTS_BACKUP ? dedupe(p.bindings.map((b): SourceSpec => ({ kind: "tablestore", id: `ots-${b.id.replace(/[^a-z0-9]/g, "")}` }))) : p.bindings,
    })),
  }));

function dedupe(sources: SourceSpec[]): SourceSpec[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(`${s.kind}:${s.id}`) && (seen.add(`${s.kind}:${s.id}`), true));
}

/**
 * Random valid topologies: 1-3 stacks of 1-4 vaults, with mirrors, policies and bindings. In about a
 * third of them every vault outside one "hot" region is mirrored into it, so the quota of 5 mirrors
 * per region is often reached (and the mirrors past it are dropped).
 */
export function validTopology(): fc.Arbitrary<TopologySpec> {
  const stacksArb = fc.array(fc.record({ vaults: fc.array(vault, { minLength: 1, maxLength: MAX_VAULTS_PER_STACK }) }), { minLength: 1, maxLength: MAX_STACKS });
  const hotArb = fc.option(fc.constantFrom(...REGIONS), { nil: undefined, freq: 2 });
  return fc.tuple(stacksArb, hotArb).map(([stacks, hot]) => {
    const perRegion = new Map<string, number>();
    stacks.forEach((stack, i) =>
      stack.vaults.forEach((v) => {
        // In hot mode every vault outside the hot region is mirrored into it.
        if (hot !== undefined && v.region !== hot) v.mirror = { ...(v.mirror ?? { name: `hot-dr-${i}`, stack: 0, drill: false }), region: hot };
        if (!v.mirror) return;
        // Mirrors go into the source's stack or a later one, so stack dependencies never form a cycle.
        v.mirror.stack = Math.min(i + v.mirror.stack, stacks.length - 1);
        // The quota of 5 mirrors per account and region: later mirrors in a full region are dropped.
        const count = perRegion.get(v.mirror.region) ?? 0;
        if (count >= MIRROR_QUOTA) v.mirror = undefined;
        else perRegion.set(v.mirror.region, count + 1);
      }),
    );
    return { stacks };
  });
}

/** Every vault of a topology with its stack index, in declaration order. */
export function vaultsOf(topology: TopologySpec): { vault: VaultSpec; stack: number; index: number }[] {
  return topology.stacks.flatMap((s, stack) => s.vaults.map((vault, index) => ({ vault, stack, index })));
}

/** Mirrors per region over the whole app (every mirror counts against the default account). */
export function mirrorsPerRegion(topology: TopologySpec): Map<string, number> {
  const counts = new Map<string, number>(REGIONS.map((r) => [r, 0]));
  for (const { vault: v } of vaultsOf(topology)) {
    for (const m of [v.mirror, v.extraMirror]) if (m) counts.set(m.region, (counts.get(m.region) ?? 0) + 1);
  }
  return counts;
}

/** What {@link buildTopology} declared, for checking the output against. */
export interface BuiltTopology {
  readonly stacks: TerraformStack[];
  readonly vaults: number;
  readonly mirrors: { readonly stack: string; readonly sourceStack: string; readonly region: string; readonly sourceRegion: string; readonly name: string }[];
  readonly policies: number;
  readonly bindings: number;
  readonly drills: number;
}

/**
 * Declares a topology in `app` (made with the topology's context): stacks `stack0`, `stack1`, ...;
 * ids derive from positions, so two builds of one topology are the same app.
 */
export function buildTopology(app: App, topology: TopologySpec): BuiltTopology {
  const stacks = topology.stacks.map((_, i) => new TerraformStack(app, `stack${i}`));
  for (const [from, to] of topology.stackDependencies ?? []) stacks[from].addDependency(stacks[to]);
  const built = { stacks, vaults: 0, mirrors: [] as BuiltTopology["mirrors"][number][], policies: 0, bindings: 0, drills: 0 };
  topology.stacks.forEach((stackSpec, i) =>
    stackSpec.vaults.forEach((v, k) => {
      const stack = stacks[i];
      const id = `S${i}V${k}`;
      const encryption = v.kms || v.kmsWithoutKey ? VaultEncryption.KMS : VaultEncryption.HBR_MANAGED;
      const backupVault: IBackupVault = v.imported
        ? BackupVault.fromVaultAttributes(stack, id, { vaultId: `v-${id.toLowerCase()}`, region: v.region, vaultName: v.name, vaultType: v.imported.vaultType, encryption })
        : new BackupVault(stack, id, {
            region: v.region,
            vaultName: v.name,
            vaultType: v.type,
            encryption,
            kmsKeyId: v.kms && !v.kmsWithoutKey ? `alias/hbr-${v.region}` : undefined,
            description: v.description,
            preventDestroy: v.preventDestroy,
            tags: v.tags,
          });
      if (!v.imported) built.vaults++;
      for (const [suffix, m] of [["Mirror", v.mirror], ["Mirror2", v.extraMirror]] as const) {
        if (!m) continue;
        const props = { region: m.region, vaultName: m.name, kmsKeyId: v.kms && !v.kmsWithoutKey ? `alias/hbr-${m.region}` : undefined };
        // Same-stack mirrors go through addMirror, cross-stack ones through new MirrorVault.
        const mirror = m.stack === i ? backupVault.addMirror(`${id}-${suffix}`, props) : new MirrorVault(stacks[m.stack], `${id}-${suffix}`, { ...props, source: backupVault });
        if (m.literalSource !== undefined) (mirror as MirrorVault).resource.replicationSourceVaultId = m.literalSource;
        built.mirrors.push({ stack: `stack${m.stack}`, sourceStack: `stack${i}`, region: m.region, sourceRegion: v.region, name: m.name });
        if (m.drill) {
          const target = v.type === VaultType.OTS_BACKUP ? RestoreTarget.tablestore("ots-standby", { sourceTable: "orders" }) : RestoreTarget.oss("restore-bucket", { prefix: "drill/" });
          new RestoreJob(stacks[m.stack], `${id}-${suffix}-Drill`, { vault: mirror, snapshotId: `s-${id}`, snapshotHash: `h-${id}`, target });
          built.drills++;
        }
        if (suffix === "Mirror" && v.mirrorPolicy) {
          declarePolicy(stacks[m.stack], `${id}-MirrorPolicy`, m.region, mirror as unknown as IBackupVault, v.mirrorPolicy, built);
        }
      }
      v.policies.forEach((p, n) => declarePolicy(stack, `${id}-Policy${n}`, p.region ?? v.region, backupVault, p, built));
      if (v.instancePolicy) declareInstancePolicy(stack, `${id}-InstancePolicy`, v.region, v.instancePolicy, built);
    }),
  );
  return built;
}

function declarePolicy(stack: TerraformStack, id: string, region: string, vault: IBackupVault, p: PolicySpec, built: { policies: number; bindings: number }): void {
  const policy = new BackupPolicy(stack, id, { region });
  const interval = p.intervalUnit === "minutes" ? Duration.minutes(p.intervalAmount) : p.intervalUnit === "hours" ? Duration.hours(p.intervalAmount) : Duration.days(p.intervalAmount);
  const schedule = p.rawSchedule !== undefined ? Schedule.expression(p.rawSchedule) : Schedule.every(interval, { start: new Date(p.startSeconds * 1000) });
  policy.addBackupRule({ vault, schedule, retention: Duration.days(p.retentionDays), backupType: p.backupType, keepLatestSnapshots: p.keepLatest, immutable: p.immutable });
  // The typed API refuses a backup type outside the enum at once; an override on the resource reaches synth.
  if (p.backupTypeOverride !== undefined) policy.resource.addOverride("rules.0.backup_type", p.backupTypeOverride);
  if (p.transition) {
    policy.addTransitionRule({
      retention: Duration.days(p.transition.retentionDays),
      archiveAfter: p.transition.archiveAfterDays === undefined ? undefined : Duration.days(p.transition.archiveAfterDays),
      retentionRules: p.transition.monthlyDays === undefined ? undefined : [{ type: SpecialRetentionType.MONTHLY, retention: Duration.days(p.transition.monthlyDays) }],
    });
  }
  if (p.extraTransition) policy.addTransitionRule({ retention: Duration.days(30) });
  p.bindings.forEach((b, n) => policy.bind(`Source${n}`, sourceOf(b)));
  built.policies++;
  built.bindings += p.bindings.length;
}

function declareInstancePolicy(stack: TerraformStack, id: string, region: string, spec: InstancePolicySpec, built: { policies: number; bindings: number }): void {
  const policy = new BackupPolicy(stack, id, { region, policyType: PolicyType.UDM_ECS_ONLY });
  policy.addBackupRule({ schedule: Schedule.every(Duration.days(1), { start: new Date(1_700_000_000_000) }), retention: Duration.days(7) });
  policy.addReplicationRule({ region: spec.replicationRegion, retention: Duration.days(7) });
  policy.bind("Instance", BackupSource.ecsInstance(spec.instanceId));
  built.policies++;
  built.bindings++;
}

function sourceOf(source: SourceSpec): BackupSource {
  switch (source.kind) {
    case "ecsFiles":
      return BackupSource.ecsFiles(source.id, { paths: source.paths, installClient: source.installClient });
    case "oss":
      return BackupSource.oss(source.id, { prefix: source.prefix });
    case "nas":
      return BackupSource.nas(source.id);
    case "tablestore":
      return BackupSource.tablestore(source.id);
    case "ecsInstance":
      return BackupSource.ecsInstance(source.id);
  }
}

// ---------------------------------------------------------------------------------------------
// Mutations: each breaks one rule of a valid topology.

/** A mutated topology and the exact sets of error and warning codes it must yield. */
export interface Mutant {
  readonly label: string;
  readonly topology: TopologySpec;
  readonly expected: readonly RuleCode[];
  /** The warning codes; none for most mutations (a valid topology has no findings at all). */
  readonly expectedWarnings: readonly RuleCode[];
}

/** The mutations, by name. */
export const MUTATION_KINDS = [
  "second mirror (HBR001)",
  "mirror into a backup rule (HBR002)",
  "mirror source replaced by a literal id (HBR003)",
  "mirror of an imported vault (HBR003 warning)",
  "mirror in its source's region, strict (HBR004)",
  "33+ character mirror name (HBR005)",
  "unknown region for a vault and its policies (HBR006)",
  "unknown region for a vault only (HBR006, HBR012 with policies)",
  "KMS without a key (HBR007)",
  "mirror of an imported ARCHIVE vault (HBR008)",
  "sixth mirror in one account and region (HBR009)",
  "policy in another region than its vault (HBR012)",
  "replication into the policy's own region (HBR013)",
  "malformed raw schedule (HBR014)",
  "retention of 0 days (HBR015)",
  "whole ECS instance in a STANDARD policy (HBR016)",
  "immutable in a STANDARD policy (HBR017)",
  "source type the vault type refuses (HBR018)",
  "backup type outside the enum, through an escape hatch (HBR019)",
  "second TRANSITION rule (HBR020)",
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

/** One row of the mutation table in docs/reliability.md: what changes, and the codes it gives. */
export interface MutationDoc {
  readonly change: string;
  readonly errors: string;
  readonly warnings: string;
}

/**
 * Each mutation as docs/reliability.md describes it (a test keeps the doc's table identical, and the
 * property checks that every code a mutant expects is named in its row).
 */
export const MUTATION_DOCS: Readonly<Record<MutationKind, MutationDoc>> = Object.freeze({
  "second mirror (HBR001)": { change: "a second mirror for a vault (in a region with room under the quota)", errors: "HBR001", warnings: "none" },
  "mirror into a backup rule (HBR002)": { change: "a policy in the mirror's region backing up into the mirror (`as any`)", errors: "HBR002", warnings: "none" },
  "mirror source replaced by a literal id (HBR003)": {
    change: "a mirror's `replication_source_vault_id` set to a literal id with the escape hatch (`mirror.resource.replicationSourceVaultId`): nothing orders the deletions",
    errors: "HBR003",
    warnings: "none",
  },
  "mirror of an imported vault (HBR003 warning)": {
    change: "a vault imported (`BackupVault.fromVaultAttributes`, same name, type and encryption) instead of declared, with a mirror",
    errors: "none: synthesizes",
    warnings: "HBR003",
  },
  "mirror in its source's region, strict (HBR004)": { change: "a mirror moved into its source's region, with `cdktf-alicloud-hbr:strict=true`", errors: "HBR004", warnings: "none" },
  "33+ character mirror name (HBR005)": { change: "a mirror name of 33-120 characters", errors: "HBR005", warnings: "none" },
  "unknown region for a vault and its policies (HBR006)": {
    change: "an unknown region (typo, wrong case, trailing space, non-ASCII, made up) for a vault and the policies that share its region",
    errors: "HBR006",
    warnings: "none",
  },
  "unknown region for a vault only (HBR006, HBR012 with policies)": {
    change: "the same, for the vault only: its policies now back up into a vault of another region",
    errors: "HBR006, plus HBR012 when the vault has policies",
    warnings: "none",
  },
  "KMS without a key (HBR007)": { change: "KMS encryption without a key (a mirror inheriting KMS reports the same code)", errors: "HBR007", warnings: "none" },
  "mirror of an imported ARCHIVE vault (HBR008)": {
    change: "a new vault, imported with `vaultType: \"ARCHIVE\"`, and a mirror of it",
    errors: "HBR008",
    warnings: "HBR003 (the source is imported)",
  },
  "sixth mirror in one account and region (HBR009)": { change: "new vaults mirrored into the busiest region until it holds 6 mirrors", errors: "HBR009", warnings: "none" },
  "policy in another region than its vault (HBR012)": { change: "a policy moved to another region than its vault", errors: "HBR012", warnings: "none" },
  "replication into the policy's own region (HBR013)": {
    change: "a new UDM_ECS_ONLY policy next to a vault, binding an ECS instance, whose REPLICATION rule names the policy's own region",
    errors: "HBR013",
    warnings: "none",
  },
  "malformed raw schedule (HBR014)": { change: "a raw schedule (`Schedule.expression`) with the start in milliseconds", errors: "HBR014", warnings: "none" },
  "retention of 0 days (HBR015)": { change: "a backup retention of `Duration.days(0)` (a valid `Duration`; the range is a rule)", errors: "HBR015", warnings: "none" },
  "whole ECS instance in a STANDARD policy (HBR016)": { change: "a whole ECS instance (`BackupSource.ecsInstance`) bound to a vault's STANDARD policy", errors: "HBR016", warnings: "none" },
  "immutable in a STANDARD policy (HBR017)": { change: "`immutable: true` on the backup rule of a vault's STANDARD policy", errors: "HBR017", warnings: "none" },
  "source type the vault type refuses (HBR018)": { change: "a Tablestore source into a STANDARD vault, or an OSS source into an OTS_BACKUP vault", errors: "HBR018", warnings: "none" },
  "backup type outside the enum, through an escape hatch (HBR019)": {
    change: "a backup rule's `backup_type` outside the provider's enum (e.g. `DIFFERENTIAL`, `complete`), set with `policy.resource.addOverride`",
    errors: "HBR019",
    warnings: "none",
  },
  "second TRANSITION rule (HBR020)": { change: "a second, valid TRANSITION rule in a vault's policy (which gets a first one if it has none)", errors: "HBR020", warnings: "none" },
});

/** The rows of the mutation table in docs/reliability.md, in {@link MUTATION_KINDS} order. */
export function mutationTableRows(): string[] {
  return MUTATION_KINDS.map((kind) => {
    const { change, errors, warnings } = MUTATION_DOCS[kind];
    return `| ${change} | ${errors} | ${warnings} |`;
  });
}

/** The choices a mutation needs besides the topology. */
export interface MutationChoice {
  readonly kind: MutationKind;
  /** Picks the vault the mutation applies to (modulo the candidates). */
  readonly pick: number;
  readonly unknownRegion: string;
  readonly longMirrorName: string;
  /** A backup type the provider does not accept. */
  readonly badBackupType: string;
}

/** Region ids the provider does not know: typos, wrong case, trailing space, made up. */
export const unknownRegion: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("cn-hangzou", "CN-HANGZHOU", "cn-shanghai ", "eu-west-9", "杭州", "us-east"),
  fc.stringMatching(/^(mars|moon|xx)-[a-z]{3,8}-[1-9]$/),
);

export const mutationChoice: fc.Arbitrary<MutationChoice> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  pick: fc.nat(),
  unknownRegion,
  longMirrorName: nameOf(120, 33),
  badBackupType: fc.constantFrom("DIFFERENTIAL", "complete", "FULL", "INCREMENTAL ", ""),
});

const SIMPLE_POLICY: PolicySpec = { intervalUnit: "days", intervalAmount: 1, startSeconds: 1_700_000_000, retentionDays: 30, backupType: BackupType.COMPLETE, bindings: [] };

/**
 * Applies one mutation to a copy of `topology`; `undefined` when the topology has no place for it
 * (the property then skips the run with `fc.pre`).
 */
export function mutate(topology: TopologySpec, choice: MutationChoice): Mutant | undefined {
  const t: TopologySpec = structuredClone(topology);
  const all = vaultsOf(t);
  const target = all[choice.pick % all.length];
  const v = target.vault;
  const counts = mirrorsPerRegion(t);
  /** The region other than `except` with the fewest mirrors (at most 3 there: <= 13 mirrors over 4 regions). */
  const leastLoaded = (except: string) => [...REGIONS].filter((r) => r !== except).sort((a, b) => counts.get(a)! - counts.get(b)! || a.localeCompare(b))[0];
  const ensureMirror = (): MirrorSpec => {
    if (!v.mirror) {
      v.mirror = { region: leastLoaded(v.region), name: "added-dr", stack: target.stack, drill: false };
      counts.set(v.mirror.region, counts.get(v.mirror.region)! + 1);
    }
    return v.mirror;
  };
  const firstPolicy = (): PolicySpec => {
    if (v.policies.length === 0) v.policies.push(structuredClone(SIMPLE_POLICY));
    return v.policies[0];
  };
  const other = (region: string) => REGIONS[(REGIONS.indexOf(region as (typeof REGIONS)[number]) + 1) % REGIONS.length];
  const result = (expected: RuleCode[], expectedWarnings: RuleCode[] = []): Mutant => ({
    label: `${choice.kind} on stack${target.stack}/S${target.stack}V${target.index}`,
    topology: t,
    expected,
    expectedWarnings,
  });

  switch (choice.kind) {
    case "second mirror (HBR001)": {
      ensureMirror();
      v.extraMirror = { region: leastLoaded(v.region), name: "second-dr", stack: target.stack, drill: false };
      return result(["HBR001"]);
    }
    case "mirror into a backup rule (HBR002)": {
      ensureMirror();
      // In the mirror's stack and region, so only the mirror itself is wrong; OSS suits any vault type.
      v.mirrorPolicy = { ...structuredClone(SIMPLE_POLICY), bindings: [{ kind: "oss", id: "bucket-into-mirror" }] };
      return result(["HBR002"]);
    }
    case "mirror source replaced by a literal id (HBR003)": {
      // The written Terraform no longer references the source, whatever the construct was told.
      ensureMirror().literalSource = "v-0000literal";
      return result(["HBR003"]);
    }
    case "mirror of an imported vault (HBR003 warning)": {
      // Terraform cannot order the deletion of a vault it does not manage: a warning, so synth succeeds.
      ensureMirror();
      v.imported = { vaultType: v.type };
      return result([], ["HBR003"]);
    }
    case "mirror in its source's region, strict (HBR004)": {
      // Moving a mirror into its source's region must not push that region over the quota.
      const own = v.mirror?.region === v.region ? 1 : 0;
      if (counts.get(v.region)! - own + 1 > MIRROR_QUOTA) return undefined;
      if (v.mirror) v.mirror.region = v.region;
      else v.mirror = { region: v.region, name: "same-region-dr", stack: target.stack, drill: false };
      t.context = { ...t.context, [STRICT_CONTEXT_KEY]: true };
      return result(["HBR004"]);
    }
    case "33+ character mirror name (HBR005)": {
      ensureMirror().name = choice.longMirrorName;
      return result(["HBR005"]);
    }
    case "unknown region for a vault and its policies (HBR006)": {
      // A typo in a region constant the vault and its policies share: each gets HBR006 and nothing
      // else. Its mirror keeps its own (known) region, so HBR004 and the quota are unaffected.
      v.region = choice.unknownRegion;
      return result(["HBR006"]);
    }
    case "unknown region for a vault only (HBR006, HBR012 with policies)": {
      // Only the vault's region is wrong: its policies stay in the old region, and now back up into a
      // vault of another region, so they add HBR012. The expected set says so exactly.
      for (const p of v.policies) p.region = v.region;
      v.region = choice.unknownRegion;
      return result(v.policies.length > 0 ? ["HBR006", "HBR012"] : ["HBR006"]);
    }
    case "KMS without a key (HBR007)": {
      // A mirror takes its source's encryption, so it may get HBR007 too: the same code.
      v.kmsWithoutKey = true;
      return result(["HBR007"]);
    }
    case "mirror of an imported ARCHIVE vault (HBR008)": {
      // A new vault, so no policy or drill of the picked one meets the odd type; its mirror goes where
      // there is room under the quota. The import also brings HBR003's warning.
      const mirrorRegion = leastLoaded(v.region);
      t.stacks[target.stack].vaults.push({
        region: v.region,
        name: "archive-vault",
        type: VaultType.STANDARD,
        imported: { vaultType: "ARCHIVE" },
        kms: false,
        preventDestroy: false,
        policies: [],
        mirror: { region: mirrorRegion, name: "archive-dr", stack: target.stack, drill: false },
      });
      return result(["HBR008"], ["HBR003"]);
    }
    case "sixth mirror in one account and region (HBR009)": {
      const full = [...REGIONS].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b))[0];
      for (let n = counts.get(full)!; n <= MIRROR_QUOTA; n++) {
        t.stacks[0].vaults.push({ region: other(full), name: `quota-${n}`, type: VaultType.STANDARD, kms: false, preventDestroy: false, policies: [], mirror: { region: full, name: `quota-${n}-dr`, stack: 0, drill: false } });
      }
      return result(["HBR009"]);
    }
    case "policy in another region than its vault (HBR012)": {
      firstPolicy().region = other(v.region);
      return result(["HBR012"]);
    }
    case "replication into the policy's own region (HBR013)": {
      v.instancePolicy = { instanceId: "i-bp1whole", replicationRegion: v.region };
      return result(["HBR013"]);
    }
    case "malformed raw schedule (HBR014)": {
      firstPolicy().rawSchedule = "I|1700000000000|P1D";
      return result(["HBR014"]);
    }
    case "retention of 0 days (HBR015)": {
      // Duration.days(0) is a valid Duration (0 or more); the service's range is checked at synth.
      firstPolicy().retentionDays = 0;
      return result(["HBR015"]);
    }
    case "whole ECS instance in a STANDARD policy (HBR016)": {
      const p = firstPolicy();
      p.bindings = [...p.bindings, { kind: "ecsInstance", id: "i-bp1whole" }];
      return result(["HBR016"]);
    }
    case "immutable in a STANDARD policy (HBR017)": {
      firstPolicy().immutable = true;
      return result(["HBR017"]);
    }
    case "backup type outside the enum, through an escape hatch (HBR019)": {
      firstPolicy().backupTypeOverride = choice.badBackupType;
      return result(["HBR019"]);
    }
    case "second TRANSITION rule (HBR020)": {
      const p = firstPolicy();
      p.transition ??= { retentionDays: 365 };
      p.extraTransition = true;
      return result(["HBR020"]);
    }
    case "source type the vault type refuses (HBR018)": {
      const p = firstPolicy();
      p.bindings = [...p.bindings, v.type === VaultType.OTS_BACKUP ? { kind: "oss", id: "bucket-into-ots" } : { kind: "tablestore", id: "ots-into-standard" }];
      return result(["HBR018"]);
    }
  }
}
