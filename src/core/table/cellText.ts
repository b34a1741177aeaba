// The text of one HTML table cell as a browser shows it: runs of spaces, tabs and line breaks in the source
// become one space, <br> and paragraphs become line breaks, and spaces next to a line break disappear.
// A non-breaking space (&nbsp;) is not collapsible and is kept; trimming the cell removes it at the edges.

/** Whitespace that HTML collapses; "\u00a0" is deliberately not in it. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

export class CellText {
  private text = "";
  /** A space seen at the end of the last text, written only if more text follows on the same line. */
  private spacePending = false;
  /** A paragraph ended or began: the next text starts on a new line. */
  private breakPending = false;

  add(raw: string): void {
    let text = raw.replace(COLLAPSIBLE, " ");
    if (text.startsWith(" ")) {
      this.spacePending = true;
      text = text.slice(1);
    }
    if (text === "") return;
    const endsWithSpace = text.endsWith(" ");
    if (endsWithSpace) text = text.slice(0, -1);
    if (this.text !== "" && !this.text.endsWith("\n")) {
      if (this.breakPending) this.text += "\n";
      else if (this.spacePending) this.text += " ";
    }
    this.text += text;
    this.breakPending = false;
    this.spacePending = endsWithSpace;
  }

  lineBreak(): void {
    this.text += "\n";
    this.spacePending = false;
    this.breakPending = false;
  }

  blockBoundary(): void {
    this.breakPending = true;
  }

  value(): string {
    return this.text;
  }
}
