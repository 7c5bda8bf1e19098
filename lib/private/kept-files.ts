import * as fs from "fs";
import * as path from "path";

// The kept files under schema/ (provider schema, constraints, regions), each read once. They are
// read here, below the schema check, so that low-level modules (the region ids) can use them.

/** The kept provider schema's file name under `schema/`. */
export const SCHEMA_FILE = "alicloud-hbr.schema.json";

/**
 * Finds the kept `schema/` folder by walking up from this file, so the same code works from
 * `lib/` (ts-jest, ts-node) and from the compiled package.
 */
export function keptSchemaDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = path.join(dir, "schema");
    if (fs.existsSync(path.join(candidate, SCHEMA_FILE))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`cdktf-alicloud-hbr: the kept provider schema (schema/${SCHEMA_FILE}) is missing from the package`);
    }
    dir = parent;
  }
}

const cache = new Map<string, unknown>();

/** A kept JSON file under `schema/`, parsed on first use. */
export function readKept<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(fs.readFileSync(path.join(keptSchemaDir(), file), "utf8"));
    cache.set(file, value);
  }
  return value as T;
}
