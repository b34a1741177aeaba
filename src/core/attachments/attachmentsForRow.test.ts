import type { GivenFile } from "../types";
import { attachmentsForRow, MAX_FILE_BYTES, unusedFiles } from "./attachmentsForRow";
import { indexFiles } from "./fileIndex";

const MB = 1024 * 1024;
const file = (id: string, name: string, size = 1000): GivenFile => ({ id, name, size });

const given: GivenFile[] = [
  file("1", "Rechnung 1.pdf"),
  file("2", "2026/Rechnung 2.pdf"),
  file("3", "Mu\u0308ller.pdf"), // NFD, as macOS names it
  file("4", "2025/Bericht.pdf"),
  file("5", "2026/Bericht.pdf"),
  file("6", "Video.mp4", MAX_FILE_BYTES + 1),
  file("7", "Gross A.zip", 20 * MB),
  file("8", "Gross B.zip", 10 * MB),
  file("9", "Genau.bin", MAX_FILE_BYTES),
  file("10", "Bericht.pdf"), // a third "Bericht.pdf", without a folder
  file("1", "Rechnung 1.pdf"), // the same file given twice
];
const index = indexFiles(given);

interface Case {
  name: string;
  names: string[];
  files: string[];
  findings: Array<[string, Record<string, string | number>]>;
}

const cases: Case[] = [
  { name: "exact name", names: ["Rechnung 1.pdf"], files: ["1"], findings: [] },
  { name: "case-insensitive", names: ["RECHNUNG 1.PDF"], files: ["1"], findings: [] },
  { name: "Windows path in the cell", names: ["C:\\Users\\x\\Rechnung 1.pdf"], files: ["1"], findings: [] },
  { name: "given file has a folder", names: ["Rechnung 2.pdf"], files: ["2"], findings: [] },
  { name: "NFC cell, NFD file", names: ["M\u00fcller.pdf"], files: ["3"], findings: [] },
  { name: "several files", names: ["Rechnung 1.pdf", "Rechnung 2.pdf"], files: ["1", "2"], findings: [] },
  { name: "the same file named twice is attached once", names: ["Rechnung 1.pdf", "rechnung 1.PDF", "x/Rechnung 1.pdf"], files: ["1"], findings: [] },
  { name: "missing", names: ["Rechnung 3.pdf"], files: [], findings: [["attachment-missing", { name: "Rechnung 3.pdf" }]] },
  {
    name: "one missing, one found",
    names: ["Rechnung 1.pdf", "fehlt.pdf"],
    files: ["1"],
    findings: [["attachment-missing", { name: "fehlt.pdf" }]],
  },
  {
    name: "ambiguous",
    names: ["Bericht.pdf"],
    files: [],
    findings: [["attachment-ambiguous", { name: "Bericht.pdf", matches: "2025/Bericht.pdf, 2026/Bericht.pdf, Bericht.pdf" }]],
  },
  { name: "a folder in the cell tells them apart", names: ["2026/Bericht.pdf"], files: ["5"], findings: [] },
  { name: "a Windows folder too", names: ["C:\\Daten\\2025\\Bericht.pdf"], files: ["4"], findings: [] },
  {
    name: "a folder that matches none keeps it ambiguous",
    names: ["2024/Bericht.pdf"],
    files: [],
    findings: [["attachment-ambiguous", { name: "2024/Bericht.pdf", matches: "2025/Bericht.pdf, 2026/Bericht.pdf, Bericht.pdf" }]],
  },
  {
    name: "too large",
    names: ["Video.mp4"],
    files: [],
    findings: [["attachment-too-large", { name: "Video.mp4", size: MAX_FILE_BYTES + 1 }]],
  },
  // The message's size (these files with the ones for everyone) is judged by the plan: messageSize.test.ts.
  { name: "exactly at the limit", names: ["Genau.bin"], files: ["9"], findings: [] },
  { name: "two large files are both attached", names: ["Gross A.zip", "Gross B.zip"], files: ["7", "8"], findings: [] },
  { name: "nothing named", names: [], files: [], findings: [["attachment-name-empty", {}]] },
  {
    name: "zero-width space in the name is shown, not matched",
    names: ["Rechnung\u200b 1.pdf"],
    files: [],
    findings: [["attachment-missing", { name: "Rechnung<U+200B> 1.pdf" }]],
  },
  {
    name: "RTL override in the name is shown, not obeyed",
    names: ["Rechnung\u202efdp.exe"],
    files: [],
    findings: [["attachment-missing", { name: "Rechnung<U+202E>fdp.exe" }]],
  },
  {
    name: "a formula is just a name that is missing",
    names: ['=HYPERLINK("file:///C:/a.pdf")'],
    files: [],
    findings: [["attachment-missing", { name: '=HYPERLINK("file:///C:/a.pdf")' }]],
  },
  {
    name: "a folder alone is missing",
    names: ["2026/"],
    files: [],
    findings: [["attachment-missing", { name: "2026/" }]],
  },
  {
    name: "an absurdly long name is cut in the message",
    names: ["x".repeat(5000)],
    files: [],
    findings: [["attachment-missing", { name: `${"x".repeat(159)}…` }]],
  },
];

describe("attachmentsForRow", () => {
  test.each(cases)("$name", ({ names, files, findings }) => {
    const result = attachmentsForRow(9, "Anhang", names, index);
    expect(result.files.map((f) => f.id)).toEqual(files);
    expect(result.findings.map((f) => [f.code, f.params ?? {}])).toEqual(findings);
    for (const finding of result.findings) {
      expect(finding.row).toBe(9);
      expect(finding.column).toBe("Anhang");
    }
  });
});

describe("unusedFiles", () => {
  test("warns about each file no row used, once", () => {
    const files = [file("1", "a.pdf"), file("2", "b.pdf"), file("2", "b.pdf"), file("3", "c\u202e.pdf")];
    expect(unusedFiles(files, new Set(["1"]))).toEqual([
      { row: null, column: null, code: "attachment-unused", params: { name: "b.pdf" } },
      { row: null, column: null, code: "attachment-unused", params: { name: "c<U+202E>.pdf" } },
    ]);
  });
  test("nothing when all are used", () => {
    expect(unusedFiles([file("1", "a.pdf")], new Set(["1"]))).toEqual([]);
  });
});
