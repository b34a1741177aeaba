// Server replies and socket errors are shown to the user and written to the report. A server may echo what it was
// sent, so every form in which the password travels (plain, or base64 inside AUTH PLAIN/LOGIN) is cut out first.

/** The password as it may appear in an SMTP session: plain, and base64 as AUTH LOGIN and AUTH PLAIN send it. */
export function secretForms(user: string | null, password: string | null): string[] {
  if (password === null || password === "") return [];
  const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");
  const forms = [password, b64(password)];
  if (user !== null) forms.push(b64(`\u0000${user}\u0000${password}`), b64(`${user}\u0000${password}`));
  return forms;
}

/** Replaces every secret in the text; the longest first, so that no part of one survives another's replacement. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== "") result = result.split(secret).join("***");
  }
  return result;
}
