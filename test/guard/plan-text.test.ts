import { decodePlanBytes, printable } from "../../lib/guard/plan-text";

const PLAN = '{"format_version":"1.2","planned_values":{"root_module":{}},"x":"Überweisung ✓"}';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, "utf16le");
  return Buffer.from(le).swap16();
}

describe("decoding the bytes of a plan file", () => {
  test.each([
    ["UTF-8 without a byte-order mark", Buffer.from(PLAN, "utf8")],
    ["UTF-8 with a byte-order mark (as editors save it)", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PLAN, "utf8")])],
    ["UTF-16 LE with a byte-order mark (Windows PowerShell 5.1 `>`)", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN, "utf16le")])],
    ["UTF-16 BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(PLAN)])],
  ])("%s decodes to the plan's text", (_, bytes) => {
    expect(decodePlanBytes(bytes)).toEqual({ ok: true, text: PLAN });
  });

  test.each([
    ["UTF-32 LE", Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from("{\0\0\0")]), /UTF-32/],
    ["UTF-32 BE", Buffer.from([0, 0, 0xfe, 0xff, 0, 0, 0, 0x7b]), /UTF-32/],
    ["UTF-16 LE without a byte-order mark", Buffer.from(PLAN, "utf16le"), /UTF-16 text without a byte-order mark/],
    ["UTF-16 BE without a byte-order mark", utf16be(PLAN), /UTF-16 text without a byte-order mark/],
    ["Latin-1 bytes that are not UTF-8", Buffer.from('{"x":"\xdcberweisung"}', "latin1"), /not UTF-8 text \(invalid byte sequence near byte 6\)/],
    ["UTF-16 with a byte-order mark and an odd number of bytes", Buffer.from([0xff, 0xfe, 0x7b, 0, 0x7d]), /UTF-16 LE text with an odd number of bytes/],
  ])("%s is refused with one printable line naming the encoding", (_, bytes, pattern) => {
    const decoded = decodePlanBytes(bytes);
    expect(decoded.ok).toBe(false);
    const reason = decoded.ok ? "" : decoded.reason;
    expect(reason).toMatch(pattern);
    // eslint-disable-next-line no-control-regex
    expect(reason).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  test("printable shows control characters as escapes and keeps other text", () => {
    expect(printable("a\u0000b\r\nc ✓")).toBe("a\\u0000b\\u000d\\u000ac ✓");
  });
});
