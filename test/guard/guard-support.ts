import * as fs from "fs";
import * as path from "path";
import { GuardIo } from "../../lib/guard/cli";
import { GuardResult } from "../../lib/guard/plan-checks";
import { PlanDocument, readPlanDocument } from "../../lib/guard/plan-document";

/** The folder of the hand-written plan fixtures. */
export const FIXTURES = path.join(__dirname, "fixtures");

/** The path of a fixture file. */
export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

/** A fixture parsed as JSON, fresh each call so a test may change it. */
export function fixtureJson(name: string): any {
  return JSON.parse(fs.readFileSync(fixturePath(name), "utf8"));
}

/** Reads a plan value that must be a plan; fails the test with the reason otherwise. */
export function planOf(value: unknown, source = "plan.json"): PlanDocument {
  const read = readPlanDocument(value, source);
  if (!read.ok) throw new Error(`expected a plan: ${read.reason}`);
  return read.plan;
}

/** A fixture read as a plan document; `source` defaults to the fixture's name. */
export function loadPlan(name: string, source = name): PlanDocument {
  return planOf(fixtureJson(name), source);
}

/** `CODE path` of each finding, sorted, for compact assertions. */
export function findingKeys(result: GuardResult): string[] {
  return result.findings.map((f) => `${f.code} ${f.path}`);
}

/**
 * An in-memory `GuardIo`: what was written, and files served from `files` before the disk. Standard
 * input is `stdin` when given; otherwise reading it fails as an empty pipe would not (it throws).
 */
export function memoryIo(files: Record<string, string | Uint8Array> = {}, stdin?: string | Uint8Array): GuardIo & { out: string; err: string; stdinReads: number } {
  const io = {
    out: "",
    err: "",
    stdinReads: 0,
    readStdin() {
      io.stdinReads++;
      if (stdin === undefined) throw new Error("no standard input in this test");
      return stdin;
    },
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    readFile(file: string) {
      return Object.prototype.hasOwnProperty.call(files, file) ? files[file] : fs.readFileSync(file);
    },
  };
  return io;
}
