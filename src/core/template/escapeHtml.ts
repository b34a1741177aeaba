// Escaping for HTML, apart from entities.ts (which reads references with the `entities` library and its 30 KB table):
// the Office layer escapes inserted text with it, and must not bring the template engine's decoder along.

// Not the library's escapeUTF8: it writes &apos;, which HTML 4 and Word's HTML engine (Outlook) do not know.
const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPE = /[&<>"']/;

/** Text made safe for HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}
