// Delimited text (CSV, TSV, a table pasted from a spreadsheet) -> records of raw cell text.
// One record per spreadsheet row: a quoted cell holding line breaks is one record, an empty line is one too.
import Papa from "papaparse";
import { detectDelimiter } from "./detectDelimiter";

export interface DelimitedRecords {
  /** Cells exactly as written (unquoted, not trimmed); record i is spreadsheet row i + 1. */
  readonly records: string[][];
  readonly delimiter: string;
  /** Rows (1-based) in which a quotation mark opens a cell and is never properly closed. */
  readonly unclosedQuoteRows: number[];
}

export function parseDelimited(text: string): DelimitedRecords {
  // Windows (CRLF), Unix (LF) and old Mac (CR) line breaks, even mixed in one file, all become "\n": one copy
  // of the text, and cells holding line breaks get the same "\n" whatever program wrote them.
  const normalised = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  const separatorLine = excelSeparatorLine(normalised);
  // Excel hides its "sep=;" line, so it is no spreadsheet row: the records start after it.
  const body = separatorLine === null ? normalised : normalised.slice(separatorLine.length);
  const delimiter = separatorLine?.delimiter ?? detectDelimiter(body);
  return { delimiter, ...parseRecords(body, delimiter) };
}

/**
 * Excel's "sep=;" first line (also written quoted, or with the delimiter repeated by a program that read it as
 * a row). Returns its length including the line break.
 */
function excelSeparatorLine(text: string): { delimiter: string; length: number } | null {
  if (!/^"?sep=/i.test(text)) return null;
  const end = text.indexOf("\n");
  const line = end === -1 ? text : text.slice(0, end);
  const match = /^"?sep=([^"\n])"?(?:\1)*[ \t]*$/i.exec(line);
  const delimiter = match?.[1];
  if (delimiter === undefined) return null;
  return { delimiter, length: end === -1 ? line.length : end + 1 };
}

const options = (delimiter: string): Papa.ParseConfig<string[]> => ({
  delimiter,
  newline: "\n",
  quoteChar: '"',
  escapeChar: '"',
  header: false,
  dynamicTyping: false, // "01067" stays "01067", "1.000,50" stays "1.000,50"
  skipEmptyLines: false, // empty lines still count as rows, so row numbers match the spreadsheet
});

function parseRecords(text: string, delimiter: string): Pick<DelimitedRecords, "records" | "unclosedQuoteRows"> {
  const quick = Papa.parse<string[]>(text, options(delimiter));
  if (!quick.errors.some((error) => error.type === "Quotes")) return { records: quick.data, unclosedQuoteRows: [] };
  return parseWithRunawayQuotes(text, delimiter);
}

/**
 * A quotation mark that opens a cell and is never closed makes every following line part of that cell (and a
 * badly closed one swallows lines up to some unrelated quotation mark further down). Rather than lose those
 * rows, the line holding the stray quotation mark is read as if the mark were an ordinary character, the row
 * is reported, and reading resumes on the next line. Only files with quote errors take this slower path.
 */
function parseWithRunawayQuotes(
  text: string,
  delimiter: string,
): Pick<DelimitedRecords, "records" | "unclosedQuoteRows"> {
  const records: string[][] = [];
  const unclosedQuoteRows: number[] = [];
  let position = 0;
  // Finding where a stray mark's cell would end means reading ahead, and that text is read again afterwards.
  // A file with broken marks on every line would so take quadratic time: once the text read again exceeds
  // twice the file, the rest is read line by line.
  let readAgain = 0;
  while (position < text.length) {
    const rest = text.slice(position);
    if (readAgain > 2 * text.length) {
      readLineByLine(rest, delimiter, records, unclosedQuoteRows);
      break;
    }
    const runaway = readUntilRunawayQuote(rest, delimiter, records);
    if (runaway === null) break;
    const { recordStart, quoteAt, lineEnd, recordEnd } = runaway;
    records.push(readQuoteLiterally(rest.slice(recordStart, quoteAt), rest.slice(quoteAt, lineEnd), delimiter));
    unclosedQuoteRows.push(records.length);
    position += lineEnd + 1;
    readAgain += recordEnd - (lineEnd + 1);
  }
  return { records, unclosedQuoteRows };
}

