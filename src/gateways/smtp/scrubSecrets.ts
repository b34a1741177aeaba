// Server replies and socket errors are shown to the user and written to the report. A server may echo what it was
// sent — as it was sent, upper- or lower-cased, or percent-encoded as a web front end logs it — so every form in
// which the password may come back is cut out first: plain, base64 (AUTH PLAIN/LOGIN), percent-encoded, in any case.

/** The password as it may appear in an SMTP session or an echo of it. */
export function secretForms(user: string | null, password: string | null): string[] {
  if (password === null || password === "") return [];
  const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");
  // Every byte as %XX, as some loggers write all of a secret, not only what a URL must escape.
  const everyByte = [...Buffer.from(password, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
  const formEncoded = new URLSearchParams({ p: password }).toString().slice(2); // "+" for a space, ( ) escaped
  // toUpperCase can lengthen a word ("ß" -> "SS"), which matching without case does not see: both are listed.
  const forms = [password, password.toUpperCase(), password.toLowerCase(), b64(password), encodeURIComponent(password), formEncoded, everyByte];
  if (user !== null) forms.push(b64(`\u0000${user}\u0000${password}`), b64(`${user}\u0000${password}`));
  return [...new Set(forms)];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Replaces every secret in the text, ignoring case (an echo may change it; cutting a little too much is harmless),
 * the longest first, so that no part of one survives another's replacement.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== "") result = result.replace(new RegExp(escapeRegExp(secret), "giu"), "***");
  }
  return result;
}
