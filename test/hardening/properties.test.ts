import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { App } from "cdktf";
import { HbrConfigurationError, HbrRules, Severity, checkTerraformJson, formatSchemaProblems } from "../../lib";
import { knownRegionIds } from "../../lib/private/region";
import { captureStderr, findingLines, scratchApp as newScratchApp } from "../support";
import {
  BuiltTopology,
  MUTATION_DOCS,
  MUTATION_KINDS,
  PROPERTY_RUNS,
  REGIONS,
  TopologySpec,
  buildTopology,
  mutate,
  mutationChoice,
  mutationTableRows,
  validTopology,
} from "./arbitraries";

/** Scratch folders of this file's apps, removed when it is done (hundreds of apps are synthesized). */
const scratchFolders: string[] = [];
afterAll(() => {
  for (const dir of scratchFolders) fs.rmSync(dir, { recursive: true, force: true });
});

function scratchApp(context?: Record<string, unknown>): App {
  const app = newScratchApp(context);
  scratchFolders.push(path.dirname(app.outdir));
  return app;
}

/** Every file under `dir`, by path relative to it, as bytes. */
function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

function stackDocs(app: App): Map<string, Record<string, any>> {
  const stacksDir = path.join(app.outdir, "stacks");
  return new Map(fs.readdirSync(stacksDir).sort().map((name) => [name, JSON.parse(fs.readFileSync(path.join(stacksDir, name, "cdk.tf.json"), "utf8"))]));
}

function resourcesOf(docs: Map<string, Record<string, any>>, type: string): { stack: string; resource: Record<string, any> }[] {
  return [...docs].flatMap(([stack, doc]) => Object.values(doc.resource?.[type] ?? {}).map((resource) => ({ stack, resource: resource as Record<string, any> })));
}

/** The region a resource's provider reference (`alicloud.<alias>`) is configured for in its stack. */
function providerRegion(doc: Record<string, any>, reference: string): string | undefined {
  const alias = reference.replace(/^alicloud\.?/, "");
  return (doc.provider?.alicloud ?? []).find((p: Record<string, any>) => (p.alias ?? "") === alias)?.region;
}

function expectOutputMatches(app: App, built: BuiltTopology): void {
  const docs = stackDocs(app);
  expect([...docs.keys()]).toEqual(built.stacks.map((s) => s.node.id).sort());
  for (const [stack, doc] of docs) {
    const errors = checkTerraformJson(doc).filter((p) => p.severity === "error");
    if (errors.length > 0) throw new Error(`${stack} fails the offline schema check:\n${formatSchemaProblems(errors)}`);
  }
  expect(resourcesOf(docs, "alicloud_hbr_vault")).toHaveLength(built.vaults);
  expect(resourcesOf(docs, "alicloud_hbr_policy")).toHaveLength(built.policies);
  expect(resourcesOf(docs, "alicloud_hbr_policy_binding")).toHaveLength(built.bindings);
  expect(resourcesOf(docs, "alicloud_hbr_restore_job")).toHaveLength(built.drills);
  const mirrors = resourcesOf(docs, "alicloud_hbr_replication_vault").map(({ stack, resource }) => ({
    stack,
    name: resource.vault_name,
    region: providerRegion(docs.get(stack)!, resource.provider),
    sourceRegion: resource.replication_source_region_id,
  }));
  const byKey = (m: { stack: string; name: string; region?: string; sourceRegion: string }) => `${m.stack}|${m.name}|${m.region}|${m.sourceRegion}`;
  expect(mirrors.map(byKey).sort()).toEqual(built.mirrors.map((m) => byKey(m)).sort());
  // A mirror in another stack than its source makes its stack depend on the source's (HBR003).
  const manifest = JSON.parse(fs.readFileSync(path.join(app.outdir, "manifest.json"), "utf8"));
  for (const m of built.mirrors.filter((m) => m.stack !== m.sourceStack)) expect(manifest.stacks[m.stack].dependencies).toContain(m.sourceStack);
}

