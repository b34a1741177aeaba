// Which sheets of a workbook step 1 offers as the list, and whether it offers a choice at all. Pure.
import type { SheetInfo } from "../../core/table/workbook/sheetChoice";
import type { RecipientWorkbook } from "./wizard";

/** Sheets holding values, hidden ones too (the picker marks them; they are never taken without a choice). */
export function offeredSheets(workbook: RecipientWorkbook): readonly SheetInfo[] {
  return workbook.sheets.filter((s) => s.holdsValues || s.name === workbook.sheet);
}

/**
 * A picker when there is something to choose: several sheets hold values, or none could be taken without a choice
 * (only hidden sheets hold values) and one can be chosen.
 */
export function offersSheetChoice(workbook: RecipientWorkbook): boolean {
  const offered = offeredSheets(workbook).length;
  return offered >= 2 || (workbook.sheet === null && offered >= 1);
}
