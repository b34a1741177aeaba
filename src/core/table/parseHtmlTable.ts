// The first <table> of HTML copied to the clipboard (Excel, Google Sheets, Word) -> records of cell text.
// htmlparser2's tokenizer, no DOM: the core runs in Node too.
import { Parser } from "htmlparser2";
import { CellText } from "./cellText";

/** Browsers clamp spans to these values; a hostile colspan="99999999" must not allocate millions of cells. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

/** Elements whose content is never cell text. (Only those htmlparser2 always closes: an unclosed <head> or
 * <xml> must not hide the whole table.) */
const HIDDEN = new Set(["style", "script"]);
/** Elements that start a new line in the cell, as a browser shows them (Word puts each paragraph in a <p>). */
const BLOCKS = new Set(["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "pre"]);

/**
 * Records of the first table, one per <tr> (record i is spreadsheet row i + 1), or null when the HTML has no
 * table. A cell's text is its text content with entities decoded, whitespace collapsed as a browser does, and
 * <br> or paragraphs as line breaks. A cell spanning several columns or rows fills the others with "".
 */
export function parseHtmlTable(html: string): string[][] | null {
  const reader = new TableReader();
  const parser = new Parser(
    {
      onopentag: (name, attributes) => reader.open(name, attributes),
      onclosetag: (name) => reader.close(name),
      ontext: (text) => reader.text(text),
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return reader.result();
}

class TableReader {
  /** 0 before the first table, 1 inside it, more inside a table nested in one of its cells. */
  private depth = 0;
  private found = false;
  private finished = false;
  private hidden = 0;
  private readonly records: string[][] = [];
  private row: string[] | null = null;
  private cell: { text: CellText; colspan: number; rowspan: number } | null = null;
  /** For each column, how many more rows a cell from above still covers. */
  private readonly spans: number[] = [];

  open(name: string, attributes: Record<string, string>): void {
    if (this.finished) return;
    if (HIDDEN.has(name)) this.hidden += 1;
    if (name === "table") {
      this.depth += 1;
      this.found = true;
    }
    if (this.depth === 0) return;
    if (this.depth === 1 && name === "tr") {
      this.endRow();
      this.row = [];
    } else if (this.depth === 1 && (name === "td" || name === "th")) {
      this.endCell();
      this.row ??= [];
      this.cell = {
        text: new CellText(),
        colspan: span(attributes["colspan"], MAX_COLSPAN),
        rowspan: span(attributes["rowspan"], MAX_ROWSPAN),
      };
    } else if (name === "br") {
      this.cell?.text.lineBreak();
    } else if (BLOCKS.has(name) || name === "td" || name === "th") {
      // A table nested in a cell: its cells become lines of the outer cell.
      this.cell?.text.blockBoundary();
    }
  }

  close(name: string): void {
    if (this.finished) return;
    if (HIDDEN.has(name) && this.hidden > 0) this.hidden -= 1;
    if (this.depth === 0) return;
    if (name === "table") {
      this.depth -= 1;
      if (this.depth === 0) {
        this.endRow();
        this.finished = true;
        return;
      }
    }
    if (this.depth === 1 && (name === "td" || name === "th")) this.endCell();
    else if (this.depth === 1 && name === "tr") this.endRow();
    else if (BLOCKS.has(name) || name === "td" || name === "th") this.cell?.text.blockBoundary();
  }

  text(text: string): void {
    if (!this.finished && this.hidden === 0) this.cell?.text.add(text);
  }

  result(): string[][] | null {
    this.endRow(); // a table cut off by the clipboard (no </table>) still counts
    return this.found ? this.records : null;
  }

  private endCell(): void {
    const cell = this.cell;
    const row = this.row;
    if (cell === null || row === null) return;
    this.cell = null;
    this.skipSpannedColumns(row);
    const first = row.length;
    row.push(cell.text.value());
    for (let i = 1; i < cell.colspan; i += 1) row.push("");
    if (cell.rowspan > 1) {
      for (let column = first; column < row.length; column += 1) this.spans[column] = cell.rowspan - 1;
    }
  }

  private endRow(): void {
    this.endCell();
    const row = this.row;
    if (row === null) return;
    this.row = null;
    // Cells spanning down from above into columns right of this row's last cell.
    for (let column = row.length; column < this.spans.length; column += 1) {
      if ((this.spans[column] ?? 0) > 0) {
        while (row.length < column) row.push("");
        this.spans[column] = (this.spans[column] ?? 1) - 1;
        row.push("");
      }
    }
    this.records.push(row);
  }

  private skipSpannedColumns(row: string[]): void {
    for (let left = this.spans[row.length] ?? 0; left > 0; left = this.spans[row.length] ?? 0) {
      this.spans[row.length] = left - 1;
      row.push("");
    }
  }
}

function span(value: string | undefined, max: number): number {
  const n = Number.parseInt(value ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}
