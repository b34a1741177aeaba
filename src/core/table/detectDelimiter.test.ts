import { detectDelimiter } from "./detectDelimiter";

describe("detectDelimiter", () => {
  const cases: { name: string; text: string; delimiter: string }[] = [
    { name: "German Excel (;)", text: "Vorname;Nachname;E-Mail\nAnna;Müller;anna@example.de\n", delimiter: ";" },
    { name: "English Excel (,)", text: "First name,Last name,Email\nAnna,Miller,anna@example.com\n", delimiter: "," },
    { name: "pasted from a spreadsheet (tab)", text: "Name\tE-Mail\nAnna\tanna@example.de\n", delimiter: "\t" },
    { name: "pipe", text: "Name|E-Mail|Ort\nAnna|anna@example.de|Bonn\n", delimiter: "|" },
    { name: "header only", text: "Name;E-Mail;Ort", delimiter: ";" },
    {
      name: "decimal commas in a ; file",
      text: "Name;Betrag;E-Mail\nAnna;1.000,50;a@example.de\nBen;2,75;b@example.de\n",
      delimiter: ";",
    },
    {
      name: "commas in the cells of a tab-separated paste",
      text: "Name\tAdresse\nMüller, Anna\tWeg 1, Bonn\nSchmidt, Ben\tAllee 2, Köln\n",
      delimiter: "\t",
    },
    {
      name: "; inside quoted cells of a , file",
      text: 'Name,Notiz,Email\n"Müller; Anna","a;b;c",a@example.de\n"Schmidt; Ben","x;y",b@example.de\n',
      delimiter: ",",
    },
    {
      name: "a quoted cell with line breaks does not confuse the count",
      text: 'Name;Adresse;E-Mail\nAnna;"Weg 1\nBonn, 53111";a@example.de\nBen;"Allee 2\nKöln";b@example.de\n',
      delimiter: ";",
    },
    {
      name: "commas in the header of a ; file: more columns wins the tie",
      text: "Name;Straße, Nr.;E-Mail\nAnna;Weg, 1;a@example.de\n",
      delimiter: ";",
    },
    {
      name: "sloppy unquoted commas: the header decides",
      text: "Name,Email\nMüller, Anna,a@example.de\nBen,b@example.de\n",
      delimiter: ",",
    },
    {
      name: "empty rows before the header are skipped",
      text: ";;;\n\nName;E-Mail\nAnna;a@example.de\n",
      delimiter: ";",
    },
    { name: "one column: a character that never occurs", text: "E-Mail\na@example.de\nb@example.de, c@example.de\n", delimiter: "\t" },
    { name: "one column holding tabs", text: "E-Mail\na@example.de\tb@example.de\n", delimiter: ";" },
    { name: "empty text", text: "", delimiter: "\t" },
    { name: "nothing but separators", text: ";;;;\n;;;;\n", delimiter: ";" },
  ];
  test.each(cases)("$name", ({ text, delimiter }) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  test("looks at the start of a long file only, cut at a line break", () => {
    const text = "Name;E-Mail\n" + "Anna;a@example.de\n".repeat(10_000) + "x,y,z,w,v\n".repeat(10_000);
    expect(detectDelimiter(text)).toBe(";");
  });
});

describe("detectDelimiter with a quotation mark left open", () => {
  const cases: { name: string; text: string; delimiter: string }[] = [
    { name: "in the header", text: '"Name;E-Mail\nAnna;a@example.de\n', delimiter: ";" },
    { name: "in the first data row", text: 'Name,Email\n"Anna,a@example.com\nBen,b@example.com\n', delimiter: "," },
  ];
  test.each(cases)("$name", ({ text, delimiter }) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
