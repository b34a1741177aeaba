// Turns the bytes of a CSV/TSV/TXT file into text. The encoding is detected, never asked: people do not know
// whether German Excel saved "CSV (Trennzeichen-getrennt)" as Windows-1252 or "CSV UTF-8".

export type DecodedText = { text: string; encoding: string } | { code: "file-empty" | "file-binary" };

/** Files that people pick by mistake: a workbook, a PDF, an image, an archive. */
const BINARY_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // ZIP: .xlsx, .docx, .ods, .zip
  [0x50, 0x4b, 0x05, 0x06], // empty ZIP
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: old .xls, .doc, .msg
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x1f, 0x8b], // gzip
];

/** Detection looks at the start only, so a 20 MB file costs no more than a small one. */
const SAMPLE_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { code: "file-empty" };
  if (BINARY_SIGNATURES.some((signature) => startsWith(bytes, signature))) return { code: "file-binary" };

  const decoded = decodeDetected(bytes);
  if (decoded === null || looksBinary(decoded.text)) return { code: "file-binary" };
  // The decoders strip a BOM already; this catches a second one (a file saved twice with a BOM).
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (!/\S/.test(text)) return { code: "file-empty" };
  return { text, encoding: decoded.encoding };
}

/** BOM first; then UTF-16 without BOM (recognised by its zero bytes); then strict UTF-8; else Windows-1252. */
function decodeDetected(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes, "utf-8");
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes, "utf-16be");

  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return decodeStrict(bytes, utf16);
  // Text in a single-byte or UTF-8 encoding has no zero bytes; zero bytes not explained by UTF-16 mean binary.
  if (bytes.subarray(0, SAMPLE_BYTES).includes(0)) return null;

  return decodeStrict(bytes, "utf-8") ?? decodeWindows1252(bytes);
}

/** What Windows-1252 has at 0x80-0x9F, where Latin-1 has control characters (0x81, 0x8D, 0x8F, 0x90, 0x9D unused). */
const WINDOWS_1252_HIGH =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Node 20.18.3 and later decode "windows-1252" as Latin-1 (nodejs/node#60888), turning "€" into U+0080.
 * Browsers decode it correctly. Mapping U+0080-U+009F afterwards gives the right text from either decoder.
 */
function decodeWindows1252(bytes: Uint8Array): { text: string; encoding: string } {
  const { text } = decode(bytes, "windows-1252");
  const fixed = /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH.charAt(c.charCodeAt(0) - 0x80))
    : text;
  return { text: fixed, encoding: "windows-1252" };
}

function decode(bytes: Uint8Array, encoding: string): { text: string; encoding: string } {
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

function decodeStrict(bytes: Uint8Array, encoding: string): { text: string; encoding: string } | null {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return null;
  }
}

/**
 * UTF-16 text of Latin letters has a zero in every other byte: the high byte. Random binary data has zeros
 * scattered over both positions.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(Math.min(bytes.length, SAMPLE_BYTES) / 2);
  if (pairs === 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i += 1) {
    if (bytes[2 * i] === 0) evenZeros += 1;
    if (bytes[2 * i + 1] === 0) oddZeros += 1;
  }
  const many = pairs * 0.3;
  const few = pairs * 0.02;
  if (oddZeros >= many && evenZeros <= few) return "utf-16le";
  if (evenZeros >= many && oddZeros <= few) return "utf-16be";
  return null;
}

/**
 * Control characters (other than tab, line breaks and form feed) are rare in text; in binary data decoded as
 * Windows-1252 about one character in ten is one. A few are tolerated: an old DOS end-of-file mark (0x1A), or
 * FileMaker's vertical tabs for line breaks inside a cell.
 */
function looksBinary(text: string): boolean {
  const length = Math.min(text.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) controls += 1;
  }
  return controls > 8 && controls > length * 0.01;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}
