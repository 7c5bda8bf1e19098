import { IConstruct } from "constructs";
import { App } from "../private/framework";
import { HbrConfigurationError } from "../private/configuration-error";
import { Policies } from "../packs/app-packs";
import { writeSynthReport } from "../report/report-files";
import { SynthReport, buildSynthReport } from "../report/synth-report";
import { writeTopology } from "../topology/write-topology";

/** What {@link writeSynthOutputs} wrote. */
export interface SynthOutputs {
  /** The report, for printing with `formatSummaryTable`. */
  readonly report: SynthReport;
  /** The files written: the topology pictures and the report files. */
  readonly files: readonly string[];
}

/**
 * The synth report of an app, with its organization policies' packs and suppressions when it has any.
 */
export function synthReportOf(scope: IConstruct): SynthReport {
  return buildSynthReport(scope, Policies.tryOf(scope)?.reportInput());
}

/**
 * Writes the topology pictures (`topology.md`, `.svg`, `.html`) and the report files
 * (`hbr-report.json`, `.md`) of an app into `outdir`, next to the synthesized stacks.
 * @param outdir where to write; the app's outdir when not given
 */
export function writeSynthOutputs(scope: IConstruct, outdir?: string): SynthOutputs {
  const root = scope.node.root;
  const dir = outdir ?? (App.isApp(root) ? root.outdir : undefined);
  if (dir === undefined) {
    throw new HbrConfigurationError(root.node.path || "writeSynthOutputs", "the construct tree's root is not a cdktf App, so there is no outdir.", "Pass the directory to write to.");
  }
  const report = synthReportOf(root);
  const files = [...writeTopology(root, dir), ...writeSynthReport(report, dir)];
  return { report, files };
}
