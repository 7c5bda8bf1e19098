/**
 * The hostile inputs tried against the library, as data: what was tried, through which call, by what
 * kind of caller, and the outcome expected. `hostile-input.test.ts` runs every case, and
 * `docs/reliability.md` lists them (a test keeps the two identical).
 */
import { App, Fn, TerraformProvider, TerraformStack, TerraformVariable } from "cdktf";
import {
  AlicloudProvider,
  BackupPolicy,
  BackupSource,
  BackupVault,
  Duration,
  MIRROR_QUOTA_CONTEXT_KEY,
  MirrorVault,
  PolicyBinding,
  RestoreJob,
  RestoreTarget,
  RuleCode,
  Schedule,
  VaultEncryption,
} from "../../lib";
import { TerraformJson } from "../support";

/** What a case's caller had at hand: a fresh app (with the case's context) and a stack `s` in it. */
export interface CaseContext {
  readonly app: App;
  readonly stack: TerraformStack;
  /** A valid vault `s/Vault` in cn-hangzhou. */
  vault(): BackupVault;
  /** `s/Vault` and a valid policy `s/Policy` in cn-hangzhou (no rules yet). */
  policy(): { vault: BackupVault; policy: BackupPolicy };
  /** A stack `other` in a second app. */
  otherApp(): TerraformStack;
}

/** The outcome a case expects. */
export type Expected =
  /** An `HbrConfigurationError` thrown while declaring, whose `constructPath` is `path` and whose message contains each of `mentions`. */
  | { readonly kind: "config"; readonly path: string; readonly mentions: readonly string[] }
  /** Declaring succeeds; `app.synth()` fails listing exactly `codes`, each on `path`. */
  | { readonly kind: "codes"; readonly codes: readonly RuleCode[]; readonly path: string; readonly mentions?: readonly string[] }
  /** Valid input: no error findings (warnings allowed), synthesizes, passes the offline schema check, and `check` holds. */
  | { readonly kind: "synthesizes"; readonly note: string; readonly check?: (stacks: Record<string, TerraformJson>) => void }
  /** A plain `Error` from cdktf (not a TypeError) whose message matches. */
  | { readonly kind: "cdktf-error"; readonly message: RegExp; readonly note: string };

/** One hostile input. */
export interface HostileCase {
  /** What was tried, as the table says it. */
  readonly tried: string;
  /** The call it went through. */
  readonly where: string;
  /** `TS`: the types allow it; `JS`: only a caller that bypasses the types (plain JavaScript, `as any`). */
  readonly caller: "TS" | "JS";
  /** Declares it (may throw). */
  readonly declare: (ctx: CaseContext) => void;
  readonly expected: Expected;
  /** App context the case runs with. */
  readonly context?: Record<string, unknown>;
}

const daily = () => Schedule.every(Duration.days(1));
const week = () => Duration.days(7);
const LONG = "x".repeat(10_000);
/** Bypasses the types, as a plain JavaScript caller would. */
const js = (value: unknown): any => value;
const resourcesOf = (doc: TerraformJson, type: string): Record<string, any>[] => Object.values(doc.resource?.[type] ?? {});

function config(path: string, ...mentions: string[]): Expected {
  return { kind: "config", path, mentions };
}
function codes(path: string, list: RuleCode[], ...mentions: string[]): Expected {
  return { kind: "codes", codes: list, path, mentions };
}
function synthesizes(note: string, check?: (stacks: Record<string, TerraformJson>) => void): Expected {
  return { kind: "synthesizes", note, check };
}
/** A backup rule into `s/Vault` with the given changes. */
function backupRule(ctx: CaseContext, changes: Record<string, unknown>): void {
  const { vault, policy } = ctx.policy();
  policy.addBackupRule({ vault, schedule: daily(), retention: week(), ...changes });
}

