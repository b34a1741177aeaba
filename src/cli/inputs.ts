// Reading what the user named on the command line: the recipient table, the template, the attachments folder.
// Problems a user can fix become a UsageError (exit 2, one clear sentence, no stack trace).
import { readFileSync, statSync } from "node:fs";
import { basename, extname } from "node:path";
import { sameBytes, type TemplateAttachment } from "../core/attachments";
import { decodeText, looksLikeWorkbook, readTable, type TableResult } from "../core/table";
import { decodeHtml } from "../core/template/entities";
import { toIssue } from "../core/issues/codes";
import type { TemplateSource } from "../core/plan";
import type { GivenFile } from "../core/types";
import type { Lang } from "../i18n";
import { say } from "./strings";

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

function reason(error: unknown, lang: Lang): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return say(lang, "notFound");
  if (code === "EACCES" || code === "EPERM") return say(lang, "notAllowed");
  if (code === "EISDIR") return say(lang, "notFound");
  return (error as Error).message;
}

function readBytes(path: string, what: "recipientsWord" | "templateWord", lang: Lang): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(say(lang, "cannotRead", { what: say(lang, what), path, reason: reason(error, lang) }));
  }
}

export interface Recipients {
  readonly path: string;
  /** The file's bytes, to tell the list apart from anything that could be attached (by content, not by name). */
  readonly bytes: Uint8Array;
  readonly result: TableResult;
  /** The workbook sheet read; null for a text table. */
  readonly sheet: string | null;
}

/**
 * Reads the recipient table: a workbook (told by content) through the workbook reader, loaded only then; anything
 * else as text. A file that is no table at all (empty, binary, damaged, no such sheet) is unreadable input: exit 2.
 */
export async function readRecipients(path: string, lang: Lang, sheet?: string): Promise<Recipients> {
  const bytes = readBytes(path, "recipientsWord", lang);
  if (looksLikeWorkbook(bytes)) {
    const { readWorkbook, WORKBOOK_FATAL_CODES } = await import("../core/table/workbook/readWorkbook");
    const result = await readWorkbook(bytes, sheet === undefined ? { lang } : { lang, sheet });
    const fatal = result.findings.find((f) => WORKBOOK_FATAL_CODES.has(f.code));
    if (fatal) throw new UsageError(say(lang, "unreadableTable", { path, message: toIssue(fatal, lang).message }));
    return { path, bytes, result, sheet: result.sheet };
  }
  // A sheet named for a text table is a mistake worth saying: the user may have chosen the wrong file.
  if (sheet !== undefined) throw new UsageError(say(lang, "sheetNeedsWorkbook", { path }));
  const result = readTable({ kind: "bytes", bytes });
  const fatal = result.findings.find((f) => f.code === "file-empty" || f.code === "file-binary");
  if (fatal) throw new UsageError(say(lang, "unreadableTable", { path, message: toIssue(fatal, lang).message }));
  return { path, bytes, result, sheet: null };
}

export interface LoadedTemplate {
  readonly source: TemplateSource;
  /** The template's own attachments (an .eml's), in its order. */
  readonly attachments: readonly GivenFile[];
  /** Bytes of the template's own attachments, by GivenFile id. */
  readonly ownFiles: ReadonlyMap<string, Uint8Array>;
}

const HEADER_LINE = /^(subject|betreff|cc|bcc)\s*:(.*)$/i;

/**
 * Reads an .html/.htm/.txt template, which may begin with header lines (Subject:, Cc:, Bcc:) and a blank line,
 * or an .eml, whose subject, body and attachments are taken. What becomes of the attachments is decided with the
 * recipient list in view (templateAttachments below), never here.
 */
