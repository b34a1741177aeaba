// Reading the recipient list the user gave step 1, with each reader loaded only when it is needed: the table reader
// (PapaParse, encodings) with the first table, the workbook reader (SheetJS, its own chunk) only for a workbook.
import type { TableInput, TableResult, WorkbookResult } from "../../core/table";
import { looksLikeWorkbook } from "../../core/table/workbook/signature";
import type { Lang } from "../../i18n";
import { loadPlanCode } from "../useDerivedPlan";

export type ListRead =
  | { readonly kind: "table"; readonly result: TableResult }
  | { readonly kind: "workbook"; readonly result: WorkbookResult; readonly bytes: Uint8Array };

/** Reads pasted text or HTML, or a text file; the plan's code starts loading beside it, as a table is about to be planned. */
export async function readTableLazily(input: TableInput): Promise<TableResult> {
  void loadPlanCode().catch(() => undefined);
  const { readTable } = await import("../../core/table");
  return readTable(input);
}

/**
 * A file's bytes: a workbook (.xlsx, .ods: a ZIP; .xls: a compound file) told by content, not by name — so that a
 * "list.xls" a web application wrote as text still reads as text — else a text table. `sheet`: the one the user chose.
 */
export async function readListBytes(bytes: Uint8Array, lang: Lang, sheet?: string): Promise<ListRead> {
  if (!looksLikeWorkbook(bytes)) return { kind: "table", result: await readTableLazily({ kind: "bytes", bytes }) };
  void loadPlanCode().catch(() => undefined);
  const { readWorkbook } = await import(/* webpackChunkName: "workbook" */ "../../core/table/workbook/readWorkbook");
  return { kind: "workbook", result: await readWorkbook(bytes, sheet === undefined ? { lang } : { lang, sheet }), bytes };
}
