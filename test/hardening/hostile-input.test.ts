import * as fs from "fs";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { BackupPolicy, BackupVault, HbrConfigurationError, HbrRules, Severity } from "../../lib";
import { expectSchemaValid, findingLines, scratchApp, synthApp } from "../support";
import { PROPERTY_RUNS } from "./arbitraries";
import { CaseContext, HOSTILE_CASES, HostileCase, describeOutcome, outcomeSummary, reliabilityTableRows } from "./hostile-cases";

/** Messages stay readable even for 10,000-character inputs. */
const MAX_MESSAGE_LENGTH = 2_000;

/** Scratch folders of this file's apps, removed when it is done. */
const scratchFolders: string[] = [];
afterAll(() => {
  for (const dir of scratchFolders) fs.rmSync(dir, { recursive: true, force: true });
});

function contextFor(hostile: HostileCase): CaseContext {
  const app = scratchApp(hostile.context);
  scratchFolders.push(path.dirname(app.outdir));
  const stack = new TerraformStack(app, "s");
  let vault: BackupVault | undefined;
  const ctx: CaseContext = {
    app,
    stack,
    vault: () => (vault ??= new BackupVault(stack, "Vault", { region: "cn-hangzhou", vaultName: "v" })),
    policy: () => ({ vault: ctx.vault(), policy: new BackupPolicy(stack, "Policy", { region: "cn-hangzhou" }) }),
    otherApp: () => new TerraformStack(new App({ outdir: path.join(path.dirname(app.outdir), "other.out") }), "other"),
  };
  return ctx;
}

/** Runs `fn` and returns what it threw (`undefined` when it threw nothing). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
}

/** Fails with the error itself when `err` is a crash rather than a deliberate error. */
function expectNoCrash(err: unknown): void {
  if (err instanceof TypeError || err instanceof RangeError || err instanceof ReferenceError || (err !== undefined && !(err instanceof Error))) {
    throw new Error(`crashed instead of a clear error: ${String(err)}${err instanceof Error ? `\n${err.stack}` : ""}`);
  }
}

function errorCodes(app: App): string[] {
  return [...new Set(HbrRules.of(app).findings().filter((f) => f.severity === Severity.ERROR).map((f) => f.code))].sort();
}

describe("hostile input, from TypeScript and from plain JavaScript callers", () => {
  test.each(HOSTILE_CASES.map((c, i) => [`${i + 1}. ${c.tried} (${c.where}, ${c.caller}) -> ${describeOutcome(c.expected)}`, c] as const))("%s", (_name, hostile) => {
    const ctx = contextFor(hostile);
    const expected = hostile.expected;
    const declared = thrownBy(() => hostile.declare(ctx));
    expectNoCrash(declared);

    switch (expected.kind) {
      case "config": {
        expect(declared).toBeInstanceOf(HbrConfigurationError);
        const err = declared as HbrConfigurationError;
        expect(err.constructPath).toBe(expected.path);
        expect(err.message.startsWith(`${expected.path}: `)).toBe(true);
        for (const mention of expected.mentions) expect(err.message).toContain(mention);
        expect(err.message).toContain(" Fix: ");
        expect(err.message.length).toBeLessThan(MAX_MESSAGE_LENGTH);
        return;
      }
      case "cdktf-error": {
        expect(declared).toBeInstanceOf(Error);
        expect((declared as Error).message).toMatch(expected.message);
        return;
      }
      case "codes": {
        if (declared !== undefined) throw declared;
        const findings = HbrRules.of(ctx.app).findings();
        expect(errorCodes(ctx.app)).toEqual([...expected.codes].sort());
        for (const code of expected.codes) expect(findings.filter((f) => f.code === code).map((f) => f.path)).toContain(expected.path);
        const failure = thrownBy(() => ctx.app.synth());
        expectNoCrash(failure);
        expect(failure).toBeInstanceOf(Error);
        expect(failure).not.toBeInstanceOf(HbrConfigurationError);
        const message = (failure as Error).message;
        const lines = findingLines(message);
        expect([...new Set(lines.map((l) => l.slice(1, 7)))].sort()).toEqual([...expected.codes].sort());
        for (const code of expected.codes) expect(lines.some((l) => l.startsWith(`[${code}] ${expected.path}: `))).toBe(true);
        for (const mention of expected.mentions ?? []) expect(message).toContain(mention);
        expect(message.length).toBeLessThan(MAX_MESSAGE_LENGTH);
        return;
      }
      case "synthesizes": {
        if (declared !== undefined) throw declared;
        expect(errorCodes(ctx.app)).toEqual([]);
        const stacks = synthApp(ctx.app);
        for (const doc of Object.values(stacks)) expectSchemaValid(doc);
        expected.check?.(stacks);
        return;
      }
    }
  });
});

describe("docs/reliability.md", () => {
  let doc = "";
  beforeAll(() => {
    doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "reliability.md"), "utf8");
  });

  test("states the number of hostile cases the test runs", () => {
    const stated = /Cases tried: \*\*(\d+)\*\*/.exec(doc);
    expect(stated).not.toBeNull();
    expect(Number(stated![1])).toBe(HOSTILE_CASES.length);
  });

  test("lists every hostile case, in order, with the outcome the test expects", () => {
    const rows = doc.split("\n").filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toEqual(reliabilityTableRows());
  });

  test("counts the cases by outcome", () => {
    expect(doc.split("\n")).toContain(outcomeSummary());
  });

  test("gives the property tests' seeds and run counts", () => {
    for (const [name, { seed, numRuns }] of Object.entries(PROPERTY_RUNS)) {
      expect({ name, row: doc.includes(`| ${name} | ${seed} | ${numRuns} |`) }).toEqual({ name, row: true });
    }
  });
});
