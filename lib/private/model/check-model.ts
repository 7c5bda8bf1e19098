import { Severity } from "../../rules/catalog";
import { Finding, makeFinding, sortFindings } from "../../rules/finding";
import { checkEnums, checkPolicy, checkPolicyBinding, checkRestoreJob } from "../../rules/policy-rules";
import { VaultFacts, VaultRuleOptions, checkVaults, describeVault } from "../../rules/vault-rules";
import { HbrModel, ModelStack, ModelVault, VaultLink } from "./hbr-model";

/** Options of {@link checkModel}. */
export interface ModelCheckOptions extends VaultRuleOptions {
  /**
   * The model holds only part of the app (one stack in `Testing.synth`): checks that need the other
   * stacks (a source in another stack, stack dependencies) are left to the app-wide check.
   */
  readonly partial?: boolean;
  /**
   * The provider release the app targets: enum values newer than it are reported (HBR019).
   * @default the release the kept schema was taken from
   */
  readonly providerVersion?: string;
}

/**
 * Every service rule over the model, in one pass per kind of object: the same checks for `app.synth()`
 * (the model read from the written stacks) and for a plan's configuration. Linear in the model's size.
 */
export function checkModel(model: HbrModel, options: ModelCheckOptions = {}): Finding[] {
  // Indexed loops and addAll rather than for...of and push(...): a plan's model has thousands of vaults
  // and resources, checked mostly before V8 optimizes this code (for...of then allocates per item), and
  // a spread of a long list can exceed the arguments one call takes.
  const findings: Finding[] = [];
  const vaults = model.vaults;
  const facts: VaultFacts[] = new Array(vaults.length);
  for (let i = 0; i < vaults.length; i++) facts[i] = vaults[i].facts;
  addAll(findings, checkVaults(facts, options));
  const dependsOn = stackDependencies(model.stacks);
  for (let i = 0; i < vaults.length; i++) {
    const vault = vaults[i];
    if (vault.facts.role !== "mirror") continue;
    addAll(findings, mirrorInstanceFindings(vault));
    addAll(findings, deletionOrderFindings(vault, dependsOn, options));
    addAll(findings, sourceRegionFindings(vault));
  }
  addAll(findings, backupIntoMirrorFindings(model));
  const policies = model.policies;
  for (let i = 0; i < policies.length; i++) addAll(findings, checkPolicy(policies[i].facts));
  for (const binding of model.bindings) if (binding.policy !== undefined) addAll(findings, checkPolicyBinding(binding.facts, binding.policy.facts));
  for (const job of model.restoreJobs) addAll(findings, checkRestoreJob(job));
  const resources = model.resources;
  for (let i = 0; i < resources.length; i++) {
    const resource = resources[i];
    addAll(findings, checkEnums(resource.path, resource.type, resource.attributes as Record<string, unknown>, options.providerVersion));
  }
  return withAddresses(sortedWithoutCopies(findings), model);
}

function addAll(findings: Finding[], more: readonly Finding[]): void {
  for (let i = 0; i < more.length; i++) findings.push(more[i]);
}

/** HBR001 for a mirror resource that can become more than one mirror of its source. */
function mirrorInstanceFindings(vault: ModelVault): Finding[] {
  const resource = vault.resource;
  if (resource === undefined) return [];
  const findings: Finding[] = [];
  const { instances } = resource;
  if (instances.kind !== "single" && instances.value !== 1) {
    const how =
      instances.value !== undefined
        ? `${instances.kind} makes ${instances.value} instances of it`
        : `its ${instances.kind} is an expression, so Terraform may make several instances of it`;
    findings.push(
      makeFinding("HBR001", resource.path, `the mirror vault ${resource.address} has ${instances.kind}: ${how}, each a mirror of the same source, and a vault can have only one mirror.`, {
        fix: `Remove ${instances.kind} from the mirror; declare one mirror per source vault (one MirrorVault or addMirror call each).`,
      }),
    );
  }
  if (resource.createBeforeDestroy) {
    findings.push(
      makeFinding(
        "HBR001",
        resource.path,
        "the mirror vault has lifecycle create_before_destroy: every replacement would create a second mirror of its source before deleting the first, and the service refuses a second mirror.",
        { fix: "Remove create_before_destroy from the mirror's lifecycle; Terraform then deletes the old mirror before it creates the new one." },
      ),
    );
  }
  return findings;
}

