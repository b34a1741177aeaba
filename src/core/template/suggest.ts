// "Did you mean …?" for a field that is not a column: the nearest column by edit distance.
import type { IssueCode } from "../issues/codes";
import type { Finding } from "../types";
import { normaliseFieldName } from "./normalise";
import type { CompiledTemplate, Where } from "./types";

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment), over code points. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1).fill(0);
  for (let i = 1; i <= s.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1);
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length] ?? 0;
}

/** Umlauts written out, so that "Groesse" finds "Größe" (ß is already ss in a normalised name). */
function transliterate(key: string): string {
  return key.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue");
}

/** The column nearest to a field name, or null when none is near enough to be a likely typo. */
export function suggestColumn(field: string, columns: readonly string[]): string | null {
  const key = normaliseFieldName(field);
  const keyLength = Array.from(key).length;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const column of columns) {
    const columnKey = normaliseFieldName(column);
    if (columnKey === "") continue;
    const distance = Math.min(editDistance(key, columnKey), editDistance(transliterate(key), transliterate(columnKey)));
    const shorter = Math.min(keyLength, Array.from(columnKey).length);
    const longer = Math.max(keyLength, Array.from(columnKey).length);
    // Near enough: a few edits, and never a rewrite of the whole of a short name ("Nr" is not "Ort").
    if (distance <= Math.max(2, Math.floor(longer / 3)) && distance < shorter && distance < bestDistance) {
      best = column;
      bestDistance = distance;
    }
  }
  return best;
}

/** One finding per distinct field of the template that is not a column of the table. */
export function unknownFields(template: CompiledTemplate, columns: readonly string[], where: Where): Finding<IssueCode>[] {
  const known = new Set(columns.map(normaliseFieldName));
  const findings: Finding<IssueCode>[] = [];
  for (const field of template.fields) {
    if (known.has(field.key)) continue;
    const suggestion = suggestColumn(field.name, columns);
    findings.push({
      row: null,
      column: null,
      code: "template-unknown-field",
      params: { field: field.name, where, columns: columns.join(", "), ...(suggestion === null ? {} : { suggestion }) },
    });
  }
  return findings;
}
