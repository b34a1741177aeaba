import type { Lang } from "../../i18n";
import { compileTemplate } from "./compile";
import { normaliseFieldName } from "./normalise";
import { renderTemplate } from "./render";
import { salutationColumns, salutationTemplate } from "./salutation";

/** The line as each row's person reads it: the generated template merged by the real engine. */
function greet(columns: string[], rows: Record<string, string>[], lang: Lang = "de"): string[] {
  const anrede = salutationColumns(columns).salutation;
  const template = salutationTemplate(columns, anrede === null ? [] : rows.map((row) => row[anrede] ?? ""), lang)?.text;
  if (template === undefined) throw new Error("no salutation");
  const { template: compiled, findings } = compileTemplate(template, "text", "body");
  expect(findings).toEqual([]);
  return rows.map((row) => {
    const byKey = new Map(Object.entries(row).map(([column, value]) => [normaliseFieldName(column), value]));
    return renderTemplate(compiled, (key) => byKey.get(key));
  });
}

describe("the salutation helper", () => {
  const club = ["E-Mail", "Anrede", "Titel", "Vorname", "Nachname"];

  it.each<[string, Record<string, string>, string]>([
    ["Frau with a title", { Anrede: "Frau", Titel: "Dr.", Vorname: "Anna", Nachname: "Schmidt" }, "Sehr geehrte Frau Dr. Schmidt,"],
    ["Herr without a title", { Anrede: "Herr", Titel: "", Vorname: "Bernd", Nachname: "Müller" }, "Sehr geehrter Herr Müller,"],
    ["lower case and spaces", { Anrede: " frau ", Titel: "", Vorname: "Clara", Nachname: "Weiß" }, "Sehr geehrte Frau Weiß,"],
    ["an Anrede it does not know", { Anrede: "Divers", Titel: "", Vorname: "Kim", Nachname: "Berger" }, "Guten Tag Kim Berger,"],
    ["no Anrede", { Anrede: "", Titel: "Prof.", Vorname: "Eva", Nachname: "Roth" }, "Guten Tag Prof. Eva Roth,"],
  ])("%s", (_name, row, expected) => {
    const rows = [{ Anrede: "Frau" }, { Anrede: "Herr" }, row].map((r) => ({ Titel: "", Vorname: "X", Nachname: "Y", ...r }));
    expect(greet(club, rows)[2]).toBe(expected);
  });

  it("takes the Anrede values as the list writes them (Fr., Hr.)", () => {
    const rows = [
      { Anrede: "Fr.", Vorname: "Anna", Nachname: "Schmidt" },
      { Anrede: "Hr.", Vorname: "Bernd", Nachname: "Müller" },
      { Anrede: "Familie", Vorname: "", Nachname: "Meier" },
    ];
    expect(greet(["Anrede", "Vorname", "Nachname"], rows)).toEqual(["Sehr geehrte Frau Schmidt,", "Sehr geehrter Herr Müller,", "Guten Tag Meier,"]);
  });

  it("writes English salutations for an English pane", () => {
    const rows = [
      { Salutation: "Ms", "First name": "Anna", "Last name": "Smith" },
      { Salutation: "Mr", "First name": "Bob", "Last name": "Jones" },
      { Salutation: "", "First name": "Kim", "Last name": "Lee" },
    ];
    expect(greet(["Salutation", "First name", "Last name"], rows, "en")).toEqual(["Dear Ms Smith,", "Dear Mr Jones,", "Dear Kim Lee,"]);
  });

  it.each<[string, string[], string[], string | null]>([
    ["no Anrede column: the neutral line", ["Vorname", "Nachname"], [], "Guten Tag {{#Vorname}}{{Vorname}} {{/Vorname}}{{Nachname}},"],
    ["an Anrede with no formal value: the neutral line", ["Anrede", "Nachname"], ["Firma", ""], "Guten Tag {{Nachname}},"],
    ["an Anrede but no last name: the neutral line", ["Anrede", "Vorname"], ["Frau"], "Guten Tag {{Vorname}},"],
    ["no column for a name at all", ["E-Mail", "Betrag"], [], null],
    ["a header that cannot stand in {{…}} is not used", ["Vor{name", "Nachname"], [], "Guten Tag {{Nachname}},"],
  ])("%s", (_name, columns, values, expected) => {
    expect(salutationTemplate(columns, values, "de")?.text ?? null).toBe(expected);
  });

  it("says whether some rows get the formal line", () => {
    expect(salutationTemplate(["Anrede", "Nachname"], ["Frau", "Divers"], "de")?.formal).toBe(true);
    expect(salutationTemplate(["Anrede", "Nachname"], ["Divers", ""], "de")?.formal).toBe(false);
    expect(salutationTemplate(["Vorname"], [], "en")?.formal).toBe(false);
  });

  it("never writes a value that would break the template (hostile Anrede values fall to the neutral line)", () => {
    const rows = [
      { Anrede: "Frau}}{{#x", Nachname: "A" },
      { Anrede: "Herr", Nachname: "B" },
    ];
    expect(greet(["Anrede", "Nachname"], rows)).toEqual(["Guten Tag A,", "Sehr geehrter Herr B,"]);
  });
});
