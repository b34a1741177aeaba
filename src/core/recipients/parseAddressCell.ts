// What one cell of the e-mail (or Cc) column holds: nothing, one address, several addresses, or something else.
// Several addresses are reported, never split or joined: the privacy rule.
import type { EmailAddress } from "../types";
import { toEmailAddress } from "./address";
import { decodeEncodedWords, nameShowsAddress } from "./displayName";

export type AddressCell =
  | { readonly kind: "empty" }
  | {
      readonly kind: "one";
      readonly address: EmailAddress;
      /** The display name, decoded as a mail program shows it; null when there is none or it was dropped. */
      readonly name: string | null;
      /** A name that was left out because, as shown, it could pass for another address (the plan warns). */
      readonly droppedName?: string;
    }
  | { readonly kind: "many"; readonly count: number }
  | { readonly kind: "invalid" };

const EMPTY: AddressCell = { kind: "empty" };
const INVALID: AddressCell = { kind: "invalid" };

// Invisible characters around a pasted value (zero-width space, byte order mark, direction marks) are dropped like
// spaces; inside an address they make it invalid.
const EDGE_INVISIBLE = /^[\s\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069\ufeff]+|[\s\u200b-\u200f\u2060\u202a-\u202e\u2066-\u2069\ufeff]+$/g;
const NEEDS_TOKENS = /[\s"<>,;\u0085]/;
const MAILTO = /^mailto:/i;
// eslint-disable-next-line no-control-regex -- a display name with a control character could break a header
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Parses one cell: `anna@example.de`, `Anna Müller <anna@example.de>`, `"Müller, Anna" <…>`, `mailto:…`. */
export function parseAddressCell(cell: string): AddressCell {
  const text = cell.replace(EDGE_INVISIBLE, "");
  if (text === "") return EMPTY;
  // The common case, a bare address, needs no tokenising (100,000 rows are checked on every change).
  if (!NEEDS_TOKENS.test(text)) {
    const address = toEmailAddress(text.replace(MAILTO, ""));
    return address === null ? INVALID : { kind: "one", address, name: null };
  }
  return fromItems(tokenize(text));
}

interface Item {
  readonly name: string | null;
  readonly addr: string;
}

function fromItems({ items, broken }: Tokens): AddressCell {
  // Everything that looks like an address counts, valid or not: "a@x.de; b@y" is two addresses to the person
  // who typed it. A display name that is itself an address counts too, unless it is the same address.
  const seen = new Set<string>();
  // Names are judged as a mail program shows them: RFC 2047 encoded words decoded.
  const shownNames = items.map((item) => (item.name === null ? null : decodeEncodedWords(item.name)));
  items.forEach((item, i) => {
    const addr = item.addr.replace(MAILTO, "").trim();
    if (addr.includes("@")) seen.add(addr.toLowerCase());
    const shown = shownNames[i];
    const nameAddress = shown === null || shown === undefined ? null : toEmailAddress(shown.replace(MAILTO, ""));
    if (nameAddress !== null) seen.add(nameAddress.toLowerCase());
  });
  if (seen.size >= 2) return { kind: "many", count: seen.size };
  const only = items[0];
  if (broken || items.length !== 1 || only === undefined) return INVALID;
  const address = toEmailAddress(only.addr.replace(MAILTO, ""));
  if (address === null) return INVALID;
  const name = shownNames[0] ?? null;
  if (name === null || toEmailAddress(name.replace(MAILTO, "")) !== null) return { kind: "one", address, name: null }; // `anna@x.de <anna@x.de>`
  if (CONTROL.test(name)) return INVALID;
  // "Chef (chef@firma.de)" or "a@x.de, b@y.de" would show addresses in To: the name goes, the address stays.
  if (nameShowsAddress(name)) return { kind: "one", address, name: null, droppedName: name };
  return { kind: "one", address, name };
}

type Part = { readonly kind: "word" | "quoted" | "angle"; readonly text: string };
interface Segment {
  readonly parts: Part[];
  /** What ended the segment: "," ";" "\n" (any line break) or "" at the end of the cell. */
  readonly end: string;
}
interface Tokens {
  readonly items: Item[];
  /** An unclosed quote or angle bracket: the cell cannot be one clean address. */
  readonly broken: boolean;
}

const LINE_BREAKS = "\r\n\u0085\u2028\u2029";
const WHITESPACE = /\s/;

/** Splits a cell into mailboxes: separators are , ; and line breaks outside quotes and angle brackets. */
function tokenize(text: string): Tokens {
  const segments: Segment[] = [];
  let parts: Part[] = [];
  let wordStart = -1;
  let broken = false;
  const endWord = (at: number): void => {
    if (wordStart >= 0) parts.push({ kind: "word", text: text.slice(wordStart, at) });
    wordStart = -1;
  };
  const endSegment = (at: number, end: string): void => {
    endWord(at);
    if (parts.length > 0) segments.push({ parts, end });
    parts = [];
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      endWord(i);
      const close = closingQuote(text, i + 1);
      if (close < 0) broken = true;
      const end = close < 0 ? text.length : close;
      parts.push({ kind: "quoted", text: text.slice(i + 1, end).replace(/\\(.)/gs, "$1") });
      i = end;
    } else if (c === "<") {
      endWord(i);
      const close = text.indexOf(">", i + 1);
      if (close < 0) broken = true;
      const end = close < 0 ? text.length : close;
      parts.push({ kind: "angle", text: text.slice(i + 1, end).trim() });
      i = end;
    } else if (c === "," || c === ";") endSegment(i, c);
    else if (LINE_BREAKS.includes(c)) endSegment(i, "\n");
    else if (WHITESPACE.test(c)) endWord(i);
    else if (wordStart < 0) wordStart = i;
  }
  endSegment(text.length, "");
  return { items: itemsOf(segments), broken };
}

function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === "\\") i += 1;
    else if (c === '"') return i;
  }
  return -1;
}

/**
 * Each angle address is a mailbox named by the words before it; a segment without one is a list of bare addresses.
 * Outlook's unquoted `Müller, Anna <anna@x.de>` is one mailbox: a comma-ended segment of plain words (no @) is
 * carried into the name of the next segment's first angle address.
 */
function itemsOf(segments: readonly Segment[]): Item[] {
  const items: Item[] = [];
  let carried: string | null = null;
  segments.forEach((segment, index) => {
    const hasAngle = segment.parts.some((p) => p.kind === "angle");
    const next = segments[index + 1];
    if (
      !hasAngle &&
      segment.end === "," &&
      next?.parts.some((p) => p.kind === "angle") === true &&
      next.parts[0]?.kind !== "angle" &&
      segment.parts.every((p) => !p.text.includes("@"))
    ) {
      carried = `${carried === null ? "" : `${carried} `}${joinParts(segment.parts)},`;
      return;
    }
    if (!hasAngle) {
      for (const part of segment.parts) items.push({ name: null, addr: part.text });
      carried = null;
      return;
    }
    let pending: Part[] = [];
    for (const part of segment.parts) {
      if (part.kind !== "angle") {
        pending.push(part);
        continue;
      }
      const words = joinParts(pending);
      const name = [carried, words].filter((w) => w !== null && w !== "").join(" ");
      items.push({ name: name === "" ? null : name, addr: part.text });
      carried = null;
      pending = [];
    }
    for (const part of pending) items.push({ name: null, addr: part.text }); // words after the last address
  });
  return items;
}

const joinParts = (parts: readonly Part[]): string =>
  parts
    .map((p) => p.text.trim())
    .filter((t) => t !== "")
    .join(" ");