/** HBR003: what orders the mirror's deletion before its source's. */
function deletionOrderFindings(vault: ModelVault, dependsOn: StackDependsOn, options: ModelCheckOptions): Finding[] {
  const source = vault.source;
  if (source === undefined) return [];
  const path = vault.facts.path;
  if (vault.resource === undefined) {
    // A mirror imported by id is not managed here; its source's deletion is checked by the guard.
    return [];
  }
  switch (source.kind) {
    case "vault":
      return linkedSourceFindings(vault, source, dependsOn, options);
    case "literal":
      return [
        makeFinding(
          "HBR003",
          path,
          `the mirror's replication_source_vault_id is the literal "${source.id}", not a reference to a vault of the app, so Terraform cannot order the mirror's deletion before its source's.`,
          {
            fix: "Reference the source's id (pass the vault as source, or vault.vaultId); for a vault outside the app, import it with BackupVault.fromVaultAttributes and pass that as source.",
          },
        ),
      ];
    case "variable":
      return [
        makeFinding(
          "HBR003",
          path,
          `the mirror's replication_source_vault_id comes from the variable var.${source.name}, so nothing orders the mirror's deletion before its source's.`,
          { fix: "Pass the source vault itself (or its vaultId) as the mirror's source; for a vault outside the app, import it with BackupVault.fromVaultAttributes." },
        ),
      ];
    case "unknown":
      return [
        makeFinding("HBR003", path, `the mirror's source cannot be told (${source.reason}), so nothing in the app orders the mirror's deletion before its source's.`, {
          severity: Severity.WARNING,
          fix: "Pass the source vault itself (or its vaultId) as the mirror's source; otherwise delete the mirror before its source, and run hbr-guard on the plan to refuse a wrong order.",
        }),
      ];
  }
}

function linkedSourceFindings(vault: ModelVault, link: Extract<VaultLink, { kind: "vault" }>, dependsOn: StackDependsOn, options: ModelCheckOptions): Finding[] {
  const path = vault.facts.path;
  const source = link.vault;
  if (source.resource === undefined) {
    return [
      makeFinding("HBR003", path, `the source vault ${describeVault(source.facts)} is not managed by this app, so Terraform cannot order the mirror's deletion before its source's.`, {
        severity: Severity.WARNING,
        fix: "Delete this mirror before the source vault is deleted; in pipelines, run hbr-guard on the plan to refuse a wrong order.",
      }),
    ];
  }
  const mirror = vault.resource!;
  if (source.resource.stack === mirror.stack) {
    if (source.resource.dependsOn.includes(mirror.key)) {
      return [
        makeFinding(
          "HBR003",
          path,
          `its source ${describeVault(source.facts)} has depends_on this mirror: a dependency cycle (Terraform refuses it), and it would make Terraform delete the source before its mirror.`,
          { fix: `Remove the mirror from the source vault's dependsOn; the mirror's reference to its source already orders them.` },
        ),
      ];
    }
    return [];
  }
  if (options.partial) return [];
  if (dependsOn(source.resource.stack, mirror.stack)) {
    return [
      makeFinding(
        "HBR003",
        path,
        `the source's stack "${source.resource.stack}" depends on the mirror's stack "${mirror.stack}" (a cycle): cdktf destroy would remove the source's stack first, and the service refuses to delete a vault that still has a mirror.`,
        { fix: `Remove the dependency of "${source.resource.stack}" on "${mirror.stack}" (an addDependency call or a reference to the mirror from the source's stack).` },
      ),
    ];
  }
  if (!dependsOn(mirror.stack, source.resource.stack)) {
    return [
      makeFinding(
        "HBR003",
        path,
        `the mirror's stack "${mirror.stack}" does not depend on its source's stack "${source.resource.stack}", so cdktf destroy may remove the source first.`,
        { fix: `Make "${mirror.stack}" depend on "${source.resource.stack}" (addDependency), or keep the mirror's reference to its source's vaultId.` },
      ),
    ];
  }
  return [];
}

/** HBR006: the mirror's `replication_source_region_id` is where its source really is. */
function sourceRegionFindings(vault: ModelVault): Finding[] {
  const source = vault.source;
  if (source?.kind !== "vault" || vault.resource === undefined || vault.sourceRegion === undefined) return [];
  const sourceRegion = source.vault.facts.region;
  if (sourceRegion === undefined || sourceRegion === vault.sourceRegion) return [];
  return [
    makeFinding(
      "HBR006",
      vault.facts.path,
      `replication_source_region_id is "${vault.sourceRegion}", but its source ${describeVault(source.vault.facts)} is in "${sourceRegion}" (its provider's region); the service looks for the source in the region named.`,
      { fix: `Set replication_source_region_id to "${sourceRegion}" (the library sets it from the source when left alone), or place the source in "${vault.sourceRegion}".` },
    ),
  ];
}

/**
 * HBR002: anything that backs up into a mirror, whatever form the vault id takes. A vault id that can
 * lead to several vaults is an error when all of them are mirrors, a warning when some are.
 */
