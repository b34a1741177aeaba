// Reading a recipient table from an Excel or LibreOffice workbook (.xlsx, .xls, .ods). The one module that imports
// SheetJS: the pane loads it with import() only when a workbook is chosen, so CSV users never download it.
import { read, type WorkBook } from "@e965/xlsx";
import type { Lang } from "../../../i18n";
import type { Finding } from "../../types";
import type { IssueCode } from "../../issues/codes";
import type { TableResult } from "../readTable";
import { cellDisplay } from "./cellDisplay";
import { WORKBOOK_LIMITS } from "./limits";
import { chooseSheet, sheetsOf, type SheetInfo } from "./sheetChoice";
import { sheetFindings, sheetRecords } from "./sheetRecords";
import { tableFromRecords } from "../tableFromRecords";
import { CFB_SIGNATURE, ZIP_SIGNATURE, startsWith } from "./signature";
import { readZipDirectory } from "./zipDirectory";
import { checkInflatedSizes } from "./inflatedSizes";

export interface WorkbookOptions {
  readonly lang: Lang;
  /** The sheet the user chose; without it, the first visible sheet that holds values. */
  readonly sheet?: string;
}

export interface WorkbookResult extends TableResult {
  /** The sheet read; null when the file could not be read. */
  readonly sheet: string | null;
  /** Every sheet, in the workbook's order (empty when the file could not be read). */
  readonly sheets: readonly SheetInfo[];
}

/** Codes after which there is no table at all: the caller cannot go on with this file. */
export const WORKBOOK_FATAL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  "file-empty",
  "workbook-too-large",
  "workbook-unpacks-too-large",
  "workbook-unknown-format",
  "workbook-damaged",
  "workbook-encrypted",
  "workbook-sheet-unknown",
  "workbook-no-table",
  "workbook-too-many-rows",
]);

/** Async only for the ZIP check (inflating as a stream); SheetJS itself reads synchronously. */
export async function readWorkbook(bytes: Uint8Array, options: WorkbookOptions): Promise<WorkbookResult> {
  const refused = await refuseBeforeParsing(bytes);
  if (refused) return fatal(refused.code, refused.params ?? {}, []);

  let workbook: WorkBook;
  try {
    workbook = read(bytes, {
      type: "array",
      dense: true,
      // Values only: no formulas (their cached values are read), no HTML, no text SheetJS formats in en-US.
      cellFormula: false,
      cellHTML: false,
      cellText: false,
      cellDates: false,
      cellNF: true,
      // Row properties (hidden rows) come with the styles.
      cellStyles: true,
      bookVBA: false,
      bookFiles: false,
      bookDeps: false,
      WTF: false,
      // One row past the limit is read, so that a longer sheet is refused rather than cut without a word.
      sheetRows: WORKBOOK_LIMITS.rows + 1,
    });
  } catch (error) {
    // SheetJS throws Errors and strings alike; the message is only used to tell a locked file from a broken one.
    return fatal(/password/i.test(String(error)) ? "workbook-encrypted" : "workbook-damaged", {}, []);
  }

  const sheets = sheetsOf(workbook);
  const names = sheets.map((s) => s.name).join(", ");
  const choice = chooseSheet(workbook, sheets, options.sheet);
  if (!choice.ok) return fatal(choice.code, { name: options.sheet ?? "", sheets: names }, sheets);

  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const { records, tooManyRows, formats } = sheetRecords(choice.sheet, (cell) => cellDisplay(cell, options.lang, date1904));
  if (tooManyRows) return fatal("workbook-too-many-rows", { limit: WORKBOOK_LIMITS.rows - 1, sheet: choice.name }, sheets);

  // The cells are text now: SheetJS's cell objects (most of the memory) can go before the table is built.
  const { "!rows": rowProps, "!merges": merges } = choice.sheet;
  choice.sheet["!data"] = [];
  const { table, findings } = tableFromRecords(records);
  const all = [...findings, ...sheetFindings({ "!rows": rowProps, "!merges": merges }, table, records, formats)];
  return { table, findings: all.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), encoding: null, delimiter: null, sheet: choice.name, sheets };
}

async function refuseBeforeParsing(bytes: Uint8Array): Promise<Pick<Finding<IssueCode>, "code" | "params"> | null> {
  if (bytes.length === 0) return { code: "file-empty" };
  if (bytes.length > WORKBOOK_LIMITS.fileBytes) return { code: "workbook-too-large", params: { size: bytes.length, limit: WORKBOOK_LIMITS.fileBytes } };
  // A compound file is .xls, or an .xlsx that Office encrypted with a password.
  if (startsWith(bytes, CFB_SIGNATURE)) return holdsStreamNamed(bytes, "EncryptionInfo") ? { code: "workbook-encrypted" } : null;
  if (!startsWith(bytes, ZIP_SIGNATURE)) return { code: "workbook-unknown-format" };
  const zip = readZipDirectory(bytes);
  if (!zip.ok) return zip.reason === "zip64" ? { code: "workbook-unpacks-too-large", params: { size: 2 ** 32, limit: WORKBOOK_LIMITS.unpackedBytes } } : { code: "workbook-damaged" };
  const tooLarge = { code: "workbook-unpacks-too-large", params: { size: zip.unpackedBytes, limit: WORKBOOK_LIMITS.unpackedBytes } } as const;
  if (zip.unpackedBytes > WORKBOOK_LIMITS.unpackedBytes || zip.entries.length > WORKBOOK_LIMITS.zipEntries) return tooLarge;
  const inflated = await checkInflatedSizes(bytes, zip.entries);
  if (inflated === "damaged") return { code: "workbook-damaged" };
  // An entry inflating past its declared size is a lie told to get past the check above: a ZIP bomb.
  return inflated === "larger-than-declared" ? { code: "workbook-unpacks-too-large" } : null;
}

/**
 * Office saves a password-protected .xlsx as a compound file with an "EncryptionInfo" stream; SheetJS's own errors
 * for it vary, so the stream's name (UTF-16LE in the compound file's directory) is looked for first.
 */
function holdsStreamNamed(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let at = bytes.indexOf(first); at >= 0 && at + name.length * 2 <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    for (let i = 0; i < name.length; i += 1) {
      if (bytes[at + 2 * i] !== name.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

function fatal(code: IssueCode, params: Record<string, string | number>, sheets: readonly SheetInfo[]): WorkbookResult {
  return {
    table: { columns: [], rows: [] },
    findings: [{ row: null, column: null, code, params }],
    encoding: null,
    delimiter: null,
    sheet: null,
    sheets,
  };
}
