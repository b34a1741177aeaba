import fc from "fast-check";
import { buildPlan, type PlanInput, type TemplateSource } from "./buildPlan";
import { privacyBreach } from "../privacy/privacy";
import type { GivenFile, Table } from "../types";

const table = (columns: string[], ...rows: string[][]): Table => ({
  columns,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

const html = (body: string, subject = "Hallo {{Vorname}}"): TemplateSource => ({ subject, body, bodyType: "html" });
const file = (name: string, size = 1000): GivenFile => ({ id: `files/${name}`, name, size });
/** Independent of the decoder under test: base64 and RFC 2047 "Q" as a mail program's encoder writes them. */
const base64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const qEncode = (text: string): string =>
  [...new TextEncoder().encode(text)].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, "0")}`)).join("");

const members = table(
  ["Anrede", "Vorname", "E-Mail", "Nr", "Datei"],
  ["Frau", "Anna", "anna@example.de", "1", "Rechnung 1.pdf"],
  ["Herr", "Jürgen", "juergen@example.de", "2", "Rechnung 2.pdf; Beilage.pdf"],
);

interface Case {
  name: string;
  input: PlanInput;
  drafts: Array<{ row: number; to: string; subject?: string; htmlContains?: string; files?: string[]; cc?: string[]; bcc?: string[] }>;
  issues?: Array<[number | null, string]>;
  ready: boolean;
  message?: RegExp;
}

const cases: Case[] = [
  {
    name: "one draft per row with merged subject and salutation",
    input: {
      table: members,
      template: html("<p>{{#Anrede=Frau}}Sehr geehrte Frau{{/Anrede}}{{#Anrede=Herr}}Sehr geehrter Herr{{/Anrede}} {{Vorname}}</p>"),
      options: { lang: "en" },
    },
    drafts: [
      { row: 2, to: "anna@example.de", subject: "Hallo Anna", htmlContains: "Sehr geehrte Frau Anna" },
      { row: 3, to: "juergen@example.de", subject: "Hallo Jürgen", htmlContains: "Sehr geehrter Herr Jürgen" },
    ],
    issues: [],
    ready: true,
  },
  {
    name: "a row with a bad address yields no draft and is reported with its row number",
    input: {
      table: table(["Vorname", "E-Mail"], ["Anna", "anna@example.de"], ["Max", "max@@example.de"], ["Eva", "eva@x.de; b@y.de"]),
      template: html("<p>Hallo</p>"),
      options: { lang: "en" },
    },
    drafts: [{ row: 2, to: "anna@example.de" }],
    issues: [
      [3, "email-invalid"],
      [4, "email-multiple"],
    ],
    ready: false,
    message: /^Row 3: 'max@@example\.de' is not an e-mail address/,
  },
  {
    name: "an unknown field is an error with a suggestion, in German",
    input: { table: members, template: html("<p>Hallo {{Vornme}}</p>"), options: { lang: "de" } },
    drafts: [
      { row: 2, to: "anna@example.de" },
      { row: 3, to: "juergen@example.de" },
    ],
    issues: [[null, "template-unknown-field"]],
    ready: false,
    message: /Meinten Sie \{\{Vorname\}\}\?/,
  },
  {
    name: "attachments from a column, several per row; unnamed files are listed",
    input: {
      table: members,
      template: html("<p>x</p>"),
      files: [file("Rechnung 1.pdf"), file("rechnung 2.PDF"), file("Beilage.pdf"), file("Unbenutzt.pdf")],
      options: { lang: "en", attachmentColumn: "Datei" },
    },
    drafts: [
      { row: 2, to: "anna@example.de", files: ["Rechnung 1.pdf"] },
      { row: 3, to: "juergen@example.de", files: ["rechnung 2.PDF", "Beilage.pdf"] },
    ],
    issues: [[null, "attachment-unused"]],
    ready: true,
  },
  {
    name: "attachments from a pattern; a missing file is a row error",
    input: {
      table: members,
      template: html("<p>x</p>"),
      files: [file("2026/Rechnung_1.pdf")],
      options: { lang: "en", attachmentPattern: "Rechnung_{{Nr}}.pdf" },
    },
    drafts: [{ row: 2, to: "anna@example.de", files: ["2026/Rechnung_1.pdf"] }],
    issues: [[3, "attachment-missing"]],
    ready: false,
  },
  {
    name: "the template's own attachments go to everyone, alongside each row's own",
    input: {
      table: members,
      template: { ...html("<p>x</p>"), attachments: [{ file: file("Satzung.pdf"), isRecipientList: false }] },
      files: [file("Rechnung_1.pdf"), file("Rechnung_2.pdf")],
      options: { lang: "en", attachmentPattern: "Rechnung_{{Nr}}.pdf" },
    },
    drafts: [
      { row: 2, to: "anna@example.de", files: ["Satzung.pdf", "Rechnung_1.pdf"] },
      { row: 3, to: "juergen@example.de", files: ["Satzung.pdf", "Rechnung_2.pdf"] },
    ],
    issues: [],
    ready: true,
  },
  {
    // Learn, "Exchange Online limits": 35 MB per message by default, attachments included; the file for everyone counts.
    name: "a message over Exchange Online's default 35 MB (with the file for everyone) is warned about, and still planned",
    input: {
      table: members,
      template: { ...html("<p>x</p>"), attachments: [{ file: file("Satzung.pdf", 20 * 1024 * 1024), isRecipientList: false }] },
      files: [file("Rechnung_1.pdf", 16 * 1024 * 1024), file("Rechnung_2.pdf", 1000)],
      options: { lang: "en", attachmentPattern: "Rechnung_{{Nr}}.pdf" },
    },
    drafts: [
      { row: 2, to: "anna@example.de", files: ["Satzung.pdf", "Rechnung_1.pdf"] },
      { row: 3, to: "juergen@example.de", files: ["Satzung.pdf", "Rechnung_2.pdf"] },
    ],
    issues: [[2, "attachments-over-exchange-limit"]],
    ready: true,
  },
  {
    name: "privacy: the recipient list and other table files on the template never go to everyone unless named",
    input: {
      table: members,
      template: {
        ...html("<p>x</p>"),
        attachments: [
          { file: file("Satzung.pdf"), isRecipientList: false },
          { file: file("mitglieder.csv"), isRecipientList: true },
          { file: file("kopie-der-liste.dat"), isRecipientList: true, choice: "everyone" },
          { file: file("Beitragsliste.xlsx"), isRecipientList: false },
          { file: file("Termine.ods"), isRecipientList: false, choice: "everyone" },
        ],
      },
      options: { lang: "en" },
    },
    drafts: [
      { row: 2, to: "anna@example.de", files: ["Satzung.pdf", "Termine.ods"] },
      { row: 3, to: "juergen@example.de", files: ["Satzung.pdf", "Termine.ods"] },
    ],
    issues: [
      [null, "attachment-is-recipient-list"],
      [null, "attachment-is-recipient-list"],
      [null, "attachment-held-back"],
    ],
    ready: true,
  },
  {
    name: "a template Cc and Bcc go into every draft; a row's own different Cc conflicts",
    input: {
      table: table(["E-Mail", "Cc"], ["anna@example.de", ""], ["ben@example.de", "mutter@example.de"]),
      template: { ...html("<p>x</p>", "Info"), cc: "vorstand@verein.de", bcc: "archiv@verein.de" },
      options: { lang: "en" },
    },
    drafts: [{ row: 2, to: "anna@example.de", cc: ["vorstand@verein.de"], bcc: ["archiv@verein.de"] }],
    issues: [[3, "cc-conflict"]],
    ready: false,
  },
  {
    name: "a Cc column gives each row at most one Cc",
    input: {
      table: table(["E-Mail", "Cc"], ["anna@example.de", "eltern.anna@example.de"], ["ben@example.de", ""]),
      template: html("<p>x</p>", "Info"),
      options: { lang: "en" },
    },
    drafts: [
      { row: 2, to: "anna@example.de", cc: ["eltern.anna@example.de"] },
      { row: 3, to: "ben@example.de", cc: [] },
    ],
    issues: [],
    ready: true,
  },
  {
    name: "an empty value without fallback is a warning for that row; the draft is still made",
    input: {
      table: table(["Vorname", "E-Mail"], ["", "anna@example.de"]),
      template: html("<p>Hallo {{Vorname}}, {{Vorname|Mitglied}}</p>"),
      options: { lang: "en" },
    },
    drafts: [{ row: 2, to: "anna@example.de", subject: "Hallo ", htmlContains: "Hallo , Mitglied" }],
    issues: [[2, "field-empty"]],
    ready: true,
  },
  {
    name: "the caller may choose the e-mail column; an unknown choice is an error",
    input: { table: members, template: html("<p>x</p>"), options: { lang: "en", emailColumn: "Mail-Adresse" } },
    drafts: [],
    issues: [[null, "column-unknown"]],
    ready: false,
  },
  {
    name: "a broken template (unclosed section) is an error with its position",
    input: { table: members, template: html("<p>{{#Anrede}}Hallo</p>"), options: { lang: "en" } },
    drafts: [
      { row: 2, to: "anna@example.de" },
      { row: 3, to: "juergen@example.de" },
    ],
    issues: [[null, "template-unclosed-section"]],
    ready: false,
    message: /line 1, column 4/,
  },
  {
    name: "a row the table reader found broken (an unclosed quote) yields no draft",
    input: {
      table: table(["Vorname", "E-Mail"], ["Anna", "anna@example.de"], ['"Ben', "ben@example.de"]),
      tableFindings: [{ row: 3, column: null, code: "table-unclosed-quote" }],
      template: html("<p>x</p>"),
      options: { lang: "en" },
    },
    drafts: [{ row: 2, to: "anna@example.de" }],
    issues: [[3, "table-unclosed-quote"]],
    ready: false,
  },
  {
    name: "a personal link: each row's own address goes into its link; a cell that is no web address is a row error",
    input: {
      table: table(["Link", "Nr", "E-Mail"], ["https://verein.example/z?t=a b", "1&x=2", "anna@example.de"], ["javascript:alert(1)", "2", "ben@example.de"]),
      template: html(`<p><a href="{{Link}}">Zugang</a> <a href="https://verein.example/zahlen?nr={{Nr}}">Zahlen</a></p>`, "Info"),
      options: { lang: "en" },
    },
    drafts: [{ row: 2, to: "anna@example.de", htmlContains: `<a href="https://verein.example/z?t=a%20b">Zugang</a> <a href="https://verein.example/zahlen?nr=1%26x%3D2">` }],
    issues: [[3, "field-not-a-link"]],
    ready: false,
    message: /^Row 3: \{\{Link\}\} is the whole address of a link, but 'javascript:alert\(1\)' is not one/,
  },
  {
    name: "a field in a comment is an error: it would be sent as it is",
    input: { table: members, template: html("<!--[if mso]><p>{{Vorname}}</p><![endif]--><p>x</p>"), options: { lang: "de" } },
    drafts: [
      { row: 2, to: "anna@example.de" },
      { row: 3, to: "juergen@example.de" },
    ],
    issues: [[null, "template-field-misplaced"]],
    ready: false,
    message: /\{\{Vorname\}\} steht in einem HTML-Kommentar \(etwa Outlooks <!--\[if mso\]>-Blöcken\), wo Rundmail es nicht ausfüllen kann/,
  },
  {
    name: "a text template becomes escaped HTML",
    input: {
      table: table(["Vorname", "E-Mail"], ["<b>Anna</b> & Co", "anna@example.de"]),
      template: { subject: "Hi", body: "Hallo {{Vorname}}\nbis bald", bodyType: "text" },
      options: { lang: "en" },
    },
    drafts: [{ row: 2, to: "anna@example.de", htmlContains: "&lt;b&gt;Anna&lt;/b&gt; &amp; Co" }],
    issues: [],
    ready: true,
  },
];

describe("buildPlan", () => {
  test.each(cases)("$name", ({ input, drafts, issues, ready, message }) => {
    const plan = buildPlan(input);
    expect(plan.ready).toBe(ready);
    expect(plan.drafts.map((d) => ({ row: d.row, to: d.to }))).toEqual(drafts.map((d) => ({ row: d.row, to: d.to })));
    drafts.forEach((expected, i) => {
      const planned = plan.drafts[i];
      if (!planned) throw new Error("missing draft");
      const draft = plan.renderDraft(planned);
      if (expected.subject !== undefined) expect(draft.subject).toBe(expected.subject);
      if (expected.htmlContains !== undefined) expect(draft.html).toContain(expected.htmlContains);
      if (expected.files !== undefined) expect(draft.attachments.map((f) => f.name)).toEqual(expected.files);
      if (expected.cc !== undefined) expect(draft.cc).toEqual(expected.cc);
      if (expected.bcc !== undefined) expect(draft.bcc).toEqual(expected.bcc);
    });
    if (issues !== undefined) expect(plan.issues.map((i) => [i.row, i.code])).toEqual(issues);
    if (message !== undefined) expect(plan.issues.map((i) => i.message).join("\n")).toMatch(message);
  });

  test("every row becomes a draft or is reported with an error: nothing is lost", () => {
    const plan = buildPlan(cases[1]!.input);
    const rows = cases[1]!.input.table.rows.map((r) => r.row);
    const accounted = new Set([...plan.drafts.map((d) => d.row), ...plan.skippedRows]);
    expect([...accounted].sort()).toEqual(rows);
    for (const row of plan.skippedRows) {
      expect(plan.issues.some((i) => i.row === row && i.severity === "error")).toBe(true);
    }
  });
});

describe("a plan with very many findings", () => {
  // They were added with push(...findings), which passes each as an argument: ~120,000 overflowed the call stack.
  const many = 150_000;
  const cases: [string, TemplateSource, string][] = [
    ["broken tags", html(`<p>${"{{ ".repeat(many)}</p>`), "template-unclosed-field"],
    ["unknown fields", html(`<p>${Array.from({ length: many }, (_, i) => `{{Feld Nummer ${i}}}`).join(" ")}</p>`), "template-unknown-field"],
  ];
  test.each(cases)("%s: each is reported, nothing crashes", (_name, template, code) => {
    const plan = buildPlan({ table: members, template, options: { lang: "en" } });
    expect(plan.issues.filter((issue) => issue.code === code)).toHaveLength(many);
    expect(plan.ready).toBe(false);
  });
});

describe("the privacy rule holds for every draft of any table (property)", () => {
  const local = fc.stringMatching(/^[a-z0-9._%+-]{1,12}$/);
  const domain = fc.constantFrom("example.de", "bücher.example", "x.org", "verein.de");
  const address = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);
  const hostileCell = fc.oneof(
    address,
    fc.tuple(address, address).map(([a, b]) => `${a}; ${b}`),
    fc.tuple(address, address).map(([a, b]) => `${a}, ${b}`),
    fc.tuple(address, address).map(([a, b]) => `${a}\n${b}`),
    fc.tuple(address, address).map(([a, b]) => `Anna <${a}> Ben <${b}>`),
    address.map((a) => `Anna Müller <${a}>`),
    address.map((a) => `${a}\r\nBcc: all@evil.example`),
    // Display names that a mail program decodes (RFC 2047) into other addresses: B and Q, nested, odd charsets.
    fc.tuple(fc.array(address, { minLength: 1, maxLength: 3 }), address).map(([others, a]) => `=?UTF-8?B?${base64(others.join(", "))}?= <${a}>`),
    fc.tuple(address, address).map(([other, a]) => `=?utf-8?q?${qEncode(`Chef (${other})`)}?= <${a}>`),
    fc.tuple(address, address).map(([other, a]) => `=?UTF-8?B?${base64(`=?UTF-8?B?${base64(other)}?=`)}?= <${a}>`),
    fc.tuple(address, address).map(([other, a]) => `"=?ISO-8859-1?Q?${qEncode(other)}?=" <${a}>`),
    fc.tuple(address, address).map(([other, a]) => `=?x-unknown?B?${base64(other)}?= <${a}>`),
    fc.tuple(address, address).map(([other, a]) => `"${other.replace("@", "\uff20")}" <${a}>`),
    fc.string(),
    fc.constant(""),
  );
  const row = fc.tuple(hostileCell, hostileCell, fc.string());
  const fileName = fc.constantFrom("Satzung.pdf", "mitglieder.csv", "Liste.XLSX", "alt.xls", "x.ods", "export.txt", "daten.tsv", "bild.png", "anhang");
  const templateAttachment = fc
    .record({ name: fileName, isRecipientList: fc.boolean(), choice: fc.constantFrom(undefined, "everyone" as const, "rows" as const) })
    .map(({ name, isRecipientList, choice }) => ({ file: file(name), isRecipientList, ...(choice === undefined ? {} : { choice }) }));

  test("exactly one To from the row's own cell, at most one Cc, no name that shows an address, no list to everyone", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.uniqueArray(templateAttachment, { maxLength: 5, selector: (a) => a.file.name }), (rows, attachments) => {
        const t = table(["E-Mail", "Cc", "Name"], ...rows.map((r) => [...r]));
        const template = { ...html("<p>{{Name}}</p>", "Hallo {{Name}}"), attachments };
        const plan = buildPlan({ table: t, template, options: { lang: "en" } });
        const mayGoToEveryone = attachments
          .filter((a) => !a.isRecipientList && (a.choice === "everyone" || (a.choice === undefined && !/\.(csv|tsv|txt|xlsx|xls|ods)$/i.test(a.file.name))))
          .map((a) => a.file.name);
        for (const planned of plan.drafts) {
          const draft = plan.renderDraft(planned);
          expect(privacyBreach(draft)).toBeNull();
          // A name is written as plain text, decoded: it shows no @ and hides no encoded word.
          if (draft.toName !== null) expect(draft.toName).not.toMatch(/[@\uff20\ufe6b]|=\?.*\?=/);
          expect(draft.attachments.map((f) => f.name)).toEqual(mayGoToEveryone);
          const ownCells = t.rows[planned.rowIndex]!.cells;
          expect(ownCells[0]).toContain(draft.to);
          for (const cc of draft.cc) expect(ownCells[1]).toContain(cc);
          expect(draft.subject).not.toMatch(/[\r\n]/);
          const others = t.rows.filter((r) => r.row !== planned.row).flatMap((r) => [r.cells[0], r.cells[1]]);
          for (const other of others) {
            // Another row's cell may name the same person as this row ("a@x.de" and "Anna <a@x.de>"): that is no leak.
            const ownText = ownCells.slice(0, 2).join("\n");
            if (other && other.trim() !== "" && !ownText.includes(other.trim()) && other.includes("@")) {
              expect([draft.to, ...draft.cc]).not.toContain(other.trim());
            }
          }
        }
        const accounted = plan.drafts.length + plan.skippedRows.length;
        expect(accounted).toBe(t.rows.length);
      }),
      { numRuns: 300 },
    );
  });
});
