// Reading a recipient table: bytes | pasted text | pasted HTML -> Table, with findings instead of exceptions.
export { readTable, type TableInput, type TableResult } from "./readTable";
export { decodeText, type DecodedText } from "./decodeText";
// The workbook reader (SheetJS) is deliberately not re-exported: import("./workbook/readWorkbook") loads it on demand.
export { looksLikeWorkbook } from "./workbook/signature";
export type { WorkbookResult } from "./workbook/readWorkbook";
