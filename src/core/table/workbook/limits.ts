// How much of a workbook Rundmail reads: enough for any mailing list, little enough that a hostile file cannot
// exhaust the pane's or the CLI's memory. Checked before SheetJS sees the bytes, except the row cap (sheetRows).

export const WORKBOOK_LIMITS = {
  /** The file itself: a 100,000-row member list with a dozen columns is about 5 MB as .xlsx, 30 MB as .xls. */
  fileBytes: 50 * 1024 * 1024,
  /** What the ZIP's directory says it unpacks to: the sheet XML of 100,000 × 12 cells is about 40 MB. */
  unpackedBytes: 300 * 1024 * 1024,
  /** Parts in the ZIP: a workbook has dozens; thousands are a sign of a crafted file. */
  zipEntries: 10_000,
  /** Spreadsheet rows read, header included (row 100,001 is the last): more is refused, not cut silently. */
  rows: 100_001,
} as const;
