// Command-line options, parsed with Node's own parseArgs (no dependency needed for this).
import { parseArgs } from "node:util";
import { isLang, type Lang } from "../i18n";
import { UsageError } from "./inputs";
import { DEFAULT_RATE_PER_MINUTE } from "../core/run/pace";
import { say } from "./strings";

export interface CommonOptions {
  readonly recipients: string;
  /** --sheet NAME: the workbook sheet holding the recipients (a workbook's first visible table otherwise). */
  readonly sheet?: string;
  readonly template: string;
  readonly subject?: string;
  readonly attachments?: string;
  readonly emailColumn?: string;
  readonly ccColumn?: string;
  readonly attachmentColumn?: string;
  readonly attachmentPattern?: string;
  /** Template attachments the user names for everyone, although they are table files (--attach-to-everyone). */
  readonly attachToEveryone: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  readonly force: boolean;
  /**
   * --skip-invalid (drafts and send): rows with errors are left out ("excluded") and reported; without it a list
   * with any row in error creates and sends nothing (issue 12: errors block until fixed or explicitly excluded).
   */
  readonly skipInvalid: boolean;
  readonly lang: Lang;
  readonly help: boolean;
  /** Only for `rundmail send`. */
  readonly send?: SendOptions;
  /** Only for `rundmail drafts --imap`: the drafts go into a mailbox instead of .eml files. */
  readonly imap?: ImapOptions;
}

export interface ImapOptions {
  /** imaps://user@host[:993] or imap://user@host[:143]; checked by gateways/imap/imapUrl.ts. */
  readonly url: string;
  /** --folder: the folder to use instead of the one the mailbox marks (or names) as Drafts. */
  readonly folder?: string;
  readonly insecure: boolean;
  readonly ca?: string;
}

export interface SendOptions {
  readonly smtp: string;
  readonly from?: string;
  readonly archiveBcc?: string;
  /** Messages per minute; 0 for no limit. */
  readonly rate: number;
  readonly limit?: number;
  /** Without it the command is a dry run. */
  readonly yes: boolean;
  readonly insecure: boolean;
  readonly ca?: string;
  readonly resendUnknown: boolean;
  /** --again: send a list the journal says was sent completely once more, as a new run. */
  readonly again: boolean;
  readonly saveSent?: string;
  /** --save-sent-imap URL: a copy of each sent message in the mailbox's Sent folder. */
  readonly saveSentImap?: string;
  /** --sent-folder NAME: that folder instead of the one marked (or named) Sent. */
  readonly sentFolder?: string;
}

