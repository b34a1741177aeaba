// A subject is one line: line breaks become a space, other control characters go.

const LINE_BREAK = /[\n\v\f\r\u0085\u2028\u2029]/;
const BREAK_RUN = /[\t ]*[\n\v\f\r\u0085\u2028\u2029]\s*/g;

/** True when text holds a line break (CR, LF, NEL, line or paragraph separator, vertical tab, form feed). */
export function hasLineBreak(text: string): boolean {
  return LINE_BREAK.test(text);
}

/** Text fit for a subject line: each run of line breaks becomes one space, other control characters are dropped
 * (a tab becomes a space). */
export function oneLine(text: string): string {
  const joined = hasLineBreak(text) ? text.replace(BREAK_RUN, " ") : text;
  let out = "";
  let last = 0;
  for (let i = 0; i < joined.length; i += 1) {
    const c = joined.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      out += joined.slice(last, i) + (c === 9 ? " " : "");
      last = i + 1;
    }
  }
  return last === 0 ? joined : out + joined.slice(last);
}
