import { RuleCode, Severity } from "../rules/catalog";
import { Finding, makeFinding, sortFindings } from "../rules/finding";
import { checkModel } from "../private/model/check-model";
import { keptConstraints } from "../schema/kept-schema";
import { field } from "./json-values";
import { PlanDocument } from "./plan-document";
import { labelledAddress } from "./plan-labels";
import { planModel } from "./plan-model";
import {
  MirrorLinks,
  PlanInventory,
  VaultNode,
  buildInventory,
  isUnknownAfter,
  knownAfter,
  linkKey,
} from "./plan-inventory";

/** Options of {@link checkPlans}. */
export interface GuardOptions {
  /** Addresses whose deletion a person allowed (HBR011); a bare address matches it in every plan. */
  readonly allowDelete?: readonly string[];
  /** Addresses whose replacement a person allowed (HBR010, and HBR011 for a replaced vault without mirror). */
  readonly allowReplace?: readonly string[];
  /** The mirror vault quota per account and region (HBR009); the service's default is 5. */
  readonly mirrorQuota?: number;
}

/** What {@link checkPlans} found. */
export interface GuardResult {
  /** The findings, sorted by code, address and message. */
  readonly findings: readonly Finding[];
  /** Entries that were skipped or could not be resolved, and allowances used or unused. */
  readonly notes: readonly string[];
  /** What was checked. */
  readonly summary: GuardSummary;
}

/** Counts for the report's summary line. */
export interface GuardSummary {
  /** The number of plan documents checked together. */
  readonly plans: number;
  /** The `resource_changes` entries of all the plans, of any resource type. */
  readonly resourceChanges: number;
  /** The backup (non-mirror) vault instances found, deposed objects included. */
  readonly vaults: number;
  /** The mirror vault instances found, deposed objects included. */
  readonly mirrors: number;
  /** The `vault_id`s that backup plans and policy rules write into (one per `BACKUP` rule for a policy). */
  readonly backupTargets: number;
}

/**
 * Checks the plans of one run (one plan per stack) for what synth-time checks cannot see: deletions,
 * replacements, a second mirror, backups into a mirror, and the vault rules over the planned values.
 * The plans are checked together, so a mirror in one stack is matched to its source in another by id.
 * Linear in the number of resources.
 */
export function checkPlans(plans: readonly PlanDocument[], options: GuardOptions = {}): GuardResult {
  const inventory = buildInventory(plans);
  const allowances = new Allowances(options);
  const findings: Finding[] = [];
  // Most vaults have no finding: only a vault that is deleted or replaced is looked at further.
  // Indexed loops over every vault and finding: see LOOPS in plan-document.ts.
  const vaults = inventory.vaults;
  for (let v = 0; v < vaults.length; v++) {
    const vault = vaults[v];
    if (vault.change === "delete" || vault.change === "replace") findings.push(...deletionFindings(vault, inventory, allowances));
  }
  const mirrors = inventory.mirrors;
  for (let m = 0; m < mirrors.length; m++) {
    const links = mirrors[m];
    if (links.mirror.change === "create" || links.mirror.change === "replace") findings.push(...mirrorOrderFindings(links, inventory));
    if (links.sourceAfter?.kind === "unknown") findings.push(...ambiguousSourceFindings(links));
  }
  // What stays after the apply is checked by the same checks as app.synth(), on the plans' model.
  const model = planModel(inventory);
  let unchanged: Set<string> | undefined;
  // A loop, not push(...): a huge plan can have more findings than a call can take arguments.
  const modelFindings = checkModel(model, { mirrorQuota: options.mirrorQuota });
  for (let f = 0; f < modelFindings.length; f++) {
    const finding = modelFindings[f];
    // The region of a vault the run leaves unchanged was accepted by the service, as its name was.
    if (finding.code === "HBR006") {
      unchanged ??= new Set(model.vaults.filter((v) => v.facts.imported).map((v) => v.facts.path));
      if (unchanged.has(finding.path)) continue;
    }
    findings.push(withGuardFix(finding));
  }

  const notes: string[] = [];
  inventory.plans.forEach((plan, i) => {
    const prefix = inventory.labels[i] !== "" ? `${inventory.labels[i]}: ` : "";
    for (const note of plan.notes) notes.push(prefix + note);
  });
  notes.push(...inventory.notes, ...allowances.notes(inventory));
  const mask = sensitiveMask(plans);
  return {
    findings: sortFindings(mask === undefined ? findings : findings.map((f) => ({ ...f, message: mask(f.message), fix: mask(f.fix) }))),
    notes: mask === undefined ? notes : notes.map(mask),
    summary: {
      plans: plans.length,
      resourceChanges: plans.reduce((sum, plan) => sum + plan.resourceChangeCount, 0),
      vaults: countBackupVaults(inventory.vaults),
      mirrors: inventory.mirrors.length,
      backupTargets: inventory.backupTargets.length,
    },
  };
}

