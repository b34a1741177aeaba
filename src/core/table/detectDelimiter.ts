// Which character separates the cells: detected from the first rows, never asked. German Excel writes ";",
// English Excel ",", a table copied from a spreadsheet arrives tab-separated.
import Papa from "papaparse";

/** In order of preference when two fit equally well: pasted tables are tab-separated, German files use ";". */
export const DELIMITERS = ["\t", ";", ",", "|"] as const;

const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 30;

/**
 * Picks the delimiter that gives the first row (the header) at least two cells and the most rows the same
 * number of cells as the header; on a tie, the one giving more columns. Parsing the sample with each
 * candidate (rather than counting characters) respects quotes: a ";" inside "Müller; Anna" does not count.
 * Expects line breaks already normalised to "\n".
 */
export function detectDelimiter(text: string): string {
  const sample = sampleOf(text);
  // A quotation mark left open in the header makes the whole sample one cell; then count without quotes.
  const best = bestFit(sample, '"') ?? bestFit(sample, NO_QUOTES);
  if (best !== null) return best;
  // Nothing but separators (";;;;"): an empty table, but say which separator it was.
  const only = DELIMITERS.find((delimiter) => sample.includes(delimiter) && sample.split(delimiter).join("").trim() === "");
  if (only !== undefined) return only;
  // One column: choose a character that does not occur, so that no line is split at all and a cell such as
  // "anna@example.de, ben@example.de" stays whole (the recipients check then reports it).
  return DELIMITERS.find((delimiter) => !sample.includes(delimiter)) ?? "\t";
}

/** A character that does not occur in text, to make Papa read quotation marks as text. */
const NO_QUOTES = "\uffff";

function bestFit(sample: string, quoteChar: string): string | null {
  let best: { delimiter: string; share: number; width: number } | null = null;
  for (const delimiter of DELIMITERS) {
    const rows = Papa.parse<string[]>(sample, { delimiter, newline: "\n", quoteChar, preview: SAMPLE_ROWS }).data.filter(
      (row) => row.some((cell) => cell.trim() !== ""),
    );
    const width = rows[0]?.length ?? 0;
    if (width < 2) continue;
    const share = rows.filter((row) => row.length === width).length / rows.length;
    // Strictly better only: on a tie the earlier (preferred) delimiter stays.
    if (best === null || share > best.share || (share === best.share && width > best.width)) {
      best = { delimiter, share, width };
    }
  }
  return best?.delimiter ?? null;
}

/** The first 64 KB, cut at a line break so that the last row is not a fragment. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const sample = text.slice(0, SAMPLE_CHARS);
  const lastBreak = sample.lastIndexOf("\n");
  return lastBreak > 0 ? sample.slice(0, lastBreak) : sample;
}
