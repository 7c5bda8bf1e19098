import * as fs from "fs";
import * as path from "path";
import { IConstruct } from "constructs";
import { Annotations, IStackSynthesizer, ISynthesisSession, TerraformStack } from "./private/framework";
import { checkModel } from "./private/model/check-model";
import { SynthesizedStack, readSynthesizedStacks } from "./private/model/read-terraform";
import { Severity } from "./rules/catalog";
import { Finding, FindingCode, formatFinding, makeFinding, sortFindings } from "./rules/finding";
import { VAULT_LIMITS } from "./rules/vault-rules";
import { providerVersionFromContext } from "./schema/kept-schema";

/** App context key: `true` makes HBR004 (mirror in its source's region) an error. */
export const STRICT_CONTEXT_KEY = "cdktf-alicloud-hbr:strict";
/** App context key: the mirror vault quota per account and region, for accounts whose quota was raised. */
export const MIRROR_QUOTA_CONTEXT_KEY = "cdktf-alicloud-hbr:mirrorQuota";
/**
 * Environment variable: `off` stops the warnings being printed to stderr at synth (they are still in
 * {@link HbrRules.findings} and the synth report). Meant for test runners; the default prints them.
 */
export const WARNINGS_ENV = "CDKTF_ALICLOUD_HBR_WARNINGS";

/** A construct of this library, for the rules that look across constructs (policy packs, the picture). */
export interface RuleSubject {
  /** The construct. */
  readonly construct: IConstruct;
}

/** The error `app.synth()` fails with when the synthesized Terraform breaks a rule: every error finding in one message. */
export class HbrRulesError extends Error {
  /** The error findings, sorted by code and path. */
  public readonly findings: readonly Finding<FindingCode>[];

  constructor(findings: readonly Finding<FindingCode>[]) {
    super(
      [
        `cdktf-alicloud-hbr: the synthesized Terraform breaks ${findings.length} rule${findings.length === 1 ? "" : "s"} of the HBR service or of the app's policies:`,
        ...findings.map((f) => `  ${formatFinding(f)}`),
        "Fix each finding above. Do not set skipValidation: it would skip these checks too, and the service would refuse what Terraform applies.",
      ].join("\n"),
    );
    this.name = "HbrRulesError";
    this.findings = findings;
  }
}

/**
 * What one app's rules keep: shared by every copy of the library loaded in the process (through a
 * global symbol), so two copies check the app once and completely.
 */
interface AppRulesState {
  /** Set by the first copy that saw the app: the app-level check it added. */
  checkAdded: boolean;
  readonly subjects: RuleSubject[];
  readonly recorded: Finding[];
  readonly findingSources: Array<() => readonly Finding<FindingCode>[]>;
  readonly synthListeners: Array<(findings: readonly Finding<FindingCode>[]) => void>;
  readonly watchedStacks: WeakSet<IConstruct>;
  /** Stacks that `App.synth()` is synthesizing: their own check leaves the work to the app's. */
  readonly synthesizingStacks: WeakSet<IConstruct>;
  evaluations: number;
}

const STATE_SYMBOL = Symbol.for("cdktf-alicloud-hbr.rules-state.v1");

function appStates(): WeakMap<IConstruct, AppRulesState> {
  const holder = globalThis as unknown as Record<symbol, WeakMap<IConstruct, AppRulesState> | undefined>;
  return (holder[STATE_SYMBOL] ??= new WeakMap());
}

const instances = new WeakMap<IConstruct, HbrRules>();

/**
 * Checks the service's rules over the Terraform the app writes. When the app synthesizes, after every
 * stack is written and every aspect has run, it reads each stack's written `cdk.tf.json` (the stacks'
 * Terraform when HCL output is on) into one model and runs every check over it: errors fail
 * `app.synth()` in one {@link HbrRulesError}, warnings are printed to stderr once. `Testing.synth(stack, true)`
 * runs the checks one stack allows. One instance per app, found with `HbrRules.of`.
 */
export class HbrRules {
  /** The rules of the app that `scope` belongs to. */
  public static of(scope: IConstruct): HbrRules {
    const root = scope.node.root;
    let rules = instances.get(root);
    if (!rules) {
      rules = new HbrRules(root);
      instances.set(root, rules);
    }
    return rules;
  }

