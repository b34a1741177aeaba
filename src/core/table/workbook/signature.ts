// Whether bytes are a workbook (a ZIP: .xlsx/.ods; a compound file: .xls) — told by content, not by name, so that
// a "list.xls" that a web application exported as text or HTML still goes to the text reader. Without SheetJS, so
// that the choice costs nothing.

export const ZIP_SIGNATURE: readonly number[] = [0x50, 0x4b, 0x03, 0x04];
export const CFB_SIGNATURE: readonly number[] = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, CFB_SIGNATURE);
}
