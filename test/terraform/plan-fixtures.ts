// Real plans (terraform show -json against the emulator) kept as fixtures, with the guard's
// expected verdicts; shared by the e2e test that makes them and the test that replays them.
import * as fs from "fs";
import * as path from "path";
import { compareCodeUnits } from "../../lib/private/compare";
import { runGuard } from "../../lib/guard/cli";

/** The folder of the kept plans: `<case>/<stack>.json`, and `cases.json` naming what the guard should say. */
export const PLAN_FIXTURES = path.join(__dirname, "fixtures", "plans");

/** One guard run over a case's plans. */
export interface GuardRun {
  /** Options before the plan files (e.g. `--allow-delete <address>`). */
  readonly args: readonly string[];
  /** The exit code the guard must give. */
  readonly exitCode: number;
  /** Rule codes the report must name. */
  readonly codes: readonly string[];
}

/** One change of the examples, planned for real. */
export interface PlanCase {
  /** The folder name under fixtures/plans/. */
  readonly name: string;
  /** What was changed, in a sentence. */
  readonly description: string;
  /** The stacks planned, in the order the guard is given them. */
  readonly stacks: readonly string[];
  /** What the guard must say about them. */
  readonly runs: readonly GuardRun[];
}

/** The kept cases (empty when none were written yet). */
export function loadPlanCases(): PlanCase[] {
  const file = path.join(PLAN_FIXTURES, "cases.json");
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as PlanCase[]) : [];
}

/**
 * A plan made fit to keep: the run's scratch folder becomes `<root>`, the timestamp goes, and
 * `relevant_attributes` (which terraform lists in no fixed order) is sorted, so a re-run on another
 * machine writes the same bytes (the emulator's ids are deterministic).
 */
export function normalizePlan(planJson: string, root: string): string {
  const plan = JSON.parse(planJson.split(root).join("<root>")) as Record<string, unknown>;
  delete plan.timestamp;
  if (Array.isArray(plan.relevant_attributes)) {
    plan.relevant_attributes = plan.relevant_attributes
      .map((entry: unknown) => ({ entry, key: JSON.stringify(entry) }))
      .sort((a, b) => compareCodeUnits(a.key, b.key))
      .map(({ entry }) => entry as unknown);
  }
  return `${JSON.stringify(plan, null, 1)}\n`;
}

/** Runs the guard in-process over `files` with `args` first; returns its exit code and report. */
export function guard(files: readonly string[], args: readonly string[] = []): { code: number; stdout: string; stderr: string } {
  let stdout = "";
  let stderr = "";
  const code = runGuard([...args, ...files], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readFile: (file) => fs.readFileSync(file, "utf8"),
    readStdin: () => {
      throw new Error("no standard input in tests");
    },
  });
  return { code, stdout, stderr };
}

/** The resource changes of a plan as `<address> <actions>` lines: what a kept plan and a fresh one must agree on. */
export function changeSummary(planJson: string): string[] {
  const plan = JSON.parse(planJson) as { resource_changes?: { address: string; change: { actions: string[] } }[] };
  return (plan.resource_changes ?? []).map((c) => `${c.address} ${c.change.actions.join(",")}`);
}
