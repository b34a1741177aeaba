// What an "insert field" chip writes into the message: {{Field}}, or {{Field|fallback}} when the user gave a text for
// rows whose cell is empty (the engine writes the fallback there, see compileUnit.ts). Null when the tag could not be
// read back as meant: a column whose name holds a brace or a bar, or a fallback with a brace or a line break.

/** The tag for this column and fallback ("" for none), or null when it cannot be written. */
export function fieldTag(column: string, fallback: string): string | null {
  if (column.trim() === "" || /[{}|\r\n]/.test(column)) return null;
  const text = fallback.trim();
  if (text === "") return `{{${column}}}`;
  if (/[{}\r\n]/.test(text)) return null;
  return `{{${column}|${text}}}`;
}