/**
 * For files whose quoting is broken throughout: every line is one row. A line whose quotation marks parse
 * cleanly on their own is read with them; any other line with a quotation mark is read with the marks as
 * text and reported. (A quoted cell with line breaks is split into rows here; such a file needs fixing anyway.)
 */
function readLineByLine(text: string, delimiter: string, records: string[][], unclosedQuoteRows: number[]): void {
  for (const line of text.split("\n")) {
    const record = line.includes('"') ? quotedLine(line, delimiter) : line.split(delimiter);
    if (record !== null) {
      records.push(record);
    } else {
      records.push(line.split(delimiter));
      unclosedQuoteRows.push(records.length);
    }
  }
}

/** The cells of one line with quoted cells, or null if a quotation mark is not closed properly on it. */
function quotedLine(line: string, delimiter: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (line.startsWith('"', i)) {
      let cell = "";
      let from = i + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote === -1) return null;
        if (line.startsWith('""', quote)) {
          cell += line.slice(from, quote + 1);
          from = quote + 2;
        } else {
          cell += line.slice(from, quote);
          i = quote + 1;
          break;
        }
      }
      cells.push(cell);
      if (i === line.length) return cells;
      if (!line.startsWith(delimiter, i)) return null;
      i += delimiter.length;
    } else {
      const end = line.indexOf(delimiter, i);
      if (end === -1) {
        cells.push(line.slice(i));
        return cells;
      }
      cells.push(line.slice(i, end));
      i = end + delimiter.length;
    }
  }
}

interface RunawayQuote {
  readonly recordStart: number;
  readonly quoteAt: number;
  /** Where the line holding the quotation mark ends (the text length if it is the last line). */
  readonly lineEnd: number;
  /** Where the cell opened by the mark would have ended: as far as the parser read ahead. */
  readonly recordEnd: number;
}

/** Adds the records of `text` to `records` up to the first runaway quotation mark, which it returns. */
function readUntilRunawayQuote(text: string, delimiter: string, records: string[][]): RunawayQuote | null {
  let runaway: RunawayQuote | null = null;
  let recordStart = 0;
  Papa.parse<string[]>(text, {
    ...options(delimiter),
    step: (result, parser) => {
      const start = recordStart;
      recordStart = result.meta.cursor;
      const quoteError = result.errors.find((error) => error.type === "Quotes");
      if (quoteError !== undefined) {
        // Papa reports the position just after the opening quotation mark.
        const quoteAt = (quoteError.index ?? start + 1) - 1;
        const lineBreak = text.indexOf("\n", quoteAt);
        const lineEnd = lineBreak === -1 ? text.length : lineBreak;
        // A closing mark found on the same line is merely malformed ('"a"b'); Papa's reading of it is kept.
        if (quoteError.code === "MissingQuotes" || result.meta.cursor > lineEnd + 1) {
          runaway = { recordStart: start, quoteAt, lineEnd, recordEnd: result.meta.cursor };
          parser.abort();
          return;
        }
      }
      records.push(result.data);
    },
  });
  return runaway;
}

/** The cells before the stray quotation mark are read normally; from the mark to the line end, it is text. */
function readQuoteLiterally(before: string, fromQuote: string, delimiter: string): string[] {
  // `before` is empty or ends with the delimiter (a quotation mark only opens a cell at its start), so its
  // last cell is the empty one after that delimiter.
  const cellsBefore = before === "" ? [] : Papa.parse<string[]>(before, options(delimiter)).data.flat().slice(0, -1);
  return [...cellsBefore, ...fromQuote.split(delimiter)];
}
