/**
 * Turning the bytes of a plan file into text. `terraform show -json` writes UTF-8, but a plan saved by
 * Windows PowerShell 5.1 with `>` is UTF-16 LE with a byte-order mark, and editors add a UTF-8 BOM.
 */
import * as buffer from "buffer";

/** The text of a plan file, or a one-line reason it cannot be read as text. */
export type DecodedText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/**
 * Decodes plan bytes: UTF-8 with or without a BOM, UTF-16 LE or BE with a BOM. Anything else (UTF-32,
 * UTF-16 without a BOM, bytes that are not UTF-8) gets a one-line reason naming the encoding problem.
 */
export function decodePlanBytes(bytes: Uint8Array): DecodedText {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const b0 = data[0];
  const b1 = data[1];
  // UTF-32 first: its LE byte-order mark begins with the UTF-16 LE one.
  if ((b0 === 0xff && b1 === 0xfe && data[2] === 0 && data[3] === 0) || (b0 === 0 && b1 === 0 && data[2] === 0xfe && data[3] === 0xff)) {
    return { ok: false, reason: "the file is UTF-32 text; save it as UTF-8 (terraform show -json writes UTF-8)" };
  }
  if (b0 === 0xff && b1 === 0xfe) return utf16(data.subarray(2), "le");
  if (b0 === 0xfe && b1 === 0xff) return utf16(data.subarray(2), "be");
  const body = b0 === 0xef && b1 === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
  if (looksLikeUtf16WithoutBom(body)) {
    return { ok: false, reason: "the file looks like UTF-16 text without a byte-order mark; save it as UTF-8 (terraform show -json writes UTF-8)" };
  }
  if (!isUtf8(body)) {
    return { ok: false, reason: `the file is not UTF-8 text (invalid byte sequence near byte ${firstInvalidUtf8(body) + (body === data ? 0 : 3)}); save it as UTF-8` };
  }
  return { ok: true, text: body.toString("utf8") };
}

function utf16(body: Buffer, order: "le" | "be"): DecodedText {
  if (body.length % 2 !== 0) return { ok: false, reason: `the file is UTF-16 ${order.toUpperCase()} text with an odd number of bytes (cut short?)` };
  let le = body;
  if (order === "be") {
    le = Buffer.from(body);
    le.swap16();
  }
  return { ok: true, text: le.toString("utf16le") };
}

/** JSON text starts with an ASCII character; in UTF-16 without a BOM every other byte of it is 0. */
function looksLikeUtf16WithoutBom(body: Buffer): boolean {
  if (body.length < 2) return false;
  return (body[0] !== 0 && body[1] === 0) || (body[0] === 0 && body[1] !== 0);
}

/** `buffer.isUtf8` (Node 18.14+, validated natively); a strict decoder on older Node. */
function isUtf8(body: Buffer): boolean {
  const native = (buffer as { isUtf8?: (input: Uint8Array) => boolean }).isUtf8;
  if (native !== undefined) return native(body);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence (only called on invalid input). */
function firstInvalidUtf8(body: Buffer): number {
  let i = 0;
  while (i < body.length) {
    const b = body[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > body.length) return i;
    for (let k = 1; k < length; k++) if ((body[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/**
 * The text with control characters (NUL, CR, LF, tabs, other C0/C1 controls) and Unicode line
 * separators shown as `\uXXXX`, so a reason built from input stays one printable line.
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
