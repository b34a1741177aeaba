import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { startRun } from "../../core/run";
import { readTable } from "../../core/table";
import type { Table } from "../../core/types";
import type { Lang } from "../../i18n";
import { PaneContext, type PaneServices } from "../context";
import { createFileStore } from "../files/fileStore";
import { STRINGS } from "../strings";
import { displayOrder, RecipientGrid } from "./RecipientGrid";

test.each<[string, number, number, number, readonly number[]]>([
  // case, columns, e-mail column, Cc column, order shown
  ["e-mail last", 4, 3, -1, [3, 0, 1, 2]],
  ["e-mail and Cc", 5, 3, 1, [3, 1, 0, 2, 4]],
  ["Cc before the e-mail in the list: still e-mail first", 4, 2, 0, [2, 0, 1, 3]],
  ["no e-mail column found: the list's order, Cc first", 3, -1, 2, [2, 0, 1]],
  ["nothing found: the list's order", 3, -1, -1, [0, 1, 2]],
  ["e-mail already first", 3, 0, -1, [0, 1, 2]],
  ["the same column twice is shown once", 3, 1, 1, [1, 0, 2]],
  ["no columns", 0, -1, -1, []],
])("displayOrder: %s", (_name, columns, email, cc, order) => {
  expect(displayOrder(columns, email, cc)).toEqual(order);
});

const TABLE = readTable({
  kind: "text",
  text: "Anrede\tVorname\tNachname\tCc-Adresse\tE-Mail\nFrau\tAnna\tBerg\tchef@example.de\tanna@example.de",
}).table;

function grid(lang: Lang, emailColumn: string | null, ccColumn: string | null, table: Table = TABLE): string {
  const services: PaneServices = {
    lang,
    t: STRINGS[lang],
    host: null,
    gatewayProvider: () => [],
    startRun,
    fileStore: createFileStore(),
    download: () => undefined,
    openRunStore: () => Promise.reject(new Error("none")),
  };
  return renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneContext.Provider value={services}>
        <RecipientGrid table={table} emailColumn={emailColumn} ccColumn={ccColumn} issuesByRow={new Map()} />
      </PaneContext.Provider>
    </FluentProvider>,
  );
}

function headers(lang: Lang, emailColumn: string | null, ccColumn: string | null): string[] {
  const html = grid(lang, emailColumn, ccColumn);
  // Each column header's words, in the order the grid shows them (the To/Cc badges are part of the header).
  return [...html.matchAll(/role="columnheader"[^>]*>(.*?)<\/div>(?=<div role="columnheader"|<\/div>)/g)].map((m) =>
    (m[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim(),
  );
}

test.each<[Lang, string | null, string | null, readonly string[]]>([
  ["en", "E-Mail", null, ["Row", "E-Mail To", "Anrede", "Vorname", "Nachname", "Cc-Adresse"]],
  ["de", "E-Mail", "Cc-Adresse", ["Zeile", "E-Mail An", "Cc-Adresse Cc", "Anrede", "Vorname", "Nachname"]],
  ["de", null, null, ["Zeile", "Anrede", "Vorname", "Nachname", "Cc-Adresse", "E-Mail"]],
])("%s grid, e-mail %p, Cc %p: the address columns come first after the row number", (lang, email, cc, shown) => {
  expect(headers(lang, email, cc)).toEqual(shown);
});

test("a row's cells follow the headers' order, and its number is written the language's way", () => {
  const far: Table = { columns: TABLE.columns, rows: [{ row: 10_001, cells: ["Frau", "Anna", "Berg", "chef@example.de", "anna@example.de"] }] };
  const cells = (lang: Lang): string[] => {
    const html = grid(lang, "E-Mail", "Cc-Adresse", far);
    return [...html.matchAll(/role="(?:rowheader|cell)"[^>]*>(.*?)<\/div>/g)].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());
  };
  expect(cells("de")).toEqual(["10.001 Bereit", "anna@example.de", "chef@example.de", "Frau", "Anna", "Berg"]);
  expect(cells("en")[0]).toBe("10,001 Ready");
});
