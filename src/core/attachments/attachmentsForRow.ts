// One row's file names -> the files to attach, or why they cannot be.
import type { IssueCode } from "../issues/codes";
import { displayValue } from "../recipients/displayValue";
import type { Finding, GivenFile } from "../types";
import type { FileIndex } from "./fileIndex";
import { normaliseFileName, normaliseFilePath } from "./fileNames";

/** Graph's upload limit per file (an upload session takes at most 150 MB). */
export const MAX_FILE_BYTES = 150 * 1024 * 1024;

/** File names may be long; an issue message shows this much of one. */
const NAME_CHARS = 160;

export function attachmentsForRow(
  row: number,
  column: string | null,
  names: readonly string[],
  index: FileIndex,
): { files: GivenFile[]; findings: Finding<IssueCode>[] } {
  const files: GivenFile[] = [];
  const findings: Finding<IssueCode>[] = [];
  if (names.length === 0) {
    findings.push({ row, column, code: "attachment-name-empty" });
    return { files, findings };
  }

  const seenNames = new Set<string>();
  const seenIds = new Set<string>();
  for (const name of names) {
    const key = normaliseFileName(name);
    if (seenNames.has(key)) continue; // the same file named twice is attached once
    seenNames.add(key);

    const matches = narrowByPath(name, index.find(name));
    const file = matches[0];
    if (file === undefined) {
      findings.push({ row, column, code: "attachment-missing", params: { name: displayValue(name, NAME_CHARS) } });
    } else if (matches.length > 1) {
      const list = matches.map((m) => displayValue(m.name, NAME_CHARS)).join(", ");
      findings.push({ row, column, code: "attachment-ambiguous", params: { name: displayValue(name, NAME_CHARS), matches: list } });
    } else if (file.size > MAX_FILE_BYTES) {
      findings.push({ row, column, code: "attachment-too-large", params: { name: displayValue(file.name, NAME_CHARS), size: file.size } });
    } else if (!seenIds.has(file.id)) {
      seenIds.add(file.id);
      files.push(file);
    }
  }
  // The size of the whole message (with the files that go to everyone) is the plan's to judge: messageSize.ts.
  return { files, findings };
}

/**
 * Files that share a name may still be told apart by the path the cell gives: `2026/Rechnung 1.pdf` picks the
 * given `2026/Rechnung 1.pdf` over `2025/Rechnung 1.pdf`. Without such a path the name stays ambiguous.
 */
function narrowByPath(name: string, matches: readonly GivenFile[]): readonly GivenFile[] {
  if (matches.length < 2) return matches;
  const wanted = normaliseFilePath(name);
  if (!wanted.includes("/")) return matches;
  // One path must end with the other, and both must name a folder: `C:\Daten\2025\Bericht.pdf` picks the
  // given `2025/Bericht.pdf`, but a given `Bericht.pdf` without a folder never wins by this.
  const narrowed = matches.filter((file) => {
    const path = normaliseFilePath(file.name);
    if (!path.includes("/")) return false;
    return path === wanted || path.endsWith(`/${wanted}`) || wanted.endsWith(`/${path}`);
  });
  return narrowed.length > 0 ? narrowed : matches;
}

/** Files that no row names: they would silently not be sent. */
export function unusedFiles(files: readonly GivenFile[], usedIds: ReadonlySet<string>): Finding<IssueCode>[] {
  const findings: Finding<IssueCode>[] = [];
  const reported = new Set<string>();
  for (const file of files) {
    if (usedIds.has(file.id) || reported.has(file.id)) continue;
    reported.add(file.id);
    findings.push({ row: null, column: null, code: "attachment-unused", params: { name: displayValue(file.name, NAME_CHARS) } });
  }
  return findings;
}
