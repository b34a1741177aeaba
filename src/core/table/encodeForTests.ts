// Test helper: text -> the bytes that Excel and editors write, so tests can state inputs as readable text.

export function utf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? concat([0xef, 0xbb, 0xbf], body) : body;
}

export function utf16(text: string, order: "le" | "be", bom = true): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    const [first, second] = order === "le" ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    bytes[2 * i] = first;
    bytes[2 * i + 1] = second;
  }
  return bom ? concat(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff], bytes) : bytes;
}

/** Windows-1252's characters at 0x80-0x9F (checked against Python's cp1252 codec); the rest is Latin-1. */
export const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
const CP1252_EXTRA: Record<string, number> = Object.fromEntries(
  Array.from(CP1252_HIGH, (char, i) => [char, 0x80 + i]),
);

export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = CP1252_EXTRA[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in the test's Windows-1252 table: ${char}`);
    return code;
  });
}

export function bytesOf(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}

export function concat(prefix: readonly number[], body: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix, 0);
  bytes.set(body, prefix.length);
  return bytes;
}