export async function readTemplate(path: string, subjectOverride: string | undefined, lang: Lang): Promise<LoadedTemplate> {
  const ext = extname(path).toLowerCase();
  if (![".html", ".htm", ".txt", ".eml"].includes(ext)) throw new UsageError(say(lang, "templateType", { path }));
  const bytes = readBytes(path, "templateWord", lang);

  if (ext === ".eml") {
    // Loaded only for .eml templates: mailparser takes longer to load than checking a large list takes.
    const { simpleParser } = await import("mailparser");
    const mail = await simpleParser(Buffer.from(bytes));
    const ownFiles = new Map<string, Uint8Array>();
    const attachments: GivenFile[] = mail.attachments.map((a, i) => {
      const id = `template-attachment:${i}`;
      ownFiles.set(id, new Uint8Array(a.content));
      return { id, name: a.filename ?? `attachment-${i + 1}`, size: a.size };
    });
    const html = typeof mail.html === "string" ? mail.html : null;
    const source: TemplateSource = {
      subject: subjectOverride ?? mail.subject ?? "",
      body: html ?? mail.text ?? "",
      bodyType: html !== null ? "html" : "text",
      cc: addressText(mail.cc),
      bcc: addressText(mail.bcc),
    };
    return { source, attachments, ownFiles };
  }

  const decoded = decodeText(bytes);
  const text = "text" in decoded ? decoded.text : "";
  const { headers, body } = splitHeaderLines(text);
  const bodyType = ext === ".txt" ? "text" : "html";
  const subject = subjectOverride ?? headers.get("subject") ?? headers.get("betreff") ?? (bodyType === "html" ? htmlTitle(body) : "") ?? "";
  return {
    source: { subject, body, bodyType, cc: headers.get("cc") ?? null, bcc: headers.get("bcc") ?? null },
    attachments: [],
    ownFiles: new Map(),
  };
}

function splitHeaderLines(text: string): { headers: Map<string, string>; body: string } {
  const headers = new Map<string, string>();
  const lines = text.split(/\r\n|\n|\r/);
  let i = 0;
  for (; i < lines.length; i++) {
    const match = HEADER_LINE.exec(lines[i] ?? "");
    if (!match) break;
    headers.set((match[1] ?? "").toLowerCase(), (match[2] ?? "").trim());
  }
  // Header lines count only when a blank line ends them; otherwise "Subject: …" is part of the text.
  if (headers.size === 0 || (lines[i] ?? "").trim() !== "") return { headers: new Map(), body: text };
  return { headers, body: lines.slice(i + 1).join("\n") };
}

/** The subject from an HTML template's <title>, as a browser shows it: references decoded, white space collapsed. */
function htmlTitle(html: string): string | null {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return decodeHtml(match?.[1] ?? "").replace(/\s+/g, " ").trim() || null;
}

function addressText(field: { text: string } | { text: string }[] | undefined): string | null {
  if (!field) return null;
  return (Array.isArray(field) ? field.map((f) => f.text).join(", ") : field.text) || null;
}

/**
 * The template's own attachments as the core's rule sees them: each compared with the recipient list by content, and
 * named for everyone when the user said so (--attach-to-everyone NAME, by file name, ignoring case). A name that is
 * not among the attachments is a usage error: the user meant a file that is not there.
 */
export function templateAttachments(
  template: LoadedTemplate,
  list: Uint8Array,
  namedForEveryone: readonly string[],
  lang: Lang,
): TemplateAttachment[] {
  const key = (name: string): string => name.trim().normalize("NFC").toLowerCase();
  const named = new Set(namedForEveryone.map(key));
  for (const name of namedForEveryone) {
    if (!template.attachments.some((file) => key(file.name) === key(name))) {
      const names = template.attachments.map((file) => file.name).join(", ");
      throw new UsageError(say(lang, "attachToEveryoneUnknown", { name, names: names === "" ? say(lang, "none") : names }));
    }
  }
  return template.attachments.map((file) => {
    const bytes = template.ownFiles.get(file.id);
    return {
      file,
      isRecipientList: bytes !== undefined && sameBytes(bytes, list),
      ...(named.has(key(file.name)) ? { choice: "everyone" as const } : {}),
    };
  });
}

export const displayName = (path: string): string => basename(path);
