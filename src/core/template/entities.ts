// HTML character references, decoded without a dependency: every numeric form and the HTML 4 names (the ones
// Word and Outlook write). An unknown name stays as written, as a browser shows it.

/** The names of U+00A0..U+00FF, in order. Browsers also accept these without the closing ";". */
const LATIN1 = (
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
  "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml"
).split(" ");

/** The other HTML 4 names (plus &apos; and the upper-case legacy forms), as name:hex code point. */
const OTHERS =
  "quot:22 amp:26 lt:3c gt:3e apos:27 QUOT:22 AMP:26 LT:3c GT:3e COPY:a9 REG:ae OElig:152 oelig:153 Scaron:160 " +
  "scaron:161 Yuml:178 circ:2c6 tilde:2dc ensp:2002 emsp:2003 thinsp:2009 zwnj:200c zwj:200d lrm:200e rlm:200f " +
  "ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201a ldquo:201c rdquo:201d bdquo:201e dagger:2020 Dagger:2021 " +
  "permil:2030 lsaquo:2039 rsaquo:203a euro:20ac fnof:192 Alpha:391 Beta:392 Gamma:393 Delta:394 Epsilon:395 " +
  "Zeta:396 Eta:397 Theta:398 Iota:399 Kappa:39a Lambda:39b Mu:39c Nu:39d Xi:39e Omicron:39f Pi:3a0 Rho:3a1 " +
  "Sigma:3a3 Tau:3a4 Upsilon:3a5 Phi:3a6 Chi:3a7 Psi:3a8 Omega:3a9 alpha:3b1 beta:3b2 gamma:3b3 delta:3b4 " +
  "epsilon:3b5 zeta:3b6 eta:3b7 theta:3b8 iota:3b9 kappa:3ba lambda:3bb mu:3bc nu:3bd xi:3be omicron:3bf pi:3c0 " +
  "rho:3c1 sigmaf:3c2 sigma:3c3 tau:3c4 upsilon:3c5 phi:3c6 chi:3c7 psi:3c8 omega:3c9 thetasym:3d1 upsih:3d2 " +
  "piv:3d6 bull:2022 hellip:2026 prime:2032 Prime:2033 oline:203e frasl:2044 weierp:2118 image:2111 real:211c " +
  "trade:2122 alefsym:2135 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21b5 lArr:21d0 uArr:21d1 " +
  "rArr:21d2 dArr:21d3 hArr:21d4 forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 notin:2209 " +
  "ni:220b prod:220f sum:2211 minus:2212 lowast:2217 radic:221a prop:221d infin:221e ang:2220 and:2227 or:2228 " +
  "cap:2229 cup:222a int:222b there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 equiv:2261 le:2264 ge:2265 " +
  "sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 perp:22a5 sdot:22c5 lceil:2308 " +
  "rceil:2309 lfloor:230a rfloor:230b lang:27e8 rang:27e9 loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666";

const NAMED = new Map<string, string>();
LATIN1.forEach((name, i) => NAMED.set(name, String.fromCharCode(0xa0 + i)));
for (const pair of OTHERS.split(" ")) {
  const [name = "", hex = ""] = pair.split(":");
  NAMED.set(name, String.fromCodePoint(parseInt(hex, 16)));
}
const LEGACY = new Set([...LATIN1, "amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT", "COPY", "REG"]);
const LONGEST_LEGACY = 6;

/** &#128;–&#159; name Windows-1252 characters, as browsers read them (Word writes &#150; for a dash). */
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x2c6,
  0x89: 0x2030, 0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8e: 0x17d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a,
  0x9c: 0x153, 0x9e: 0x17e, 0x9f: 0x178,
};

export interface CharRef {
  /** The decoded text (one or two UTF-16 units). */
  readonly text: string;
  /** Offset just after the reference in the source. */
  readonly end: number;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The character reference at `source[at]` ("&"), read no further than `end`; null when the "&" is a plain one.
 * In attribute values a legacy name without ";" followed by "=" or a letter is not a reference (HTML's rule,
 * so "?a=1&copy=2" keeps its "&copy").
 */
export function charRefAt(source: string, at: number, end: number = source.length, inAttribute = false): CharRef | null {
  let i = at + 1;
  if (source.charCodeAt(i) === 35 /* # */) {
    i += 1;
    const hex = source.charCodeAt(i) === 120 || source.charCodeAt(i) === 88; /* x X */
    if (hex) i += 1;
    const digitsStart = i;
    let code = 0;
    while (i < end && (hex ? isHexDigit(source.charCodeAt(i)) : isDigit(source.charCodeAt(i)))) {
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + parseInt(source.charAt(i), 16);
      i += 1;
    }
    if (i === digitsStart) return null;
    if (i < end && source.charCodeAt(i) === 59 /* ; */) i += 1;
    return { text: codePointText(code), end: i };
  }
  const nameStart = i;
  while (i < end && isAlnum(source.charCodeAt(i))) i += 1;
  if (i === nameStart) return null;
  if (i < end && source.charCodeAt(i) === 59) {
    const text = NAMED.get(source.slice(nameStart, i));
    if (text !== undefined) return { text, end: i + 1 };
  }
  for (let length = Math.min(i - nameStart, LONGEST_LEGACY); length >= 2; length -= 1) {
    const name = source.slice(nameStart, nameStart + length);
    if (!LEGACY.has(name)) continue;
    const after = nameStart + length;
    if (inAttribute && after < end) {
      const next = source.charCodeAt(after);
      if (next === 61 /* = */ || isAlnum(next)) return null;
    }
    return { text: NAMED.get(name) ?? "", end: after };
  }
  return null;
}

function codePointText(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/** Text with its character references decoded. */
export function decodeHtml(text: string, inAttribute = false): string {
  let amp = text.indexOf("&");
  if (amp < 0) return text;
  let out = "";
  let last = 0;
  while (amp >= 0) {
    const ref = charRefAt(text, amp, text.length, inAttribute);
    if (ref) {
      out += text.slice(last, amp) + ref.text;
      last = ref.end;
      amp = text.indexOf("&", ref.end);
    } else {
      amp = text.indexOf("&", amp + 1);
    }
  }
  return out + text.slice(last);
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPE = /[&<>"']/;

/** Text made safe for HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}
