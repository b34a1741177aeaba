import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { renderToStaticMarkup } from "react-dom/server";
import { startRun } from "../../core/run";
import { readTable } from "../../core/table";
import type { Table } from "../../core/types";
import type { Lang } from "../../i18n";
import { PaneContext } from "../context";
import { createFileStore } from "../files/fileStore";
import { STRINGS } from "../strings";
import { displayOrder, RecipientGrid } from "./RecipientGrid";
import { paneServices } from "../../../test/support/paneServices";

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
  const services = paneServices(lang);
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

describe("rows the user corrected or left out (issue 12)", () => {
  const LIST = readTable({ kind: "text", text: "E-Mail\tName\nbob@example.de, berta@example.de\tBob\nnele@example.de\tNele" }).table;
  const ERROR = { row: 2, column: "E-Mail", severity: "error", code: "email-multiple", message: "Row 2: two addresses in one cell." } as const;

  function rows(lang: Lang, onEditRow?: (row: number) => void): string[] {
    const t = STRINGS[lang];
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <PaneContext.Provider
          value={{ lang, t, host: null, gatewayProvider: () => [], startRun, fileStore: createFileStore(), download: () => undefined, openRunStore: () => Promise.reject(new Error("none")) }}
        >
          <RecipientGrid
            table={LIST}
            emailColumn="E-Mail"
            ccColumn={null}
            issuesByRow={new Map()}
            excludedRows={new Map([[2, [ERROR]]])}
            editedCells={{ 3: { 0: "nele@example.de" } }}
            {...(onEditRow === undefined ? {} : { onEditRow })}
          />
        </PaneContext.Provider>
      </FluentProvider>,
    );
    return [...html.matchAll(/<div role="row" aria-rowindex="\d+"[^>]*>(.*?)(?=<div role="row"|$)/g)]
      .slice(1)
      .map((m) => (m[1] ?? "").replace(/<[^>]+aria-label="([^"]+)"[^>]*>/g, "[$1] ").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim());
  }

  test.each<[Lang, string, string]>([
    ["en", "[Row 2: correct or leave out] 2 Excluded bob@example.de, berta@example.de Bob Excluded by you — two addresses in one cell.", "[Row 3: correct or leave out] 3 Ready nele@example.de (corrected) Nele"],
    ["de", "[Zeile 2: korrigieren oder auslassen] 2 Ausgelassen bob@example.de, berta@example.de Bob Von Ihnen ausgelassen — two addresses in one cell.", "[Zeile 3: korrigieren oder auslassen] 3 Bereit nele@example.de (korrigiert) Nele"],
  ])("%s: an excluded row says so with its error; a corrected cell says so; each row number opens the row", (lang, excluded, corrected) => {
    expect(rows(lang, () => undefined)).toEqual([excluded, corrected]);
  });

  test("without a way to edit, the row numbers are plain text", () => {
    expect(rows("en")[1]).toBe("3 Ready nele@example.de (corrected) Nele");
  });
});
