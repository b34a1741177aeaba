// Writes the sample files in samples/: a German member list as Excel saves it (Windows-1252, ";"), one with
// mistakes, and a small one-page PDF invoice per member. Run again to regenerate: node scripts/make-samples.js
"use strict";
const fs = require("fs");
const path = require("path");

const dir = path.join(__dirname, "..", "samples");
const members = [
  ["Frau", "Anna", "Müller", "anna.mueller@example.de", "1001", "120,00", "Turnen"],
  ["Herr", "Jürgen", "Weiß", "j.weiss@example.de", "1002", "96,00", "Fußball"],
  ["", "Kim", "Öztürk", "kim.oeztuerk@example.org", "1003", "60,00", "Schwimmen"],
  ["Frau", "Sophie", "Größer", "Sophie Größer <sophie@example.net>", "1004", "120,00", "Turnen"],
  ["Herr", "Björn", "Schäfer", "bjoern.schaefer@example.de", "1005", "48,00", "Leichtathletik"],
  ["Frau", "Zoë", "Lindqvist", "zoe@bücher.example", "1006", "96,00", "Fußball"],
];
const header = ["Anrede", "Vorname", "Nachname", "E-Mail", "Mitgliedsnummer", "Beitrag", "Abteilung"];

/** Windows-1252 bytes of a string that only uses Latin-1 letters (as German Excel writes its CSV). */
const cp1252 = (text) => Buffer.from(text, "latin1");
// As Excel does: a cell holding ";" or a quotation mark is quoted.
const cell = (value) => (/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const csv = (rows) => rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";

fs.writeFileSync(path.join(dir, "mitglieder.csv"), cp1252(csv([header, ...members])));

const withMistakes = [
  header,
  ...members.slice(0, 2),
  ["Herr", "Max", "Mustermann", "max@@example.de", "1007", "60,00", "Turnen"],
  ["Frau", "Eva", "Klein", "eva@example.de; peter@example.de", "1008", "120,00", "Turnen"],
  ["", "", "", "", "", "", ""],
  ["Herr", "Tom", "", "tom@example.de", "1009", "48,00", "Fußball"],
  ["Frau", "Anna", "Müller", "ANNA.MUELLER@example.de", "1010", "96,00", "Turnen"],
];
fs.writeFileSync(path.join(dir, "mitglieder-mit-fehlern.csv"), cp1252(csv(withMistakes)));

/** A minimal, valid one-page PDF showing a few lines of text (Helvetica, WinAnsi so umlauts print). */
function pdf(lines) {
  const escape = (s) => s.replace(/[\\()]/g, "\\$&");
  const text = lines.map((l, i) => `BT /F1 ${i === 0 ? 18 : 12} Tf 72 ${740 - i * 24} Td (${escape(l)}) Tj ET`).join("\n");
  const content = Buffer.from(text, "latin1");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    null,
  ];
  const parts = [Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk =
      body === null
        ? Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<< /Length ${content.length} >>\nstream\n`), content, Buffer.from("\nendstream\nendobj\n")])
        : Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`, "latin1");
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

for (const [anrede, vorname, nachname, , nummer, beitrag, abteilung] of members) {
  const file = path.join(dir, "rechnungen", `Rechnung_${nummer}.pdf`);
  fs.writeFileSync(
    file,
    pdf([
      "TSV Blau-Weiß 1890 e. V. - Beitragsrechnung 2027",
      `Mitgliedsnummer ${nummer}`,
      `${anrede} ${vorname} ${nachname}`.trim(),
      `Abteilung ${abteilung}: ${beitrag} EUR`,
      "Bitte überweisen Sie den Betrag bis zum 31.01.2027.",
    ]),
  );
}
console.log("samples written to", dir);
