// The text of one HTML table cell as a browser shows it: runs of spaces, tabs and line breaks in the source
// become one space, <br> and paragraphs become line breaks, and spaces next to a line break disappear.
// A non-breaking space (&nbsp;) is not collapsible and is kept; trimming the cell removes it at the edges.

/** Whitespace that HTML collapses; "\u00a0" is deliberately not in it. */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

export class CellText {
  // Parts are joined once at the end, and the state below is kept in flags rather than read back from the
  // text: a cell made of thousands of tiny elements must not cost quadratic time.
  private readonly parts: string[] = [];
  private empty = true;
  private atLineStart = true;
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
    if (!this.empty && !this.atLineStart) {
      if (this.breakPending) this.parts.push("\n");
      else if (this.spacePending) this.parts.push(" ");
    }
    this.parts.push(text);
    this.empty = false;
    this.atLineStart = false;
    this.breakPending = false;
    this.spacePending = endsWithSpace;
  }

  lineBreak(): void {
    this.parts.push("\n");
    this.empty = false;
    this.atLineStart = true;
    this.spacePending = false;
    this.breakPending = false;
  }

  blockBoundary(): void {
    this.breakPending = true;
  }

  value(): string {
    return this.parts.join("");
  }
}
