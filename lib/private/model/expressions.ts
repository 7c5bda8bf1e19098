/**
 * Reading Terraform JSON expressions: which objects a value refers to, whatever expression wraps the
 * reference (`join`, `lookup`, conditionals, string templates). Plain functions over strings, free of
 * cdktf, so the synth-time reader and the plan guard can share them.
 */

import { isExpression } from "../expression-text";

/** One reference found in an expression. */
export type ExpressionReference =
  | {
      /** A managed resource: `alicloud_hbr_vault.backups`, with an instance key when one is given. */
      readonly kind: "resource";
      readonly type: string;
      readonly name: string;
      /** The instance key as written (`0`, `"a"`, `count.index`), when the reference names one. */
      readonly index?: string;
    }
  | {
      /** `data.<type>.<name>`; for `terraform_remote_state`, the output read. */
      readonly kind: "data";
      readonly type: string;
      readonly name: string;
      readonly output?: string;
    }
  | { readonly kind: "local"; readonly name: string }
  | { readonly kind: "variable"; readonly name: string }
  | { readonly kind: "module"; readonly name: string };

export { isExpression };

/** The literal text of a template: the string with every `${...}` interpolation removed (`$${` escapes kept as `${`). */
export function literalText(template: string): string {
  let out = "";
  for (const part of templateParts(template)) if (part.kind === "literal") out += part.text;
  return out;
}

/** A whole string that is one traversal of names, such as `${alicloud_hbr_vault.backups.id}`. */
const SIMPLE_TRAVERSAL = /^\$\{([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+)\}$/;

/** Every reference in `value` (a string, or any JSON value holding strings), in order of appearance. */
export function referencesIn(value: unknown): ExpressionReference[] {
  const found: ExpressionReference[] = [];
  const visit = (node: unknown): void => {
    if (typeof node === "string") {
      const simple = SIMPLE_TRAVERSAL.exec(node);
      if (simple !== null) {
        // Nearly every reference cdktf writes is one bare traversal: read without the template parser.
        const [root, ...attrs] = simple[1].split(".");
        const reference = toReference(root, attrs.map((attr) => ({ attr })));
        if (reference !== undefined) found.push(reference);
      } else if (node.includes("${")) for (const part of templateParts(node)) if (part.kind === "expression") found.push(...expressionReferences(part.text));
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (typeof node === "object" && node !== null) {
      for (const [key, item] of Object.entries(node)) if (key !== "//") visit(item);
    }
  };
  visit(value);
  return found;
}

type TemplatePart = { readonly kind: "literal" | "expression"; readonly text: string };

/** Splits a template into literal text and the expressions of its interpolations, minding nested braces and quoted strings. */
function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  let i = 0;
  while (i < template.length) {
    if (template.startsWith("$${", i)) {
      literal += "${";
      i += 3;
      continue;
    }
    if (!template.startsWith("${", i)) {
      literal += template[i++];
      continue;
    }
    const end = interpolationEnd(template, i + 2);
    if (end < 0) {
      // An unterminated interpolation is not valid Terraform; keep it as text rather than guess.
      literal += template.slice(i);
      break;
    }
    if (literal !== "") parts.push({ kind: "literal", text: literal });
    literal = "";
    parts.push({ kind: "expression", text: template.slice(i + 2, end) });
    i = end + 1;
  }
  if (literal !== "") parts.push({ kind: "literal", text: literal });
  return parts;
}

/** The index of the `}` that closes an interpolation whose body starts at `start`, or -1. */
function interpolationEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i);
      if (i < 0) return -1;
    } else if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The index of the quote that closes the string starting at `start`, minding escapes and nested templates. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') return i;
    else if (c === "$" && text[i + 1] === "{") {
      const end = interpolationEnd(text, i + 2);
      if (end < 0) return -1;
      i = end;
    }
  }
  return -1;
}

const TRAVERSAL = /(?<![\w.-])([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*|\[[^[\]]*\])+)/g;
const STEP = /\.([A-Za-z_][\w-]*)|\[([^[\]]*)\]/g;
/** Root names that are not objects of the configuration. */
const NOT_OBJECTS = new Set(["count", "each", "self", "path", "terraform"]);

/** The references of one expression (the body of an interpolation). */
function expressionReferences(expression: string): ExpressionReference[] {
  // Quoted strings hold no references of their own, only templates, whose references are read too.
  const quoted: [number, number][] = [];
  const nested: ExpressionReference[] = [];
  for (const match of expression.matchAll(/"(?:[^"\\]|\\.)*"/g)) {
    const start = match.index ?? 0;
    quoted.push([start, start + match[0].length]);
    if (match[0].includes("${")) nested.push(...referencesIn(JSON.parse(match[0])));
  }
  const insideQuotes = (at: number) => quoted.some(([start, end]) => at > start && at < end);
  const found: ExpressionReference[] = [];
  for (const match of expression.matchAll(TRAVERSAL)) {
    const at = match.index ?? 0;
    if (insideQuotes(at)) continue;
    const after = expression.slice(at + match[0].length).trimStart();
    if (after.startsWith("(")) continue; // a namespaced function call such as provider::x::f(...)
    const steps = [...match[2].matchAll(STEP)].map((s) => (s[1] !== undefined ? { attr: s[1] } : { index: s[2].trim() }));
    const reference = toReference(match[1], steps);
    if (reference !== undefined) found.push(reference);
  }
  return [...found, ...nested];
}

type Step = { readonly attr?: string; readonly index?: string };

function toReference(root: string, steps: readonly Step[]): ExpressionReference | undefined {
  if (NOT_OBJECTS.has(root)) return undefined;
  const attr = (i: number) => steps[i]?.attr;
  if (root === "var") return attr(0) !== undefined ? { kind: "variable", name: attr(0)! } : undefined;
  if (root === "local") return attr(0) !== undefined ? { kind: "local", name: attr(0)! } : undefined;
  if (root === "module") return attr(0) !== undefined ? { kind: "module", name: attr(0)! } : undefined;
  if (root === "data") {
    const type = attr(0);
    const name = attr(1);
    if (type === undefined || name === undefined) return undefined;
    // data.terraform_remote_state.<name>.outputs.<output>, or outputs["<output>"]
    let output: string | undefined;
    if (attr(2) === "outputs") output = attr(3) ?? unquote(steps[3]?.index);
    return { kind: "data", type, name, output };
  }
  const name = attr(0);
  if (name === undefined) return undefined;
  return { kind: "resource", type: root, name, index: steps[1]?.index };
}

function unquote(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const match = /^"((?:[^"\\]|\\.)*)"$/.exec(text);
  return match ? JSON.parse(`"${match[1]}"`) : undefined;
}
