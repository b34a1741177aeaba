// Every sentence the `rundmail` command says, in English. The shape is CliTexts (strings.ts): the compiler checks
// that every key is here and that each text uses only the values its key is given.
import type { CliTexts } from "./strings";

export const cliTextsEn: CliTexts = {
  usage: () => USAGE_EN,
  unknownCommand: (p) => `Unknown command '${p["command"]}'. Use 'check', 'drafts' or 'send'.`,
  badOption: (p) => `${p["detail"]}\nRun 'rundmail --help' for the options.`,
  missingOption: (p) => `The option --${p["option"]} is required.`,
  bothAttachmentOptions: () => "Give either --attachment-column or --attachment-pattern, not both.",
  attachmentsNeedDir: () => "--attachment-column and --attachment-pattern need --attachments DIR (the folder holding the files).",
  cannotRead: (p) => `Cannot read ${p["what"]} '${p["path"]}': ${p["reason"]}`,
  recipientsWord: () => "the recipient list",
  templateWord: () => "the template",
  attachmentsWord: () => "the attachments folder",
  notAFolder: () => "it is not a folder",
  notFound: () => "no such file or folder",
  notAllowed: () => "permission denied",
  templateType: (p) => `The template '${p["path"]}' must be an .html, .htm, .txt or .eml file.`,
  unreadableTable: (p) => `Cannot use '${p["path"]}' as a recipient list: ${p["message"]}`,
  outExists: (p) =>
    `The folder '${p["path"]}' already holds earlier output. Choose another folder with --out, or add --force to replace it.`,
  outIsFile: (p) => `'${p["path"]}' is a file, not a folder.`,
  outNameTaken: (p) =>
    `'${p["name"]}' in '${p["path"]}' was not written by Rundmail, so it is not replaced. Move it away or choose another folder with --out. Nothing was written.`,
  saveSentTaken: (p) =>
    `'${p["path"]}' already holds '${p["name"]}', which a copy of this run would replace. Choose another folder with --save-sent, or add --force to replace such copies. Nothing was sent.`,
  keptForeignFiles: (p) => `${p["count"]} other files in ${p["dir"]} were not written by Rundmail and were left as they are.`,
  sheetLabel: (p) => `sheet '${p["name"]}'`,
  sheetNeedsWorkbook: (p) => `--sheet is for workbooks (.xlsx, .xls, .ods), but '${p["path"]}' is a text table. Leave out --sheet or choose the workbook.`,
  summaryRead: (p) => `Recipients: ${p["file"]} (${p["rows"]} rows, ${p["columns"]} columns, ${p["encoding"]}${p["delimiter"]})`,
  summaryColumns: (p) => `E-mail column: ${p["email"]}   Cc column: ${p["cc"]}`,
  summaryTemplate: (p) => `Template: ${p["file"]}   Subject: ${p["subject"]}`,
  summaryFiles: (p) => `Attachments: ${p["count"]} files given${p["rule"]}`,
  summaryCounts: (p) => `${p["drafts"]} of ${p["rows"]} rows ready as drafts, ${p["inError"]} rows with errors; ${p["errors"]} errors, ${p["warnings"]} warnings.`,
  readyYes: () => "Ready: every row becomes a draft.",
  readyNo: () => "Not ready: correct the errors above, then check again.",
  readyExcluding: (p) => `Rows ${p["rows"]} have errors and are excluded (--skip-invalid); every other row becomes a draft.`,
  excludedListed: (p) => `${p["count"]} rows with errors were excluded (--skip-invalid); the errors above give each one's reason.`,
  excludedInReport: (p) => `${p["count"]} rows with errors were excluded (--skip-invalid); the report lists each with its reason.`,
  errorsHeading: () => "Errors",
  warningsHeading: () => "Warnings",
  previewHeading: (p) => `First draft (row ${p["row"]}):`,
  none: () => "—",
  wroteDrafts: (p) => `Wrote ${p["count"]} drafts to ${p["dir"]}. Open a .eml file in Outlook to review and send it.`,
  wroteReport: (p) => `Report: ${p["file"]}`,
  noDraftsWritten: () => "Nothing was written: the errors above affect every message. Correct them and run again.",
  draftsBlockedByRowErrors: (p) =>
    `Nothing was written: ${p["count"]} rows have errors (rows ${p["rows"]}, listed above). Correct them, or add --skip-invalid to write the other ${p["valid"]} drafts and exclude these rows (the report lists them with their reasons).`,
  internalError: (p) => `Rundmail stopped because of an unexpected problem: ${p["message"]}`,
  fieldFrom: () => "From",
  fieldTo: () => "To",
  fieldSubject: () => "Subject",
  attachmentsLine: (p) => `Attachments: ${p["list"]}`,
  // ---- rundmail send ----
  badCount: (p) => `--${p["option"]} must be a whole number of ${p["min"]} or more, not '${p["value"]}'.`,
  smtpNotUrl: () => "--smtp must look like smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS).",
  smtpPasswordInUrl: () =>
    "Do not put the password into --smtp: command lines are visible to other programs and stay in the shell history. Remove it and set RUNDMAIL_SMTP_PASSWORD, or type it when asked.",
  smtpExtraParts: () => "--smtp takes a user, a host and a port only, e.g. smtp://user@host:587.",
  passwordNoTerminal: (p) =>
    `The server wants a password for ${p["user"]}, but RUNDMAIL_SMTP_PASSWORD is not set and there is no terminal to ask on. Set RUNDMAIL_SMTP_PASSWORD.`,
  passwordPrompt: (p) => `Password for ${p["user"]} at ${p["server"]}: `,
  passwordEmpty: () => "No password was given; nothing was sent.",
  fromMissing: (p) => `Give the sender with --from ADDRESS (the login '${p["user"]}' is not an e-mail address).`,
  fromMissingNoUser: () => "Give the sender with --from ADDRESS.",
  fromInvalid: (p) => `--from '${p["value"]}' is not one e-mail address.`,
  archiveInvalid: (p) => `--archive-bcc '${p["value"]}' is not one e-mail address. Give your own archive address.`,
  caWord: () => "the certificate file",
  caNotPem: (p) => `'${p["path"]}' holds no certificate. --ca wants a PEM file beginning with -----BEGIN CERTIFICATE-----.`,
  journalBusy: (p) => `Another rundmail (process ${p["pid"]}) is sending with '${p["dir"]}'. Wait for it to finish or stop it.`,
  journalDamaged: (p) =>
    `The journal '${p["file"]}' is damaged at line ${p["line"]}. Rundmail will not guess what was sent: restore the file, or check what arrived and start afresh with a new --out folder.`,
  cannotWrite: (p) => `Cannot write to '${p["path"]}': ${p["reason"]}`,
  sendRead: (p) => `Recipients: ${p["file"]} (${p["rows"]} rows)   Template: ${p["template"]}   Subject: ${p["subject"]}`,
  sendWarnings: (p) => `${p["count"]} warnings; 'rundmail check' or a run without --yes lists them.`,
  dryRunHeading: () => "Dry run: nothing is sent. Add --yes to send.",
  dryWouldSend: (p) => `Would send ${p["count"]} messages from ${p["from"]} over ${p["server"]} (${p["security"]}${p["login"]}), ${p["pace"]}.`,
  securityStartTls: () => "STARTTLS",
  securityTls: () => "TLS",
  securityNone: () => "STARTTLS if offered, else unencrypted",
  loginAs: (p) => `, login as ${p["user"]}`,
  paceLimited: (p) => `at most ${p["rate"]} per minute (about ${p["duration"]})`,
  paceNone: () => "without a rate limit",
  dryRecipients: (p) => `To: ${p["list"]}`,
  andMore: (p) => ` and ${p["count"]} more`,
  dryArchive: (p) => `Each message also goes to your archive address ${p["address"]} (in the envelope only, no Bcc header).`,
  dryAlreadySent: (p) => `${p["count"]} rows were sent in an earlier run and are not sent again (journal: ${p["file"]}).`,
  dryUnknown: (p) => `${p["count"]} rows may or may not have arrived in an earlier run; they are not sent again unless you add --resend-unknown.`,
  dryUnknownResend: (p) => `${p["count"]} rows that may or may not have arrived in an earlier run are sent again (--resend-unknown).`,
  dryHeld: (p) => `${p["count"]} rows are held back: an earlier version of their message already went to the same address.`,
  dryPartial: (p) => `${p["count"]} rows are not sent again: their address was refused earlier, but a copy went to the Cc or archive.`,
  dryRowErrors: (p) => `${p["count"]} rows have errors: nothing is sent until they are corrected, or add --skip-invalid to exclude them and send the other rows.`,
  dryRowErrorsExcluded: (p) => `${p["count"]} rows with errors are excluded and not sent (--skip-invalid).`,
  nothingToSend: () => "Nothing to send.",
  sendPreviewHeading: (p) => `First message (row ${p["row"]}):`,
  archiveLine: (p) => `Archive copy (envelope only): ${p["address"]}`,
  blockedByRowErrors: (p) =>
    `Nothing was sent: ${p["count"]} rows have errors (rows ${p["rows"]}, listed above). Correct them, or add --skip-invalid to send the other ${p["valid"]} rows and exclude these (the report lists them with their reasons).`,
  alreadySentRefused: (p) =>
    `These ${p["count"]} messages were already sent (the last on ${p["at"]}; journal: ${p["file"]}). Nothing was sent. To send them all once more, add --again.`,
  dryAlreadySentAll: (p) => `These ${p["count"]} messages were already sent (the last on ${p["at"]}). With --yes nothing is sent unless you add --again.`,
  sendingAgain: (p) => `--again: these ${p["count"]} messages, already sent (the last on ${p["at"]}), are sent once more as a new run.`,
  againNotNeeded: (p) => `--again has no effect: ${p["count"]} messages of this list have not been sent yet, and only they are sent (nothing twice).`,
  blockedWholeTable: () => "Nothing was sent: the errors above affect every message. Correct them and run again.",
  interrupting: () => "\nStopping after the message in flight … (Ctrl-C again quits at once; that message is then 'unknown')",
  progressLine: (p) => `${p["done"]}/${p["total"]} done, ${p["sent"]} sent${p["failed"]} · ${p["rate"]}/min${p["left"]}`,
  progressFailed: (p) => `, ${p["count"]} not sent`,
  timeLeft: (p) => `about ${p["duration"]} left`,
  summarySent: (p) => `Sent ${p["now"]} messages in this run over ${p["server"]}; ${p["all"]} of ${p["total"]} rows are sent.`,
  summaryAllSent: () => "Every message is sent.",
  summaryFailed: (p) => `${p["count"]} rows failed; running the same command again tries them again:`,
  summaryUnknown: (p) =>
    `${p["count"]} rows are unknown — the message was handed over but no answer came. Check your Sent folder or archive copy; they are sent again only with --resend-unknown:`,
  summaryPartial: (p) => `${p["count"]} rows were refused for their To address, but a copy reached their Cc or archive:`,
  summaryHeld: (p) =>
    `${p["count"]} rows were held back: an earlier version of their message already went to the same address. To send the new version anyway, use a new --out folder.`,
  summaryExcluded: (p) => `${p["count"]} rows with errors were excluded and not sent (--skip-invalid); the report lists each with its reason.`,
  summaryLimit: (p) => `${p["count"]} rows were left for a later run (--limit). Run the same command again to send them.`,
  summaryInterrupted: (p) => `Interrupted: ${p["count"]} rows were not sent. Run the same command again to send them.`,
  summaryStopped: (p) => `Stopped: ${p["why"]}`,
  summaryNotTried: (p) => `${p["count"]} rows were not tried; run the same command again once this is solved.`,
  summaryRowLine: (p) => `  Row ${p["row"]} (${p["address"]}): ${p["detail"]}`,
  summaryJournal: (p) => `Journal: ${p["file"]}`,
  summarySavedSent: (p) => `Copies of the sent messages: ${p["dir"]}`,
  problemLogin: (p) => `the server refused the login for ${p["user"]} (${p["reason"]}). Check the user in --smtp and the password.`,
  problemLoginNoUser: (p) => `the server wants a login (${p["reason"]}). Give the user in --smtp, e.g. smtp://user@host:587.`,
  problemTlsRequired: (p) =>
    `the server does not offer encryption (STARTTLS) (${p["reason"]}). Use smtps:// if it supports that, or --insecure to send unencrypted.`,
  problemCertificate: (p) =>
    `the server's certificate is not trusted (${p["reason"]}). If your provider uses its own certificate authority, give its certificate with --ca FILE.`,
  problemTls: (p) => `the encrypted connection could not be set up (${p["reason"]}). Check the port: smtps:// usually uses 465, smtp:// 587.`,
  problemConnect: (p) => `${p["server"]} could not be reached (${p["reason"]}). Check host and port, then run the same command again.`,
  detailSentEarlier: (p) => `sent ${p["at"]} in an earlier run`,
  detailRefused: (p) => ` The server refused ${p["list"]}.`,
  detailRetry: (p) => `${p["reason"]} (tried again on the next run)`,
  detailUnknown: (p) => `${p["reason"]}. Check your Sent folder or archive copy; --resend-unknown sends it again.`,
  detailUnknownEarlier: (p) => `handed over ${p["at"]} in an earlier run, no answer. Check your Sent folder or archive copy; --resend-unknown sends it again.`,
  detailPartial: (p) => `${p["reason"]}. A copy went to ${p["list"]}; not sent again. Correct the address to send it.`,
  detailHeld: (p) =>
    `an earlier version went to this address ${p["at"]} (row ${p["row"]} then); not sent again. Use a new --out folder to send this version anyway.`,
  detailLimit: () => "left for a later run (--limit)",
  detailInterrupted: () => "not sent: interrupted",
  detailStopped: () => "not tried: the run stopped (see the summary)",
  attachmentFileWord: () => "the attachment",
  attachToEveryoneUnknown: (p) =>
    `--attach-to-everyone '${p["name"]}': the template has no attachment of that name. Its attachments: ${p["names"]}.`,
  attachmentReplaced: (p) =>
    `'${p["name"]}' is no longer the file that was checked (it was replaced, or is now a link to somewhere else), so it is not sent. Check the attachments folder and run the same command again.`,
  attachmentGone: (p) => `'${p["name"]}' is no longer in the attachments folder, so it is not sent. Put it back and run the same command again.`,
  attachmentGrewTooLarge: (p) => `'${p["name"]}' has grown beyond 150 MB since it was checked, so it is not sent.`,
  attachmentSizeChanged: (p) =>
    `'${p["name"]}' changed since it was checked (its size is different), so it is not sent: nobody should get a half-written file. Run the same command again once it is complete.`,
  moreInReport: (p) => `  … and ${p["count"]} more (see the report)`,
  durationSeconds: (p) => `${p["n"]} s`,
  durationMinutes: (p) => `${p["n"]} min`,
  durationHours: (p) => `${p["h"]} h ${p["m"]} min`,
  // ---- rundmail drafts --imap ----
  imapNotUrl: () => "--imap must look like imaps://user@host:993 (TLS) or imap://user@host:143 (STARTTLS).",
  imapPasswordInUrl: () =>
    "Do not put the password into --imap: command lines are visible to other programs and stay in the shell history. Remove it and set RUNDMAIL_IMAP_PASSWORD, or type it when asked.",
  imapNoUser: () => "--imap needs the login name of the mailbox, e.g. imaps://anna@imap.example.de.",
  imapExtraParts: () => "--imap takes a user, a host and a port only, e.g. imaps://user@host:993. Name the folder with --folder.",
  imapOptionsNeedImap: () => "--folder, --ca and --insecure go with --imap.",
  imapBlockedByRowErrors: (p) =>
    `Nothing was put into the mailbox: ${p["count"]} rows have errors (rows ${p["rows"]}, listed above). Correct them, or add --skip-invalid to create the other ${p["valid"]} drafts and exclude these rows (with --out, the report lists them with their reasons).`,
  imapBlockedWholeTable: () => "Nothing was put into the mailbox: the errors above affect every message. Correct them and run again.",
  imapPasswordNoTerminal: (p) =>
    `The mailbox wants a password for ${p["user"]}, but RUNDMAIL_IMAP_PASSWORD is not set and there is no terminal to ask on. Set RUNDMAIL_IMAP_PASSWORD.`,
  imapPasswordEmpty: () => "No password was given; nothing was stored.",
  imapOpened: (p) => `Putting ${p["count"]} drafts into the folder '${p["folder"]}' of ${p["user"]} at ${p["server"]} …`,
  imapNoBcc: () => "Note: the template's Bcc is not put into the drafts (a draft in the mailbox carries no Bcc). Add it when you send.",
  imapRowFailed: (p) => `  Row ${p["row"]} (${p["address"]}): ${p["reason"]}`,
  imapDone: (p) => `${p["created"]} drafts put into '${p["folder"]}'; ${p["earlier"]} were there already from an earlier run. Open them in your mail program to review and send.`,
  imapNotCreated: (p) => `${p["count"]} drafts were not created (see above). Run the same command again to add what is missing: nothing is added twice.`,
  imapStopped: (p) => `Stopped: ${p["reason"]}`,
  imapProgress: (p) => `${p["done"]}/${p["total"]} done, ${p["created"]} in the folder${p["left"]}`,
  imapInterrupting: () => "\nStopping after the draft in flight …",
  imapInterrupted: () => "Interrupted. Run the same command again to add the drafts that are missing: nothing is added twice.",
  sentCopies: (p) => `Copies in '${p["folder"]}': ${p["stored"]} put there now, ${p["there"]} were there already.`,
  sentCopyFailed: (p) =>
    `  Row ${p["row"]} (${p["address"]}): sent, but its copy could not be put into '${p["folder"]}' (${p["reason"]}). Run the same command again to add it.`,
};

