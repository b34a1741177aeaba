// Every issue code's text in German. The codes and their severities are in codes.ts; the shape is IssueTexts
// (issueTexts.ts): the compiler checks that every code has its text here.
import { formatBytes, formatNumber } from "../../i18n";
import type { FindingParams } from "../types";
import { param } from "./findingParams";
import type { IssueTexts } from "./issueTexts";

/** Where in the template something is: the `where` param is one of these keys, put into words here. */
const WHERE: Readonly<Record<string, string>> = { subject: "Betreff", body: "Nachrichtentext", pattern: "Anhangsmuster" };
const where = (p: FindingParams): string => WHERE[param(p, "where")] ?? param(p, "where");
const size = (p: FindingParams): string => formatBytes(Number(p["size"] ?? 0), "de");
const at = (p: FindingParams): string => `${where(p)}, Zeile ${param(p, "line")}, Spalte ${param(p, "col")}`;

export const issueTextsDe: IssueTexts = {
  row: "Zeile",
  codes: {
    // ---- reading the table (src/core/table) ----
    "file-empty": () => "Die Datei ist leer. Wählen Sie die Datei mit Ihrer Empfängerliste.",
    "file-binary": () =>
      "Das ist keine Texttabelle (es sieht nach einer Binärdatei aus, etwa einer Excel-Arbeitsmappe). Speichern Sie sie als CSV und versuchen Sie es erneut.",
    "table-no-rows": () => "Die Tabelle hat eine Kopfzeile, aber keine Empfänger darunter.",
    "table-unclosed-quote": () =>
      'Ein Anführungszeichen (") in dieser Zeile wird nie geschlossen, sodass der Rest der Datei in eine Zelle liefe. Schließen oder entfernen Sie das Anführungszeichen.',
    "table-header-empty": (p) => `Spalte ${param(p, "index")} hat keine Überschrift; sie heißt jetzt '${param(p, "name")}'.`,
    "table-header-duplicate": (p) => `Die Überschrift '${param(p, "header")}' kommt doppelt vor; die zweite Spalte heißt jetzt '${param(p, "name")}'.`,
    "row-extra-cells": (p) =>
      `Diese Zeile hat ${param(p, "count")} Zellen, die Kopfzeile aber nur ${param(p, "columns")} Spalten; die überzähligen Zellen werden ignoriert.`,
    // ---- workbooks (src/core/table/workbook) ----
    "workbook-too-large": (p) =>
      `Die Arbeitsmappe ist ${size(p)} groß; Rundmail liest Arbeitsmappen bis ${formatBytes(Number(p["limit"] ?? 0), "de")}. Speichern Sie die Empfängerliste als eigene Arbeitsmappe oder als CSV.`,
    "workbook-unpacks-too-large": (p) =>
      p["size"] === undefined
        ? "Die Arbeitsmappe entpackt mehr, als ihr eigenes Inhaltsverzeichnis angibt, wie eine ZIP-Bombe; sie wird nicht geöffnet. Ist es Ihre Datei, speichern Sie die Liste als neue Arbeitsmappe oder als CSV."
        : `Die Arbeitsmappe würde entpackt ${size(p)} groß, mehr als die ${formatBytes(Number(p["limit"] ?? 0), "de")}, die eine Empfängerliste braucht; sie wird nicht geöffnet. Ist es Ihre Datei, speichern Sie die Liste als neue Arbeitsmappe oder als CSV.`,
    "workbook-unknown-format": () =>
      "Das ist keine Excel- oder LibreOffice-Arbeitsmappe (.xlsx, .xls, .ods). Öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie als solche oder als CSV.",
    "workbook-damaged": () =>
      "Die Arbeitsmappe ist beschädigt oder unvollständig und kann nicht gelesen werden. Öffnen Sie sie in Excel oder LibreOffice, speichern Sie sie neu und versuchen Sie es erneut.",
    "workbook-encrypted": () => "Die Arbeitsmappe ist mit einem Kennwort geschützt. Speichern Sie eine Kopie ohne Kennwort und wählen Sie diese.",
    "workbook-sheet-unknown": (p) => `Die Arbeitsmappe hat kein Blatt '${param(p, "name")}'. Ihre Blätter sind: ${param(p, "sheets")}.`,
    "workbook-no-table": (p) =>
      `Kein sichtbares Blatt enthält eine Tabelle, nur ausgeblendete. Wählen Sie das Blatt mit seinem Namen (die Blätter sind: ${param(p, "sheets")}) oder blenden Sie es in Excel ein.`,
    "workbook-too-many-rows": (p) =>
      `Das Blatt '${param(p, "sheet")}' hat mehr als ${formatNumber(Number(p["limit"] ?? 0), "de")} Zeilen; so viele Empfänger liest Rundmail höchstens. Teilen Sie die Liste auf mehrere Blätter oder Dateien auf.`,
    "workbook-format-unsupported": (p) =>
      `Spalte ${param(p, "column")}: Das Zahlenformat '${param(p, "format")}' lässt sich nicht genau wie in Excel darstellen; die Werte erscheinen in einfacher Form. Prüfen Sie sie in der Vorschau.`,
    "workbook-merged-cells": (p) =>
      `Die Zellen ${param(p, "range")} sind verbunden: Nur die erste enthält den Wert, die anderen gelten als leer. Heben Sie die Verbindung in der Arbeitsmappe auf, wenn jede Zeile den Wert braucht.`,
    "workbook-hidden-row": () =>
      "Diese Zeile ist in der Arbeitsmappe ausgeblendet, ist aber ein Empfänger wie jeder andere. Löschen Sie die Zeile, wenn diese Person keine Nachricht bekommen soll.",

    // ---- recipients (src/core/recipients) ----
    "email-column-missing": () =>
      "Keine E-Mail-Spalte gefunden. Nennen Sie eine Spalte 'E-Mail' oder wählen Sie die Spalte mit den Adressen aus.",
    "column-unknown": (p) => `Es gibt keine Spalte '${param(p, "name")}'. Die Spalten heißen: ${param(p, "columns")}.`,
    "email-empty": () => "Die E-Mail-Adresse ist leer. Füllen Sie die Zelle aus oder entfernen Sie die Zeile.",
    "email-invalid": (p) => `'${param(p, "value")}' ist keine E-Mail-Adresse. Korrigieren Sie die Zelle oder entfernen Sie die Zeile.`,
    "email-multiple": (p) =>
      `Die Zelle enthält ${param(p, "count")} Adressen. Jede Nachricht geht an genau eine Person, damit niemand andere Empfänger sieht: Geben Sie jeder Adresse eine eigene Zeile.`,
    "email-name-dropped": (p) =>
      `Der Name '${param(p, "name")}' würde im Feld An eine Adresse zeigen, als ginge die Nachricht auch an jemand anderen; er wird deshalb weggelassen: Die Nachricht geht ohne Namen an ${param(p, "address")}.`,
    "email-duplicate": (p) => `${param(p, "address")} steht schon in Zeile ${formatNumber(Number(p["firstRow"] ?? 0), "de")}; diese Person bekommt zwei Nachrichten.`,
    "cc-invalid": (p) => `'${param(p, "value")}' in der Cc-Spalte ist keine E-Mail-Adresse. Korrigieren oder leeren Sie die Zelle.`,
    "cc-multiple": (p) =>
      `Die Cc-Zelle enthält ${param(p, "count")} Adressen; eine Nachricht darf höchstens eine Cc-Adresse haben, damit niemand andere Empfänger sieht.`,
    "cc-conflict": (p) =>
      `Diese Zeile hat eine eigene Cc-Adresse (${param(p, "address")}) und die Vorlage auch; eine Nachricht darf höchstens eine Cc-Adresse haben. Entfernen Sie eine davon.`,

    // ---- template (src/core/template) ----
    "template-unknown-field": (p) =>
      `Das Feld {{${param(p, "field")}}} (${where(p)}) ist keine Spalte der Tabelle.` +
      (p["suggestion"] ? ` Meinten Sie {{${param(p, "suggestion")}}}?` : ` Die Spalten heißen: ${param(p, "columns")}.`),
    "template-unclosed-field": (p) => `Die Vorlage ist fehlerhaft (${at(p)}): '{{' wird nie mit '}}' geschlossen.`,
    "template-empty-field": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): '{{}}' nennt kein Feld. Schreiben Sie einen Spaltennamen zwischen die Klammern.`,
    "template-unclosed-section": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): der Abschnitt {{${param(p, "tag")}}} wird nie geschlossen. Fügen Sie {{/${param(p, "name")}}} an seinem Ende ein.`,
    "template-unexpected-close": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): {{/${param(p, "name")}}} schließt einen Abschnitt, der nie geöffnet wurde` +
      (p["expected"] ? ` (offen ist {{${param(p, "expected")}}}).` : "."),
    // Merge fields in markup (src/core/template/scanMarkup.ts, urlValue.ts): a field where nothing can be filled in
    // is an error, not a warning — sent, "{{X}}" would reach every recipient (Outlook shows its <!--[if mso]> blocks).
    "template-field-misplaced": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): {{${param(p, "field")}}} steht ${
        {
          comment: "in einem HTML-Kommentar (etwa Outlooks <!--[if mso]>-Blöcken)",
          style: "in einem <style>-Block",
          script: "in einem <script>-Block",
          element: `in <${param(p, "element")}>`,
          code: `im Attribut ${param(p, "element")}, dessen Wert Code ist`,
          tag: "in einem Tag, aber außerhalb eines Attributwerts",
          field: "zwischen den Klammern eines anderen Felds",
        }[param(p, "place")] ?? param(p, "place")
      }, wo Rundmail es nicht ausfüllen kann; es würde unverändert verschickt. Verschieben Sie es in den Text oder entfernen Sie es.`,
    "template-section-misplaced": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): Der Abschnitt {{${param(p, "tag")}}} steht in einem Attribut (etwa der Adresse eines Links) oder im Titel. Abschnitte können nur im Text stehen: Setzen Sie den Abschnitt um den ganzen Link.`,
    "template-field-in-url-scheme": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): {{${param(p, "field")}}} steht im Schema einer Adresse (${param(p, "attribute")}, bevor „https:“ oder „mailto:“ vollständig ist), sodass eine Zelle daraus jede Art von Link machen könnte. Schreiben Sie den Anfang der Adresse (https://…) in die Vorlage, oder schreiben Sie die ganze Adresse in die Zelle und nur {{${param(p, "field")}}} in die Vorlage.`,
    "template-fallback-not-a-link": (p) =>
      `Die Vorlage ist fehlerhaft (${at(p)}): {{${param(p, "field")}}} ist die ganze Adresse eines Links, aber sein Ersatztext '${param(p, "value")}' ist keine. Schreiben Sie eine Adresse, die mit https://, http://, mailto: oder tel: beginnt.`,
    "field-not-a-link": (p) =>
      `{{${param(p, "field")}}} ist die ganze Adresse eines Links, aber '${param(p, "value")}' ist keine: Sie muss mit https://, http://, mailto: oder tel: beginnen (damit keine Zelle einen javascript:- oder data:-Link erzeugen kann). Korrigieren Sie die Zelle.`,
    "template-bcc-multiple": () => "Die Bcc-Zeile der Vorlage darf nur eine Adresse enthalten (Ihre eigene Archivadresse).",
    "template-address-invalid": (p) => `Die ${param(p, "header")}-Zeile der Vorlage '${param(p, "value")}' ist keine einzelne E-Mail-Adresse.`,
    "subject-empty": () => "Der Betreff ist leer.",
    "field-empty": (p) =>
      `'${param(p, "field")}' ist hier leer und {{${param(p, "field")}}} hat keinen Ersatztext, die Nachricht hat also eine Lücke. Füllen Sie die Zelle oder schreiben Sie {{${param(p, "field")}|Ersatztext}}.`,
    "subject-line-break": (p) => `'${param(p, "field")}' enthält einen Zeilenumbruch; im Betreff wird er durch ein Leerzeichen ersetzt.`,

    // ---- attachments (src/core/attachments) ----
    "attachment-missing": (p) =>
      `Die Datei '${param(p, "name")}' ist nicht unter den angegebenen Anhängen. Fügen Sie sie hinzu oder korrigieren Sie den Namen.`,
    "attachment-ambiguous": (p) => `Mehrere Dateien passen zu '${param(p, "name")}': ${param(p, "matches")}. Behalten Sie nur eine davon.`,
    "attachment-unused": (p) => `Die Datei '${param(p, "name")}' wird von keiner Zeile genannt und nicht verschickt.`,
    "attachment-too-large": (p) => `Die Datei '${param(p, "name")}' ist ${size(p)} groß; ein einzelner Anhang darf höchstens 150 MB haben.`,
    "attachments-large": (p) =>
      `Die Anhänge dieser Nachricht sind zusammen ${size(p)} groß; viele Mailserver lehnen Nachrichten über 25 MB ab.`,
    "attachments-over-exchange-limit": (p) =>
      `Diese Nachricht ist mit ihren Anhängen ${size(p)} groß. Exchange Online nimmt höchstens 35 MB je Nachricht an, wenn Ihre Administration die Grenze nicht erhöht hat (bis 150 MB); Ihr Postfach wird sie darum wahrscheinlich ablehnen. Verkleinern Sie die Dateien oder verschicken Sie sie auf mehrere Nachrichten verteilt.`,
    "attachment-name-empty": () => "In dieser Zeile ist keine Anhangsdatei genannt. Füllen Sie die Zelle aus oder entfernen Sie die Zeile.",
    "attachment-is-recipient-list": (p) =>
      `'${param(p, "name")}', an die Vorlage angehängt, ist die Empfängerliste selbst: Sie wird an niemanden geschickt, damit kein Empfänger die Adressen aller bekommt.`,
    "attachment-held-back": (p) =>
      `'${param(p, "name")}', an die Vorlage angehängt, ist eine Tabellendatei und könnte eine Personenliste sein; sie wird deshalb nicht an alle geschickt. Soll jeder Empfänger sie bekommen, sagen Sie es ausdrücklich: in Outlook mit dem Haken „an alle“ daneben, beim Befehl rundmail mit --attach-to-everyone "${param(p, "name")}".`,

    // ---- run (src/core/run) and gateways (src/gateways): why a row's draft was not created ----
    // The run puts these into RowOutcome.message without the "Row N:" prefix (the UI and report.csv show the row).
    "privacy-rule": (p) =>
      `Abgelehnt: Diese Nachricht würde die Datenschutzregel verletzen (${
        { "to-not-one": "nicht genau eine An-Adresse", "cc-more-than-one": "mehr als eine Cc-Adresse", "bcc-more-than-one": "mehr als eine Bcc-Adresse" }[
          param(p, "breach")
        ] ?? "eine Adresse mit Zeilenumbruch, Komma oder Semikolon"
      }). Jede Nachricht hat genau eine Adresse in An, höchstens eine in Cc und in Bcc höchstens Ihre eigene Archivadresse. Es wurde nichts erstellt.`,
    /** Not a problem: a resumed run met a draft an earlier run created. A warning so that it fits the table. */
    "run-already-created": () => "Schon bei einem früheren Durchlauf erstellt; nicht noch einmal erstellt.",
    "run-maybe-created": () =>
      "Ein früherer Versuch für diesen Entwurf wurde unterbrochen, er kann also schon existieren. Sehen Sie in Ihrem Ordner Entwürfe nach: Rundmail hat ihn nicht noch einmal erstellt, es gibt also keine zweite Kopie. Fehlt er dort, starten Sie für diese Zeile einen neuen Durchlauf.",
    "run-no-answer": (p) =>
      `Das Erstellen dieses Entwurfs endete ohne Antwort (${param(p, "reason")}), er kann also erstellt worden sein. Sehen Sie in Ihrem Ordner Entwürfe nach: Rundmail hat es nicht noch einmal versucht, es gibt also keine zweite Kopie.`,
    "run-gave-up": (p) => `Nach ${param(p, "attempts")} Versuchen immer noch fehlgeschlagen (${param(p, "reason")}). Versuchen Sie diese Zeile später noch einmal.`,
    "run-render-failed": (p) => `Die Nachricht für diese Zeile konnte nicht erstellt werden (${param(p, "reason")}). Es wurde nichts erstellt.`,
    "run-ledger-failed": (p) =>
      `Rundmail konnte nicht prüfen oder vermerken, ob dieser Entwurf schon erstellt wurde (${param(p, "reason")}), und hat ihn daher nicht erstellt. Versuchen Sie es noch einmal.`,
    "run-duplicate": () => "Diese Zeile ist zweimal im Durchlauf; ihr Entwurf wird nur einmal erstellt.",
    "run-cancelled": () => "Abgebrochen, bevor der Entwurf erstellt wurde.",
    "run-cancelled-maybe-created": () => "Abgebrochen, während der Entwurf erstellt wurde; er kann also existieren. Sehen Sie in Ihrem Ordner Entwürfe nach.",
    "run-attachment-unreadable": (p) =>
      `Die Datei '${param(p, "name")}' konnte nicht gelesen werden (${param(p, "reason")}). Wählen Sie die Datei erneut und wiederholen Sie diese Zeile.`,
    "run-finish-failed": (p) => `Die Entwürfe konnten am Ende nicht übergeben werden (${param(p, "reason")}).`,
    // ---- graph (src/gateways/graph): Microsoft Graph's answers, in the user's words ----
    "graph-no-token": (p) => `Rundmail konnte sich nicht bei Ihrem Postfach anmelden (${param(p, "reason")}). Es wurde nichts erstellt.`,
    "graph-busy": (p) => `Ihr Postfach ist ausgelastet oder nicht erreichbar (${param(p, "reason")}). Es wurde nichts erstellt.`,
    "graph-refused": (p) => `Ihr Postfach hat diesen Entwurf abgelehnt (${param(p, "reason")}). Es wurde nichts erstellt.`,
    "graph-incomplete-draft": (p) =>
      `Der Entwurf wurde erstellt, aber seine Anhänge konnten nicht hinzugefügt werden (${param(p, "reason")}), und er ließ sich nicht wieder entfernen. Löschen Sie den Entwurf an ${param(p, "address")} aus Ihrem Ordner Entwürfe und starten Sie für diese Zeile einen neuen Durchlauf.`,
    "graph-timeout": (p) => `Ihr Postfach hat nicht innerhalb von ${param(p, "seconds")} Sekunden geantwortet.`,
    "graph-send-failed": (p) =>
      `Die Nachricht an ${param(p, "address")} wurde erstellt, konnte aber nicht gesendet werden (${param(p, "reason")}). Sie liegt in Ihrem Ordner Entwürfe: Senden Sie sie von dort, oder starten Sie den Durchlauf erneut — Rundmail sendet dann diesen Entwurf und erstellt keine zweite Kopie.`,
    "graph-send-no-answer": (p) =>
      `Das Senden der Nachricht an ${param(p, "address")} blieb ohne Antwort (${param(p, "reason")}), sie kann also verschickt worden sein. Sehen Sie in Ihren Gesendeten Elementen nach: Ist sie dort nicht, liegt sie in Ihrem Ordner Entwürfe — senden Sie sie von dort. Rundmail sendet sie nicht von sich aus ein zweites Mal.`,
    "graph-send-started": () => "ein früherer Durchlauf hat mit dem Senden begonnen",
    "graph-draft-changed": (p) =>
      `Der Entwurf an ${param(p, "address")} in Ihrem Ordner Entwürfe hat nicht mehr nur diesen Empfänger (er wurde geändert), darum sendet Rundmail ihn nicht. Prüfen Sie ihn und senden Sie ihn von dort.`,
    "graph-no-message-id": () => "Microsoft Graph hat den Entwurf bestätigt, ohne ihn zu benennen",
    "graph-attachment-too-large": (p) => `${param(p, "name")} ist größer als 150 MB, mehr nimmt Microsoft Graph für einen Anhang nicht an.`,
    "graph-message-too-large": (p) =>
      `Ihr Postfach hat diese Nachricht als zu groß abgelehnt (${param(p, "reason")}). Exchange Online nimmt höchstens 35 MB je Nachricht an, Anhänge eingerechnet, wenn Ihre Administration die Grenze nicht erhöht hat. Verkleinern Sie die Dateien oder verschicken Sie sie auf mehrere Nachrichten verteilt. Es wurde nichts erstellt.`,
    "graph-send-quota": (p) =>
      `Ihr Postfach nimmt vorerst keine weiteren Nachrichten zum Senden an (${param(p, "reason")}); Exchange Online erlaubt 10.000 Empfänger am Tag. Die Nachricht an ${param(p, "address")} liegt in Ihrem Ordner Entwürfe; starten Sie den Durchlauf später erneut, um sie zu senden.`,
    /** Before a send run: params sent (recipients in the last 24 h), limit, fit (messages sent now), rest, at (ms). */
    /** A row held back by the daily limit (param at: ms since 1970). */
    "compose-no-attachments": (p) =>
      `Diese Nachricht hat ${param(p, "count")} Anhang/Anhänge, aber ein Verfassen-Fenster kann keine Dateien von Ihrem Computer übernehmen. Wählen Sie stattdessen den .eml-Download.`,
    "compose-no-bcc": (p) =>
      `Ein von Rundmail geöffnetes Verfassen-Fenster kann Ihre Archiv-Bcc-Adresse (${param(p, "address")}) nicht übernehmen. Entfernen Sie die Bcc-Zeile aus der Vorlage oder wählen Sie den .eml-Download.`,
    "compose-subject-too-long": (p) => `Der Betreff hat ${param(p, "length")} Zeichen; ein Verfassen-Fenster nimmt höchstens ${param(p, "max")}. Kürzen Sie den Betreff.`,
    "compose-body-too-large": (p) =>
      `Der Nachrichtentext ist ${size(p)} groß; ein Verfassen-Fenster nimmt höchstens 32 KB. Kürzen Sie den Text oder wählen Sie den .eml-Download.`,
    "compose-too-many-recipients": (p) => `Das Feld ${param(p, "field")} hat ${param(p, "count")} Adressen; ein Verfassen-Fenster nimmt höchstens ${param(p, "max")}.`,
    "compose-failed": (p) => `Outlook konnte kein Verfassen-Fenster für diese Nachricht öffnen (${param(p, "reason")}).`,
    "eml-compose-failed": (p) => `Die .eml-Datei für diese Nachricht konnte nicht geschrieben werden (${param(p, "reason")}).`,
    "eml-finished": () => "Die ZIP-Datei war schon fertig, als dieser Entwurf kam; er ist also nicht darin. Starten Sie für diese Zeile einen neuen Durchlauf.",
    "imap-login": (p) => `Der Mailserver ${param(p, "server")} hat die Anmeldung für ${param(p, "user")} abgelehnt (${param(p, "reason")}). Prüfen Sie den Benutzer in --imap und das Passwort (RUNDMAIL_IMAP_PASSWORD).`,
    "imap-tls": (p) =>
      `Keine verschlüsselte Verbindung zu ${param(p, "server")} (${param(p, "reason")}). Prüfen Sie den Port: imaps:// nutzt meist 993, imap:// (mit STARTTLS) 143. --insecure erlaubt imap:// ohne Verschlüsselung.`,
    "imap-certificate": (p) =>
      `Dem Zertifikat von ${param(p, "server")} wird nicht vertraut (${param(p, "reason")}). Prüfen Sie den Servernamen; für einen Server mit eigener Zertifizierungsstelle geben Sie diese mit --ca DATEI an.`,
    "imap-connect": (p) => `Der Mailserver ${param(p, "server")} ist nicht erreichbar (${param(p, "reason")}). Prüfen Sie Server und Port in --imap und Ihre Netzverbindung.`,
    "imap-folder-missing": (p) =>
      `Das Postfach hat keinen Ordner „${param(p, "folder")}“. Seine Ordner: ${param(p, "folders")}. Geben Sie einen davon mit --folder an.`,
    "imap-no-drafts-folder": (p) =>
      `Das Postfach nennt keinen Ordner für Entwürfe, und keiner trägt einen üblichen Namen (Entwürfe, Drafts, …). Seine Ordner: ${param(p, "folders")}. Geben Sie einen mit --folder an.`,
    "imap-no-sent-folder": (p) =>
      `Das Postfach nennt keinen Ordner für gesendete E-Mails, und keiner trägt einen üblichen Namen (Gesendet, Sent, Gesendete Objekte, …). Seine Ordner: ${param(p, "folders")}. Geben Sie einen mit --sent-folder an.`,
    "imap-over-quota": (p) => `Das Postfach ist voll (${param(p, "reason")}). Löschen oder archivieren Sie einige E-Mails und starten Sie denselben Befehl noch einmal.`,
    "imap-too-big": (p) =>
      p["limit"] !== undefined
        ? `Dieser Entwurf ist ${size(p)} groß; der Mailserver nimmt höchstens ${formatBytes(Number(p["limit"]), "de")} je Nachricht. Verkleinern Sie seine Anhänge.`
        : `Der Mailserver hat diesen Entwurf als zu groß abgelehnt (${param(p, "reason")}). Verkleinern Sie seine Anhänge.`,
    "imap-refused": (p) => `Der Mailserver hat diesen Entwurf abgelehnt (${param(p, "reason")}). Es wurde nichts gespeichert.`,
    "imap-throttled": (p) => `Der Mailserver bittet um eine Pause (${param(p, "reason")}); Rundmail wartet und versucht es erneut.`,
    "imap-lost": (p) => `Die Verbindung zum Mailserver ist abgebrochen (${param(p, "reason")}).`,
  },
};
