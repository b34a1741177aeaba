// A cell's value as it may appear inside an issue message: trimmed, short, and unable to break or disguise a line
// of a terminal or a task pane (controls, line breaks, bidi overrides and invisible characters are made visible).

export const DISPLAY_MAX_CHARS = 80;

// Controls (C0 and C1), the soft hyphen, bidi marks and overrides, zero-width and other invisible characters.
const BEYOND_C0 = "\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2069\\ufeff";
const INVISIBLE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, "g");
// The same without the line feed, for text whose own lines are kept.
const INVISIBLE_BUT_LINE_FEED = new RegExp(`[\\u0000-\\u0009\\u000b-\\u001f${BEYOND_C0}]`, "g");
/** What JSON.stringify leaves raw in a string: everything above but C0, which it escapes itself. */
export const INVISIBLE_BEYOND_C0 = new RegExp(`[${BEYOND_C0}]`, "g");

const shown = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟ (␊ for a line feed, ␛ for escape)
  if (code === 0x7f) return "\u2421"; // ␡
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
};

/**
 * Text with every control, bidi and invisible character made visible (␛, ␍, <U+202E>): it can then neither run a
 * terminal's escape sequences nor draw or disguise a line. With `keepLineFeeds`, "\n" stays a line break.
 */
export function makeVisible(text: string, keepLineFeeds = false): string {
  return text.replace(keepLineFeeds ? INVISIBLE_BUT_LINE_FEED : INVISIBLE, shown);
}

export function displayValue(value: string, maxChars: number = DISPLAY_MAX_CHARS): string {
  const trimmed = value.trim();
  // Work on a bounded prefix: a cell may be megabytes long, and even a fully escaped prefix needs no more than this.
  const prefix = trimmed.slice(0, maxChars * 2 + 2);
  const visible = makeVisible(prefix);
  const chars = Array.from(visible);
  if (chars.length <= maxChars && prefix.length === trimmed.length) return visible;
  return `${chars.slice(0, maxChars - 1).join("")}…`;
}
