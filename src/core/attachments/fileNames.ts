// File names as a person writes them in a cell, and the form in which two spellings of one name compare equal.

const SEPARATORS = /[;\r\n\u0085\u2028\u2029]+/;
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ["\u201c", "\u201d"], // “…”
  ["\u201e", "\u201c"], // „…“
  ["\u00ab", "\u00bb"], // «…»
  ["\u00bb", "\u00ab"], // »…«
];

/** "a.pdf; b.pdf" or one name per line -> ["a.pdf", "b.pdf"]: trimmed, unquoted, empties dropped. */
export function splitFileNames(cell: string): string[] {
  return cell
    .split(SEPARATORS)
    .map((part) => unquote(part.trim()).trim())
    .filter((name) => name !== "");
}

function unquote(text: string): string {
  for (const [open, close] of QUOTE_PAIRS) {
    if (text.length >= 2 && text.startsWith(open) && text.endsWith(close)) return text.slice(1, -1);
  }
  return text;
}

/**
 * The name without any path (/ or \), trimmed, NFC (macOS hands out NFD names) and lower-cased without a locale,
 * so `C:\Users\x\RECHNUNG 1.pdf` and `2026/Rechnung 1.pdf` both become `rechnung 1.pdf`.
 */
export function normaliseFileName(name: string): string {
  return baseName(name.trim()).trim().normalize("NFC").toLowerCase();
}

/** The path as well, for telling apart files that share a name: `2026\Rechnung 1.pdf` -> `2026/rechnung 1.pdf`. */
export function normaliseFilePath(name: string): string {
  return name.trim().replace(/\\/g, "/").normalize("NFC").toLowerCase();
}

function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return cut < 0 ? path : path.slice(cut + 1);
}
