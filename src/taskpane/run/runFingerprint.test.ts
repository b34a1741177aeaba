import { buildPlan, type MergePlan } from "../../core/plan";
import { readTable } from "../../core/table";
import type { GivenFile } from "../../core/types";
import { runFingerprint } from "./runFingerprint";

const TEXT = "E-Mail\tVorname\tDatei\nanna@example.de\tAnna\ta.pdf\nbob@example.de\tBob\tb.pdf";
const FILES: GivenFile[] = [
  { id: "f1", name: "a.pdf", size: 10 },
  { id: "f2", name: "b.pdf", size: 20 },
];
const TEMPLATE = { subject: "Hallo {{Vorname}}", html: "<p>Hallo {{Vorname}}</p>" };

function planOf(text: string, files = FILES, template = TEMPLATE): { plan: MergePlan; table: ReturnType<typeof readTable>["table"] } {
  const { table } = readTable({ kind: "text", text });
  const plan = buildPlan({
    table,
    template: { subject: template.subject, body: template.html, bodyType: "html" },
    files,
    options: { lang: "en", attachmentColumn: "Datei" },
  });
  return { plan, table };
}

const base = planOf(TEXT);
const fp = (p: { plan: MergePlan; table: ReturnType<typeof readTable>["table"] }, template = TEMPLATE): string =>
  runFingerprint(p.plan, p.table, template);

test.each<[string, () => string, boolean]>([
  ["the same list read again (a reload)", () => fp(planOf(TEXT)), true],
  ["another cell", () => fp(planOf(TEXT.replace("Bob", "Robert"))), false],
  ["another address", () => fp(planOf(TEXT.replace("bob@", "rob@"))), false],
  ["a row fewer", () => fp(planOf(TEXT.split("\n").slice(0, 2).join("\n"))), false],
  ["the rows in another order", () => fp(planOf([TEXT.split("\n")[0], TEXT.split("\n")[2], TEXT.split("\n")[1]].join("\n"))), false],
  ["another subject", () => fp(base, { ...TEMPLATE, subject: "Hi {{Vorname}}" }), false],
  ["another body", () => fp(base, { ...TEMPLATE, html: "<p>Hi</p>" }), false],
  ["a file of another size", () => fp(planOf(TEXT, [FILES[0] as GivenFile, { id: "f2", name: "b.pdf", size: 21 }])), false],
])("%s", (_name, other, same) => {
  expect(other() === fp(base)).toBe(same);
});

test("a fingerprint names its version, the hash and the number of rows", () => {
  expect(fp(base)).toMatch(/^fp1-[0-9a-f]{16}-2$/);
});
