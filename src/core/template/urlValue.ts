// A merge field in a link (`<a href="https://verein.example/zahlen?nr={{Nr}}">`): which attributes hold addresses,
// where in the address a field stands, and how a value is written there so that it stays data. A value in the query
// cannot add `&other=` or `#`, one in the path cannot add `/` or `?`, and a field that makes up the whole address
// must hold an http(s), mailto or tel address, so that no cell can make a `javascript:` or `data:` link.

/** Attributes whose value is an address (any element; VML's <v:roundrect href> and <v:fill src> included). */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set([
  "href", "src", "srcset", "action", "formaction", "background", "cite", "poster", "longdesc", "usemap", "codebase",
  "data", "lowsrc", "dynsrc", "xlink:href", "manifest", "ping", "profile", "icon", "archive", "classid",
]);

/** Attributes whose value is code or a document (event handlers, srcdoc): escaping for HTML does not make a value
 * safe there, so a field in them is refused. */
export function isCodeAttribute(name: string): boolean {
  return name.startsWith("on") || name === "srcdoc";
}

/**
 * Where a field stands in an address: `url` makes up the whole address (it must be a link itself), the others are
 * a part of it; `url-scheme` is inside the scheme the template began (`java{{X}}`), which could become anything.
 */
export type UrlPlace = "url" | "url-scheme" | "url-path" | "url-query" | "url-fragment";

/** Tab and line breaks anywhere, and C0 controls and spaces at the start, are dropped by a browser's URL parser. */
const URL_IGNORED = /[\t\n\r]/g;
// eslint-disable-next-line no-control-regex -- exactly what the URL standard strips
const URL_LEADING = /^[\u0000-\u0020]+/;

/**
 * The place of a field in an address, from the template's own text before it in the attribute value (other fields
 * left out). `afterField`: an earlier field of the value made up the start of the address, which settles its scheme.
 */
export function urlPlace(before: string, afterField: boolean): UrlPlace {
  const text = before.replace(URL_IGNORED, "").replace(URL_LEADING, "");
  if (text.includes("#")) return "url-fragment";
  if (text.includes("?")) return "url-query";
  if (afterField) return "url-path";
  if (text === "") return "url";
  // A scheme ends at the first ":" and may not hold "/": before either, the field could still complete one.
  return /[:/]/.test(text) ? "url-path" : "url-scheme";
}

const HEX = "0123456789ABCDEF";
const isAlphanumeric = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** RFC 3986's unreserved characters: never percent-encoded. */
const isUnreserved = (c: number): boolean => isAlphanumeric(c) || c === 45 || c === 46 || c === 95 || c === 126;
/** RFC 3986's reserved characters: kept in a whole address, where they give it its structure. */
const RESERVED = new Set(Array.from(":/?#[]@!$&'()*+,;=", (c) => c.charCodeAt(0)));
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** Percent-encodes, as UTF-8, every character `keep` does not keep (a lone surrogate becomes U+FFFD). */
function percentEncode(text: string, keep: (c: number, i: number) => boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80 && keep(unit, i)) {
      out += text.charAt(i);
      continue;
    }
    let point = text.codePointAt(i) ?? 0xfffd;
    if (point > 0xffff) i += 1;
    else if (point >= 0xd800 && point <= 0xdfff) point = 0xfffd;
    const bytes =
      point < 0x80
        ? [point]
        : point < 0x800
          ? [0xc0 | (point >> 6), 0x80 | (point & 63)]
          : point < 0x10000
            ? [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 63), 0x80 | (point & 63)]
            : [0xf0 | (point >> 18), 0x80 | ((point >> 12) & 63), 0x80 | ((point >> 6) & 63), 0x80 | (point & 63)];
    for (const byte of bytes) out += `%${HEX.charAt(byte >> 4)}${HEX.charAt(byte & 15)}`;
  }
  return out;
}

/**
 * A value written as a part of an address: everything but letters, digits and `-._~` is percent-encoded, so it can
 * add no `/`, `?`, `&`, `=`, `#` or `,` (another recipient of a mailto: link); in the path "@" stays, so that
 * `mailto:{{E-Mail}}` keeps its address readable.
 */
export function encodeUrlPart(value: string, place: Exclude<UrlPlace, "url" | "url-scheme">): string {
  return percentEncode(value, place === "url-path" ? (c) => isUnreserved(c) || c === 64 /* @ */ : isUnreserved);
}

const LINK_SCHEME = /^(?:https?:\/\/|mailto:|tel:)/i;

/**
 * A value that makes up a whole address, written as one; null when it is not an http(s), mailto or tel address
 * (after what a browser ignores: tabs and line breaks anywhere, controls and spaces around it). Its own structure
 * (`/?&=#`) stays; spaces, quotes, angle brackets and other characters an address cannot hold are percent-encoded,
 * as is a "%" that does not begin an escape.
 */
export function linkAddress(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- what a browser's URL parser strips around an address
  const address = value.replace(URL_IGNORED, "").replace(URL_LEADING, "").replace(/[\u0000-\u0020]+$/, "");
  if (!LINK_SCHEME.test(address)) return null;
  return percentEncode(
    address,
    (c, i) => isUnreserved(c) || RESERVED.has(c) || (c === 37 && isHex(address.charCodeAt(i + 1)) && isHex(address.charCodeAt(i + 2))),
  );
}

/** A field's name or fallback as written in an address: Word writes `{{Stra%C3%9Fe}}` for `{{Straße}}`. A "%" that
 * begins no valid escape stays as it is. */
export function decodeUrlText(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
