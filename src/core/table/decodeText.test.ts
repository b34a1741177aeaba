import { decodeText } from "./decodeText";
import { CP1252_HIGH, bytesOf, concat, utf16, utf8, windows1252 } from "./encodeForTests";

const german = "Vorname;Nachname;Straße;Betrag\nJürgen;Müller;Hauptstraße 1;12,50 €\n";

describe("decodeText detects the encoding and strips the BOM", () => {
  const cases: { name: string; bytes: Uint8Array; text: string; encoding: string }[] = [
    { name: "UTF-8 without BOM", bytes: utf8(german), text: german, encoding: "utf-8" },
    { name: "UTF-8 with BOM (Excel's 'CSV UTF-8')", bytes: utf8(german, true), text: german, encoding: "utf-8" },
    { name: "plain ASCII is UTF-8", bytes: utf8("Name,Email\nAnna,anna@example.de"), text: "Name,Email\nAnna,anna@example.de", encoding: "utf-8" },
    { name: "Windows-1252 (German Excel's CSV)", bytes: windows1252(german), text: german, encoding: "windows-1252" },
    { name: "Windows-1252 0x80-0x9F", bytes: windows1252(`Zeichen\n${CP1252_HIGH}`), text: `Zeichen\n${CP1252_HIGH}`, encoding: "windows-1252" },
    { name: "Windows-1252 typographic quotes", bytes: windows1252("„Anna“ – 5 €"), text: "„Anna“ – 5 €", encoding: "windows-1252" },
    {
      name: "UTF-16 LE with BOM (Excel's 'Unicode text', tab-separated)",
      bytes: utf16("Name\tE-Mail\r\nMüller\tm@example.de\r\n", "le"),
      text: "Name\tE-Mail\r\nMüller\tm@example.de\r\n",
      encoding: "utf-16le",
    },
    { name: "UTF-16 BE with BOM", bytes: utf16("Name\tOrt\nJürgen\tKöln", "be"), text: "Name\tOrt\nJürgen\tKöln", encoding: "utf-16be" },
    { name: "UTF-16 LE without BOM", bytes: utf16("Name\tOrt\nJürgen\tKöln", "le", false), text: "Name\tOrt\nJürgen\tKöln", encoding: "utf-16le" },
    { name: "UTF-16 BE without BOM", bytes: utf16("Name;Ort\nAnna;Bonn", "be", false), text: "Name;Ort\nAnna;Bonn", encoding: "utf-16be" },
    { name: "UTF-16 with characters beyond Latin-1", bytes: utf16("Name\n€ 😀 Łódź", "le"), text: "Name\n€ 😀 Łódź", encoding: "utf-16le" },
    { name: "a doubled BOM", bytes: utf8("\ufeffName", true), text: "Name", encoding: "utf-8" },
    { name: "a DOS end-of-file mark is tolerated", bytes: utf8("Name;Ort\r\nAnna;Bonn\r\n\u001a"), text: "Name;Ort\r\nAnna;Bonn\r\n\u001a", encoding: "utf-8" },
    { name: "a single character", bytes: utf8("x"), text: "x", encoding: "utf-8" },
  ];
  test.each(cases)("$name", ({ bytes, text, encoding }) => {
    expect(decodeText(bytes)).toEqual({ text, encoding });
  });
});

describe("decodeText refuses what is not a text table", () => {
  const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
  const cases: { name: string; bytes: Uint8Array; code: "file-empty" | "file-binary" }[] = [
    { name: "an empty file", bytes: new Uint8Array(0), code: "file-empty" },
    { name: "only a UTF-8 BOM", bytes: bytesOf(0xef, 0xbb, 0xbf), code: "file-empty" },
    { name: "only a UTF-16 BOM", bytes: bytesOf(0xff, 0xfe), code: "file-empty" },
    { name: "spaces and line breaks", bytes: utf8("  \r\n\t\n   \n"), code: "file-empty" },
    { name: "UTF-16 whitespace", bytes: utf16(" \r\n \r\n", "le"), code: "file-empty" },
    { name: "an .xlsx workbook (ZIP)", bytes: concat([0x50, 0x4b, 0x03, 0x04], utf8("[Content_Types].xml")), code: "file-binary" },
    { name: "an old .xls workbook (OLE)", bytes: bytesOf(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), code: "file-binary" },
    { name: "a PDF", bytes: utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\n"), code: "file-binary" },
    { name: "a PNG", bytes: bytesOf(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), code: "file-binary" },
    { name: "a JPEG", bytes: bytesOf(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), code: "file-binary" },
    { name: "a gzip archive", bytes: bytesOf(0x1f, 0x8b, 0x08, 0x00), code: "file-binary" },
    { name: "random bytes with zero bytes", bytes: random, code: "file-binary" },
    { name: "text with one zero byte", bytes: utf8("Name;Ort\nAnna;Bo\u0000nn\n"), code: "file-binary" },
    { name: "zero bytes at even and odd positions", bytes: bytesOf(0x41, 0x00, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44), code: "file-binary" },
    {
      name: "control characters without zero bytes",
      bytes: Uint8Array.from({ length: 2000 }, (_, i) => (i % 5 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26))),
      code: "file-binary",
    },
    { name: "odd-length UTF-16 without BOM that is not UTF-16", bytes: bytesOf(0x41, 0x00, 0x42, 0x00, 0xd8, 0x00, 0x00), code: "file-binary" },
  ];
  test.each(cases)("$name -> $code", ({ bytes, code }) => {
    expect(decodeText(bytes)).toEqual({ code });
  });
});
