// Every issue code's text in English. The codes and their severities are in codes.ts; the shape is IssueTexts
// (issueTexts.ts): the compiler checks that every code has its text here.
import { formatBytes, formatNumber } from "../../i18n";
import type { FindingParams } from "../types";
import { param } from "./findingParams";
import type { IssueTexts } from "./issueTexts";

/** Where in the template something is: the `where` param is one of these keys, put into words here. */
const WHERE: Readonly<Record<string, string>> = { subject: "subject", body: "message text", pattern: "attachment pattern" };
const where = (p: FindingParams): string => WHERE[param(p, "where")] ?? param(p, "where");
const size = (p: FindingParams): string => formatBytes(Number(p["size"] ?? 0), "en");
const at = (p: FindingParams): string => `${where(p)}, line ${param(p, "line")}, column ${param(p, "col")}`;

export const issueTextsEn: IssueTexts = {
  row: "Row",
  codes: {
    // ---- reading the table (src/core/table) ----
    "file-empty": () => "The file is empty. Choose the file that holds your recipient list.",
    "file-binary": () =>
      "This is not a text table (it looks like a binary file, such as an Excel workbook). Save it as CSV and try again.",
    "table-no-rows": () => "The table has a header row but no recipients below it.",
    "table-unclosed-quote": () =>
      'A quotation mark (") in this row is never closed, so the rest of the file would run into one cell. Close or remove the quotation mark.',
    "table-header-empty": (p) => `Column ${param(p, "index")} has no header; it is called '${param(p, "name")}'.`,
    "table-header-duplicate": (p) => `The header '${param(p, "header")}' appears twice; the second column is called '${param(p, "name")}'.`,
    "row-extra-cells": (p) =>
      `This row has ${param(p, "count")} cells but the header has only ${param(p, "columns")} columns; the extra cells are ignored.`,
    // ---- workbooks (src/core/table/workbook) ----
    "workbook-too-large": (p) =>
      `The workbook is ${size(p)}; Rundmail reads workbooks up to ${formatBytes(Number(p["limit"] ?? 0), "en")}. Save the recipient list as a workbook of its own, or as CSV.`,
    "workbook-unpacks-too-large": (p) =>
      p["size"] === undefined
        ? "The workbook unpacks to more than its own table of contents says, as a ZIP bomb does; it is not opened. If it is yours, save the list as a new workbook or as CSV."
        : `The workbook would unpack to ${size(p)}, more than the ${formatBytes(Number(p["limit"] ?? 0), "en")} a recipient list needs; it is not opened. If it is yours, save the list as a new workbook or as CSV.`,
    "workbook-unknown-format": () =>
      "This is not an Excel or LibreOffice workbook (.xlsx, .xls, .ods). Open it in Excel or LibreOffice and save it as one, or as CSV.",
    "workbook-damaged": () => "The workbook is damaged or incomplete and cannot be read. Open it in Excel or LibreOffice, save it again and try again.",
    "workbook-encrypted": () => "The workbook is protected with a password. Save a copy without a password and choose that.",
    "workbook-sheet-unknown": (p) => `The workbook has no sheet '${param(p, "name")}'. Its sheets are: ${param(p, "sheets")}.`,
    "workbook-no-table": (p) =>
      `No visible sheet holds a table; only hidden ones do. Choose the sheet by name (the sheets are: ${param(p, "sheets")}), or unhide it in Excel.`,
    "workbook-too-many-rows": (p) =>
      `The sheet '${param(p, "sheet")}' has more than ${formatNumber(Number(p["limit"] ?? 0), "en")} rows; Rundmail reads up to that many recipients. Split the list into several sheets or files.`,
    "workbook-format-unsupported": (p) =>
      `Column ${param(p, "column")}: the number format '${param(p, "format")}' cannot be shown exactly as Excel shows it; the values appear in a plain form. Check them in the preview.`,
    "workbook-merged-cells": (p) =>
      `The cells ${param(p, "range")} are merged: only the first holds the value, the others are read as empty. Unmerge them in the workbook if each row needs the value.`,
    "workbook-hidden-row": () =>
      "This row is hidden in the workbook, but it is a recipient like any other. Delete the row if this person should not get a message.",

    // ---- recipients (src/core/recipients) ----
    "email-column-missing": () =>
      "No e-mail column found. Name a column 'E-Mail' (or 'Email'), or choose the column that holds the addresses.",
    "column-unknown": (p) => `There is no column '${param(p, "name")}'. The columns are: ${param(p, "columns")}.`,
    "email-empty": () => "The e-mail address is empty. Fill in the cell or remove the row.",
    "email-invalid": (p) => `'${param(p, "value")}' is not an e-mail address. Correct the cell or remove the row.`,
    "email-multiple": (p) =>
      `The cell holds ${param(p, "count")} addresses. Each message goes to exactly one person, so nobody sees another recipient: put each address in a row of its own.`,
    "email-name-dropped": (p) =>
      `The name '${param(p, "name")}' would show an address in To, as if the message went to someone else too, so it is left out: the message goes to ${param(p, "address")} without a name.`,
    "email-duplicate": (p) => `${param(p, "address")} already appears in row ${formatNumber(Number(p["firstRow"] ?? 0), "en")}; this person will get two messages.`,
    "cc-invalid": (p) => `'${param(p, "value")}' in the Cc column is not an e-mail address. Correct the cell or empty it.`,
    "cc-multiple": (p) =>
      `The Cc cell holds ${param(p, "count")} addresses; a message may have at most one Cc so that nobody sees another recipient.`,
    "cc-conflict": (p) =>
      `This row has its own Cc (${param(p, "address")}) and the template has a Cc too; a message may have at most one Cc. Remove one of them.`,

    // ---- template (src/core/template) ----
    "template-unknown-field": (p) =>
      `The field {{${param(p, "field")}}} (${where(p)}) is not a column of the table.` +
      (p["suggestion"] ? ` Did you mean {{${param(p, "suggestion")}}}?` : ` The columns are: ${param(p, "columns")}.`),
    "template-unclosed-field": (p) => `The template is broken (${at(p)}): '{{' is never closed by '}}'.`,
    "template-empty-field": (p) => `The template is broken (${at(p)}): '{{}}' names no field. Write a column name between the braces.`,
    "template-unclosed-section": (p) =>
      `The template is broken (${at(p)}): the section {{${param(p, "tag")}}} is never closed. Add {{/${param(p, "name")}}} where it should end.`,
    "template-unexpected-close": (p) =>
      `The template is broken (${at(p)}): {{/${param(p, "name")}}} closes a section that was never opened` +
      (p["expected"] ? ` (the open section is {{${param(p, "expected")}}}).` : "."),
    // Merge fields in markup (src/core/template/scanMarkup.ts, urlValue.ts): a field where nothing can be filled in
    // is an error, not a warning — sent, "{{X}}" would reach every recipient (Outlook shows its <!--[if mso]> blocks).
    "template-field-misplaced": (p) =>
      `The template is broken (${at(p)}): {{${param(p, "field")}}} is ${
        {
          comment: "inside an HTML comment (such as Outlook's <!--[if mso]> blocks)",
          style: "inside a <style> block",
          script: "inside a <script> block",
          element: `inside <${param(p, "element")}>`,
          code: `in the attribute ${param(p, "element")}, whose value is code`,
          tag: "inside a tag but outside any attribute value",
          field: "inside the braces of another field",
        }[param(p, "place")] ?? param(p, "place")
      }, where Rundmail cannot fill it in, so it would be sent as it is. Move it into the text or remove it.`,
    "template-section-misplaced": (p) =>
      `The template is broken (${at(p)}): the section tag {{${param(p, "tag")}}} is inside an attribute (such as a link's address) or the title. Sections can only stand in the text: put the section around the whole link.`,
    "template-field-in-url-scheme": (p) =>
      `The template is broken (${at(p)}): {{${param(p, "field")}}} stands in the scheme of an address (${param(p, "attribute")}, before "https:" or "mailto:" is complete), so a cell could make it any kind of link. Write the start of the address (https://…) in the template, or put the whole address in the cell and write only {{${param(p, "field")}}}.`,
    "template-fallback-not-a-link": (p) =>
      `The template is broken (${at(p)}): {{${param(p, "field")}}} is the whole address of a link, but its fallback '${param(p, "value")}' is not one. Write an address beginning with https://, http://, mailto: or tel:.`,
    "field-not-a-link": (p) =>
      `{{${param(p, "field")}}} is the whole address of a link, but '${param(p, "value")}' is not one: it must begin with https://, http://, mailto: or tel: (so that no cell can make a javascript: or data: link). Correct the cell.`,
    "template-bcc-multiple": () => "The template's Bcc may hold only one address (your own archive address).",
    "template-address-invalid": (p) => `The template's ${param(p, "header")} '${param(p, "value")}' is not one e-mail address.`,
    "subject-empty": () => "The subject is empty.",
    "field-empty": (p) =>
      `'${param(p, "field")}' is empty here and {{${param(p, "field")}}} has no fallback, so the message will have a gap. Fill the cell or write {{${param(p, "field")}|fallback}}.`,
    "subject-line-break": (p) => `'${param(p, "field")}' contains a line break; in the subject it is replaced by a space.`,

    // ---- attachments (src/core/attachments) ----
    "attachment-missing": (p) => `The file '${param(p, "name")}' was not found among the attachments given. Add it or correct the name.`,
    "attachment-ambiguous": (p) => `Several files match '${param(p, "name")}': ${param(p, "matches")}. Keep only one of them.`,
    "attachment-unused": (p) => `The file '${param(p, "name")}' is not named by any row and will not be sent.`,
    "attachment-too-large": (p) => `The file '${param(p, "name")}' is ${size(p)}; a single attachment may be at most 150 MB.`,
    "attachments-large": (p) =>
      `The attachments of this message add up to ${size(p)}; many mail servers refuse messages above 25 MB.`,
    "attachments-over-exchange-limit": (p) =>
      `This message comes to ${size(p)} with its attachments. Exchange Online takes at most 35 MB per message unless your administrator has raised the limit (up to 150 MB), so your mailbox will probably refuse it. Make the files smaller, or send them in several messages.`,
    "attachment-name-empty": () => "No attachment file is named in this row. Fill in the cell or remove the row.",
    "attachment-is-recipient-list": (p) =>
      `'${param(p, "name")}', attached to the template, is the recipient list itself: it is sent to nobody, so that no recipient gets everyone's addresses.`,
    "attachment-held-back": (p) =>
      `'${param(p, "name")}', attached to the template, is a table file and may be a list of people, so it is not sent to everyone. If every recipient should get it, say so: in Outlook, tick "to everyone" beside it; with the rundmail command, add --attach-to-everyone "${param(p, "name")}".`,

    // ---- run (src/core/run) and gateways (src/gateways): why a row's draft was not created ----
    // The run puts these into RowOutcome.message without the "Row N:" prefix (the UI and report.csv show the row).
    "privacy-rule": (p) =>
      `Refused: this message would break the privacy rule (${
        { "to-not-one": "not exactly one To address", "cc-more-than-one": "more than one Cc address", "bcc-more-than-one": "more than one Bcc address" }[
          param(p, "breach")
        ] ?? "an address with a line break, comma or semicolon in it"
      }). Each message has exactly one address in To, at most one in Cc and at most your own archive address in Bcc. Nothing was created.`,
    /** Not a problem: a resumed run met a draft an earlier run created. A warning so that it fits the table. */
    "run-already-created": () => "Already created by an earlier run; not created again.",
    "run-maybe-created": () =>
      "An earlier attempt at this draft was interrupted, so it may already exist. Check your Drafts folder: Rundmail did not create it again, so there is no second copy. If it is not there, start a new run for this row.",
    "run-no-answer": (p) =>
      `Creating this draft ended without an answer (${param(p, "reason")}), so it may have been created. Check your Drafts folder: Rundmail did not try again, so there is no second copy.`,
    "run-gave-up": (p) => `Still failing after ${param(p, "attempts")} attempts (${param(p, "reason")}). Try this row again later.`,
    "run-render-failed": (p) => `The message for this row could not be made (${param(p, "reason")}). Nothing was created.`,
    "run-ledger-failed": (p) =>
      `Rundmail could not check or note whether this draft was already created (${param(p, "reason")}), so it did not create it. Try again.`,
    "run-duplicate": () => "This row is in the run twice; its draft is created only once.",
    "run-cancelled": () => "Cancelled before the draft was created.",
    "run-cancelled-maybe-created": () => "Cancelled while the draft was being created, so it may exist. Check your Drafts folder.",
    "run-attachment-unreadable": (p) => `The file '${param(p, "name")}' could not be read (${param(p, "reason")}). Choose the file again and retry this row.`,
    "run-finish-failed": (p) => `The drafts could not be handed over at the end (${param(p, "reason")}).`,
    // ---- graph (src/gateways/graph): Microsoft Graph's answers, in the user's words ----
    "graph-no-token": (p) => `Rundmail could not sign in to your mailbox (${param(p, "reason")}). Nothing was created.`,
    "graph-busy": (p) => `Your mailbox is busy or unavailable (${param(p, "reason")}). Nothing was created.`,
    "graph-refused": (p) => `Your mailbox refused this draft (${param(p, "reason")}). Nothing was created.`,
    "graph-incomplete-draft": (p) =>
      `The draft was created but its attachments could not be added (${param(p, "reason")}), and it could not be removed again. Delete the draft to ${param(p, "address")} from your Drafts folder and start a new run for this row.`,
    "graph-timeout": (p) => `Your mailbox did not answer within ${param(p, "seconds")} seconds.`,
    "graph-send-failed": (p) =>
      `The message to ${param(p, "address")} was created but could not be sent (${param(p, "reason")}). It is in your Drafts folder: send it from there, or start the run again — Rundmail then sends that draft and creates no second copy.`,
    "graph-send-no-answer": (p) =>
      `Sending the message to ${param(p, "address")} got no answer (${param(p, "reason")}), so it may have gone out. Look in your Sent Items: if it is not there, it is in your Drafts folder — send it from there. Rundmail does not send it a second time by itself.`,
    "graph-send-started": () => "an earlier run started sending it",
    "graph-draft-changed": (p) =>
      `The draft to ${param(p, "address")} in your Drafts folder no longer has only this recipient (it was changed), so Rundmail does not send it. Check it and send it from there.`,
    "graph-no-message-id": () => "Microsoft Graph confirmed the draft without naming it",
    "graph-attachment-too-large": (p) => `${param(p, "name")} is larger than 150 MB, the most Microsoft Graph takes for one attachment.`,
    "graph-message-too-large": (p) =>
      `Your mailbox refused this message as too large (${param(p, "reason")}). Exchange Online takes at most 35 MB per message, attachments included, unless your administrator has raised the limit. Make the files smaller or send them in several messages. Nothing was created.`,
    "graph-send-quota": (p) =>
      `Your mailbox refused to send more messages for now (${param(p, "reason")}); Exchange Online allows 10,000 recipients a day. The message to ${param(p, "address")} is in your Drafts folder; start the run again later to send it.`,
    /** Before a send run: params sent (recipients in the last 24 h), limit, fit (messages sent now), rest, at (ms). */
    /** A row held back by the daily limit (param at: ms since 1970). */
    "compose-no-attachments": (p) =>
      `This message has ${param(p, "count")} attachment(s), but a compose window cannot take files from your computer. Choose the .eml download instead.`,
    "compose-no-bcc": (p) =>
      `A compose window opened by Rundmail cannot carry your archive Bcc (${param(p, "address")}). Remove the Bcc line from the template or choose the .eml download.`,
    "compose-subject-too-long": (p) => `The subject has ${param(p, "length")} characters; a compose window takes at most ${param(p, "max")}. Shorten the subject.`,
    "compose-body-too-large": (p) =>
      `The message text is ${size(p)}; a compose window takes at most 32 KB. Shorten the text or choose the .eml download.`,
    "compose-too-many-recipients": (p) => `The ${param(p, "field")} field has ${param(p, "count")} addresses; a compose window takes at most ${param(p, "max")}.`,
    "compose-failed": (p) => `Outlook could not open a compose window for this message (${param(p, "reason")}).`,
    "eml-compose-failed": (p) => `The .eml file for this message could not be written (${param(p, "reason")}).`,
    "eml-finished": () => "The ZIP file was already made when this draft came, so it is not in it. Start a new run for this row.",
    "imap-login": (p) => `The mail server ${param(p, "server")} refused the login for ${param(p, "user")} (${param(p, "reason")}). Check the user in --imap and the password (RUNDMAIL_IMAP_PASSWORD).`,
    "imap-tls": (p) =>
      `No encrypted connection to ${param(p, "server")} (${param(p, "reason")}). Check the port: imaps:// usually uses 993, imap:// (with STARTTLS) 143. --insecure allows imap:// without encryption.`,
    "imap-certificate": (p) =>
      `The certificate of ${param(p, "server")} is not trusted (${param(p, "reason")}). Check the host name; for a server with its own certificate authority, give it with --ca FILE.`,
    "imap-connect": (p) => `The mail server ${param(p, "server")} could not be reached (${param(p, "reason")}). Check the host and port in --imap and your network.`,
    "imap-folder-missing": (p) =>
      `The mailbox has no folder '${param(p, "folder")}'. Its folders: ${param(p, "folders")}. Give one of them with --folder.`,
    "imap-no-drafts-folder": (p) =>
      `The mailbox names no folder for drafts, and none has a usual name (Drafts, Entwürfe, …). Its folders: ${param(p, "folders")}. Give one with --folder.`,
    "imap-no-sent-folder": (p) =>
      `The mailbox names no folder for sent mail, and none has a usual name (Sent, Gesendet, Sent Items, …). Its folders: ${param(p, "folders")}. Give one with --sent-folder.`,
    "imap-over-quota": (p) => `The mailbox is full (${param(p, "reason")}). Delete or archive some mail, then run the same command again.`,
    "imap-too-big": (p) =>
      p["limit"] !== undefined
        ? `This draft is ${size(p)}; the mail server takes at most ${formatBytes(Number(p["limit"]), "en")} per message. Make its attachments smaller.`
        : `The mail server refused this draft as too large (${param(p, "reason")}). Make its attachments smaller.`,
    "imap-refused": (p) => `The mail server refused this draft (${param(p, "reason")}). Nothing was stored.`,
    "imap-throttled": (p) => `The mail server asks to slow down (${param(p, "reason")}); Rundmail waits and tries again.`,
    "imap-lost": (p) => `The connection to the mail server was lost (${param(p, "reason")}).`,
  },
};
