// The emulated cloud: one JSON file every provider process reads and writes. Terraform starts one
// process per provider configuration per command, so nothing in memory is shared; a lock file
// serializes the read-modify-write of each API call.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { ObjectValue } from "./values";

/** One resource that exists in the emulated cloud. */
export interface CloudResource {
  /** The Terraform resource type it was created as (`alicloud_hbr_vault`, ...). */
  readonly type: string;
  /** The region it lives in: that of the provider configuration that created it. */
  readonly region: string;
  /** The account key of that provider configuration (lib/account.ts). */
  readonly account: string;
  /** Its full state, as the provider last returned it. */
  attrs: ObjectValue;
}

/** One create, update or delete the cloud carried out, in the order it happened. */
export interface CloudEvent {
  readonly seq: number;
  readonly op: "create" | "update" | "delete";
  readonly type: string;
  readonly id: string;
  readonly region: string;
}

/** The file's content. */
export interface CloudData {
  resources: Record<string, CloudResource>;
  log: CloudEvent[];
  /** How many resources were ever created per identity key, so a re-created resource gets a new id. */
  created: Record<string, number>;
}

/** The cloud file: `HBR_EMULATOR_CLOUD`, else `.hbr-emulator-cloud.json` in the working directory. */
export function cloudFile(): string {
  return path.resolve(process.env.HBR_EMULATOR_CLOUD ?? ".hbr-emulator-cloud.json");
}

/** Reads the cloud without locking (a snapshot, for reads that change nothing). */
export function readCloud(file = cloudFile()): CloudData {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as CloudData;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { resources: {}, log: [], created: {} };
    throw error;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `change` on the cloud under the lock and writes the result back atomically (write a temp
 * file, rename). A lock older than 30 s belongs to a process that died and is broken.
 */
export function updateCloud<T>(change: (data: CloudData) => T, file = cloudFile()): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 30_000) fs.rmdirSync(lock);
      } catch {
        // another process broke or released it first
      }
      if (Date.now() > deadline) throw new Error(`the emulated cloud ${file} stayed locked for a minute`);
      Atomics.wait(sleeper, 0, 0, 5);
    }
  }
  try {
    const data = readCloud(file);
    const result = change(data);
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, `${JSON.stringify(data, null, 1)}\n`);
    fs.renameSync(temp, file);
    return result;
  } finally {
    fs.rmdirSync(lock);
  }
}

/**
 * A new id for a resource: deterministic (a digest of what identifies it and how many such were
 * created before), so two runs of the same test give the same ids even when terraform creates
 * resources in parallel, and a replaced resource still gets a new one.
 */
export function newId(data: CloudData, prefix: string, identity: string): string {
  const count = data.created[identity] ?? 0;
  data.created[identity] = count + 1;
  return `${prefix}${createHash("sha256").update(`${identity}#${count}`).digest("hex").slice(0, 20)}`;
}

/** Appends an event to the log. */
export function logEvent(data: CloudData, event: Omit<CloudEvent, "seq">): void {
  data.log.push({ seq: data.log.length + 1, ...event });
}
