// One e-mail address (addr-spec, RFC 5322 dot-atom with RFC 6531 letters): the validating constructor and the
// key under which two spellings of the same address compare equal.
import type { EmailAddress } from "../types";

const MAX_ADDRESS_OCTETS = 254;
const MAX_LOCAL_OCTETS = 64;
const MAX_DOMAIN_OCTETS = 253;
const MAX_LABEL_OCTETS = 63;

// RFC 5322 atext plus letters, marks and digits of any script (RFC 6531). Non-ASCII symbols, spaces, controls and
// invisible format characters are refused: they are typing accidents or spoofing, never a real mailbox.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\-\\p{L}\\p{M}\\p{N}]+";
// Linear: atoms cannot contain the dot that separates them, so there is nothing to backtrack over.
const DOT_ATOM = new RegExp(`^${ATEXT}(?:\\.${ATEXT})*$`, "u");
const ASCII_LABEL = /^[a-z0-9-]+$/i;
const UNICODE_LABEL = /^[\p{L}\p{M}\p{N}-]+$/u;
const DIGITS = /^[0-9]+$/;
const ASCII = /^[\x21-\x7e]*$/;

/** Returns the address, trimmed and otherwise as written, or null when it is not one valid addr-spec. */
export function toEmailAddress(text: string): EmailAddress | null {
  const address = text.trim();
  // A UTF-16 length never exceeds the UTF-8 length, so this cheap test only refuses what is surely too long.
  if (address.length > MAX_ADDRESS_OCTETS) return null;
  const at = address.indexOf("@");
  if (at <= 0 || at !== address.lastIndexOf("@")) return null;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (!DOT_ATOM.test(local) || utf8Length(local) > MAX_LOCAL_OCTETS) return null;
  if (asciiDomain(domain) === null) return null;
  if (utf8Length(address) > MAX_ADDRESS_OCTETS) return null;
  return address as EmailAddress;
}

/**
 * The same for two addresses that reach the same mailbox as a person sees it: case-insensitive, Unicode-normalised,
 * with an internationalised domain in its ASCII form (anna@müller.de = ANNA@xn--mller-kva.de).
 */
export function addressKey(address: EmailAddress): string {
  if (ASCII.test(address)) return address.toLowerCase(); // the usual case: nothing to normalise or convert
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).normalize("NFC").toLowerCase();
  const domain = address.slice(at + 1);
  return `${local}@${(asciiDomain(domain) ?? domain).toLowerCase()}`;
}

/**
 * The domain in ASCII (punycode) form, or null when it is not a host name with at least one dot. Plain ASCII
 * domains are checked by hand; only internationalised ones go through the URL parser's IDNA conversion.
 */
const knownDomains = new Map<string, string | null>();

/** A list names few distinct domains many times over: their verdicts are remembered (a bounded memo). */
function asciiDomain(domain: string): string | null {
  let ascii = knownDomains.get(domain);
  if (ascii === undefined) {
    ascii = checkDomain(domain);
    if (knownDomains.size >= 10000) knownDomains.clear();
    knownDomains.set(domain, ascii);
  }
  return ascii;
}

function checkDomain(domain: string): string | null {
  const labels = domain.split(".");
  const tld = labels[labels.length - 1] ?? "";
  if (labels.length < 2 || DIGITS.test(tld)) return null;
  if (ASCII.test(domain)) return validLabels(labels) ? domain : null;
  if (!labels.every((label) => UNICODE_LABEL.test(label) && !hasEdgeHyphen(label))) return null;
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
  const asciiLabels = ascii.split(".");
  if (asciiLabels.length !== labels.length || !ASCII.test(ascii) || !validLabels(asciiLabels)) return null;
  return ascii;
}

function validLabels(labels: readonly string[]): boolean {
  let octets = labels.length - 1;
  for (const label of labels) {
    if (label.length === 0 || label.length > MAX_LABEL_OCTETS) return false;
    if (!ASCII_LABEL.test(label) || hasEdgeHyphen(label)) return false;
    octets += label.length;
  }
  return octets <= MAX_DOMAIN_OCTETS;
}

const hasEdgeHyphen = (label: string): boolean => label.startsWith("-") || label.endsWith("-");

function utf8Length(text: string): number {
  let octets = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) octets += 1;
    else if (unit < 0x800) octets += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      octets += 4;
      i += 1;
    } else octets += 3;
  }
  return octets;
}