  private readonly state: AppRulesState;
  private readonly annotated = new Set<string>();

  private constructor(private readonly root: IConstruct) {
    const states = appStates();
    let state = states.get(root);
    if (!state) {
      state = {
        checkAdded: false,
        subjects: [],
        recorded: [],
        findingSources: [],
        synthListeners: [],
        watchedStacks: new WeakSet(),
        synthesizingStacks: new WeakSet(),
        evaluations: 0,
      };
      states.set(root, state);
    }
    this.state = state;
    if (!state.checkAdded) {
      state.checkAdded = true;
      // App-level validations run after every stack is written: the check reads what was written.
      root.node.addValidation({ validate: () => this.checkApp() });
    }
  }

  /**
   * Adds a construct of this library: its stack gets the one-stack check (for `Testing.synth(stack, true)`),
   * and policy packs and the picture find it. Registering computes nothing.
   */
  public register(subject: RuleSubject): void {
    this.state.subjects.push(subject);
    const stack = TerraformStack.of(subject.construct);
    if (!this.state.watchedStacks.has(stack)) {
      this.state.watchedStacks.add(stack);
      stack.synthesizer = new AppSynthesisMarker(stack.synthesizer, stack, this.state.synthesizingStacks);
      stack.node.addValidation({ validate: () => this.checkStack(stack) });
    }
  }

  /** How many constructs are registered (constant time, unlike {@link registeredConstructs}). */
  public get registeredCount(): number {
    return this.state.subjects.length;
  }

  /** The constructs registered so far, in declaration order (for rules that look across them). */
  public registeredConstructs(): IConstruct[] {
    return this.state.subjects.map((s) => s.construct);
  }

  /** How many times the rules have been evaluated (each evaluation reads the app's Terraform once). */
  public get evaluationCount(): number {
    return this.state.evaluations;
  }

  /**
   * Records a finding about a construct's arguments that leaves no trace in the Terraform (a region
   * that disagrees with the provider given): reported at synth with the rest.
   */
  public record(finding: Finding): void {
    this.state.recorded.push(finding);
  }

  /**
   * Adds checks evaluated with the service rules on every synth (organization policy packs): their
   * errors fail `app.synth()` in the same single error, and their warnings become annotations.
   */
  public addFindingSource(source: () => readonly Finding<FindingCode>[]): void {
    this.state.findingSources.push(source);
  }

  /** Calls `listener` with every finding of each synth, before the synth fails on the errors (the synth report). */
  public onSynthFindings(listener: (findings: readonly Finding<FindingCode>[]) => void): void {
    this.state.synthListeners.push(listener);
  }

  /** {@link HbrRules.findings} plus the findings of the added sources (organization policies), sorted by code and path. */
  public allFindings(): Finding<FindingCode>[] {
    return sortFindings([...this.findings(), ...this.sourceFindings()]);
  }

  /**
   * Every finding of the service rules over the app's Terraform as it stands now, errors and warnings,
   * sorted by code and path. It prepares each stack as `app.synth()` does (cross-stack references
   * become remote state; a stack without a backend gets cdktf's default local one) and reads its
   * `toTerraform()`; aspects run only when the app synthesizes, and `app.synth()` checks what it writes.
   */
  public findings(): Finding[] {
    const stacks = this.stacks();
    for (const stack of stacks) stack.prepareStack();
    return this.evaluate(stacks.map((stack) => synthesizedStack(stack, stack.toTerraform())), false);
  }

  private stacks(): TerraformStack[] {
    return this.root.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
  }

  private evaluate(stacks: readonly SynthesizedStack[], partial: boolean, inStack?: string): Finding[] {
    this.state.evaluations++;
    const findings: Finding[] = this.state.recorded.filter((f) => inStack === undefined || f.path === inStack || f.path.startsWith(`${inStack}/`));
    const options = this.options(findings);
    const model = readSynthesizedStacks(stacks, { partial });
    return sortFindings([...findings, ...checkModel(model, { ...options, partial })]);
  }

  private sourceFindings(): Finding<FindingCode>[] {
    return this.state.findingSources.flatMap((source) => source());
  }

