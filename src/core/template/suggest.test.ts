import { compileTemplate } from "./compile";
import { editDistance, suggestColumn, unknownFields } from "./suggest";

describe("editDistance", () => {
  const cases: [string, string, number][] = [
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "abc", 0],
    ["kitten", "sitting", 3],
    ["emial", "email", 1], // a swap is one edit
    ["ab", "ba", 1],
    ["ca", "abc", 3],
    ["vornme", "vorname", 1],
    ["😀a", "😀b", 1],
  ];
  test.each(cases)("%j / %j = %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe("suggestColumn", () => {
  const columns = ["Vorname", "Nachname", "E-Mail", "Straße", "Größe", "Ort", "Kunden-Nr"];
  const cases: [string, string | null][] = [
    ["Vornme", "Vorname"],
    ["vornamen", "Vorname"],
    ["Nachnahme", "Nachname"],
    ["Emial", "E-Mail"],
    ["Email", "E-Mail"],
    ["Strase", "Straße"],
    ["Groesse", "Größe"],
    ["Kundennr", "Kunden-Nr"],
    ["Orte", "Ort"],
    ["Nr", null], // "Nr" is not "Ort": never a rewrite of a whole short name
    ["Name", null],
    ["Telefon", null],
    ["", null],
  ];
  test.each(cases)("%j -> %j", (field, suggestion) => expect(suggestColumn(field, columns)).toBe(suggestion));

  test("on a tie the first column wins", () => {
    expect(suggestColumn("Ab", ["Abc", "Abd"])).toBe("Abc");
  });

  test("a form's long question header is still suggested", () => {
    const question = "Unter welcher Telefonnummer können wir Sie bei Rückfragen zu Ihrer Mitgliedschaft am besten erreichen?";
    expect(suggestColumn(question.replace("Rückfragen", "Rueckfragen"), ["E-Mail", question])).toBe(question);
  });

  test("two very long names are not compared (it cost the product of their lengths: minutes for 60,000 characters)", () => {
    expect(suggestColumn("a".repeat(60_000), ["Vorname", `${"a".repeat(59_999)}b`])).toBeNull();
  });
});

describe("unknownFields", () => {
  const columns = ["Vorname", "Nachname", "E-Mail"];
  test("one finding per distinct unknown field, with a suggestion when one is near", () => {
    const { template } = compileTemplate(
      "{{Vorname}} {{Vornme}} {{vornme|x}} {{#Firma}}{{/Firma}} {{ vorname }}",
      "html",
      "body",
    );
    expect(unknownFields(template, columns, "body")).toEqual([
      {
        row: null,
        column: null,
        code: "template-unknown-field",
        params: { field: "Vornme", where: "body", columns: "Vorname, Nachname, E-Mail", suggestion: "Vorname" },
      },
      {
        row: null,
        column: null,
        code: "template-unknown-field",
        params: { field: "Firma", where: "body", columns: "Vorname, Nachname, E-Mail" },
      },
    ]);
  });

  test("fields in attribute values are checked too, with a suggestion", () => {
    const { template } = compileTemplate(`<a href="https://x.example/?nr={{Nummr}}" title="{{Vorname}}">x</a>`, "html", "body");
    expect(unknownFields(template, ["Nummer", "Vorname"], "body").map((f) => f.params)).toEqual([
      { field: "Nummr", where: "body", columns: "Nummer, Vorname", suggestion: "Nummer" },
    ]);
  });

  test("nothing when every field is a column", () => {
    const { template } = compileTemplate("{{VORNAME}} {{e-mail}}", "subject", "subject");
    expect(unknownFields(template, columns, "subject")).toEqual([]);
  });
});
