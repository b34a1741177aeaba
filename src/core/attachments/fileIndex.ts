// The given files, found by name the way a person expects: ignoring case, paths and Unicode normalisation.
import type { GivenFile } from "../types";
import { normaliseFileName } from "./fileNames";

export interface FileIndex {
  /** Every given file whose name matches (usually one; several means the name is ambiguous). */
  find(name: string): readonly GivenFile[];
}

const NONE: readonly GivenFile[] = [];

export function indexFiles(files: readonly GivenFile[]): FileIndex {
  const byName = new Map<string, GivenFile[]>();
  const seenIds = new Set<string>();
  for (const file of files) {
    if (seenIds.has(file.id)) continue; // the same file given twice is still one file
    seenIds.add(file.id);
    const key = normaliseFileName(file.name);
    if (key === "") continue;
    const list = byName.get(key);
    if (list) list.push(file);
    else byName.set(key, [file]);
  }
  return {
    find: (name) => {
      const key = normaliseFileName(name);
      return key === "" ? NONE : (byName.get(key) ?? NONE);
    },
  };
}
