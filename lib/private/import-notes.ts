import { IConstruct } from "constructs";
import { TerraformStack } from "./framework";
import { DOCUMENT_NOTES_KEY } from "./document-notes";
import type { ImportRecord } from "./model/read-terraform";

/**
 * Writes what an import by id (`fromVaultAttributes`) tells about a vault outside the app into its
 * stack's Terraform, under the document's `//` comment, which Terraform ignores. The checks read it
 * there with the rest of the written Terraform; tokens in it (an import of a declared vault's id) are
 * resolved by the synth like any other value.
 */
export function recordImport(construct: IConstruct, record: ImportRecord): void {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (value !== undefined) defined[key] = value;
  TerraformStack.of(construct).addOverride(`//.${DOCUMENT_NOTES_KEY}.imports.${construct.node.addr}`, defined);
}