/** The backup (non-mirror) vaults among `vaults`: a loop, not a filtered copy of thousands. */
function countBackupVaults(vaults: readonly VaultNode[]): number {
  let count = 0;
  for (let i = 0; i < vaults.length; i++) if (vaults[i].role === "backup") count++;
  return count;
}

/**
 * Fix texts for plans where the construct's fix names construct APIs (app context, `kmsKeyId`,
 * leaving `provider` out) that mean nothing to a person reading a plan.
 */
const GUARD_FIXES: Partial<Record<RuleCode, string>> = {
  HBR002: "Set vault_id to the mirror's source vault (a backup vault); the mirror receives the copies by replication.",
  HBR007:
    "Give the mirror its source's encrypt_type; with encrypt_type KMS set kms_key_id (for a mirror, a key in the mirror's region), and with HBR_PRIVATE leave kms_key_id out.",
  HBR009: "Spread the mirrors over regions or accounts, or, if the account's quota was raised, run hbr-guard with --mirror-quota <n>.",
  HBR021:
    "Give the mirror a provider configuration in its source's account (the same assume_role or profile as the source's provider, with the mirror's region), or mirror a vault of the mirror's account.",
};

/** The finding with the guard's own fix text, when its code has one. */
function withGuardFix(finding: Finding): Finding {
  const fix = GUARD_FIXES[finding.code];
  return fix === undefined ? finding : makeFinding(finding.code, finding.path, finding.message, { severity: finding.severity, fix });
}

/** HBR011 for deleting a vault, HBR010 for replacing a mirror or its source, HBR003 for a source deleted before its mirror. */
function deletionFindings(vault: VaultNode, inventory: PlanInventory, allowances: Allowances): Finding[] {
  if (vault.change !== "delete" && vault.change !== "replace") return [];
  const findings: Finding[] = [];
  const mirrors = inventory.currentMirrors.get(vault) ?? [];
  if (vault.change === "delete") {
    if (!allowances.allows("delete", vault)) {
      const what = vault.role === "mirror" ? "the mirror vault is deleted, and with it the replicated copies of its source's backups" : "the vault is deleted, and with it every backup in it";
      findings.push(makeFinding("HBR011", vault.path, `${what}${vault.resource.deposed !== undefined ? " (a deposed object left by an earlier failed replacement)" : ""}.`, {
        fix: `Keep the vault (restore it in the configuration, or add lifecycle prevent_destroy), or, if its backups may go, run hbr-guard with --allow-delete ${allowanceArgument(vault)}.`,
      }));
    }
  } else if (!allowances.allows("replace", vault)) {
    const why = replacementCause(vault);
    const fix = `Revert the change that forces the replacement, or, if that is intended, run hbr-guard with --allow-replace ${allowanceArgument(vault)}.`;
    if (vault.role === "mirror") {
      findings.push(makeFinding("HBR010", vault.path, `the mirror vault is replaced (${why}): its replicated backups are deleted and replication starts over in a new, empty mirror (historical backups only 90 minutes after it is created).`, { fix }));
    } else if (mirrors.length > 0) {
      findings.push(makeFinding("HBR010", vault.path, `the source of ${mirrors.map((m) => m.mirror.path).join(", ")} is replaced (${why}): the vault and its backups are deleted, and the mirror's replicated history goes with it; replication starts over.`, { fix }));
    } else {
      findings.push(makeFinding("HBR011", vault.path, `the vault is replaced (${why}): Terraform deletes it, with every backup in it, and creates a new, empty one.`, { fix }));
    }
  }
  if (vault.role === "backup") {
    for (const links of mirrors) {
      const finding = sourceBeforeMirrorFinding(vault, links);
      if (finding !== undefined) findings.push(finding);
    }
  }
  return findings;
}