const spec = {
  recipients: { type: "string" },
  sheet: { type: "string" },
  template: { type: "string" },
  subject: { type: "string" },
  attachments: { type: "string" },
  "email-column": { type: "string" },
  "cc-column": { type: "string" },
  "attachment-column": { type: "string" },
  "attachment-pattern": { type: "string" },
  "attach-to-everyone": { type: "string", multiple: true },
  json: { type: "boolean" },
  out: { type: "string" },
  force: { type: "boolean" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** `rundmail drafts` also puts the drafts into a mailbox (--imap). */
const draftsSpec = {
  ...spec,
  "skip-invalid": { type: "boolean" },
  imap: { type: "string" },
  folder: { type: "string" },
  insecure: { type: "boolean" },
  ca: { type: "string" },
} as const;

/** Options only `rundmail send` knows; the other commands refuse them as unknown. */
const sendSpec = {
  ...spec,
  smtp: { type: "string" },
  from: { type: "string" },
  "archive-bcc": { type: "string" },
  rate: { type: "string" },
  limit: { type: "string" },
  yes: { type: "boolean" },
  insecure: { type: "boolean" },
  ca: { type: "string" },
  "skip-invalid": { type: "boolean" },
  "resend-unknown": { type: "boolean" },
  again: { type: "boolean" },
  "save-sent": { type: "string" },
  "save-sent-imap": { type: "string" },
  "sent-folder": { type: "string" },
} as const;

export function parseOptions(args: readonly string[], command: string, defaultLang: Lang): CommonOptions {
  const langArg = args.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const rawLang = langArg < 0 ? undefined : args[langArg]?.includes("=") ? args[langArg]?.split("=")[1] : args[langArg + 1];
  const lang: Lang = isLang(rawLang) ? rawLang : defaultLang;
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    values = parseArgs({ args: [...args], options: command === "send" ? sendSpec : command === "drafts" ? draftsSpec : spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError(say(lang, "badOption", { detail: (error as Error).message }));
  }
  const str = (key: string): string | undefined => (typeof values[key] === "string" ? (values[key] as string) : undefined);
  const help = values["help"] === true;
  const recipients = str("recipients");
  const template = str("template");
  if (!help) {
    if (!recipients) throw new UsageError(say(lang, "missingOption", { option: "recipients" }));
    if (!template) throw new UsageError(say(lang, "missingOption", { option: "template" }));
    if (command === "drafts" && str("imap") === undefined && (str("folder") !== undefined || str("ca") !== undefined || values["insecure"] === true)) {
      throw new UsageError(say(lang, "imapOptionsNeedImap"));
    }
    if (command === "drafts" && !str("out") && str("imap") === undefined) throw new UsageError(say(lang, "missingOption", { option: "out" }));
    if (command === "send" && !str("smtp")) throw new UsageError(say(lang, "missingOption", { option: "smtp" }));
    if (str("attachment-column") !== undefined && str("attachment-pattern") !== undefined) {
      throw new UsageError(say(lang, "bothAttachmentOptions"));
    }
    if ((str("attachment-column") !== undefined || str("attachment-pattern") !== undefined) && !str("attachments")) {
      throw new UsageError(say(lang, "attachmentsNeedDir"));
    }
  }
  const options: Record<string, unknown> = {
    recipients: recipients ?? "",
    template: template ?? "",
    attachToEveryone: Array.isArray(values["attach-to-everyone"]) ? values["attach-to-everyone"] : [],
    json: values["json"] === true,
    force: values["force"] === true,
    skipInvalid: values["skip-invalid"] === true,
    lang,
    help,
  };
  const optional: Array<[string, string]> = [
    ["sheet", "sheet"],
    ["subject", "subject"],
    ["attachments", "attachments"],
    ["emailColumn", "email-column"],
    ["ccColumn", "cc-column"],
    ["attachmentColumn", "attachment-column"],
    ["attachmentPattern", "attachment-pattern"],
    ["out", "out"],
  ];
  for (const [name, flag] of optional) {
    const value = str(flag);
    if (value !== undefined) options[name] = value;
  }
  if (command === "send" && !help) options["send"] = sendOptions(str, (key) => values[key] === true, lang);
  const imap = str("imap");
  if (command === "drafts" && imap !== undefined) {
    const folder = str("folder");
    const ca = str("ca");
    options["imap"] = { url: imap, insecure: values["insecure"] === true, ...(folder !== undefined ? { folder } : {}), ...(ca !== undefined ? { ca } : {}) };
  }
  return options as unknown as CommonOptions;
}

function sendOptions(str: (key: string) => string | undefined, flag: (key: string) => boolean, lang: Lang): SendOptions {
  const options: Record<string, unknown> = {
    smtp: str("smtp") ?? "",
    rate: count(str("rate"), "rate", 0, lang) ?? DEFAULT_RATE_PER_MINUTE,
    yes: flag("yes"),
    insecure: flag("insecure"),
    resendUnknown: flag("resend-unknown"),
    again: flag("again"),
  };
  const limit = count(str("limit"), "limit", 1, lang);
  if (limit !== undefined) options["limit"] = limit;
  const optional: Array<[string, string]> = [
    ["from", "from"],
    ["archiveBcc", "archive-bcc"],
    ["ca", "ca"],
    ["saveSent", "save-sent"],
    ["saveSentImap", "save-sent-imap"],
    ["sentFolder", "sent-folder"],
  ];
  for (const [name, key] of optional) {
    const value = str(key);
    if (value !== undefined) options[name] = value;
  }
  return options as unknown as SendOptions;
}

function count(value: string | undefined, option: string, min: number, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim());
  if (value.trim() === "" || !Number.isInteger(n) || n < min) throw new UsageError(say(lang, "badCount", { option, min, value }));
  return n;
}
