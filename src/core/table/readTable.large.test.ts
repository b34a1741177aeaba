// A large file read end to end: bytes -> decoding -> delimiter -> parsing -> table. No timing assertions (they
// make tests flaky); this shows the path holds at this size and does not, say, copy the text per row.
import { readTable } from "./readTable";
import { utf8 } from "./encodeForTests";

const ROWS = 200_000;

/** About 20 MB: German Excel style (";", CRLF), every 1000th row with a quoted two-line cell. */
function largeCsv(): Uint8Array {
  const lines = ["Kundennummer;Vorname;Nachname;E-Mail;PLZ;Straße;Betrag;Notiz"];
  for (let i = 1; i <= ROWS; i += 1) {
    const note = i % 1000 === 0 ? `"Zeile 1 ""${i}""\nZeile 2"` : `Notiz ${i}`;
    lines.push(`K${String(i).padStart(7, "0")};Jürgen;Müller-Lüdenscheidt;kunde${i}@example.de;0${i % 10000};Hauptstraße ${i};1.${i % 1000},50 €;${note}`);
  }
  return utf8(lines.join("\r\n") + "\r\n");
}

test("reads a 20 MB CSV", () => {
  const bytes = largeCsv();
  expect(bytes.length).toBeGreaterThan(20_000_000);

  const { table, findings, encoding, delimiter } = readTable({ kind: "bytes", bytes });

  expect(findings).toEqual([]);
  expect(encoding).toBe("utf-8");
  expect(delimiter).toBe(";");
  expect(table.columns).toEqual(["Kundennummer", "Vorname", "Nachname", "E-Mail", "PLZ", "Straße", "Betrag", "Notiz"]);
  expect(table.rows).toHaveLength(ROWS);
  expect(table.rows[0]).toEqual({
    row: 2,
    cells: ["K0000001", "Jürgen", "Müller-Lüdenscheidt", "kunde1@example.de", "01", "Hauptstraße 1", "1.1,50 €", "Notiz 1"],
  });
  expect(table.rows[999]?.cells[7]).toBe('Zeile 1 "1000"\nZeile 2');
  expect(table.rows[ROWS - 1]).toEqual({
    row: ROWS + 1,
    cells: ["K0200000", "Jürgen", "Müller-Lüdenscheidt", "kunde200000@example.de", "00", "Hauptstraße 200000", "1.0,50 €", "Zeile 1 \"200000\"\nZeile 2"],
  });
});