/**
 * The address to suggest after `--allow-delete` / `--allow-replace`: the bare address when one plan is
 * checked; with several, the plan-prefixed one, because cdktf gives same-named constructs the same
 * address in every stack and a bare address would allow the change in all of them. Quoted for a POSIX
 * shell when it holds anything but address characters (`x["a"]`).
 */
function allowanceArgument(vault: VaultNode): string {
  const address = labelledAddress(vault.label, vault.resource.address);
  return /^[A-Za-z0-9_.:/@+-]+$/.test(address) ? address : `'${address.replace(/'/g, `'\\''`)}'`;
}

/** HBR003: the source `vault` goes away (deleted or replaced) while `links.mirror` still mirrors it. */
function sourceBeforeMirrorFinding(vault: VaultNode, links: MirrorLinks): Finding | undefined {
  const mirror = links.mirror;
  const goes = vault.change === "delete" ? "is deleted" : "is replaced (the old vault is deleted)";
  if (mirror.change !== "delete" && mirror.change !== "replace") {
    const where = mirror.plan === vault.plan ? "" : ` in another plan`;
    return makeFinding(
      "HBR003",
      vault.path,
      `the vault ${goes} but its mirror ${mirror.path}${where} is kept (${mirror.change}); the service refuses to delete a vault that has a mirror (CannotDeleteReplicationSourceVault), and the provider gives up after its 10-minute delete timeout.`,
      { fix: `Delete the mirror ${mirror.path} first (in an earlier apply, or in this run with a reference to this vault), then this vault; or keep this vault.` },
    );
  }
  if (mirror.plan !== vault.plan) {
    // Pipelines apply the stacks in dependency order, sources before the mirrors that read their ids,
    // so this deletion would run first and fail; nothing in the plans orders it after the mirror's.
    return makeFinding(
      "HBR003",
      vault.path,
      `the vault ${goes}, and its mirror ${mirror.path} is deleted by another plan (${mirror.label}); a pipeline applies the source's plan first (dependency order), so the service refuses this deletion while the mirror exists (CannotDeleteReplicationSourceVault), and the provider gives up after its 10-minute delete timeout.`,
      {
        fix: `Apply the plan of ${mirror.label} first, on its own (checked with hbr-guard), then plan ${vault.label} again and check that new plan: with the mirror gone, this deletion is no longer blocked by it.`,
      },
    );
  }
  const ordered =
    mirror.resource.dependsOn.includes(vault.resource.configAddress) ||
    (links.sourceAfter?.kind === "vault" && links.sourceAfter.vault === vault && links.sourceAfter.via === "reference");
  if (ordered) return undefined;
  return makeFinding(
    "HBR003",
    vault.path,
    `the vault ${goes} in the same run as its mirror ${mirror.path}, but nothing tells Terraform to delete the mirror first (the mirror neither references the vault nor records a dependency on it), so the vault's deletion may start first and fail.`,
    { fix: `Delete the mirror ${mirror.path} in an earlier apply, or make the mirror reference this vault's id so Terraform orders the deletions.` },
  );
}

