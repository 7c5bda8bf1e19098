import { isExpression, literalText, referencesIn } from "../../../lib/private/model/expressions";

describe("Terraform expressions", () => {
  test("a plain reference names its resource", () => {
    expect(referencesIn("${alicloud_hbr_vault.Backups_1A2B.id}")).toEqual([{ kind: "resource", type: "alicloud_hbr_vault", name: "Backups_1A2B", index: undefined }]);
  });

  test("a reference inside function calls, lists and objects is still found", () => {
    const refs = referencesIn('${lookup({a = alicloud_hbr_vault.A.id}, "a", join("", [alicloud_hbr_replication_vault.M.id]))}');
    expect(refs.map((r) => (r.kind === "resource" ? r.name : r.kind))).toEqual(["A", "M"]);
  });

  test("locals, variables, instance keys and cross-stack outputs are told apart", () => {
    expect(referencesIn("${local.mirror_id}")).toEqual([{ kind: "local", name: "mirror_id" }]);
    expect(referencesIn("x-${var.env}")).toEqual([{ kind: "variable", name: "env" }]);
    expect(referencesIn("${alicloud_hbr_vault.A[count.index].id}")).toEqual([{ kind: "resource", type: "alicloud_hbr_vault", name: "A", index: "count.index" }]);
    expect(referencesIn("${data.terraform_remote_state.cross-stack-reference-input-src.outputs.out-1}")).toEqual([
      { kind: "data", type: "terraform_remote_state", name: "cross-stack-reference-input-src", output: "out-1" },
    ]);
    expect(referencesIn('${data.terraform_remote_state.x.outputs["o-2"]}')).toEqual([{ kind: "data", type: "terraform_remote_state", name: "x", output: "o-2" }]);
  });

  test("text inside quoted strings is no reference, but a template inside one is read", () => {
    expect(referencesIn('${"alicloud_hbr_vault.NotOne.id"}')).toEqual([]);
    expect(referencesIn('${"id: ${alicloud_hbr_vault.Inner.id}"}').map((r) => (r.kind === "resource" ? r.name : r.kind))).toEqual(["Inner"]);
  });

  test("references are found in nested JSON values, but not in // comments", () => {
    expect(referencesIn({ rules: [{ vault_id: "${alicloud_hbr_vault.A.id}" }], "//": { note: "${alicloud_hbr_vault.B.id}" } })).toHaveLength(1);
  });

  test("the literal text of a template leaves out its interpolations and keeps escaped ones", () => {
    expect(literalText("${var.env}-backups")).toBe("-backups");
    expect(literalText("a$${b}c")).toBe("a${b}c");
    expect(isExpression("plain")).toBe(false);
    expect(isExpression("${var.x}")).toBe(true);
  });
});
