import { IConstruct } from "constructs";
import { Finding, HbrRules } from "../../lib";
import { TerraformJson } from "../support";

/** The resources of one type in a synthesized stack, in synthesized order. */
export function resourcesOf(doc: TerraformJson, type: string): Record<string, any>[] {
  return Object.values(doc.resource?.[type] ?? {});
}

/** The one resource of a type in a synthesized stack (fails when there are more or none). */
export function onlyResource(doc: TerraformJson, type: string): Record<string, any> {
  const resources = resourcesOf(doc, type);
  if (resources.length !== 1) throw new Error(`expected one ${type}, found ${resources.length}`);
  const { "//": _metadata, ...attributes } = resources[0];
  return attributes;
}

/** The logical name Terraform uses for the one resource of a type (for `${type.name.id}` references). */
export function addressOf(doc: TerraformJson, type: string): string {
  const names = Object.keys(doc.resource?.[type] ?? {});
  if (names.length !== 1) throw new Error(`expected one ${type}, found ${names.length}`);
  return `${type}.${names[0]}`;
}

/** The app's findings of one rule code. */
export function findingsOf(scope: IConstruct, code: string): Finding[] {
  return HbrRules.of(scope).findings().filter((f) => f.code === code);
}