/** HBR001 for a second mirror whose creation may run while the first still exists. */
function mirrorOrderFindings(links: MirrorLinks, inventory: PlanInventory): Finding[] {
  const mirror = links.mirror;
  const target = linkKey(links.sourceAfter);
  if (target === undefined) return [];
  if (mirror.change === "replace" && mirror.replaceOrder === "create-first" && linkKey(links.sourceBefore) === target) {
    return [
      makeFinding(
        "HBR001",
        mirror.path,
        `the mirror is replaced with create_before_destroy: the new mirror is created while the old one still mirrors the same source, and a vault can have only one mirror.`,
        { fix: "Remove create_before_destroy from the mirror's lifecycle, so the old mirror is deleted before the new one is created." },
      ),
    ];
  }
  if (mirror.change !== "create" || links.sourceAfter?.kind !== "vault") return [];
  const findings: Finding[] = [];
  for (const other of inventory.currentMirrors.get(links.sourceAfter.vault) ?? []) {
    if (other.mirror === mirror || linkKey(other.sourceBefore) !== target || other.mirror.change !== "delete") continue;
    const samePlan = other.mirror.plan === mirror.plan;
    findings.push(
      makeFinding(
        "HBR001",
        mirror.path,
        samePlan
          ? `the mirror is created while ${other.mirror.path}, which mirrors the same source now, is deleted in the same run; Terraform does not order the two, and the service refuses a second mirror.`
          : `the mirror is created while ${other.mirror.path} (plan ${other.mirror.label}), which mirrors the same source now, is deleted by another plan; that works only if that plan is applied first.`,
        {
          severity: samePlan ? Severity.ERROR : Severity.WARNING,
          fix: samePlan
            ? `Delete ${other.mirror.path} in an earlier apply; if this is a rename, use a moved block instead of delete and create.`
            : `Apply the plan of ${other.mirror.label} before the plan of ${mirror.label}.`,
        },
      ),
    );
  }
  return findings;
}

/** What replaces a value Terraform marks sensitive in findings and notes. */
export const SENSITIVE_TEXT = "(sensitive)";

/**
 * A function that prints `(sensitive)` for each value the plans mark sensitive, where it stands as a
 * whole word (an id, a name); `undefined` when no value is sensitive.
 */
