import { LANGUAGES } from "../../i18n";
import { fileReportColumns, fileReportCsv } from "./fileReport";

test.each([
  ["en", "fileOrReason", "\uFEFFrow,address,status,file or reason\r\n2,a@x.de,draft created,0002_a@x.de.eml\r\n"],
  ["de", "fileOrReason", "\uFEFFZeile;Adresse;Status;Datei oder Grund\r\n2;a@x.de;Entwurf erstellt;0002_a@x.de.eml\r\n"],
] as const)("%s: the drafts' report", (lang, last, csv) => {
  expect(fileReportCsv([{ row: 2, address: "a@x.de", status: "created", detail: "0002_a@x.de.eml" }], last, lang)).toBe(csv);
});

test("the send report's last column is 'details'; each language's header is its own", () => {
  expect(fileReportColumns("en", "details")).toEqual(["row", "address", "status", "details"]);
  expect(fileReportColumns("de", "details")).toEqual(["Zeile", "Adresse", "Status", "Einzelheiten"]);
  const headers = LANGUAGES.map((lang) => fileReportColumns(lang, "fileOrReason").join());
  expect(new Set(headers).size).toBe(LANGUAGES.length);
});
