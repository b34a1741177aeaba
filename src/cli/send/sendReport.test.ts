import Papa from "papaparse";
import { sendReportCsv } from "./sendReport";

const parse = (csv: string, delimiter: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;

describe("sendReportCsv", () => {
  test("one line per row, in row order, with the status in words", () => {
    const csv = sendReportCsv(
      [
        { row: 3, address: "ben@example.de", status: "failed", detail: "550 5.1.1 no such user" },
        { row: 2, address: "anna@example.de", status: "sent", detail: "2027-01-15T10:00:00.000Z 250 OK" },
        { row: 4, address: "cem@example.de", status: "unknown", detail: "Connection closed" },
      ],
      "en",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parse(csv, ",")).toEqual([
      ["row", "address", "status", "details"],
      ["2", "anna@example.de", "sent", "2027-01-15T10:00:00.000Z 250 OK"],
      ["3", "ben@example.de", "failed", "550 5.1.1 no such user"],
      ["4", "cem@example.de", "unknown — check your Sent folder", "Connection closed"],
    ]);
  });

  test("German: semicolons, German words; formula-like cells neutralised", () => {
    const csv = sendReportCsv([{ row: 2, address: "=HYPERLINK(1)", status: "excluded", detail: "+49 …" }], "de");
    expect(parse(csv, ";")).toEqual([
      ["Zeile", "Adresse", "Status", "Einzelheiten"],
      ["2", "'=HYPERLINK(1)", "ausgelassen", "'+49 …"],
    ]);
  });
});