function sensitiveMask(plans: readonly PlanDocument[]): ((text: string) => string) | undefined {
  const values = new Set<string>();
  for (const plan of plans) for (const value of plan.sensitiveValues ?? []) values.add(value);
  if (values.size === 0) return undefined;
  const sorted = [...values].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![A-Za-z0-9_-])(?:${sorted.map((v) => v.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|")})(?![A-Za-z0-9_-])`, "g");
  return (text) => text.replace(pattern, SENSITIVE_TEXT);
}

/** The vaults of an ambiguous reference, for messages: at most five addresses, then a count. */
function candidateList(candidates: readonly VaultNode[]): string {
  const shown = candidates.slice(0, 5).map((c) => c.path);
  return candidates.length > 5 ? `${shown.join(", ")} and ${candidates.length - 5} more` : shown.join(", ");
}

const AMBIGUOUS_FIX =
  "Reference one instance: x[\"key\"], or x[each.key] / x[count.index] from a resource with the same keys, or a plain x.id inside the module instance that declares it; then the plan names the vault.";

/**
 * HBR001 and HBR003 for a mirror whose source reference names several instances: the guard cannot
 * check that the source gets no second mirror, nor that it is not deleted while mirrored.
 */
function ambiguousSourceFindings(links: MirrorLinks): Finding[] {
  const source = links.sourceAfter;
  if (source?.kind !== "unknown" || source.candidates === undefined) return [];
  const mirror = links.mirror;
  const findings = [
    makeFinding(
      "HBR001",
      mirror.path,
      `the mirror's source is one of ${source.candidates.length} vaults (${candidateList(source.candidates)}): ${source.reason}, so the guard cannot check that it is the only mirror of its source.`,
      { severity: Severity.WARNING, fix: AMBIGUOUS_FIX },
    ),
  ];
  const going = source.candidates.filter((c) => c.change === "delete" || c.change === "replace");
  if (going.length > 0) {
    findings.push(
      makeFinding(
        "HBR003",
        mirror.path,
        `the mirror's source is one of ${source.candidates.length} vaults, and ${candidateList(going)} ${going.length === 1 ? "is" : "are"} deleted or replaced in this run; if that is its source, the deletion fails while the mirror exists (CannotDeleteReplicationSourceVault).`,
        { severity: Severity.WARNING, fix: AMBIGUOUS_FIX },
      ),
    );
  }
  return findings;
}

/** The attributes that force a replacement, or why Terraform replaces, in words. */
function replacementCause(vault: VaultNode): string {
  const resource = vault.resource;
  const order = vault.replaceOrder === "create-first" ? ", new one created before the old is deleted" : "";
  if (resource.actionReason === "replace_by_request") return `requested with -replace${order}`;
  if (resource.actionReason === "replace_because_tainted") return `the resource is tainted${order}`;
  const paths = resource.replacePaths.length > 0 ? resource.replacePaths : changedForceNewAttributes(vault);
  return paths.length > 0 ? `${paths.join(", ")} changed, which forces a new resource${order}` : `Terraform plans a replacement${order}`;
}

/** The ForceNew attributes (per the kept constraints) whose planned value differs from the current one. */
function changedForceNewAttributes(vault: VaultNode): string[] {
  const resource = vault.resource;
  const attributes = keptConstraints().resources?.[resource.type]?.attributes ?? {};
  const changed: string[] = [];
  for (const [name, constraint] of Object.entries(attributes)) {
    if (!constraint.force_new) continue;
    const before = field(resource.before, name);
    if (isUnknownAfter(resource, name) ? before !== undefined : knownAfter(resource, name) !== undefined && knownAfter(resource, name) !== before) {
      changed.push(name);
    }
  }
  return changed;
}

/** The `--allow-delete` / `--allow-replace` addresses, and which of them were used. */
class Allowances {
  private readonly sets: Record<"delete" | "replace", ReadonlySet<string>>;
  private readonly used = new Set<string>();

  constructor(options: GuardOptions) {
    this.sets = { delete: new Set(options.allowDelete ?? []), replace: new Set(options.allowReplace ?? []) };
  }

  /** True when a person allowed this deletion or replacement, by labelled or bare address. */
  public allows(kind: "delete" | "replace", vault: VaultNode): boolean {
    const set = this.sets[kind];
    for (const address of allowanceAddresses(vault)) {
      if (set.has(address)) {
        this.used.add(`${kind}\u0000${address}`);
        return true;
      }
    }
    return false;
  }

  /** A note for each allowance used (the log records the decision) and each that matched nothing (a typo?). */
  public notes(inventory: PlanInventory): string[] {
    const notes: string[] = [];
    for (const kind of ["delete", "replace"] as const) {
      for (const address of this.sets[kind]) {
        if (this.used.has(`${kind}\u0000${address}`)) {
          notes.push(`--allow-${kind} ${address}: allowed.`);
        } else {
          const exists = inventory.vaults.some((v) => allowanceAddresses(v).includes(address));
          notes.push(`--allow-${kind} ${address}: ${exists ? `the plan does not ${kind} that vault` : "no vault has that address in the given plans"}; it was not needed.`);
        }
      }
    }
    return notes;
  }
}

/** The addresses an allowance may name a vault by: as the report shows it, plan-prefixed (without a deposed key), or bare. */
function allowanceAddresses(vault: VaultNode): string[] {
  return [vault.path, labelledAddress(vault.label, vault.resource.address), vault.resource.address];
}
