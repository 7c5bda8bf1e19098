import { ExtData, decode, encode } from "@msgpack/msgpack";
import { UNKNOWN, blockType, conform, decodeMsgpack, encodeMsgpack } from "./emulator/values";

// The emulator's handling of terraform's msgpack values; no terraform needed.
describe("the emulator's msgpack values", () => {
  const vaultType = blockType({
    attributes: { id: { type: "string", computed: true }, vault_name: { type: "string", required: true }, tags: { type: ["map", "string"], optional: true } },
    block_types: { timeouts: { nesting_mode: "single", block: { attributes: { create: { type: "string", optional: true } } } } },
  });

  test("every extension type decodes as unknown: terraform sends 0, and 12 for an unknown with refinements", () => {
    const bytes = encode({ a: new ExtData(0, new Uint8Array([0])), b: new ExtData(12, new Uint8Array([0x81, 0x01, 0xc3])), c: "known" });
    expect(decodeMsgpack(bytes)).toEqual({ a: UNKNOWN, b: UNKNOWN, c: "known" });
  });

  test("an unknown encodes as cty's plain unknown, extension 0", () => {
    const decoded = decode(encodeMsgpack(vaultType, { id: UNKNOWN, vault_name: "v", tags: null, timeouts: null })) as Record<string, unknown>;
    expect(decoded.id).toEqual(new ExtData(0, new Uint8Array([0])));
  });

  test("an object gets every attribute of its type and loses keys the type does not know", () => {
    expect(conform(vaultType, { vault_name: "v", removed_in_a_later_schema: "x" })).toEqual({ id: null, vault_name: "v", tags: null, timeouts: null });
    expect(conform(vaultType, { vault_name: "v", timeouts: {} })).toEqual({ id: null, vault_name: "v", tags: null, timeouts: { create: null } });
  });

  test("state written as JSON numbers and strings is shaped to the schema's scalar types", () => {
    expect(conform(["object", { n: "number", s: "string", b: "bool" }], { n: "30", s: 5, b: "true" })).toEqual({ n: 30, s: "5", b: true });
  });
});