describe("random valid topologies", () => {
  test("use only region ids the provider knows", () => {
    for (const region of REGIONS) expect(knownRegionIds().has(region)).toBe(true);
  });

  test("have no findings, synthesize, pass the offline schema check and emit what was declared", () => {
    fc.assert(
      fc.property(validTopology(), (topology) => {
        const app = scratchApp(topology.context);
        const built = buildTopology(app, topology);
        expect(HbrRules.of(app).findings()).toEqual([]);
        app.synth();
        expectOutputMatches(app, built);
      }),
      PROPERTY_RUNS.valid,
    );
  });

  test("synthesize byte-identical files, manifest.json included, into two different folders", () => {
    fc.assert(
      fc.property(validTopology(), (topology: TopologySpec) => {
        const [first, second] = [scratchApp(topology.context), scratchApp(topology.context)];
        expect(first.outdir).not.toBe(second.outdir);
        for (const app of [first, second]) {
          buildTopology(app, topology);
          app.synth();
        }
        const [a, b] = [readTree(first.outdir), readTree(second.outdir)];
        expect([...a.keys()]).toContain("manifest.json");
        expect([...b.keys()]).toEqual([...a.keys()]);
        for (const [file, bytes] of a) {
          if (!bytes.equals(b.get(file)!)) throw new Error(`${file} differs between two synths of the same topology`);
          if (bytes.includes(first.outdir)) throw new Error(`${file} contains the output folder's absolute path`);
        }
      }),
      PROPERTY_RUNS.deterministic,
    );
  });
});

/** The distinct codes of findings of one severity, sorted. */
function codesOf(app: App, severity: Severity): string[] {
  return [...new Set(HbrRules.of(app).findings().filter((f) => f.severity === severity).map((f) => f.code))].sort();
}

/** The codes in the warning annotations of every stack in the app's manifest.json, sorted. */
/** The codes of the warnings a synth printed to stderr. */
function printedWarningCodes(stderr: string): string[] {
  const codes = stderr
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => /^cdktf-alicloud-hbr warning: \[(HBR\d{3})\]/.exec(line)?.[1] ?? line);
  return [...new Set(codes)].sort();
}

describe("a valid topology with one rule broken", () => {
  test("yields exactly that rule's error and warning codes, from findings() and from app.synth(), and declaring it throws nothing", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(validTopology(), mutationChoice, (topology, choice) => {
        const mutant = mutate(topology, choice);
        fc.pre(mutant !== undefined);
        seen.add(choice.kind);
        const { label } = mutant!;
        // The doc's row for the mutation names every code it expects.
        const row = MUTATION_DOCS[choice.kind];
        for (const code of mutant!.expected) expect({ label, named: row.errors.includes(code) }).toEqual({ label, named: true });
        for (const code of mutant!.expectedWarnings) expect({ label, named: row.warnings.includes(code) }).toEqual({ label, named: true });

        const app = scratchApp(mutant!.topology.context);
        buildTopology(app, mutant!.topology);
        const expected = [...mutant!.expected].sort();
        const expectedWarnings = [...mutant!.expectedWarnings].sort();
        expect({ label, errors: codesOf(app, Severity.ERROR), warnings: codesOf(app, Severity.WARNING) }).toEqual({ label, errors: expected, warnings: expectedWarnings });
        let thrown: unknown;
        const stderr = captureStderr(() => {
          try {
            app.synth();
          } catch (err) {
            thrown = err;
          }
        });
        if (expected.length === 0) {
          // Warnings only: synth succeeds and prints them to stderr.
          expect({ label, thrown }).toEqual({ label, thrown: undefined });
          expect({ label, warnings: printedWarningCodes(stderr) }).toEqual({ label, warnings: expectedWarnings });
          return;
        }
        expect(thrown).toBeInstanceOf(Error);
        expect(thrown).not.toBeInstanceOf(TypeError);
        expect(thrown).not.toBeInstanceOf(HbrConfigurationError);
        const codes = [...new Set(findingLines((thrown as Error).message).map((line) => line.slice(1, 7)))].sort();
        expect({ label, codes }).toEqual({ label, codes: expected });
      }),
      PROPERTY_RUNS.mutations,
    );
    // Every kind of mutation was tried at least once with these seeds and run counts.
    expect([...seen].sort()).toEqual([...MUTATION_KINDS].sort());
  });
});

describe("docs/reliability.md", () => {
  test("lists every mutation, in order, with the error and warning codes the property expects", () => {
    const doc = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "reliability.md"), "utf8").split("\n");
    const header = doc.indexOf("| mutation | expected error codes | expected warning codes |");
    expect(header).toBeGreaterThan(-1);
    const rows: string[] = [];
    for (let i = header + 2; i < doc.length && doc[i].startsWith("|"); i++) rows.push(doc[i]);
    expect(rows).toEqual(mutationTableRows());
  });
});
