/**
 * Terraform resource addresses and expression references, as plan JSON spells them:
 * `module.app["eu"].alicloud_hbr_vault.backups[0]`, `alicloud_hbr_vault.backups.id`,
 * `data.terraform_remote_state.sources.outputs.vault_id`. Instance keys may be quoted strings that
 * contain dots or brackets, so addresses are split by a small scanner rather than by `split(".")`.
 */

/** Splits an address or reference at the dots outside instance keys: `a.b["x.y"].c` -> `a`, `b["x.y"]`, `c`. */
export function addressSegments(address: string): string[] {
  // Without brackets no dot can be inside an instance key: a plain split is the same, and cheaper.
  if (!address.includes("[")) return address.split(".");
  const segments: string[] = [];
  let start = 0;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < address.length; i++) {
    const char = address[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"' && depth > 0) inString = true;
    else if (char === "[") depth++;
    else if (char === "]" && depth > 0) depth--;
    else if (char === "." && depth === 0) {
      segments.push(address.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(address.slice(start));
  return segments;
}

/** The segment without its instance key: `backups[0]` -> `backups`. */
function withoutKey(segment: string): string {
  const bracket = segment.indexOf("[");
  return bracket < 0 ? segment : segment.slice(0, bracket);
}

/**
 * The configuration address of an instance address: every instance key removed, as
 * `configuration.root_module` names resources (`module.app.alicloud_hbr_vault.backups`).
 */
export function configAddressOf(address: string): string {
  if (!address.includes("[")) return address;
  return addressSegments(address).map(withoutKey).join(".");
}

/** Names a reference can start with that never denote a managed resource. */
const NOT_RESOURCES = new Set(["var", "local", "count", "each", "path", "terraform", "self"]);

/** What a reference in a configuration expression points at. */
export type ReferenceTarget =
  /** A managed resource; `instanceAddress` only when the reference names one instance (`x[0]`). */
  | { readonly kind: "resource"; readonly configAddress: string; readonly instanceAddress?: string }
  /** A data source, e.g. `data.terraform_remote_state.<name>` for a cdktf cross-stack reference. */
  | { readonly kind: "data"; readonly configAddress: string };

/**
 * What `reference` points at when it is a resource or a data source; `undefined` for variables,
 * locals, module outputs and the like. Module instance keys are dropped: a reference made inside a
 * module is absolute only after the caller prefixes the module's configuration path.
 */
export function referenceTarget(reference: string): ReferenceTarget | undefined {
  // The usual `type.name` or `type.name.attribute` at the root, without instance keys: no list to split into.
  if (!reference.includes("[") && !reference.startsWith("module.") && !reference.startsWith("data.")) {
    const dot = reference.indexOf(".");
    if (dot > 0) {
      const type = reference.slice(0, dot);
      if (NOT_RESOURCES.has(type)) return undefined;
      const end = reference.indexOf(".", dot + 1);
      return { kind: "resource", configAddress: end < 0 ? reference : reference.slice(0, end) };
    }
  }
  const segments = addressSegments(reference);
  const modulePath: string[] = [];
  let i = 0;
  while (segments[i] === "module" && i + 2 < segments.length) {
    modulePath.push("module", withoutKey(segments[i + 1]));
    i += 2;
  }
  if (segments[i] === "module") return undefined; // a module output, not a resource
  if (segments[i] === "data") {
    if (segments[i + 1] === undefined || segments[i + 2] === undefined) return undefined;
    return { kind: "data", configAddress: [...modulePath, "data", segments[i + 1], withoutKey(segments[i + 2])].join(".") };
  }
  const type = segments[i];
  const name = segments[i + 1];
  if (type === undefined || name === undefined || NOT_RESOURCES.has(type) || type.includes("[")) return undefined;
  const configAddress = [...modulePath, type, withoutKey(name)].join(".");
  return name.includes("[")
    ? { kind: "resource", configAddress, instanceAddress: [...modulePath, type, name].join(".") }
    : { kind: "resource", configAddress };
}

/**
 * Makes a reference written inside a module absolute by prefixing the module's configuration path
 * (`module.app.`); references to variables, locals and the like are left as they are.
 */
export function absoluteReference(modulePrefix: string, reference: string): string {
  if (modulePrefix === "") return reference;
  const first = addressSegments(reference)[0];
  return NOT_RESOURCES.has(first) ? reference : modulePrefix + reference;
}