/** A provider class of another Terraform provider (not alicloud). */
class OtherProvider extends TerraformProvider {
  constructor(scope: TerraformStack, id: string) {
    super(scope, id, { terraformResourceType: "random" });
  }
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  // Names: empty, whitespace, very long, non-ASCII.
  { tried: "empty vault name", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: "" }), expected: codes("s/Vault", ["HBR005"], "is empty") },
  { tried: "whitespace-only vault name", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: " \t " }), expected: codes("s/Vault", ["HBR005"], "is empty") },
  { tried: "10,000-character vault name", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: LONG }), expected: codes("s/Vault", ["HBR005"], "10000 characters", "...") },
  { tried: "empty mirror name", where: "addMirror", caller: "TS", declare: (c) => c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: "" }), expected: codes("s/Mirror", ["HBR005"], "is empty") },
  { tried: "10,000-character mirror name", where: "addMirror", caller: "TS", declare: (c) => c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: LONG }), expected: codes("s/Mirror", ["HBR005"], "10000 characters") },
  { tried: "mirror name of 33 CJK characters", where: "addMirror", caller: "TS", declare: (c) => c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: "备".repeat(33) }), expected: codes("s/Mirror", ["HBR005"], "33 characters") },
  {
    tried: "mirror name of 32 emoji (64 UTF-16 units)",
    where: "addMirror",
    caller: "TS",
    declare: (c) => c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: "🗄".repeat(32) }),
    expected: synthesizes("names are counted in characters; emitted as given", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_replication_vault")[0].vault_name, "🗄".repeat(32))),
  },
  {
    tried: "non-ASCII vault name and description",
    where: "new BackupVault",
    caller: "TS",
    declare: (c) => new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: "生产备份-é", description: "Sauvegardes de production – 生产" }),
    expected: synthesizes("emitted as given", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_vault")[0].vault_name, "生产备份-é")),
  },
  { tried: "10,000-character description", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: "v", description: LONG }), expected: codes("s/Vault", ["HBR005"], "10000 characters") },
  { tried: "description of 256 CJK characters", where: "addMirror", caller: "TS", declare: (c) => c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr", description: "份".repeat(256) }), expected: codes("s/Mirror", ["HBR005"], "256 characters") },

  // Regions.
  { tried: "empty region", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "", vaultName: "v" }), expected: config("s/Vault", "region is empty", '""') },
  { tried: "whitespace-only region", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "   ", vaultName: "v" }), expected: config("s/Vault", "region is empty", '"   "') },
  { tried: "empty region", where: "new BackupPolicy", caller: "TS", declare: (c) => new BackupPolicy(c.stack, "Policy", { region: "" }), expected: config("s/Policy", "region is empty") },
  { tried: "empty region of an imported vault", where: "BackupVault.fromVaultAttributes", caller: "TS", declare: (c) => BackupVault.fromVaultAttributes(c.stack, "Old", { vaultId: "v-0001", region: "" }), expected: config("s/Old", "region is empty") },
  { tried: "upper-case region id", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "CN-HANGZHOU", vaultName: "v" }), expected: codes("s/Vault", ["HBR006"], '"CN-HANGZHOU"', 'did you mean "cn-hangzhou"') },
  { tried: "region with a trailing space", where: "addMirror", caller: "TS", declare: (c) => c.vault().addMirror("Mirror", { region: "cn-shanghai ", vaultName: "dr" }), expected: codes("s/Mirror", ["HBR006"], '"cn-shanghai "') },
  { tried: "non-ASCII region (杭州)", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "杭州", vaultName: "v" }), expected: codes("s/Vault", ["HBR006"], '"杭州"') },
  { tried: "10,000-character region", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: LONG, vaultName: "v" }), expected: codes("s/Vault", ["HBR006"], "xxx...") },
  { tried: "unknown region of a policy", where: "new BackupPolicy", caller: "TS", declare: (c) => backupRuleIn(c, "cn-hangzou"), expected: codes("s/Policy", ["HBR006", "HBR012"], '"cn-hangzou"') },

  // Wrong types from callers that bypass the types.
  { tried: "vaultName 42 (a number)", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: 42 })), expected: config("s/Vault", "vaultName must be a string", "got 42") },
  { tried: "vaultName missing (undefined)", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou" })), expected: config("s/Vault", "vaultName", "got undefined") },
  { tried: "vaultName null", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: null })), expected: config("s/Vault", "vaultName", "got null") },
  { tried: "vaultName an object", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: { name: "v" } })), expected: config("s/Vault", "vaultName", "got an object") },
  { tried: "region 42 (a number)", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: 42, vaultName: "v" })), expected: config("s/Vault", "region must be a string", "got 42") },
  { tried: "no props at all", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js(undefined)), expected: config("s/Vault", "props must be an object", "got undefined") },
  { tried: "props a string", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js("cn-hangzhou")), expected: config("s/Vault", "props must be an object", '"cn-hangzhou"') },
  { tried: "description null", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", description: null })), expected: config("s/Vault", "description must be a string", "got null") },
  { tried: 'vaultType "ARCHIVE" (not in the enum)', where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", vaultType: "ARCHIVE" })), expected: config("s/Vault", "vaultType", '"ARCHIVE"') },
  { tried: 'encryption "kms" (wrong case)', where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", encryption: "kms" })), expected: config("s/Vault", "encryption", '"kms"') },
  { tried: 'preventDestroy "true" (a string)', where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", preventDestroy: "true" })), expected: config("s/Vault", "preventDestroy", '"true"') },
  { tried: "tags a string", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", tags: "team=platform" })), expected: config("s/Vault", "tags must be an object", '"team=platform"') },
  { tried: "tags with a number value", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", tags: { team: 1 } })), expected: config("s/Vault", 'tags["team"] must be a string', "got 1") },
  { tried: "tags null", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ region: "cn-hangzhou", vaultName: "v", tags: null })), expected: config("s/Vault", "tags must be an object", "got null") },
  { tried: "KMS with a whitespace-only key", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: "v", encryption: VaultEncryption.KMS, kmsKeyId: "  " }), expected: codes("s/Vault", ["HBR007"], "no kmsKeyId") },
  { tried: "vaultId 42 of an imported vault", where: "BackupVault.fromVaultAttributes", caller: "JS", declare: (c) => BackupVault.fromVaultAttributes(c.stack, "Old", js({ vaultId: 42, region: "cn-hangzhou" })), expected: config("s/Old", "vaultId must be a string", "got 42") },
  { tried: "empty vaultId of an imported vault", where: "BackupVault.fromVaultAttributes", caller: "TS", declare: (c) => BackupVault.fromVaultAttributes(c.stack, "Old", { vaultId: " ", region: "cn-hangzhou" }), expected: config("s/Old", "vaultId is empty") },
  { tried: "mirror options missing", where: "addMirror", caller: "JS", declare: (c) => c.vault().addMirror("Mirror", js(undefined)), expected: config("s/Mirror", "vaultName", "got undefined") },
  { tried: "mirror source undefined", where: "new MirrorVault", caller: "JS", declare: (c) => new MirrorVault(c.stack, "Mirror", js({ region: "cn-shanghai", vaultName: "dr" })), expected: config("s/Mirror", "source must be a backup vault", "got undefined") },
  { tried: "mirror source a vault id string", where: "new MirrorVault", caller: "JS", declare: (c) => new MirrorVault(c.stack, "Mirror", js({ source: "v-0001", region: "cn-shanghai", vaultName: "dr" })), expected: config("s/Mirror", "source must be a backup vault", '"v-0001"') },
  {
    tried: "a mirror as a mirror's source",
    where: "new MirrorVault",
    caller: "JS",
    declare: (c) => new MirrorVault(c.stack, "Mirror2", js({ source: c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" }), region: "cn-beijing", vaultName: "dr2" })),
    expected: codes("s/Mirror2", ["HBR008"], "is itself a mirror vault"),
  },
  {
    tried: "a mirror as a backup rule's vault",
    where: "addBackupRule",
    caller: "JS",
    declare: (c) => {
      const { vault, policy } = c.policy();
      policy.addBackupRule({ vault: js(vault.addMirror("Mirror", { region: "cn-hangzhou", vaultName: "dr" })), schedule: daily(), retention: week() });
    },
    expected: codes("s/Policy", ["HBR002"], '"dr" (s/Mirror)'),
  },
  { tried: "policy props a string", where: "new BackupPolicy", caller: "JS", declare: (c) => new BackupPolicy(c.stack, "Policy", js("daily")), expected: config("s/Policy", "props must be an object", '"daily"') },
  { tried: 'policyType "DAILY" (not in the enum)', where: "new BackupPolicy", caller: "JS", declare: (c) => new BackupPolicy(c.stack, "Policy", js({ region: "cn-hangzhou", policyType: "DAILY" })), expected: config("s/Policy", "policyType", '"DAILY"') },
  { tried: "backup rule options missing", where: "addBackupRule", caller: "JS", declare: (c) => c.policy().policy.addBackupRule(js(undefined)), expected: config("s/Policy", "addBackupRule needs an options object", "got undefined") },
  { tried: "backup rule vault a vault id string", where: "addBackupRule", caller: "JS", declare: (c) => backupRule(c, { vault: "v-0001" }), expected: config("s/Policy", "vault must be a backup vault", '"v-0001"') },
  { tried: "schedule a string, not a Schedule", where: "addBackupRule", caller: "JS", declare: (c) => backupRule(c, { schedule: "I|1700000000|P1D" }), expected: config("s/Policy", "schedule must be a Schedule", '"I|1700000000|P1D"') },
  { tried: "retention 7 (a number, not a Duration)", where: "addBackupRule", caller: "JS", declare: (c) => backupRule(c, { retention: 7 }), expected: config("s/Policy", "retention must be a Duration", "got 7") },
  { tried: 'keepLatestSnapshots "1" (a string)', where: "addBackupRule", caller: "JS", declare: (c) => backupRule(c, { keepLatestSnapshots: "1" }), expected: config("s/Policy", "keepLatestSnapshots must be a number", '"1"') },
  { tried: "keepLatestSnapshots NaN", where: "addBackupRule", caller: "TS", declare: (c) => backupRule(c, { keepLatestSnapshots: NaN }), expected: config("s/Policy", "keepLatestSnapshots must be a number", "got NaN") },
  { tried: "keepLatestSnapshots -1", where: "addBackupRule", caller: "TS", declare: (c) => backupRule(c, { keepLatestSnapshots: -1 }), expected: codes("s/Policy", ["HBR015"], "keep_latest_snapshots is -1") },
  { tried: 'immutable "yes" (a string)', where: "addBackupRule", caller: "JS", declare: (c) => backupRule(c, { immutable: "yes" }), expected: config("s/Policy", "immutable must be true or false", '"yes"') },
  {
    tried: 'retentionRules "monthly" (not a list)',
    where: "addTransitionRule",
    caller: "JS",
    declare: (c) => c.policy().policy.addTransitionRule(js({ retention: Duration.days(365), retentionRules: "monthly" })),
    expected: config("s/Policy", "retentionRules must be a list", '"monthly"'),
  },
  { tried: "retentionRules [null]", where: "addTransitionRule", caller: "JS", declare: (c) => c.policy().policy.addTransitionRule(js({ retention: Duration.days(365), retentionRules: [null] })), expected: config("s/Policy", "retentionRules[0] needs an options object", "got null") },
  { tried: "bind a string as the source", where: "policy.bind", caller: "JS", declare: (c) => c.policy().policy.bind("Bucket", js("oss://bucket")), expected: config("s/Policy/Bucket", "source must be a BackupSource", '"oss://bucket"') },
  { tried: "empty OSS bucket name", where: "BackupSource.oss", caller: "TS", declare: () => BackupSource.oss(""), expected: config("BackupSource.oss", "bucket is empty") },
  { tried: "ECS instance id 42", where: "BackupSource.ecsFiles", caller: "JS", declare: () => BackupSource.ecsFiles(js(42)), expected: config("BackupSource.ecsFiles", "instanceId must be a string", "got 42") },
  { tried: 'ECS paths "/var/lib" (not a list)', where: "BackupSource.ecsFiles", caller: "JS", declare: () => BackupSource.ecsFiles("i-1", js({ paths: "/var/lib" })), expected: config("BackupSource.ecsFiles", "paths must be a list of non-empty strings", '"/var/lib"') },
  { tried: 'ECS paths [""]', where: "BackupSource.ecsFiles", caller: "TS", declare: () => BackupSource.ecsFiles("i-1", { paths: [""] }), expected: config("BackupSource.ecsFiles", "paths must be a list of non-empty strings", "an array") },
  { tried: "empty snapshot id", where: "new RestoreJob", caller: "TS", declare: (c) => new RestoreJob(c.stack, "Restore", { vault: c.vault(), snapshotId: "", snapshotHash: "h", target: RestoreTarget.oss("b") }), expected: config("s/Restore", "snapshotId is empty") },
  { tried: "restore vault undefined", where: "new RestoreJob", caller: "JS", declare: (c) => new RestoreJob(c.stack, "Restore", js({ snapshotId: "s", snapshotHash: "h", target: RestoreTarget.oss("b") })), expected: config("s/Restore", "vault must be", "got undefined") },
  { tried: "restore target a plain object", where: "new RestoreJob", caller: "JS", declare: (c) => new RestoreJob(c.stack, "Restore", js({ vault: c.vault(), snapshotId: "s", snapshotHash: "h", target: { bucket: "b" } })), expected: config("s/Restore", "target must be a RestoreTarget", "an object") },
  { tried: "restore target options missing", where: "RestoreTarget.ecsFiles", caller: "JS", declare: () => RestoreTarget.ecsFiles("i-1", js(undefined)), expected: config("RestoreTarget.ecsFiles", "options must be an object", "got undefined") },
  { tried: "a provider of another Terraform provider", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, "Vault", js({ vaultName: "v", provider: new OtherProvider(c.stack, "random") })), expected: config("s/Vault", "provider must be an alicloud provider", '"random"') },

  // Durations and schedules.
  { tried: "Duration.days(NaN)", where: "Duration.days", caller: "TS", declare: () => Duration.days(NaN), expected: config("Duration.days", "whole number of days", "got NaN") },
  { tried: "Duration.days(-1)", where: "Duration.days", caller: "TS", declare: () => Duration.days(-1), expected: config("Duration.days", "0 or more", "got -1") },
  { tried: "Duration.days(Infinity)", where: "Duration.days", caller: "TS", declare: () => Duration.days(Infinity), expected: config("Duration.days", "whole number of days", "got Infinity") },
  { tried: "Duration.hours(1.5)", where: "Duration.hours", caller: "TS", declare: () => Duration.hours(1.5), expected: config("Duration.hours", "whole number of hours", "got 1.5") },
  { tried: 'Duration.days("7") (a string)', where: "Duration.days", caller: "JS", declare: () => Duration.days(js("7")), expected: config("Duration.days", "whole number of days", '"7"') },
  { tried: "Duration.days(1e20)", where: "Duration.days", caller: "TS", declare: () => Duration.days(1e20), expected: config("Duration", "too long to count exactly") },
  { tried: "retention of 36 hours (not whole days)", where: "addBackupRule", caller: "TS", declare: (c) => backupRule(c, { retention: Duration.hours(36) }), expected: config("s/Policy", "retention is PT36H", "not a whole number of days") },
  { tried: "retention of 0 days", where: "addBackupRule", caller: "TS", declare: (c) => backupRule(c, { retention: Duration.days(0) }), expected: codes("s/Policy", ["HBR015"], "retention is 0 days") },
  { tried: "retention of 364,636 days", where: "addBackupRule", caller: "TS", declare: (c) => backupRule(c, { retention: Duration.days(364_636) }), expected: codes("s/Policy", ["HBR015"], "retention is 364636 days") },
  { tried: "archive after 10 days", where: "addTransitionRule", caller: "TS", declare: (c) => transition(c, Duration.days(365), Duration.days(10)), expected: codes("s/Policy", ["HBR015"], "archives after 10 days") },
  { tried: "a zero interval", where: "Schedule.every", caller: "TS", declare: () => Schedule.every(Duration.minutes(0)), expected: config("Schedule.every", "the interval is zero") },
  { tried: "an invalid start date", where: "Schedule.every", caller: "TS", declare: () => Schedule.every(Duration.days(1), { start: new Date("not a date") }), expected: config("Schedule.every", "start must be a valid Date", "a Date") },
  { tried: "a start before 1970", where: "Schedule.every", caller: "TS", declare: () => Schedule.every(Duration.days(1), { start: new Date("1969-12-31T00:00:00Z") }), expected: config("Schedule.every", "is before 1970", "1969-12-31") },
  { tried: "schedule options null", where: "Schedule.every", caller: "JS", declare: () => Schedule.every(Duration.days(1), js(null)), expected: config("Schedule.every", "options must be an object", "got null") },
  { tried: 'a malformed schedule ("every day")', where: "Schedule.parse", caller: "TS", declare: () => Schedule.parse("every day"), expected: config("Schedule.parse", '"every day"') },
  { tried: "a raw schedule with the start in milliseconds", where: "Schedule.expression", caller: "TS", declare: (c) => backupRule(c, { schedule: Schedule.expression("I|1700000000000|P1D") }), expected: codes("s/Policy", ["HBR014"], "looks like milliseconds") },

  // Unresolved tokens.
  { tried: "region an unresolved token", where: "new BackupVault", caller: "TS", declare: (c) => new BackupVault(c.stack, "Vault", { region: variable(c, "region").stringValue, vaultName: "v" }), expected: config("s/Vault", "region is an unresolved token") },
  {
    tried: "region a token, with a provider given",
    where: "new BackupVault",
    caller: "TS",
    declare: (c) => new BackupVault(c.stack, "Vault", { region: variable(c, "region").stringValue, provider: new AlicloudProvider(c.stack, "ops", { alias: "ops", region: "cn-beijing" }), vaultName: "v" }),
    expected: synthesizes("the provider decides the region; no HBR006 against a token", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_vault")[0].provider, "alicloud.ops")),
  },
  {
    tried: "vault and mirror names unresolved tokens",
    where: "new BackupVault, addMirror",
    caller: "TS",
    declare: (c) => {
      const name = variable(c, "name").stringValue;
      new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: name }).addMirror("Mirror", { region: "cn-shanghai", vaultName: Fn.join("-", [name, "dr"]) });
    },
    expected: synthesizes("name checks are skipped; emitted as Terraform expressions", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_vault")[0].vault_name, "${var.name}")),
  },
  { tried: "Duration.days of a token number", where: "Duration.days", caller: "TS", declare: (c) => Duration.days(variable(c, "days", "number").numberValue), expected: config("Duration.days", "is an unresolved token") },
  {
    tried: "keepLatestSnapshots a token number",
    where: "addBackupRule",
    caller: "TS",
    declare: (c) => backupRule(c, { keepLatestSnapshots: variable(c, "keep", "number").numberValue }),
    expected: synthesizes("the range check is skipped; emitted as an expression", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_policy")[0].rules[0].keep_latest_snapshots, "${var.keep}")),
  },
  {
    tried: "imported vault id a token",
    where: "BackupVault.fromVaultAttributes",
    caller: "TS",
    declare: (c) => BackupVault.fromVaultAttributes(c.stack, "Old", { vaultId: variable(c, "vault_id").stringValue, region: "cn-hangzhou" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" }),
    expected: synthesizes("only the HBR003 warning (an imported source); the mirror references the token", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_replication_vault")[0].replication_source_vault_id, "${var.vault_id}")),
  },

  // Construct ids and scopes.
  { tried: "two vaults with the same id", where: "new BackupVault", caller: "TS", declare: (c) => [c.vault(), new BackupVault(c.stack, "Vault", { region: "cn-beijing", vaultName: "v2" })], expected: config("s/Vault", 'already has a construct with the id "Vault"', "a BackupVault") },
  {
    tried: "two vaults' mirrors with the same id",
    where: "addMirror",
    caller: "TS",
    declare: (c) => {
      c.vault().addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
      new BackupVault(c.stack, "Vault2", { region: "cn-beijing", vaultName: "v2" }).addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr2" });
    },
    expected: config("s/Mirror", 'already has a construct with the id "Mirror"', "a MirrorVault"),
  },
  { tried: "one vault, two mirrors (different ids)", where: "addMirror", caller: "TS", declare: (c) => twoMirrors(c), expected: codes("s/Mirror2", ["HBR001"], "already has the mirror s/Mirror") },
  {
    tried: "the same binding id twice",
    where: "policy.bind",
    caller: "TS",
    declare: (c) => {
      const { policy } = c.policy();
      policy.bind("Data", BackupSource.oss("a"));
      policy.bind("Data", BackupSource.oss("b"));
    },
    expected: config("s/Policy/Data", 'already has a construct with the id "Data"', "a PolicyBinding"),
  },
  { tried: "construct id 42 (a number)", where: "new BackupVault", caller: "JS", declare: (c) => new BackupVault(c.stack, js(42), { region: "cn-hangzhou", vaultName: "v" }), expected: config("s/BackupVault", "construct id must be a non-empty string", "got 42") },
  { tried: "empty construct id", where: "new BackupPolicy", caller: "TS", declare: (c) => new BackupPolicy(c.stack, "", { region: "cn-hangzhou" }), expected: config("s/BackupPolicy", "construct id must be a non-empty string", '""') },
  { tried: "binding id undefined", where: "policy.bind", caller: "JS", declare: (c) => c.policy().policy.bind(js(undefined), BackupSource.oss("b")), expected: config("s/Policy/PolicyBinding", "construct id must be a non-empty string", "got undefined") },
  { tried: "scope null", where: "new MirrorVault", caller: "JS", declare: (c) => new MirrorVault(js(null), "Mirror", { source: c.vault(), region: "cn-shanghai", vaultName: "dr" }), expected: config('MirrorVault "Mirror"', "scope must be a construct", "got null") },
  { tried: "scope a string", where: "new RestoreJob", caller: "JS", declare: (c) => new RestoreJob(js("s"), "Restore", { vault: c.vault(), snapshotId: "s", snapshotHash: "h", target: RestoreTarget.oss("b") }), expected: config('RestoreJob "Restore"', "scope must be a construct", '"s"') },
  {
    tried: "the App as scope (no stack)",
    where: "new BackupVault",
    caller: "TS",
    declare: (c) => new BackupVault(c.app, "Vault", { region: "cn-hangzhou", vaultName: "v" }),
    expected: { kind: "cdktf-error", message: /^No stack could be identified for the construct at path 'Vault'/, note: "cdktf's own message: pass a stack as scope" },
  },
  {
    tried: 'a construct with the id the region\'s provider would get ("alicloud-cn-hangzhou")',
    where: "new BackupVault",
    caller: "TS",
    declare: (c) => {
      new BackupVault(c.stack, "alicloud-cn-hangzhou", { region: "cn-beijing", vaultName: "a" });
      new BackupVault(c.stack, "Vault", { region: "cn-hangzhou", vaultName: "b" });
    },
    expected: synthesizes("the provider takes the next free alias, cn-hangzhou-2", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_vault").map((v) => v.provider).sort(), ["alicloud.cn-beijing", "alicloud.cn-hangzhou-2"])),
  },
  {
    tried: 'another account\'s provider with the alias "cn-hangzhou"',
    where: "new BackupVault",
    caller: "TS",
    declare: (c) => {
      new AlicloudProvider(c.stack, "ops", { alias: "cn-hangzhou", region: "cn-hangzhou", assumeRole: { roleArn: "acs:ram::1234567890:role/ops" } });
      c.vault();
    },
    expected: synthesizes("the vault gets its own provider, alias cn-hangzhou-2 (no duplicate alias)", (s) => expectEqual(resourcesOf(s.s, "alicloud_hbr_vault")[0].provider, "alicloud.cn-hangzhou-2")),
  },

  // Constructs of another app or stack.
  { tried: "a mirror's source from another app", where: "new MirrorVault", caller: "TS", declare: (c) => new MirrorVault(c.stack, "Mirror", { source: otherVault(c), region: "cn-shanghai", vaultName: "dr" }), expected: config("s/Mirror", "other/Vault belongs to another cdktf App") },
  {
    tried: "an imported mirror's source from another app",
    where: "MirrorVault.fromMirrorAttributes",
    caller: "TS",
    declare: (c) => MirrorVault.fromMirrorAttributes(c.stack, "Mirror", { vaultId: "r-0001", region: "cn-shanghai", source: otherVault(c) }),
    expected: config("s/Mirror", "other/Vault belongs to another cdktf App"),
  },
  { tried: "a backup rule's vault from another app", where: "addBackupRule", caller: "TS", declare: (c) => c.policy().policy.addBackupRule({ vault: otherVault(c), schedule: daily(), retention: week() }), expected: config("s/Policy", "other/Vault belongs to another cdktf App") },
  { tried: "a restore job's vault from another app", where: "new RestoreJob", caller: "TS", declare: (c) => new RestoreJob(c.stack, "Restore", { vault: otherVault(c), snapshotId: "s", snapshotHash: "h", target: RestoreTarget.oss("b") }), expected: config("s/Restore", "other/Vault belongs to another cdktf App") },
  {
    tried: "a provider from another app",
    where: "new BackupVault",
    caller: "TS",
    declare: (c) => new BackupVault(c.stack, "Vault", { vaultName: "v", provider: new AlicloudProvider(c.otherApp(), "p", { region: "cn-beijing" }) }),
    expected: config("s/Vault", "the provider other/p belongs to another cdktf App"),
  },
  {
    tried: "a provider from another stack of the app",
    where: "new BackupPolicy",
    caller: "TS",
    declare: (c) => new BackupPolicy(c.stack, "Policy", { provider: new AlicloudProvider(new TerraformStack(c.app, "s2"), "p", { region: "cn-beijing" }) }),
    expected: config("s/Policy", "the provider s2/p belongs to the stack s2"),
  },
  {
    tried: "a binding declared in another stack than its policy",
    where: "new PolicyBinding",
    caller: "TS",
    declare: (c) => new PolicyBinding(new TerraformStack(c.app, "s2"), "Data", { policy: c.policy().policy, source: BackupSource.oss("b") }),
    expected: config("s2/Data", "the policy s/Policy is in another stack"),
  },

  // App context.
  { tried: 'mirrorQuota context "five"', where: "app context", caller: "TS", context: { [MIRROR_QUOTA_CONTEXT_KEY]: "five" }, declare: (c) => c.vault(), expected: codes(`context ${MIRROR_QUOTA_CONTEXT_KEY}`, ["HBR009"], '"five"') },
];

function expectEqual(actual: unknown, expected: unknown): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function variable(c: CaseContext, name: string, type = "string"): TerraformVariable {
  return new TerraformVariable(c.stack, name, { type });
}

function otherVault(c: CaseContext): BackupVault {
  return new BackupVault(c.otherApp(), "Vault", { region: "cn-hangzhou", vaultName: "elsewhere" });
}

function backupRuleIn(c: CaseContext, region: string): void {
  const vault = c.vault();
  new BackupPolicy(c.stack, "Policy", { region }).addBackupRule({ vault, schedule: daily(), retention: week() });
}

function transition(c: CaseContext, retention: Duration, archiveAfter: Duration): void {
  const { vault, policy } = c.policy();
  policy.addBackupRule({ vault, schedule: daily(), retention: week() });
  policy.addTransitionRule({ retention, archiveAfter });
}

function twoMirrors(c: CaseContext): void {
  const vault = c.vault();
  vault.addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
  vault.addMirror("Mirror2", { region: "cn-beijing", vaultName: "dr2" });
}

/** The outcome column of the table. */
export function describeOutcome(expected: Expected): string {
  switch (expected.kind) {
    case "config":
      return `\`HbrConfigurationError\` at \`${expected.path}\`${expected.mentions.length > 0 ? `, naming ${expected.mentions.map((m) => `\`${m}\``).join(", ")}` : ""}`;
    case "codes":
      return `synth fails: ${expected.codes.join(" + ")} at \`${expected.path}\``;
    case "synthesizes":
      return `synthesizes, schema-valid: ${expected.note}`;
    case "cdktf-error":
      return `cdktf \`Error\`: ${expected.note}`;
  }
}

/** The rows of the table in `docs/reliability.md`, in order. */
export function reliabilityTableRows(): string[] {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  return HOSTILE_CASES.map((c, i) => `| ${i + 1} | ${cell(c.tried)} | \`${cell(c.where)}\` | ${c.caller} | ${cell(describeOutcome(c.expected))} |`);
}

/** The sentence of `docs/reliability.md` that counts the cases by outcome. */
export function outcomeSummary(): string {
  const count = (kind: Expected["kind"]) => HOSTILE_CASES.filter((c) => c.expected.kind === kind).length;
  return `By outcome: ${count("config")} \`HbrConfigurationError\`, ${count("codes")} coded synth failures, ${count("synthesizes")} valid inputs that synthesize, ${count("cdktf-error")} cdktf \`Error\` (the App passed as scope: cdktf's own message says to pass a stack).`;
}
