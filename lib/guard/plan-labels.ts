import * as path from "path";

/**
 * Short, unambiguous labels for the plans of one run, used to prefix resource addresses (the same
 * address usually exists in several stacks). One plan needs no label. Otherwise the file names are
 * used when they differ (`a.json`, `b.json`); when they do not, as in the cdktf layout
 * `cdktf.out/stacks/<stack>/plan.json`, the folder names (the stack names); failing that, the paths
 * as given, numbered when the same path is given twice.
 */
export function planLabels(sources: readonly string[]): string[] {
  if (sources.length <= 1) return sources.map(() => "");
  const baseNames = sources.map((source) => path.basename(source));
  if (allDifferent(baseNames)) return baseNames;
  const folders = sources.map((source) => path.basename(path.dirname(path.resolve(source))));
  if (allDifferent(folders)) return folders;
  const seen = new Map<string, number>();
  return sources.map((source) => {
    const count = (seen.get(source) ?? 0) + 1;
    seen.set(source, count);
    return count === 1 ? source : `${source}#${count}`;
  });
}

function allDifferent(values: readonly string[]): boolean {
  return new Set(values).size === values.length && values.every((value) => value !== "" && value !== ".");
}

/** A resource's address as findings show it: `<label>:<address>`, or the bare address when there is one plan. */
export function labelledAddress(label: string, address: string): string {
  return label === "" ? address : `${label}:${address}`;
}
