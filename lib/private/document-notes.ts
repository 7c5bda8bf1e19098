/**
 * The key under the document's root `//` comment where the library records what leaves no trace in
 * the Terraform itself: vaults imported by id, and findings about construct arguments. Terraform
 * ignores `//` properties, so this changes nothing it reads.
 */
export const DOCUMENT_NOTES_KEY = "cdktf-alicloud-hbr";
