// Folders Rundmail writes into (drafts --out, send --out, send --save-sent) follow one rule: a file Rundmail did not
// write is never removed or replaced; earlier Rundmail output is replaced only with --force. What Rundmail wrote it
// knows from its report: report.csv (recognised by its header, in either language) and the drafts it lists.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { fileReportColumns } from "../core/report";
import { LANGUAGES, type Lang } from "../i18n";
import { UsageError } from "./inputs";
import { say } from "./strings";

export const REPORT_FILE = "report.csv";

/** The header rows of every report Rundmail writes (drafts and send, English and German), compared ignoring case. */
const REPORT_HEADERS: readonly string[] = LANGUAGES.flatMap((lang) =>
  (["fileOrReason", "details"] as const).map((last) => fileReportColumns(lang, last).join("\u0000").toLowerCase()),
);

function reportRows(text: string): string[][] | null {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  const header = rows[0];
  if (header === undefined || !REPORT_HEADERS.includes(header.map((cell) => cell.trim()).join("\u0000").toLowerCase())) return null;
  return rows;
}

/** A draft's file name as Rundmail makes them (draftFileName): "0002_anna@example.de.eml", no folder in it. */
const DRAFT_NAME = /^\d{4,}_[^/\\]+\.eml$/i;

/**
 * The files in `dir` an earlier Rundmail run wrote: its report.csv, if Rundmail's, and the .eml files that report
 * names. Anything else — the user's template, other mail — is not Rundmail's.
 */
export function rundmailOutputIn(dir: string): Set<string> {
  const ours = new Set<string>();
  const reportPath = join(dir, REPORT_FILE);
  if (!existsSync(reportPath)) return ours;
  let rows: string[][] | null;
  try {
    rows = reportRows(readFileSync(reportPath, "utf8"));
  } catch {
    return ours;
  }
  if (rows === null) return ours;
  ours.add(REPORT_FILE);
  for (const row of rows.slice(1)) {
    const name = (row[3] ?? "").trim();
    if (DRAFT_NAME.test(name) && existsSync(join(dir, name))) ours.add(name);
  }
  return ours;
}

export interface PreparedFolder {
  /** Files left in the folder because Rundmail did not write them. */
  readonly kept: number;
}

/**
 * Makes `dir` ready for new output named `names`: an empty or new folder is; a folder with earlier output needs
 * --force, which removes only Rundmail's own files. A name that is taken by a file Rundmail did not write is
 * refused before anything is removed or written.
 */
export function prepareOutFolder(dir: string, force: boolean, names: readonly string[], lang: Lang): PreparedFolder {
  if (!existsSync(dir)) return { kept: 0 };
  if (!statSync(dir).isDirectory()) throw new UsageError(say(lang, "outIsFile", { path: dir }));
  const earlier = readdirSync(dir);
  if (earlier.length === 0) return { kept: 0 };
  if (!force) throw new UsageError(say(lang, "outExists", { path: dir }));
  const ours = rundmailOutputIn(dir);
  const foreign = new Set(earlier.filter((name) => !ours.has(name)));
  const taken = names.find((name) => foreign.has(name));
  if (taken !== undefined) throw new UsageError(say(lang, "outNameTaken", { name: taken, path: dir }));
  for (const name of ours) rmSync(join(dir, name), { force: true });
  return { kept: foreign.size };
}

/**
 * For `send`: its folder holds the journal of one mailing, and the report is rewritten after every run of it. A
 * folder without that journal is treated like a drafts folder: earlier output there needs --force, and a report
 * Rundmail did not write is never replaced.
 */
export function checkSendFolder(dir: string, hasJournal: boolean, force: boolean, lang: Lang): void {
  if (hasJournal || !existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new UsageError(say(lang, "outIsFile", { path: dir }));
  if (readdirSync(dir).length === 0) return;
  if (!force) throw new UsageError(say(lang, "outExists", { path: dir }));
  if (existsSync(join(dir, REPORT_FILE)) && !rundmailOutputIn(dir).has(REPORT_FILE)) {
    throw new UsageError(say(lang, "outNameTaken", { name: REPORT_FILE, path: dir }));
  }
}

/**
 * For `send --save-sent`: copies of earlier mailings stay (it is the user's record of what was sent); one that a copy
 * of this run would replace needs --force.
 */
export function checkSaveSentFolder(dir: string, names: readonly string[], force: boolean, lang: Lang): void {
  if (force || !existsSync(dir) || !statSync(dir).isDirectory()) return;
  const taken = names.find((name) => existsSync(join(dir, name)));
  if (taken !== undefined) throw new UsageError(say(lang, "saveSentTaken", { name: taken, path: dir }));
}