function backupIntoMirrorFindings(model: HbrModel): Finding[] {
  const mirrorIds = new Map<string, ModelVault>();
  for (const vault of model.vaults) {
    if (vault.facts.role === "mirror" && vault.resource === undefined && vault.facts.key.startsWith("id|")) mirrorIds.set(vault.facts.key.slice(vault.facts.key.lastIndexOf("/") + 1), vault);
  }
  const findings: Finding[] = [];
  for (const target of model.backupTargets) {
    const what = target.resource.type === "alicloud_hbr_policy" ? target.label : `the ${target.resource.type}'s ${target.label}`;
    const mirrors: ModelVault[] = [];
    for (const link of target.links) {
      const mirror = link.kind === "vault" && link.vault.facts.role === "mirror" ? link.vault : link.kind === "literal" ? mirrorIds.get(link.id) : undefined;
      if (mirror !== undefined && !mirrors.includes(mirror)) mirrors.push(mirror);
    }
    if (mirrors.length === 0) continue;
    if (target.links.length === 1) {
      findings.push(makeFinding("HBR002", target.resource.path, `${what} backs up into the mirror vault ${describeVault(mirrors[0].facts)}; nothing can be backed up into a mirror vault (restoring from it is allowed).`));
      continue;
    }
    const all = mirrors.length === target.links.length;
    const candidates = target.links.map((l) => (l.kind === "vault" ? l.vault.facts.path : l.kind === "literal" ? `"${l.id}"` : l.kind === "variable" ? `var.${l.name}` : "an unknown value")).join(", ");
    findings.push(
      makeFinding(
        "HBR002",
        target.resource.path,
        `${what} is one of ${target.links.length} vaults (${candidates})${target.ambiguity !== undefined ? `: ${target.ambiguity}` : ""}; ${
          all ? "all of them are mirror vaults" : `${mirrors.map((m) => m.facts.path).join(", ")} ${mirrors.length === 1 ? "is a mirror vault" : "are mirror vaults"}`
        }, and nothing can be backed up into a mirror vault.`,
        all
          ? {}
          : { severity: Severity.WARNING, fix: "Make the vault id name one backup vault (not a choice that includes a mirror), e.g. a literal key instead of a variable one." },
      ),
    );
  }
  return findings;
}

/** `dependsOn(a, b)`: stack `a` depends on stack `b`, directly or through others. */
type StackDependsOn = (a: string, b: string) => boolean;

/** The {@link StackDependsOn} of the model's stacks; each stack's closure is computed on first use and kept. */
function stackDependencies(stacks: readonly ModelStack[]): StackDependsOn {
  const direct = new Map(stacks.map((s) => [s.name, s.dependencies]));
  const closure = new Map<string, Set<string>>();
  const reach = (name: string): Set<string> => {
    let found = closure.get(name);
    if (found) return found;
    found = new Set();
    closure.set(name, found);
    const pending = [...(direct.get(name) ?? [])];
    while (pending.length > 0) {
      const next = pending.pop()!;
      if (found.has(next)) continue;
      found.add(next);
      pending.push(...(direct.get(next) ?? []));
    }
    return found;
  };
  return (a, b) => reach(a).has(b);
}

/** Gives each finding the Terraform address of the resource at its path. */
function withAddresses(findings: Finding[], model: HbrModel): Finding[] {
  // A plan's model names every resource by its address: nothing to add, and no Map of thousands of paths to build.
  if (model.resources.every((resource) => resource.address === resource.path)) return findings;
  const addressByPath = new Map<string, string>();
  for (const resource of model.resources) if (!addressByPath.has(resource.path)) addressByPath.set(resource.path, resource.address);
  return findings.map((finding) => {
    const address = addressByPath.get(finding.path);
    // A plan's findings are named by their address already.
    return address === undefined || address === finding.path || finding.address !== undefined ? finding : { ...finding, address };
  });
}

/**
 * The findings sorted, each reported once. The sort is stable and orders by code, path and message,
 * so the copies of a finding stand in one run of equal code, path and message, first copy first: keeping
 * the first of each severity in a run gives the same findings in the same order as dropping the later
 * copies before sorting, without joining every message into a key (a plan has thousands of findings).
 */
function sortedWithoutCopies(findings: Finding[]): Finding[] {
  const sorted = sortFindings(findings);
  const kept: Finding[] = [];
  let runStart = 0;
  for (let i = 0; i < sorted.length; i++) {
    const finding = sorted[i];
    const previous = i > 0 ? sorted[i - 1] : undefined;
    if (previous === undefined || previous.code !== finding.code || previous.path !== finding.path || previous.message !== finding.message) runStart = kept.length;
    let copy = false;
    for (let k = runStart; k < kept.length && !copy; k++) copy = kept[k].severity === finding.severity;
    if (!copy) kept.push(finding);
  }
  return kept;
}
