import * as fs from "fs";
import { isatty } from "tty";
import { GuardOptions, checkPlans } from "./plan-checks";
import { PlanDocument, parsePlanText } from "./plan-document";
import { decodePlanBytes, printable } from "./plan-text";
import { REPORT_FORMATS, ReportFormat, formatReport, guardFails } from "./report";

/** Exit codes of `hbr-guard`. */
export const GUARD_EXIT_CODES = Object.freeze({
  /** No findings that stop the apply. */
  CLEAN: 0,
  /** Findings that stop the apply. */
  FINDINGS: 1,
  /** An input is not a plan, or the command line is wrong: nothing was checked. */
  NOT_A_PLAN: 2,
});

/** The file argument that stands for standard input. */
const STDIN = "-";

/** What `runGuard` reads and writes, so tests can run it in-process. */
export interface GuardIo {
  /** Writes report or help text to standard output, as given (no newline added). */
  stdout(text: string): void;
  /** Writes a one-line error message to standard error, as given (no newline added). */
  stderr(text: string): void;
  /**
   * Reads a file; throws (like `fs.readFileSync`) when it cannot. Bytes are decoded by the guard (UTF-8
   * with or without a BOM, UTF-16 with a BOM); a string is taken as already decoded.
   */
  readFile(path: string): string | Uint8Array;
  /** Reads all of standard input, for the file argument `-`, as `readFile` reads a file; throws when it cannot. */
  readStdin(): string | Uint8Array;
}

/** The command line of `hbr-guard`, parsed. */
export interface GuardArguments {
  /** The plan files to check together, in command-line order; anything after `--` counts as a file, and `-` (at most once) is standard input. */
  readonly files: readonly string[];
  /** The report format from `--format`; `text` by default. */
  readonly format: ReportFormat;
  /** `--strict`: warnings stop the apply too; `false` by default. */
  readonly strict: boolean;
  /** `--help` or `-h`: print the usage and check nothing; no plan file is needed then. */
  readonly help: boolean;
  /** The check options from `--allow-delete`, `--allow-replace` and `--mirror-quota`. */
  readonly options: GuardOptions;
}

/** The usage text of `hbr-guard --help`. */
export const GUARD_USAGE = `Usage: hbr-guard [options] <plan.json> [more-plans.json ...]

Checks Terraform plans of Alibaba Cloud HBR vaults and mirror vaults before they are applied.
Each file is the output of "terraform show -json <planfile>"; "-" reads one plan from standard
input. Several files are the stacks of one app and are checked together (a mirror in one stack,
its source in another).

Options:
  --allow-delete <address>   allow deleting this vault (HBR011); repeatable
  --allow-replace <address>  allow replacing this vault (HBR010, HBR011); repeatable
                             with several plans, prefix the address with "<stack>:" as in the
                             report (a bare address matches that address in every plan)
  --format text|json|github  report format (default text; github writes Actions annotations)
  --strict                   warnings stop the apply too
  --mirror-quota <n>         mirror vaults allowed per account and region (HBR009; default 5)
  --help                     show this help

Exit codes: 0 nothing stops the apply, 1 findings, 2 an input is not a plan or the usage is wrong.
`;

/** The command line arguments parsed, or a one-line reason they are wrong. */
export function parseGuardArguments(
  argv: readonly string[],
): {
  /** `true`: the command line is valid. */
  ok: true;
  /** The parsed command line. */
  args: GuardArguments;
} | {
  /** `false`: the command line is wrong and nothing should be checked. */
  ok: false;
  /** Why the command line is wrong, in one line (e.g. `unknown option --foo`). */
  reason: string;
} {
  const files: string[] = [];
  const allowDelete: string[] = [];
  const allowReplace: string[] = [];
  let format: ReportFormat = "text";
  let strict = false;
  let help = false;
  let mirrorQuota: number | undefined;
  let onlyFiles = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!onlyFiles && arg === "--") {
      onlyFiles = true;
      continue;
    }
    if (arg === STDIN) {
      if (files.includes(STDIN)) return { ok: false, reason: "- (standard input) may be given only once" };
      files.push(arg);
      continue;
    }
    if (onlyFiles || !arg.startsWith("-")) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const name = equals < 0 ? arg : arg.slice(0, equals);
    const takeValue = (): string | undefined => {
      if (equals >= 0) return arg.slice(equals + 1);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case "--help":
      case "-h":
      case "--strict":
        if (equals >= 0) return { ok: false, reason: `${name} takes no value` };
        if (name === "--strict") strict = true;
        else help = true;
        break;
      case "--allow-delete":
      case "--allow-replace": {
        const value = takeValue();
        if (value === undefined || value === "") return { ok: false, reason: `${name} needs a resource address` };
        (name === "--allow-delete" ? allowDelete : allowReplace).push(value);
        break;
      }
      case "--format": {
        const value = takeValue();
        if (!REPORT_FORMATS.includes(value as ReportFormat)) return { ok: false, reason: `--format must be one of ${REPORT_FORMATS.join(", ")}` };
        format = value as ReportFormat;
        break;
      }
      case "--mirror-quota": {
        const value = takeValue();
        const quota = Number(value);
        if (value === undefined || !/^\d+$/.test(value) || quota < 1) return { ok: false, reason: "--mirror-quota needs a whole number of at least 1" };
        mirrorQuota = quota;
        break;
      }
      default:
        return { ok: false, reason: `unknown option ${name}` };
    }
  }
  if (!help && files.length === 0) return { ok: false, reason: "no plan file given" };
  return { ok: true, args: { files, format, strict, help, options: { allowDelete, allowReplace, mirrorQuota } } };
}

