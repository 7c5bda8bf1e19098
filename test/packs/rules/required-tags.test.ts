import { HbrConfigurationError, HbrPolicies } from "../../../lib";
import { appWithStack, applyRule, compliantVault, findingsOf } from "../support";

describe("HBRP005: backup vaults carry the required tags", () => {
  test("a vault missing tag keys is a warning listing the missing keys and how to add them", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { vaultName: "prod", tags: { owner: "platform" } });
    applyRule(app, HbrPolicies.requiredTags({ keys: ["owner", "cost-center", "env"] }));
    expect(findingsOf(app, "HBRP005").map((f) => [f.severity, f.path, f.message, f.fix])).toEqual([
      ["warning", "s/Vault", 'the backup vault "prod" lacks the required tags "cost-center", "env".', 'Add "cost-center", "env" to the vault\'s tags, e.g. tags: { "cost-center": "...", "env": "..." }.'],
    ]);
  });

  test("a vault with no tags at all lacks every key, and an empty value counts as missing", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Untagged", { tags: undefined });
    compliantVault(stack, "Blank", { tags: { owner: "  " } });
    applyRule(app, HbrPolicies.requiredTags({ keys: ["owner"] }));
    expect(findingsOf(app, "HBRP005").map((f) => [f.path, f.message])).toEqual([
      ["s/Blank", 'the backup vault "blank" lacks the required tag "owner".'],
      ["s/Untagged", 'the backup vault "untagged" lacks the required tag "owner".'],
    ]);
  });

  test("a vault with every key passes, including tags added through an escape hatch", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault", { tags: { owner: "platform" } }).resource.addOverride("tags.env", "prod");
    applyRule(app, HbrPolicies.requiredTags({ keys: ["owner", "env"] }));
    expect(findingsOf(app, "HBRP005")).toEqual([]);
  });

  test("mirror vaults are not checked: the provider takes no tags for them", () => {
    const { app, stack } = appWithStack();
    compliantVault(stack, "Vault").addMirror("Mirror", { region: "cn-shanghai", vaultName: "dr" });
    applyRule(app, HbrPolicies.requiredTags({ keys: ["owner"] }));
    expect(findingsOf(app, "HBRP005")).toEqual([]);
  });

  test.each([[[]], [[""]], [["owner", " "]], [undefined], ["owner"]])("keys %p are refused at once", (keys) => {
    expect(() => HbrPolicies.requiredTags({ keys: keys as any })).toThrow(HbrConfigurationError);
    expect(() => HbrPolicies.requiredTags({ keys: keys as any })).toThrow(/^HbrPolicies\.requiredTags: keys must be a non-empty list of non-empty tag keys/);
  });
});
