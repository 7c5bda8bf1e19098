import { IConstruct } from "constructs";
import { Annotations, IAspect, TerraformStack, Aspects } from "../private/framework";
import { Severity } from "./catalog";
import { Finding, FindingCode, formatFinding, makeFinding, sortFindings } from "./finding";
import { VaultFacts, VAULT_LIMITS, checkVaults } from "./vault-rules";
import { forgetProviderSettings } from "../regional-provider";

/** App context key: `true` makes HBR004 (mirror in its source's region) an error. */
export const STRICT_CONTEXT_KEY = "cdktf-alicloud-hbr:strict";
/** App context key: the mirror vault quota per account and region, for accounts whose quota was raised. */
export const MIRROR_QUOTA_CONTEXT_KEY = "cdktf-alicloud-hbr:mirrorQuota";

/** A construct whose rules {@link HbrRules} checks at synth time. */
export interface RuleSubject {
  /** The construct the findings are reported on. */
  readonly construct: IConstruct;
  /** The facts the vault rules read, computed at synth time (after every construct is declared). */
  vaultFacts?(): VaultFacts[];
  /** Findings that only this subject can compute (e.g. stack dependencies). */
  findings?(): Finding[];
}

const registries = new WeakMap<IConstruct, HbrRules>();

/**
 * Collects the app's vaults and mirrors and checks the service's rules over all of them when the app
 * synthesizes: errors fail `app.synth()` in one error listing every violation (code, construct path,
 * fix); warnings become cdktf warning annotations. One instance per app, found with `HbrRules.of`.
 */
export class HbrRules {
  /** The rules of the app that `scope` belongs to. */
  public static of(scope: IConstruct): HbrRules {
    const root = scope.node.root;
    let rules = registries.get(root);
    if (!rules) {
      rules = new HbrRules(root);
      registries.set(root, rules);
    }
    return rules;
  }

  private readonly subjects: RuleSubject[] = [];
  private readonly recorded: Finding[] = [];
  private readonly stacksWithAspect = new WeakSet<TerraformStack>();
  private readonly annotated = new Set<string>();
  private readonly aspect: IAspect;
  private readonly findingSources: Array<() => readonly Finding<FindingCode>[]> = [];
  private synthCache?: { readonly size: number; readonly findings: Finding<FindingCode>[] };

  private evaluations = 0;

  /**
   * How many times the rules have been evaluated. Rules that build an index over the whole app keep
   * it for one evaluation and rebuild it when this changes, so each evaluation stays linear.
   */
  public get evaluationCount(): number {
    return this.evaluations;
  }

  private constructor(private readonly root: IConstruct) {
    // App-level validations run once after every stack is synthesized, so every violation in every
    // stack lands in a single error.
    root.node.addValidation({ validate: () => this.findingsOfThisSynth(true).filter((f) => f.severity === Severity.ERROR).map(formatFinding) });
    // Warnings must be annotations before each stack collects them, i.e. while aspects run.
    this.aspect = { visit: (node) => TerraformStack.isStack(node) && this.annotateWarnings() };
  }

  /** Adds a construct whose rules are checked at synth time. */
  public register(subject: RuleSubject): void {
    this.subjects.push(subject);
    const stack = TerraformStack.of(subject.construct);
    if (!this.stacksWithAspect.has(stack)) {
      this.stacksWithAspect.add(stack);
      Aspects.of(stack).add(this.aspect);
    }
  }

  /** How many constructs are registered (constant time, unlike {@link registeredConstructs}). */
  public get registeredCount(): number {
    return this.subjects.length;
  }

  /** The constructs registered so far, in declaration order (for rules that look across them). */
  public registeredConstructs(): IConstruct[] {
    return this.subjects.map((s) => s.construct);
  }

  /** Records a finding detected while the app was being declared (reported at synth with the rest). */
  public record(finding: Finding): void {
    this.recorded.push(finding);
  }

  /**
   * Adds checks evaluated with the service rules on every synth (organization policy packs): their
   * errors fail `app.synth()` in the same single error, and their warnings become annotations.
   */
  public addFindingSource(source: () => readonly Finding<FindingCode>[]): void {
    this.findingSources.push(source);
  }

  /** {@link HbrRules.findings} plus the findings of the added sources (organization policies), sorted by code and path. */
  public allFindings(): Finding<FindingCode>[] {
    const fromSources = this.findingSources.flatMap((source) => source());
    return sortFindings([...this.findings(), ...fromSources]);
  }

  /** Every finding of the service rules in the app, errors and warnings, sorted by code and path. Linear in the number of constructs. */
  public findings(): Finding[] {
    forgetProviderSettings();
    this.evaluations++;
    const facts: VaultFacts[] = [];
    const findings: Finding[] = [...this.recorded];
    for (const subject of this.subjects) {
      if (subject.vaultFacts) facts.push(...subject.vaultFacts());
      if (subject.findings) findings.push(...subject.findings());
    }
    const options = this.options(findings);
    findings.push(...checkVaults(facts, options));
    return sortFindings(dedupe(findings));
  }

  private options(findings: Finding[]): { strict: boolean; mirrorQuota: number } {
    const strict = this.root.node.tryGetContext(STRICT_CONTEXT_KEY);
    const rawQuota = this.root.node.tryGetContext(MIRROR_QUOTA_CONTEXT_KEY);
    let mirrorQuota: number = VAULT_LIMITS.defaultMirrorQuota;
    if (rawQuota !== undefined) {
      const parsed = typeof rawQuota === "number" ? rawQuota : typeof rawQuota === "string" && rawQuota.trim() !== "" ? Number(rawQuota) : NaN;
      if (Number.isInteger(parsed) && parsed > 0) mirrorQuota = parsed;
      else {
        findings.push(
          makeFinding("HBR009", `context ${MIRROR_QUOTA_CONTEXT_KEY}`, `the mirror quota must be a positive whole number, got ${JSON.stringify(rawQuota)}.`, {
            fix: `Set ${MIRROR_QUOTA_CONTEXT_KEY} to the account's mirror vault quota per region (a number such as 10), or remove it for the default of ${VAULT_LIMITS.defaultMirrorQuota}.`,
          }),
        );
      }
    }
    return { strict: strict === true || strict === "true", mirrorQuota };
  }

  /**
   * The findings, computed once per synth: every stack's aspect asks (the first one runs after every
   * stack was prepared, so cross-stack dependencies are final), then the app validation, which ends
   * the synth and drops the cache so the next synth starts fresh.
   */
  private findingsOfThisSynth(endOfSynth = false): Finding<FindingCode>[] {
    const size = this.subjects.length + this.recorded.length + this.findingSources.length;
    const findings = this.synthCache?.size === size ? this.synthCache.findings : this.allFindings();
    this.synthCache = endOfSynth ? undefined : { size, findings };
    return findings;
  }

  private annotateWarnings(): void {
    const warnings = this.findingsOfThisSynth().filter((f) => f.severity === Severity.WARNING);
    if (warnings.length === 0) return;
    const byPath = new Map<string, IConstruct>();
    for (const subject of this.subjects) byPath.set(subject.construct.node.path, subject.construct);
    for (const finding of warnings) {
      const line = formatFinding(finding);
      if (this.annotated.has(line)) continue;
      this.annotated.add(line);
      const target = byPath.get(finding.path);
      if (target) Annotations.of(target).addWarning(line);
    }
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.severity}\u0000${formatFinding(f)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