/**
 * Runs `hbr-guard` with `argv` (without node and script): reads the plans, checks them together and
 * writes the report. Returns the exit code; never throws, so the pipeline sees a reason, not a stack trace.
 */
export function runGuard(argv: readonly string[], io: GuardIo): number {
  try {
    const parsed = parseGuardArguments(argv);
    if (!parsed.ok) {
      io.stderr(`hbr-guard: ${parsed.reason} (see hbr-guard --help)\n`);
      return GUARD_EXIT_CODES.NOT_A_PLAN;
    }
    const { args } = parsed;
    if (args.help) {
      io.stdout(GUARD_USAGE);
      return GUARD_EXIT_CODES.CLEAN;
    }
    const plans: PlanDocument[] = [];
    let unreadable = 0;
    for (const file of args.files) {
      const read = readPlanFile(file, io);
      if (read.ok) plans.push(read.plan);
      else {
        unreadable++;
        io.stderr(`hbr-guard: ${sourceName(file)}: not a plan: ${read.reason}\n`);
      }
    }
    // A run that could check only some of its stacks must not pass: the missing one may hold the mirror.
    if (unreadable > 0) return GUARD_EXIT_CODES.NOT_A_PLAN;
    const result = checkPlans(plans, args.options);
    io.stdout(formatReport(result, args.format, args.strict));
    return guardFails(result, args.strict) ? GUARD_EXIT_CODES.FINDINGS : GUARD_EXIT_CODES.CLEAN;
  } catch (error) {
    io.stderr(`hbr-guard: internal error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
    return GUARD_EXIT_CODES.NOT_A_PLAN;
  }
}

function readPlanFile(file: string, io: GuardIo): ReturnType<typeof parsePlanText> {
  let data: string | Uint8Array;
  try {
    data = file === STDIN ? io.readStdin() : io.readFile(file);
  } catch (error) {
    return { ok: false, reason: printable(readErrorReason(error)) };
  }
  if (typeof data === "string") return parsePlanText(data, sourceName(file));
  const decoded = decodePlanBytes(data);
  return decoded.ok ? parsePlanText(decoded.text, sourceName(file)) : decoded;
}

/** What a file argument is called in messages and plan labels: `stdin` for `-`. */
function sourceName(file: string): string {
  return file === STDIN ? "stdin" : file;
}

/** A file system error in a few words (`no such file`, `is a directory`). */
function readErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
      return "permission denied";
    default:
      return `cannot read it (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
}

/** The real process's I/O, for the `hbr-guard` bin. */
export const processIo: GuardIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (file) => fs.readFileSync(file),
  readStdin: () => readAllOfFd(0),
};

/** How long to wait before reading again when a non-blocking descriptor has no data yet. */
const RETRY_MS = 5;

/**
 * Reads a file descriptor to its end: a pipe (however slowly the producer writes), a redirected file,
 * or a closed descriptor. Never touches `process.stdin`: reading it (even `process.stdin.isTTY`)
 * makes Node switch a piped stdin to non-blocking mode, and a synchronous read then fails with EAGAIN
 * whenever the producer has not written yet. A descriptor that is non-blocking anyway (a parent set it)
 * is read again after a short sleep.
 */
export function readAllOfFd(fd: number): Buffer {
  // A terminal would wait for typing; a pipeline gives a plan or nothing.
  if (isatty(fd)) throw new Error("standard input is a terminal; pipe a plan into it (terraform show -json plan.tfplan | hbr-guard -)");
  const chunks: Buffer[] = [];
  let total = 0;
  let chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let count: number;
    try {
      count = fs.readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === "EAGAIN" || code === "EWOULDBLOCK") {
        sleep(RETRY_MS);
        continue;
      }
      if (code === "EOF") break; // Windows reports the end of a pipe as an error
      throw error;
    }
    if (count === 0) break;
    chunks.push(chunk.subarray(0, count));
    total += count;
    // Larger reads as the input grows: a plan of many MiB takes few system calls.
    if (count === chunk.length) chunk = Buffer.allocUnsafe(Math.min(chunk.length * 2, 1 << 22));
    else chunk = chunk.subarray(count);
    if (chunk.length < 4096) chunk = Buffer.allocUnsafe(1 << 16);
  }
  return Buffer.concat(chunks, total);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}
