// "Did you mean …?" for a field that is not a column: the nearest column by edit distance.
import type { IssueCode } from "../issues/codes";
import type { Finding } from "../types";
import { normaliseFieldName } from "./normalise";
import type { CompiledTemplate, Where } from "./types";

/** Reused by every `editDistance`: it runs for each unknown field against each column, so it allocates nothing. */
const pointsA: number[] = [];
const pointsB: number[] = [];
let rowBefore: number[] = [];
let rowPrevious: number[] = [];
let rowCurrent: number[] = [];

/** Writes a string's code points into `into` and returns how many: a character outside the BMP counts as one. */
function codePoints(text: string, into: number[]): number {
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const point = text.codePointAt(i) ?? 0;
    into[count] = point;
    count += 1;
    if (point > 0xffff) i += 1;
  }
  return count;
}

/**
 * Edit distance counting a swap of two neighbours as one edit (optimal string alignment), over code points. With
 * `max`, any distance above it comes back as `max + 1` as soon as it is certain (no row of the table is smaller than
 * the one before), so comparing a name with columns that are nowhere near it stays cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const m = codePoints(a, pointsA);
  const n = codePoints(b, pointsB);
  const cap = (distance: number): number => (distance > max ? max + 1 : distance);
  if (m === 0 || n === 0) return cap(m + n);
  let before = rowBefore;
  let previous = rowPrevious;
  let current = rowCurrent;
  for (let j = 0; j <= n; j += 1) previous[j] = j;
  for (let i = 1; i <= m; i += 1) {
    const si = pointsA[i - 1];
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j += 1) {
      const tj = pointsB[j - 1];
      let best = (previous[j - 1] ?? 0) + (si === tj ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      if (deletion < best) best = deletion;
      if (insertion < best) best = insertion;
      if (i > 1 && j > 1 && si === pointsB[j - 2] && pointsA[i - 2] === tj) {
        const swap = (before[j - 2] ?? 0) + 1;
        if (swap < best) best = swap;
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    const done = before;
    before = previous;
    previous = current;
    current = done;
    if (rowMin > max) break;
  }
  [rowBefore, rowPrevious, rowCurrent] = [before, previous, current];
  // After an early stop the last row's minimum is above max, and so is every distance it leads to.
  return cap(previous[n] ?? 0);
}

/** Umlauts written out, so that "Groesse" finds "Größe" (ß is already ss in a normalised name). */
function transliterate(key: string): string {
  return /[äöü]/.test(key) ? key.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue") : key;
}

function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) length -= 1; // a surrogate pair is one character
  }
  return length;
}

/** Names longer than this (in code points) get no suggestion: comparing two long names costs the product of their
 * lengths, and a template decides how long its field names are. Form exports' question headers stay well below. */
const MAX_COMPARED_LENGTH = 300;

interface Candidate {
  readonly column: string;
  readonly key: string;
  readonly translit: string;
  readonly length: number;
  readonly translitLength: number;
}

/** Each column's normalised forms, worked out once for all the fields compared with it. */
function candidates(columns: readonly string[]): Candidate[] {
  const prepared: Candidate[] = [];
  for (const column of columns) {
    const key = normaliseFieldName(column);
    if (key === "") continue;
    const translit = transliterate(key);
    prepared.push({ column, key, translit, length: codePointLength(key), translitLength: codePointLength(translit) });
  }
  return prepared;
}

function nearest(field: string, columns: readonly Candidate[]): string | null {
  const key = normaliseFieldName(field);
  const keyLength = codePointLength(key);
  if (keyLength > MAX_COMPARED_LENGTH) return null;
  const translit = transliterate(key);
  const translitLength = codePointLength(translit);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of columns) {
    const shorter = Math.min(keyLength, candidate.length);
    const longer = Math.max(keyLength, candidate.length);
    // Near enough: a few edits, and never a rewrite of the whole of a short name ("Nr" is not "Ort").
    const limit = Math.min(Math.max(2, Math.floor(longer / 3)), shorter - 1, bestDistance - 1);
    // The distance is at least the difference in length: most columns are ruled out without comparing them.
    const atLeast = Math.min(Math.abs(keyLength - candidate.length), Math.abs(translitLength - candidate.translitLength));
    if (atLeast > limit || candidate.length > MAX_COMPARED_LENGTH) continue;
    const distance = Math.min(editDistance(key, candidate.key, limit), editDistance(translit, candidate.translit, limit));
    if (distance <= limit) {
      best = candidate.column;
      bestDistance = distance;
    }
  }
  return best;
}

/** The column nearest to a field name, or null when none is near enough to be a likely typo. */
export function suggestColumn(field: string, columns: readonly string[]): string | null {
  return nearest(field, candidates(columns));
}

/** One finding per distinct field of the template that is not a column of the table. */
export function unknownFields(template: CompiledTemplate, columns: readonly string[], where: Where): Finding<IssueCode>[] {
  const known = new Set(columns.map(normaliseFieldName));
  const prepared = candidates(columns);
  const columnList = columns.join(", ");
  const findings: Finding<IssueCode>[] = [];
  for (const field of template.fields) {
    if (known.has(field.key)) continue;
    const suggestion = nearest(field.name, prepared);
    findings.push({
      row: null,
      column: null,
      code: "template-unknown-field",
      params: { field: field.name, where, columns: columnList, ...(suggestion === null ? {} : { suggestion }) },
    });
  }
  return findings;
}
