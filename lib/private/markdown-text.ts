/** Text made safe for one cell of a Markdown table: no line breaks, pipes escaped, no HTML. */
export function markdownCell(text: string): string {
  return text.replace(/\r?\n|\r/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A fenced code block around `text`, with a fence longer than any run of backticks inside it. */
export function markdownCodeBlock(text: string, language = "text"): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** A Markdown table; `right` marks the columns to align right (counts). */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly boolean[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(" | ")} |`;
  const rule = `|${headers.map((_, i) => (right[i] ? "---:" : "---")).join("|")}|`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}
