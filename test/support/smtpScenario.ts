// A recipient list, a template and one attachment per row on disk, for the `rundmail send` tests: German names
// with umlauts, and files named with them.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Person {
  readonly first: string;
  readonly last: string;
  readonly email: string;
  readonly cc?: string;
  readonly nr: string;
  /** The row's attachment; a small deterministic PDF-like file by default. */
  readonly fileSize?: number;
}

export interface Scenario {
  readonly dir: string;
  readonly list: string;
  readonly template: string;
  /** --recipients, --template, --attachments, --attachment-pattern */
  readonly args: string[];
  readonly files: ReadonlyMap<string, { readonly name: string; readonly bytes: Buffer }>;
}

export const TEMPLATE =
  "Subject: Ihre Rechnung Nr. {{Nr}} – Grüße an {{Vorname}} {{Nachname}}\n\n" +
  "<p>Sehr geehrte(r) {{Vorname}} {{Nachname}},</p>\n<p>anbei Ihre Rechnung über 120,00&nbsp;€. Mit freundlichen Grüßen, Ihr Kassenwart</p>\n";

export function fileBytes(nr: string, size: number): Buffer {
  const seed = [...nr].reduce((a, c) => a + c.charCodeAt(0), 0);
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 31 + seed * 7 + (i >> 8)) % 256;
  bytes.write("%PDF-1.4\n", 0, "latin1");
  return bytes;
}

export function writeScenario(people: readonly Person[], template = TEMPLATE): Scenario {
  const dir = mkdtempSync(join(tmpdir(), "rundmail-send-"));
  const attachments = join(dir, "rechnungen");
  mkdirSync(attachments);
  const files = new Map<string, { name: string; bytes: Buffer }>();
  const lines = ["Vorname;Nachname;E-Mail;Cc;Nr"];
  for (const p of people) {
    lines.push([p.first, p.last, p.email, p.cc ?? "", p.nr].join(";"));
    const name = `Rechnung_${p.last}_${p.nr}.pdf`;
    const bytes = fileBytes(p.nr, p.fileSize ?? 20_000);
    writeFileSync(join(attachments, name), bytes);
    files.set(p.email.toLowerCase(), { name, bytes });
  }
  const list = join(dir, "mitglieder.csv");
  writeFileSync(list, lines.join("\r\n") + "\r\n");
  const templateFile = join(dir, "vorlage.html");
  writeFileSync(templateFile, template);
  return {
    dir,
    list,
    template: templateFile,
    args: ["--recipients", list, "--template", templateFile, "--attachments", attachments, "--attachment-pattern", "Rechnung_{{Nachname}}_{{Nr}}.pdf"],
    files,
  };
}

/** People with umlauts in their names, numbered from `from`. */
export function people(count: number, from = 1): Person[] {
  const names: Array<[string, string]> = [
    ["Jürgen", "Weiß"],
    ["Anna", "Müller"],
    ["Kim", "Öztürk"],
    ["Zoë", "Schäfer"],
    ["Björn", "Größer"],
  ];
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    const [first, last] = names[n % names.length] ?? ["X", "Y"];
    return { first, last: `${last}${n}`, email: `person${n}@example.de`, nr: String(1000 + n) };
  });
}
