// Which column holds the addresses (by its header in English or German, else by its content) and which the Cc.
import type { Table } from "../types";
import { parseAddressCell } from "./parseAddressCell";

/** "E-Mail-Adresse", "e_mail address", "Adresse (E-Mail)" -> "emailadresse", "emailaddress", "adresseemail". */
export function normaliseHeader(header: string): string {
  return header.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

// Best first: exact e-mail names, then plain "Mail" names, then any header mentioning e-mail (checked by content).
const EMAIL_NAMES = new Set([
  "email",
  "emailadresse",
  "emailaddress",
  "emailadress",
  "emailaddresse",
  "emailadr",
  "adresseemail",
  "addressemail",
  "emailanschrift",
]);
const MAIL_NAMES = new Set(["mail", "mailadresse", "mailaddress", "mailadr", "adressemail", "mailto"]);
const MENTIONS_EMAIL = /email|mailadress|mailaddress/;
// Outlook's contact export has "E-mail Display Name", "E-Mail-Typ", "E-Mail: Angezeigter Name" beside the address.
const NOT_THE_ADDRESS = /name|typ|display|anzeige|angezeigt/;

const CC_WORDS = ["cc", "kopiean", "inkopie", "kopie", "carboncopy"];
const CC_REST = new Set(["", "an", "to", "email", "mail", "adresse", "address", "emailadresse", "emailaddress", "mailadresse", "mailaddress", "empfänger", "recipient"]);

/** "Cc", "CC", "Kopie", "Kopie an", "Cc-E-Mail", "E-Mail Cc", "Adresse (Kopie)". Never "Bcc". */
export function isCcHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return CC_WORDS.some(
    (word) =>
      (key.startsWith(word) && CC_REST.has(key.slice(word.length))) ||
      (key.endsWith(word) && CC_REST.has(key.slice(0, key.length - word.length))),
  );
}

/** Columns whose addresses must never become the To: Cc, Bcc, sender, reply-to. */
function isOtherAddressHeader(header: string): boolean {
  const key = normaliseHeader(header);
  return (
    isCcHeader(header) ||
    /bcc|blindkopie|absender|sender|replyto|antwortan/.test(key) ||
    key.startsWith("from") ||
    key.startsWith("von")
  );
}

/** The e-mail column: by header (English or German spellings), else the column whose cells are mostly addresses. */
export function findEmailColumn(table: Table): number | null {
  const keys = table.columns.map(normaliseHeader);
  const usable = (index: number): boolean => !isOtherAddressHeader(table.columns[index] ?? "");
  const byName = (names: ReadonlySet<string>): number => keys.findIndex((key, i) => names.has(key) && usable(i));

  const exact = byName(EMAIL_NAMES);
  if (exact >= 0) return exact;
  const mail = byName(MAIL_NAMES);
  if (mail >= 0) return mail;
  const mentioned = keys.findIndex(
    (key, i) => MENTIONS_EMAIL.test(key) && !NOT_THE_ADDRESS.test(key) && usable(i) && (addressRatio(table, i) ?? 0) >= 0.5,
  );
  if (mentioned >= 0) return mentioned;

  let best: number | null = null;
  let bestRatio = 0.5;
  for (let i = 0; i < table.columns.length; i++) {
    if (!usable(i)) continue;
    const ratio = addressRatio(table, i);
    if (ratio !== null && (ratio > bestRatio || (ratio === bestRatio && best === null))) {
      best = i;
      bestRatio = ratio;
    }
  }
  return best;
}

/** The Cc column, by header only: a column of addresses is not a Cc column unless it says so. */
export function findCcColumn(table: Table, emailColumn: number | null): number | null {
  const index = table.columns.findIndex((header, i) => i !== emailColumn && isCcHeader(header));
  return index >= 0 ? index : null;
}

/** The share of non-empty cells that hold addresses, or null for a column with no values. */
function addressRatio(table: Table, column: number): number | null {
  let filled = 0;
  let addresses = 0;
  for (const row of table.rows) {
    const cell = row.cells[column] ?? "";
    if (cell.trim() === "") continue;
    filled += 1;
    if (cell.includes("@") && parseAddressCell(cell).kind !== "invalid") addresses += 1;
  }
  return filled === 0 ? null : addresses / filled;
}
