import { crc32, Crc32 } from "./crc32";

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

test.each<[string, Uint8Array, number]>([
  ["nothing", new Uint8Array(0), 0],
  // The check value of CRC-32 (ISO-HDLC) in every catalogue of CRCs.
  ["123456789", ascii("123456789"), 0xcbf43926],
  ["The quick brown fox…", ascii("The quick brown fox jumps over the lazy dog"), 0x414fa339],
  ["one zero byte", new Uint8Array(1), 0xd202ef8d],
])("crc32(%s)", (_name, bytes, expected) => {
  expect(crc32(bytes)).toBe(expected);
});

test("fed in pieces, the same as at once", () => {
  const bytes = ascii("The quick brown fox jumps over the lazy dog");
  expect(new Crc32().update(bytes.subarray(0, 7)).update(bytes.subarray(7)).value()).toBe(crc32(bytes));
});
