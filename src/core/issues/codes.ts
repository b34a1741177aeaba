// The one table of issue codes: each code's severity and its English and German text.
// Messages say what is wrong and what to do. The row number is added in front by `toIssue`, not here.
import { formatBytes, type Lang } from "../../i18n";
import type { Finding, FindingParams, Issue, Severity } from "../types";

type Text = (p: FindingParams) => string;
interface CodeEntry {
  readonly severity: Severity;
  readonly en: Text;
  readonly de: Text;
}

const s = (p: FindingParams, key: string): string => String(p[key] ?? "");

/** Where in the template something is: the `where` param is one of these keys, put into words here. */
const WHERE: Record<string, Record<Lang, string>> = {
  subject: { en: "subject", de: "Betreff" },
  body: { en: "message text", de: "Nachrichtentext" },
  pattern: { en: "attachment pattern", de: "Anhangsmuster" },
};
const where = (p: FindingParams, lang: Lang): string => WHERE[s(p, "where")]?.[lang] ?? s(p, "where");

const size = (p: FindingParams, lang: Lang): string => formatBytes(Number(p["size"] ?? 0), lang);
const at = (p: FindingParams, lang: Lang): string =>
  lang === "de"
    ? `${where(p, lang)}, Zeile ${s(p, "line")}, Spalte ${s(p, "col")}`
    : `${where(p, lang)}, line ${s(p, "line")}, column ${s(p, "col")}`;