const USAGE_EN = `rundmail — personalised circular e-mail, one private message per recipient

Usage:
  rundmail check  --recipients FILE --template FILE [options]   check the list and preview
  rundmail drafts --recipients FILE --template FILE --out DIR [options]   write one .eml draft per row
  rundmail drafts --recipients FILE --template FILE --imap URL [options]  put one draft per row into the mailbox
  rundmail send   --recipients FILE --template FILE --smtp URL [options] [--yes]   send one message per row

Options:
  --recipients FILE          CSV/TSV/TXT table (UTF-8, UTF-16 or Windows-1252; , ; tab or | separated),
                             or an Excel/LibreOffice workbook (.xlsx, .xls, .ods), values as Excel shows them
  --sheet NAME               the workbook's sheet holding the recipients (default: the first visible one with a table)
  --template FILE            .html/.htm or .txt (may begin with Subject:/Cc:/Bcc: lines), or .eml
  --subject TEXT             subject, overriding the template's
  --attachments DIR          folder with the files rows may name
  --attachment-column NAME   column naming each row's files (several separated by ;)
  --attachment-pattern TEXT  file name built from fields, e.g. "Rechnung_{{Nr}}.pdf"
  --attach-to-everyone NAME  send this attachment of an .eml template to everyone although it is a table
                             file (.csv, .xlsx, …); without it such files are held back (repeatable)
  --email-column NAME        column holding the addresses (found by itself otherwise)
  --cc-column NAME           column holding one Cc address per row
  --json                     (check) print one JSON object instead of text
  --out DIR                  (drafts) folder for the .eml files and report.csv
  --force                    replace earlier Rundmail output in --out (and, for send, copies in --save-sent);
                             files Rundmail did not write are never removed or replaced
  --skip-invalid             (drafts, send) exclude the rows with errors and create or send the others; each
                             excluded row is in the report with its reason. Without it, a list with any row in
                             error creates and sends nothing
  --lang de|en               language of messages (default: from LANG)

Sending (rundmail send; without --yes it is a dry run that sends nothing):
  --smtp URL                 smtp://user@host:587 (STARTTLS) or smtps://user@host:465 (TLS); the password
                             comes from RUNDMAIL_SMTP_PASSWORD or is asked for, never from the command line
  --from ADDRESS             sender (default: the login, if it is an address)
  --archive-bcc ADDRESS      your own archive address: a copy of every message, in the envelope only
  --rate N                   messages per minute (default 30, as Exchange Online allows; 0: no limit)
  --limit N                  send at most N messages in this run
  --yes                      really send
  --resend-unknown           send again the rows whose earlier outcome is unknown
  --again                    send a list that was already sent completely once more (a new run); without it
                             such a list is refused. An interrupted run is resumed without it
  --out DIR                  folder for journal.jsonl and report.csv (default: next to the list, LIST.rundmail)
  --save-sent DIR            keep every sent message as .eml (SMTP leaves no copy in your Sent folder)
  --save-sent-imap URL       put a copy of every sent message into your mailbox's Sent folder (\\Seen), once:
                             imaps://user@host (password from RUNDMAIL_IMAP_PASSWORD or asked for)
  --sent-folder NAME         that folder instead of the one marked (or named) Sent
  --ca FILE                  trust this certificate authority (PEM) besides the system's
  --insecure                 allow smtp:// without STARTTLS

Drafts into the mailbox (rundmail drafts --imap):
  --imap URL                 imaps://user@host:993 (TLS) or imap://user@host:143 (STARTTLS); the password
                             comes from RUNDMAIL_IMAP_PASSWORD or is asked for, never from the command line
  --folder NAME              this folder instead of the Drafts folder (else: SPECIAL-USE \\Drafts or a usual name)
  --out DIR                  (optional with --imap) folder for report.csv
  --ca FILE, --insecure      as for send (--insecure: allow imap:// without STARTTLS)
  The same command again adds only what the folder is missing.

Exit status: 0 ready (drafts, send: every row is created or sent), 1 some row has an error or was not created
or sent (excluded with --skip-invalid, failed, unknown, held back, --limit), 2 usage error or unreadable input,
3 (send, drafts --imap) the server could not be used: unreachable, login or TLS refused, 4 (drafts, send) refused,
nothing created or sent: the list has errors (see --skip-invalid) or was already sent completely (see --again),
130 (send, drafts --imap) interrupted by Ctrl-C. Running the same send command again sends only what is missing.`;
