// A cell's value as it may appear inside an issue message: trimmed, short, and unable to break or disguise a line
// of a terminal or a task pane (controls, line breaks, bidi overrides and invisible characters are made visible).

export const DISPLAY_MAX_CHARS = 80;

// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

export function displayValue(value: string, maxChars: number = DISPLAY_MAX_CHARS): string {
  const trimmed = value.trim();
  // Work on a bounded prefix: a cell may be megabytes long, and even a fully escaped prefix needs no more than this.
  const prefix = trimmed.slice(0, maxChars * 2 + 2);
  const visible = prefix.replace(INVISIBLE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟ (␊ for a line feed)
    if (code === 0x7f) return "\u2421"; // ␡
    return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
  });
  const chars = Array.from(visible);
  if (chars.length <= maxChars && prefix.length === trimmed.length) return visible;
  return `${chars.slice(0, maxChars - 1).join("")}…`;
}