export const ISSUE_CODES = {
  // ---- reading the table (src/core/table) ----
  "file-empty": {
    severity: "error",
    en: () => "The file is empty. Choose the file that holds your recipient list.",
    de: () => "Die Datei ist leer. Wählen Sie die Datei mit Ihrer Empfängerliste.",
  },
  "file-binary": {
    severity: "error",
    en: () =>
      "This is not a text table (it looks like a binary file, such as an Excel workbook). Save it as CSV and try again.",
    de: () =>
      "Das ist keine Texttabelle (es sieht nach einer Binärdatei aus, etwa einer Excel-Arbeitsmappe). Speichern Sie sie als CSV und versuchen Sie es erneut.",
  },
  "table-no-rows": {
    severity: "error",
    en: () => "The table has a header row but no recipients below it.",
    de: () => "Die Tabelle hat eine Kopfzeile, aber keine Empfänger darunter.",
  },
  "table-unclosed-quote": {
    severity: "error",
    en: () =>
      'A quotation mark (") in this row is never closed, so the rest of the file would run into one cell. Close or remove the quotation mark.',
    de: () =>
      'Ein Anführungszeichen (") in dieser Zeile wird nie geschlossen, sodass der Rest der Datei in eine Zelle liefe. Schließen oder entfernen Sie das Anführungszeichen.',
  },
  "table-header-empty": {
    severity: "warning",
    en: (p) => `Column ${s(p, "index")} has no header; it is called '${s(p, "name")}'.`,
    de: (p) => `Spalte ${s(p, "index")} hat keine Überschrift; sie heißt jetzt '${s(p, "name")}'.`,
  },
  "table-header-duplicate": {
    severity: "warning",
    en: (p) => `The header '${s(p, "header")}' appears twice; the second column is called '${s(p, "name")}'.`,
    de: (p) => `Die Überschrift '${s(p, "header")}' kommt doppelt vor; die zweite Spalte heißt jetzt '${s(p, "name")}'.`,
  },
  "row-extra-cells": {
    severity: "warning",
    en: (p) =>
      `This row has ${s(p, "count")} cells but the header has only ${s(p, "columns")} columns; the extra cells are ignored.`,
    de: (p) =>
      `Diese Zeile hat ${s(p, "count")} Zellen, die Kopfzeile aber nur ${s(p, "columns")} Spalten; die überzähligen Zellen werden ignoriert.`,
  },

  // ---- recipients (src/core/recipients) ----
  "email-column-missing": {
    severity: "error",
    en: () =>
      "No e-mail column found. Name a column 'E-Mail' (or 'Email'), or choose the column that holds the addresses.",
    de: () =>
      "Keine E-Mail-Spalte gefunden. Nennen Sie eine Spalte 'E-Mail' oder wählen Sie die Spalte mit den Adressen aus.",
  },
  "column-unknown": {
    severity: "error",
    en: (p) => `There is no column '${s(p, "name")}'. The columns are: ${s(p, "columns")}.`,
    de: (p) => `Es gibt keine Spalte '${s(p, "name")}'. Die Spalten heißen: ${s(p, "columns")}.`,
  },
  "email-empty": {
    severity: "error",
    en: () => "The e-mail address is empty. Fill in the cell or remove the row.",
    de: () => "Die E-Mail-Adresse ist leer. Füllen Sie die Zelle aus oder entfernen Sie die Zeile.",
  },
  "email-invalid": {
    severity: "error",
    en: (p) => `'${s(p, "value")}' is not an e-mail address. Correct the cell or remove the row.`,
    de: (p) => `'${s(p, "value")}' ist keine E-Mail-Adresse. Korrigieren Sie die Zelle oder entfernen Sie die Zeile.`,
  },
  "email-multiple": {
    severity: "error",
    en: (p) =>
      `The cell holds ${s(p, "count")} addresses. Each message goes to exactly one person, so nobody sees another recipient: put each address in a row of its own.`,
    de: (p) =>
      `Die Zelle enthält ${s(p, "count")} Adressen. Jede Nachricht geht an genau eine Person, damit niemand andere Empfänger sieht: Geben Sie jeder Adresse eine eigene Zeile.`,
  },
  "email-name-dropped": {
    severity: "warning",
    en: (p) =>
      `The name '${s(p, "name")}' would show an address in To, as if the message went to someone else too, so it is left out: the message goes to ${s(p, "address")} without a name.`,
    de: (p) =>
      `Der Name '${s(p, "name")}' würde im Feld An eine Adresse zeigen, als ginge die Nachricht auch an jemand anderen; er wird deshalb weggelassen: Die Nachricht geht ohne Namen an ${s(p, "address")}.`,
  },
  "email-duplicate": {
    severity: "warning",
    en: (p) => `${s(p, "address")} already appears in row ${s(p, "firstRow")}; this person will get two messages.`,
    de: (p) => `${s(p, "address")} steht schon in Zeile ${s(p, "firstRow")}; diese Person bekommt zwei Nachrichten.`,
  },
  "cc-invalid": {
    severity: "error",
    en: (p) => `'${s(p, "value")}' in the Cc column is not an e-mail address. Correct the cell or empty it.`,
    de: (p) => `'${s(p, "value")}' in der Cc-Spalte ist keine E-Mail-Adresse. Korrigieren oder leeren Sie die Zelle.`,
  },
  "cc-multiple": {
    severity: "error",
    en: (p) =>
      `The Cc cell holds ${s(p, "count")} addresses; a message may have at most one Cc so that nobody sees another recipient.`,
    de: (p) =>
      `Die Cc-Zelle enthält ${s(p, "count")} Adressen; eine Nachricht darf höchstens eine Cc-Adresse haben, damit niemand andere Empfänger sieht.`,
  },
  "cc-conflict": {
    severity: "error",
    en: (p) =>
      `This row has its own Cc (${s(p, "address")}) and the template has a Cc too; a message may have at most one Cc. Remove one of them.`,
    de: (p) =>
      `Diese Zeile hat eine eigene Cc-Adresse (${s(p, "address")}) und die Vorlage auch; eine Nachricht darf höchstens eine Cc-Adresse haben. Entfernen Sie eine davon.`,
  },

  // ---- template (src/core/template) ----
  "template-unknown-field": {
    severity: "error",
    en: (p) =>
      `The field {{${s(p, "field")}}} (${where(p, "en")}) is not a column of the table.` +
      (p["suggestion"] ? ` Did you mean {{${s(p, "suggestion")}}}?` : ` The columns are: ${s(p, "columns")}.`),
    de: (p) =>
      `Das Feld {{${s(p, "field")}}} (${where(p, "de")}) ist keine Spalte der Tabelle.` +
      (p["suggestion"] ? ` Meinten Sie {{${s(p, "suggestion")}}}?` : ` Die Spalten heißen: ${s(p, "columns")}.`),
  },
  "template-unclosed-field": {
    severity: "error",
    en: (p) => `The template is broken (${at(p, "en")}): '{{' is never closed by '}}'.`,
    de: (p) => `Die Vorlage ist fehlerhaft (${at(p, "de")}): '{{' wird nie mit '}}' geschlossen.`,
  },
  "template-empty-field": {
    severity: "error",
    en: (p) => `The template is broken (${at(p, "en")}): '{{}}' names no field. Write a column name between the braces.`,
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): '{{}}' nennt kein Feld. Schreiben Sie einen Spaltennamen zwischen die Klammern.`,
  },
  "template-unclosed-section": {
    severity: "error",
    en: (p) =>
      `The template is broken (${at(p, "en")}): the section {{${s(p, "tag")}}} is never closed. Add {{/${s(p, "name")}}} where it should end.`,
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): der Abschnitt {{${s(p, "tag")}}} wird nie geschlossen. Fügen Sie {{/${s(p, "name")}}} an seinem Ende ein.`,
  },
  "template-unexpected-close": {
    severity: "error",
    en: (p) =>
      `The template is broken (${at(p, "en")}): {{/${s(p, "name")}}} closes a section that was never opened` +
      (p["expected"] ? ` (the open section is {{${s(p, "expected")}}}).` : "."),
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): {{/${s(p, "name")}}} schließt einen Abschnitt, der nie geöffnet wurde` +
      (p["expected"] ? ` (offen ist {{${s(p, "expected")}}}).` : "."),
  },
  // Merge fields in markup (src/core/template/scanMarkup.ts, urlValue.ts): a field where nothing can be filled in
  // is an error, not a warning — sent, "{{X}}" would reach every recipient (Outlook shows its <!--[if mso]> blocks).
  "template-field-misplaced": {
    severity: "error",
    en: (p) =>
      `The template is broken (${at(p, "en")}): {{${s(p, "field")}}} is ${
        {
          comment: "inside an HTML comment (such as Outlook's <!--[if mso]> blocks)",
          style: "inside a <style> block",
          script: "inside a <script> block",
          element: `inside <${s(p, "element")}>`,
          code: `in the attribute ${s(p, "element")}, whose value is code`,
          tag: "inside a tag but outside any attribute value",
          field: "inside the braces of another field",
        }[s(p, "place")] ?? s(p, "place")
      }, where Rundmail cannot fill it in, so it would be sent as it is. Move it into the text or remove it.`,
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): {{${s(p, "field")}}} steht ${
        {
          comment: "in einem HTML-Kommentar (etwa Outlooks <!--[if mso]>-Blöcken)",
          style: "in einem <style>-Block",
          script: "in einem <script>-Block",
          element: `in <${s(p, "element")}>`,
          code: `im Attribut ${s(p, "element")}, dessen Wert Code ist`,
          tag: "in einem Tag, aber außerhalb eines Attributwerts",
          field: "zwischen den Klammern eines anderen Felds",
        }[s(p, "place")] ?? s(p, "place")
      }, wo Rundmail es nicht ausfüllen kann; es würde unverändert verschickt. Verschieben Sie es in den Text oder entfernen Sie es.`,
  },
  "template-section-misplaced": {
    severity: "error",
    en: (p) =>
      `The template is broken (${at(p, "en")}): the section tag {{${s(p, "tag")}}} is inside an attribute (such as a link's address) or the title. Sections can only stand in the text: put the section around the whole link.`,
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): Der Abschnitt {{${s(p, "tag")}}} steht in einem Attribut (etwa der Adresse eines Links) oder im Titel. Abschnitte können nur im Text stehen: Setzen Sie den Abschnitt um den ganzen Link.`,
  },
  "template-field-in-url-scheme": {
    severity: "error",
    en: (p) =>
      `The template is broken (${at(p, "en")}): {{${s(p, "field")}}} stands in the scheme of an address (${s(p, "attribute")}, before "https:" or "mailto:" is complete), so a cell could make it any kind of link. Write the start of the address (https://…) in the template, or put the whole address in the cell and write only {{${s(p, "field")}}}.`,
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): {{${s(p, "field")}}} steht im Schema einer Adresse (${s(p, "attribute")}, bevor „https:“ oder „mailto:“ vollständig ist), sodass eine Zelle daraus jede Art von Link machen könnte. Schreiben Sie den Anfang der Adresse (https://…) in die Vorlage, oder schreiben Sie die ganze Adresse in die Zelle und nur {{${s(p, "field")}}} in die Vorlage.`,
  },
  "template-fallback-not-a-link": {
    severity: "error",
    en: (p) =>
      `The template is broken (${at(p, "en")}): {{${s(p, "field")}}} is the whole address of a link, but its fallback '${s(p, "value")}' is not one. Write an address beginning with https://, http://, mailto: or tel:.`,
    de: (p) =>
      `Die Vorlage ist fehlerhaft (${at(p, "de")}): {{${s(p, "field")}}} ist die ganze Adresse eines Links, aber sein Ersatztext '${s(p, "value")}' ist keine. Schreiben Sie eine Adresse, die mit https://, http://, mailto: oder tel: beginnt.`,
  },
  "field-not-a-link": {
    severity: "error",
    en: (p) =>
      `{{${s(p, "field")}}} is the whole address of a link, but '${s(p, "value")}' is not one: it must begin with https://, http://, mailto: or tel: (so that no cell can make a javascript: or data: link). Correct the cell.`,
    de: (p) =>
      `{{${s(p, "field")}}} ist die ganze Adresse eines Links, aber '${s(p, "value")}' ist keine: Sie muss mit https://, http://, mailto: oder tel: beginnen (damit keine Zelle einen javascript:- oder data:-Link erzeugen kann). Korrigieren Sie die Zelle.`,
  },
  "template-bcc-multiple": {
    severity: "error",
    en: () => "The template's Bcc may hold only one address (your own archive address).",
    de: () => "Die Bcc-Zeile der Vorlage darf nur eine Adresse enthalten (Ihre eigene Archivadresse).",
  },
  "template-address-invalid": {
    severity: "error",
    en: (p) => `The template's ${s(p, "header")} '${s(p, "value")}' is not one e-mail address.`,
    de: (p) => `Die ${s(p, "header")}-Zeile der Vorlage '${s(p, "value")}' ist keine einzelne E-Mail-Adresse.`,
  },
  "subject-empty": {
    severity: "warning",
    en: () => "The subject is empty.",
    de: () => "Der Betreff ist leer.",
  },
  "field-empty": {
    severity: "warning",
    en: (p) =>
      `'${s(p, "field")}' is empty here and {{${s(p, "field")}}} has no fallback, so the message will have a gap. Fill the cell or write {{${s(p, "field")}|fallback}}.`,
    de: (p) =>
      `'${s(p, "field")}' ist hier leer und {{${s(p, "field")}}} hat keinen Ersatztext, die Nachricht hat also eine Lücke. Füllen Sie die Zelle oder schreiben Sie {{${s(p, "field")}|Ersatztext}}.`,
  },
  "subject-line-break": {
    severity: "warning",
    en: (p) => `'${s(p, "field")}' contains a line break; in the subject it is replaced by a space.`,
    de: (p) => `'${s(p, "field")}' enthält einen Zeilenumbruch; im Betreff wird er durch ein Leerzeichen ersetzt.`,
  },

  // ---- attachments (src/core/attachments) ----
  "attachment-missing": {
    severity: "error",
    en: (p) => `The file '${s(p, "name")}' was not found among the attachments given. Add it or correct the name.`,
    de: (p) =>
      `Die Datei '${s(p, "name")}' ist nicht unter den angegebenen Anhängen. Fügen Sie sie hinzu oder korrigieren Sie den Namen.`,
  },
  "attachment-ambiguous": {
    severity: "error",
    en: (p) => `Several files match '${s(p, "name")}': ${s(p, "matches")}. Keep only one of them.`,
    de: (p) => `Mehrere Dateien passen zu '${s(p, "name")}': ${s(p, "matches")}. Behalten Sie nur eine davon.`,
  },
  "attachment-unused": {
    severity: "warning",
    en: (p) => `The file '${s(p, "name")}' is not named by any row and will not be sent.`,
    de: (p) => `Die Datei '${s(p, "name")}' wird von keiner Zeile genannt und nicht verschickt.`,
  },
  "attachment-too-large": {
    severity: "error",
    en: (p) => `The file '${s(p, "name")}' is ${size(p, "en")}; a single attachment may be at most 150 MB.`,
    de: (p) => `Die Datei '${s(p, "name")}' ist ${size(p, "de")} groß; ein einzelner Anhang darf höchstens 150 MB haben.`,
  },
  "attachments-large": {
    severity: "warning",
    en: (p) =>
      `The attachments of this message add up to ${size(p, "en")}; many mail servers refuse messages above 25 MB.`,
    de: (p) =>
      `Die Anhänge dieser Nachricht sind zusammen ${size(p, "de")} groß; viele Mailserver lehnen Nachrichten über 25 MB ab.`,
  },
  "attachments-over-exchange-limit": {
    severity: "warning",
    en: (p) =>
      `This message comes to ${size(p, "en")} with its attachments. Exchange Online takes at most 35 MB per message unless your administrator has raised the limit (up to 150 MB), so your mailbox will probably refuse it. Make the files smaller, or send them in several messages.`,
    de: (p) =>
      `Diese Nachricht ist mit ihren Anhängen ${size(p, "de")} groß. Exchange Online nimmt höchstens 35 MB je Nachricht an, wenn Ihre Administration die Grenze nicht erhöht hat (bis 150 MB); Ihr Postfach wird sie darum wahrscheinlich ablehnen. Verkleinern Sie die Dateien oder verschicken Sie sie auf mehrere Nachrichten verteilt.`,
  },
  "attachment-name-empty": {
    severity: "error",
    en: () => "No attachment file is named in this row. Fill in the cell or remove the row.",
    de: () => "In dieser Zeile ist keine Anhangsdatei genannt. Füllen Sie die Zelle aus oder entfernen Sie die Zeile.",
  },
  "attachment-is-recipient-list": {
    severity: "warning",
    en: (p) =>
      `'${s(p, "name")}', attached to the template, is the recipient list itself: it is sent to nobody, so that no recipient gets everyone's addresses.`,
    de: (p) =>
      `'${s(p, "name")}', an die Vorlage angehängt, ist die Empfängerliste selbst: Sie wird an niemanden geschickt, damit kein Empfänger die Adressen aller bekommt.`,
  },
  "attachment-held-back": {
    severity: "warning",
    en: (p) =>
      `'${s(p, "name")}', attached to the template, is a table file and may be a list of people, so it is not sent to everyone. If every recipient should get it, say so: tick "to everyone" beside it, or name it with --attach-to-everyone "${s(p, "name")}".`,
    de: (p) =>
      `'${s(p, "name")}', an die Vorlage angehängt, ist eine Tabellendatei und könnte eine Personenliste sein; sie wird deshalb nicht an alle geschickt. Soll jeder Empfänger sie bekommen, sagen Sie es ausdrücklich: Haken Sie „an alle“ daneben an oder nennen Sie sie mit --attach-to-everyone "${s(p, "name")}".`,
  },

  // ---- run (src/core/run) and gateways (src/gateways): why a row's draft was not created ----
  // The run puts these into RowOutcome.message without the "Row N:" prefix (the UI and report.csv show the row).
  "privacy-rule": {
    severity: "error",
    en: (p) =>
      `Refused: this message would break the privacy rule (${
        { "to-not-one": "not exactly one To address", "cc-more-than-one": "more than one Cc address", "bcc-more-than-one": "more than one Bcc address" }[
          s(p, "breach")
        ] ?? "an address with a line break, comma or semicolon in it"
      }). Each message has exactly one address in To, at most one in Cc and at most your own archive address in Bcc. Nothing was created.`,
    de: (p) =>
      `Abgelehnt: Diese Nachricht würde die Datenschutzregel verletzen (${
        { "to-not-one": "nicht genau eine An-Adresse", "cc-more-than-one": "mehr als eine Cc-Adresse", "bcc-more-than-one": "mehr als eine Bcc-Adresse" }[
          s(p, "breach")
        ] ?? "eine Adresse mit Zeilenumbruch, Komma oder Semikolon"
      }). Jede Nachricht hat genau eine Adresse in An, höchstens eine in Cc und in Bcc höchstens Ihre eigene Archivadresse. Es wurde nichts erstellt.`,
  },
  /** Not a problem: a resumed run met a draft an earlier run created. A warning so that it fits the table. */
  "run-already-created": {
    severity: "warning",
    en: () => "Already created by an earlier run; not created again.",
    de: () => "Schon bei einem früheren Durchlauf erstellt; nicht noch einmal erstellt.",
  },
  "run-maybe-created": {
    severity: "error",
    en: () =>
      "An earlier attempt at this draft was interrupted, so it may already exist. Check your Drafts folder: Rundmail did not create it again, so there is no second copy. If it is not there, start a new run for this row.",
    de: () =>
      "Ein früherer Versuch für diesen Entwurf wurde unterbrochen, er kann also schon existieren. Sehen Sie in Ihrem Ordner Entwürfe nach: Rundmail hat ihn nicht noch einmal erstellt, es gibt also keine zweite Kopie. Fehlt er dort, starten Sie für diese Zeile einen neuen Durchlauf.",
  },
  "run-no-answer": {
    severity: "error",
    en: (p) =>
      `Creating this draft ended without an answer (${s(p, "reason")}), so it may have been created. Check your Drafts folder: Rundmail did not try again, so there is no second copy.`,
    de: (p) =>
      `Das Erstellen dieses Entwurfs endete ohne Antwort (${s(p, "reason")}), er kann also erstellt worden sein. Sehen Sie in Ihrem Ordner Entwürfe nach: Rundmail hat es nicht noch einmal versucht, es gibt also keine zweite Kopie.`,
  },
  "run-gave-up": {
    severity: "error",
    en: (p) => `Still failing after ${s(p, "attempts")} attempts (${s(p, "reason")}). Try this row again later.`,
    de: (p) => `Nach ${s(p, "attempts")} Versuchen immer noch fehlgeschlagen (${s(p, "reason")}). Versuchen Sie diese Zeile später noch einmal.`,
  },
  "run-render-failed": {
    severity: "error",
    en: (p) => `The message for this row could not be made (${s(p, "reason")}). Nothing was created.`,
    de: (p) => `Die Nachricht für diese Zeile konnte nicht erstellt werden (${s(p, "reason")}). Es wurde nichts erstellt.`,
  },
  "run-ledger-failed": {
    severity: "error",
    en: (p) =>
      `Rundmail could not check or note whether this draft was already created (${s(p, "reason")}), so it did not create it. Try again.`,
    de: (p) =>
      `Rundmail konnte nicht prüfen oder vermerken, ob dieser Entwurf schon erstellt wurde (${s(p, "reason")}), und hat ihn daher nicht erstellt. Versuchen Sie es noch einmal.`,
  },
  "run-duplicate": {
    severity: "error",
    en: () => "This row is in the run twice; its draft is created only once.",
    de: () => "Diese Zeile ist zweimal im Durchlauf; ihr Entwurf wird nur einmal erstellt.",
  },
  "run-cancelled": {
    severity: "warning",
    en: () => "Cancelled before the draft was created.",
    de: () => "Abgebrochen, bevor der Entwurf erstellt wurde.",
  },
  "run-cancelled-maybe-created": {
    severity: "warning",
    en: () => "Cancelled while the draft was being created, so it may exist. Check your Drafts folder.",
    de: () => "Abgebrochen, während der Entwurf erstellt wurde; er kann also existieren. Sehen Sie in Ihrem Ordner Entwürfe nach.",
  },
  "run-attachment-unreadable": {
    severity: "error",
    en: (p) => `The file '${s(p, "name")}' could not be read (${s(p, "reason")}). Choose the file again and retry this row.`,
    de: (p) =>
      `Die Datei '${s(p, "name")}' konnte nicht gelesen werden (${s(p, "reason")}). Wählen Sie die Datei erneut und wiederholen Sie diese Zeile.`,
  },
  "run-finish-failed": {
    severity: "error",
    en: (p) => `The drafts could not be handed over at the end (${s(p, "reason")}).`,
    de: (p) => `Die Entwürfe konnten am Ende nicht übergeben werden (${s(p, "reason")}).`,
  },
  // ---- graph (src/gateways/graph): Microsoft Graph's answers, in the user's words ----
  "graph-no-token": {
    severity: "error",
    en: (p) => `Rundmail could not sign in to your mailbox (${s(p, "reason")}). Nothing was created.`,
    de: (p) => `Rundmail konnte sich nicht bei Ihrem Postfach anmelden (${s(p, "reason")}). Es wurde nichts erstellt.`,
  },
  "graph-busy": {
    severity: "error",
    en: (p) => `Your mailbox is busy or unavailable (${s(p, "reason")}). Nothing was created.`,
    de: (p) => `Ihr Postfach ist ausgelastet oder nicht erreichbar (${s(p, "reason")}). Es wurde nichts erstellt.`,
  },
  "graph-refused": {
    severity: "error",
    en: (p) => `Your mailbox refused this draft (${s(p, "reason")}). Nothing was created.`,
    de: (p) => `Ihr Postfach hat diesen Entwurf abgelehnt (${s(p, "reason")}). Es wurde nichts erstellt.`,
  },
  "graph-incomplete-draft": {
    severity: "error",
    en: (p) =>
      `The draft was created but its attachments could not be added (${s(p, "reason")}), and it could not be removed again. Delete the draft to ${s(p, "address")} from your Drafts folder and start a new run for this row.`,
    de: (p) =>
      `Der Entwurf wurde erstellt, aber seine Anhänge konnten nicht hinzugefügt werden (${s(p, "reason")}), und er ließ sich nicht wieder entfernen. Löschen Sie den Entwurf an ${s(p, "address")} aus Ihrem Ordner Entwürfe und starten Sie für diese Zeile einen neuen Durchlauf.`,
  },
  "graph-timeout": {
    severity: "error",
    en: (p) => `Your mailbox did not answer within ${s(p, "seconds")} seconds.`,
    de: (p) => `Ihr Postfach hat nicht innerhalb von ${s(p, "seconds")} Sekunden geantwortet.`,
  },
  "graph-send-failed": {
    severity: "error",
    en: (p) =>
      `The message to ${s(p, "address")} was created but could not be sent (${s(p, "reason")}). It is in your Drafts folder: send it from there, or start the run again — Rundmail then sends that draft and creates no second copy.`,
    de: (p) =>
      `Die Nachricht an ${s(p, "address")} wurde erstellt, konnte aber nicht gesendet werden (${s(p, "reason")}). Sie liegt in Ihrem Ordner Entwürfe: Senden Sie sie von dort, oder starten Sie den Durchlauf erneut — Rundmail sendet dann diesen Entwurf und erstellt keine zweite Kopie.`,
  },
  "graph-send-no-answer": {
    severity: "error",
    en: (p) =>
      `Sending the message to ${s(p, "address")} got no answer (${s(p, "reason")}), so it may have gone out. Look in your Sent Items: if it is not there, it is in your Drafts folder — send it from there. Rundmail does not send it a second time by itself.`,
    de: (p) =>
      `Das Senden der Nachricht an ${s(p, "address")} blieb ohne Antwort (${s(p, "reason")}), sie kann also verschickt worden sein. Sehen Sie in Ihren Gesendeten Elementen nach: Ist sie dort nicht, liegt sie in Ihrem Ordner Entwürfe — senden Sie sie von dort. Rundmail sendet sie nicht von sich aus ein zweites Mal.`,
  },
  "graph-send-started": {
    severity: "error",
    en: () => "an earlier run started sending it",
    de: () => "ein früherer Durchlauf hat mit dem Senden begonnen",
  },
  "graph-draft-changed": {
    severity: "error",
    en: (p) =>
      `The draft to ${s(p, "address")} in your Drafts folder no longer has only this recipient (it was changed), so Rundmail does not send it. Check it and send it from there.`,
    de: (p) =>
      `Der Entwurf an ${s(p, "address")} in Ihrem Ordner Entwürfe hat nicht mehr nur diesen Empfänger (er wurde geändert), darum sendet Rundmail ihn nicht. Prüfen Sie ihn und senden Sie ihn von dort.`,
  },
  "graph-no-message-id": {
    severity: "error",
    en: () => "Microsoft Graph confirmed the draft without naming it",
    de: () => "Microsoft Graph hat den Entwurf bestätigt, ohne ihn zu benennen",
  },
  "graph-attachment-too-large": {
    severity: "error",
    en: (p) => `${s(p, "name")} is larger than 150 MB, the most Microsoft Graph takes for one attachment.`,
    de: (p) => `${s(p, "name")} ist größer als 150 MB, mehr nimmt Microsoft Graph für einen Anhang nicht an.`,
  },
  "graph-message-too-large": {
    severity: "error",
    en: (p) =>
      `Your mailbox refused this message as too large (${s(p, "reason")}). Exchange Online takes at most 35 MB per message, attachments included, unless your administrator has raised the limit. Make the files smaller or send them in several messages. Nothing was created.`,
    de: (p) =>
      `Ihr Postfach hat diese Nachricht als zu groß abgelehnt (${s(p, "reason")}). Exchange Online nimmt höchstens 35 MB je Nachricht an, Anhänge eingerechnet, wenn Ihre Administration die Grenze nicht erhöht hat. Verkleinern Sie die Dateien oder verschicken Sie sie auf mehrere Nachrichten verteilt. Es wurde nichts erstellt.`,
  },
  "graph-send-quota": {
    severity: "error",
    en: (p) =>
      `Your mailbox refused to send more messages for now (${s(p, "reason")}); Exchange Online allows 10,000 recipients a day. The message to ${s(p, "address")} is in your Drafts folder; start the run again later to send it.`,
    de: (p) =>
      `Ihr Postfach nimmt vorerst keine weiteren Nachrichten zum Senden an (${s(p, "reason")}); Exchange Online erlaubt 10.000 Empfänger am Tag. Die Nachricht an ${s(p, "address")} liegt in Ihrem Ordner Entwürfe; starten Sie den Durchlauf später erneut, um sie zu senden.`,
  },
  /** Before a send run: params sent (recipients in the last 24 h), limit, fit (messages sent now), rest, at (ms). */
  /** A row held back by the daily limit (param at: ms since 1970). */
  "compose-no-attachments": {
    severity: "error",
    en: (p) =>
      `This message has ${s(p, "count")} attachment(s), but a compose window cannot take files from your computer. Choose the .eml download instead.`,
    de: (p) =>
      `Diese Nachricht hat ${s(p, "count")} Anhang/Anhänge, aber ein Verfassen-Fenster kann keine Dateien von Ihrem Computer übernehmen. Wählen Sie stattdessen den .eml-Download.`,
  },
  "compose-no-bcc": {
    severity: "error",
    en: (p) =>
      `A compose window opened by Rundmail cannot carry your archive Bcc (${s(p, "address")}). Remove the Bcc line from the template or choose the .eml download.`,
    de: (p) =>
      `Ein von Rundmail geöffnetes Verfassen-Fenster kann Ihre Archiv-Bcc-Adresse (${s(p, "address")}) nicht übernehmen. Entfernen Sie die Bcc-Zeile aus der Vorlage oder wählen Sie den .eml-Download.`,
  },
  "compose-subject-too-long": {
    severity: "error",
    en: (p) => `The subject has ${s(p, "length")} characters; a compose window takes at most ${s(p, "max")}. Shorten the subject.`,
    de: (p) => `Der Betreff hat ${s(p, "length")} Zeichen; ein Verfassen-Fenster nimmt höchstens ${s(p, "max")}. Kürzen Sie den Betreff.`,
  },
  "compose-body-too-large": {
    severity: "error",
    en: (p) =>
      `The message text is ${size(p, "en")}; a compose window takes at most 32 KB. Shorten the text or choose the .eml download.`,
    de: (p) =>
      `Der Nachrichtentext ist ${size(p, "de")} groß; ein Verfassen-Fenster nimmt höchstens 32 KB. Kürzen Sie den Text oder wählen Sie den .eml-Download.`,
  },
  "compose-too-many-recipients": {
    severity: "error",
    en: (p) => `The ${s(p, "field")} field has ${s(p, "count")} addresses; a compose window takes at most ${s(p, "max")}.`,
    de: (p) => `Das Feld ${s(p, "field")} hat ${s(p, "count")} Adressen; ein Verfassen-Fenster nimmt höchstens ${s(p, "max")}.`,
  },
  "compose-failed": {
    severity: "error",
    en: (p) => `Outlook could not open a compose window for this message (${s(p, "reason")}).`,
    de: (p) => `Outlook konnte kein Verfassen-Fenster für diese Nachricht öffnen (${s(p, "reason")}).`,
  },
  "eml-compose-failed": {
    severity: "error",
    en: (p) => `The .eml file for this message could not be written (${s(p, "reason")}).`,
    de: (p) => `Die .eml-Datei für diese Nachricht konnte nicht geschrieben werden (${s(p, "reason")}).`,
  },
  "eml-finished": {
    severity: "error",
    en: () => "The ZIP file was already made when this draft came, so it is not in it. Start a new run for this row.",
    de: () => "Die ZIP-Datei war schon fertig, als dieser Entwurf kam; er ist also nicht darin. Starten Sie für diese Zeile einen neuen Durchlauf.",
  },
  "sandbox-busy": {
    severity: "error",
    en: () => "The mailbox is busy (simulated).",
    de: () => "Das Postfach ist ausgelastet (simuliert).",
  },
  "sandbox-refused": {
    severity: "error",
    en: (p) => `The mailbox refused ${s(p, "address")} (simulated).`,
    de: (p) => `Das Postfach hat ${s(p, "address")} abgelehnt (simuliert).`,
  },
} as const satisfies Record<string, CodeEntry>;

export type IssueCode = keyof typeof ISSUE_CODES;

export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code].severity;
}

const ROW_WORD: Record<Lang, string> = { en: "Row", de: "Zeile" };

/** Puts a finding into the user's words. Unknown codes cannot occur: the type forbids them. */
export function toIssue(finding: Finding<IssueCode>, lang: Lang): Issue {
  const entry: CodeEntry = ISSUE_CODES[finding.code];
  const text = entry[lang](finding.params ?? {});
  const message = finding.row === null ? text : `${ROW_WORD[lang]} ${finding.row}: ${text}`;
  return { row: finding.row, column: finding.column, severity: entry.severity, code: finding.code, message };
}
