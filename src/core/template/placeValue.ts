// How a cell's value (or a fallback) is written where its field stands (see `FieldPlace`).
import { escapeHtml } from "./escapeHtml";
import { hasLineBreak, oneLine } from "./oneLine";
import type { FieldPlace, TemplateKind } from "./types";
import { encodeUrlPart, linkAddress } from "./urlValue";

const HTML_LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * A value in the output's form. Values are trimmed; a subject gets one line; in HTML they are escaped (a line break
 * in the text, as in an address block, becomes <br>), and in an address percent-encoded. A value that must be a
 * whole address and is none gives "": `checkRow` reports such a row, and nothing else may stand in a link.
 */
export function placeValue(value: string, kind: TemplateKind, place: FieldPlace): string {
  const trimmed = value.trim();
  if (kind === "subject") return oneLine(trimmed);
  if (kind === "text") return trimmed;
  switch (place) {
    case "text": {
      const escaped = escapeHtml(trimmed);
      return hasLineBreak(escaped) ? escaped.replace(HTML_LINE_BREAK, "<br>") : escaped;
    }
    case "attribute":
      return escapeHtml(trimmed);
    case "plain":
      return escapeHtml(oneLine(trimmed));
    case "url":
      return escapeHtml(linkAddress(trimmed) ?? "");
    default:
      return escapeHtml(encodeUrlPart(trimmed, place));
  }
}
