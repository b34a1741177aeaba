// A display name is shown by mail programs in place of the address. It must never show another address: a name
// that reads "chef@firma.de, alle@verein.de" makes every recipient look like one of many. Mail programs decode
// RFC 2047 encoded words ("=?UTF-8?B?…?=") in names, so a name is judged as it will be shown: decoded first.

// An @ as it may be drawn: the ASCII one, the fullwidth and the small form.
const AT_SIGN = /[@\uff20\ufe6b]/;
// RFC 2047 section 2: =?charset?encoding?encoded-text?= (charset may carry an RFC 2231 language: "utf-8*de").
const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;
// Whitespace between two adjacent encoded words is not shown (RFC 2047 section 6.2).
const BETWEEN_WORDS = /(\?=)\s+(?==\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=)/g;
// Encoded words may hide encoded words: a name is decoded until nothing changes, this many times at most.
const MAX_ROUNDS = 4;

/** The name as a mail program would show it: encoded words decoded (an undecodable word stays as it is). */
export function decodeEncodedWords(name: string): string {
  let text = name;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const decoded = text.replace(BETWEEN_WORDS, "$1").replace(ENCODED_WORD, (word, charset: string, encoding: string, encoded: string) => {
      const bytes = encoding.toUpperCase() === "B" ? fromBase64(encoded) : fromQuotedPrintable(encoded);
      return bytes === null ? word : (decode(bytes, charset.split("*")[0] ?? "") ?? word);
    });
    if (decoded === text) return text;
    text = decoded;
  }
  return text;
}

/**
 * True when a name, as shown, could pass for another address: it contains an @ (or a look-alike), or it still holds
 * an encoded word after decoding (a charset we cannot read, or deeper nesting), which another program may decode.
 */
export function nameShowsAddress(name: string): boolean {
  const shown = decodeEncodedWords(name);
  return AT_SIGN.test(shown) || new RegExp(ENCODED_WORD.source).test(shown);
}

/**
 * The name to write beside an address, or null when there should be none: for gateways, which check again what the
 * plan already checked (defence in depth). The name comes back decoded, so it is written as plain text.
 */
export function safeDisplayName(name: string | null | undefined): string | null {
  if (name === null || name === undefined) return null;
  const shown = decodeEncodedWords(name).trim();
  // eslint-disable-next-line no-control-regex -- a line break or control character could start another header
  if (shown === "" || nameShowsAddress(shown) || /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(shown)) return null;
  return shown;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The "B" encoding: base64, read by the platform's atob (browser and Node alike). */
function fromBase64(text: string): Uint8Array | null {
  if (!BASE64.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null; // a length atob will not take: the word stays as it stands
  }
}

/** The "Q" encoding: like quoted-printable, with "_" for a space (RFC 2047 section 4.2). */
function fromQuotedPrintable(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "_") bytes.push(0x20);
    else if (char === "=") {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null;
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      const code = char.charCodeAt(0);
      if (code > 0x7e) return null;
      bytes.push(code);
    }
  }
  return Uint8Array.from(bytes);
}

function decode(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset.toLowerCase(), { fatal: false }).decode(bytes);
  } catch {
    return null; // a charset this runtime does not know: the word stays encoded, and is judged as it stands
  }
}