  /** The app-level check: the model of every written stack. */
  private checkApp(): string[] {
    const stacks = this.stacks().map((stack) => synthesizedStack(stack, this.writtenTerraform(stack)));
    const findings = sortFindings([...this.evaluate(stacks, false), ...this.sourceFindings()]);
    for (const listener of this.state.synthListeners) listener(findings);
    this.report(findings);
    return [];
  }

  /**
   * The one-stack check, for `Testing.synth(stack, true)`; inside `App.synth()` the app-level check does
   * the work. Either way it makes the organization policy warnings annotations: a stack's validations
   * run after its aspects (so packs added with `Aspects.of` have joined) and before cdktf collects the
   * annotations into the manifest. An aspect would do it too, but makes cdktf visit every construct.
   */
  private checkStack(stack: TerraformStack): string[] {
    this.annotateSourceWarnings();
    if (this.state.synthesizingStacks.has(stack)) return [];
    this.report(this.evaluate([synthesizedStack(stack, stack.toTerraform())], true, stack.node.path));
    return [];
  }

  /** Prints the warnings to stderr and throws the errors in one {@link HbrRulesError}. */
  private report(findings: readonly Finding<FindingCode>[]): void {
    const warnings = findings.filter((f) => f.severity === Severity.WARNING);
    if (warnings.length > 0 && process.env[WARNINGS_ENV] !== "off") {
      process.stderr.write(`${warnings.map((w) => `cdktf-alicloud-hbr warning: ${formatFinding(w)}`).join("\n")}\n`);
    }
    const errors = findings.filter((f) => f.severity === Severity.ERROR);
    if (errors.length > 0) throw new HbrRulesError(errors);
  }

  /** The Terraform the synth wrote for `stack`: its `cdk.tf.json`, or its `toTerraform()` when the app writes HCL. */
  private writtenTerraform(stack: TerraformStack): Record<string, unknown> {
    const app = this.root as Partial<{ outdir: string; hclOutput: boolean; manifest: { forStack(stack: TerraformStack): { synthesizedStackPath: string } } }>;
    if (app.hclOutput !== true && typeof app.outdir === "string" && app.manifest !== undefined) {
      const file = path.join(app.outdir, app.manifest.forStack(stack).synthesizedStackPath);
      if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8"));
    }
    return stack.toTerraform();
  }

  private options(findings: Finding[]): { strict: boolean; mirrorQuota: number; providerVersion?: string } {
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
    return { strict: strict === true || strict === "true", mirrorQuota, providerVersion: providerVersionFromContext(this.root) };
  }

  private annotateSourceWarnings(): void {
    if (this.state.findingSources.length === 0) return;
    const warnings = this.sourceFindings().filter((f) => f.severity === Severity.WARNING);
    if (warnings.length === 0) return;
    const byPath = new Map<string, IConstruct>();
    for (const subject of this.state.subjects) byPath.set(subject.construct.node.path, subject.construct);
    for (const finding of warnings) {
      const line = formatFinding(finding);
      if (this.annotated.has(line)) continue;
      this.annotated.add(line);
      const target = byPath.get(finding.path);
      if (target) Annotations.of(target).addWarning(line);
    }
  }
}

function synthesizedStack(stack: TerraformStack, document: Record<string, unknown>): SynthesizedStack {
  return { name: stack.node.path, dependencies: stack.dependencies.map((d) => d.node.path), document };
}

/**
 * Tells `App.synth()` from `Testing.synth(stack, true)` through the stack's public `synthesizer`:
 * only `App.synth()` synthesizes a stack through it, and it validates the stack from inside that call.
 * `Testing.synth` validates without it (and CDK Terrain's also resolves the stack first, so a marker
 * of the preparing phase would not tell them apart).
 */
class AppSynthesisMarker implements IStackSynthesizer {
  constructor(
    private readonly inner: IStackSynthesizer,
    private readonly stack: TerraformStack,
    private readonly synthesizing: WeakSet<IConstruct>,
  ) {}

  public synthesize(session: ISynthesisSession): void {
    this.synthesizing.add(this.stack);
    try {
      this.inner.synthesize(session);
    } finally {
      this.synthesizing.delete(this.stack);
    }
  }
}
