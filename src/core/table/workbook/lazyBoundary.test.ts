// The pane will load the workbook reader with import() only when a workbook is chosen: the table module itself, and
// telling a workbook by its first bytes, must not load SheetJS.
import { looksLikeWorkbook, readTable } from "../index";

jest.mock("@e965/xlsx", () => {
  throw new Error("SheetJS was loaded");
});

test("the table module and looksLikeWorkbook do without SheetJS; readWorkbook is what loads it", async () => {
  expect(readTable({ kind: "text", text: "E-Mail\na@example.de" }).table.rows).toHaveLength(1);
  expect(looksLikeWorkbook(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
  expect(looksLikeWorkbook(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
  expect(looksLikeWorkbook(new TextEncoder().encode("E-Mail;Name\n"))).toBe(false);
  await expect(import("./readWorkbook")).rejects.toThrow("SheetJS was loaded");
});
