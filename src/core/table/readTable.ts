// Reading a recipient table, whatever form it arrives in: a file's bytes, pasted text, or pasted HTML.
import type { Finding, Table } from "../types";
import type { IssueCode } from "../issues/codes";
import { decodeText } from "./decodeText";
import { parseDelimited } from "./parseDelimited";
import { parseHtmlTable } from "./parseHtmlTable";
import { tableFromRecords } from "./tableFromRecords";

export type TableInput =
  | { kind: "bytes"; bytes: Uint8Array } // a CSV/TSV/TXT file
  | { kind: "text"; text: string } // text pasted from Excel/Sheets/Word (usually tab-separated)
  | { kind: "html"; html: string }; // an HTML table from the clipboard (text/html flavour)

export interface TableResult {
  /** On a fatal problem (file-empty, file-binary): no columns and no rows. */
  table: Table;
  findings: Finding<IssueCode>[];
  /** "utf-8" | "utf-16le" | "utf-16be" | "windows-1252"; bytes input only. */
  encoding: string | null;
  /** "," ";" "\t" "|" (or the one a "sep=" line names); delimited input only. */
  delimiter: string | null;
}

export function readTable(input: TableInput): TableResult {
  switch (input.kind) {
    case "bytes": {
      const decoded = decodeText(input.bytes);
      if ("code" in decoded) return fatal(decoded.code);
      return { ...readDelimitedText(decoded.text), encoding: decoded.encoding };
    }
    case "text": {
      // Text from the clipboard may still carry a BOM (a file's content copied in an editor).
      const text = input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text;
      if (!/\S/.test(text)) return fatal("file-empty");
      return { ...readDelimitedText(text), encoding: null };
    }
    case "html": {
      // HTML without a table (copied paragraphs, say) holds no rows to read.
      const records = parseHtmlTable(input.html);
      if (records === null) return fatal("file-empty");
      return { ...tableFromRecords(records), encoding: null, delimiter: null };
    }
  }
}

function readDelimitedText(text: string): Omit<TableResult, "encoding"> {
  const { records, delimiter, unclosedQuoteRows } = parseDelimited(text);
  const { table, findings } = tableFromRecords(records);
  if (table.columns.length === 0) return { table, findings, delimiter };
  const quoteFindings = unclosedQuoteRows.map(
    (row): Finding<IssueCode> => ({ row, column: null, code: "table-unclosed-quote" }),
  );
  return { table, findings: inRowOrder([...quoteFindings, ...findings]), delimiter };
}

/** Whole-table findings first, then by row; findings of the same row keep their order. */
function inRowOrder(findings: Finding<IssueCode>[]): Finding<IssueCode>[] {
  return findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

function fatal(code: "file-empty" | "file-binary"): TableResult {
  return { table: { columns: [], rows: [] }, findings: [{ row: null, column: null, code }], encoding: null, delimiter: null };
}
