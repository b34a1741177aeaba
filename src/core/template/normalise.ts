// How field names (and the values of {{#Field=Value}}) are compared: what a person would call "the same".

/** Characters that are invisible in Outlook and Word but break a comparison: soft hyphen, zero-width ones, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** Any run of white space, including no-break and other Unicode spaces. */
const SPACES = /\s+/g;

/** A name as the user wrote it, with white space tidied: for messages. */
export function displayName(name: string): string {
  return name.replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/**
 * The form in which a field name matches a column: Unicode NFC, invisible characters dropped, white space
 * collapsed and trimmed, case ignored (ß counts as ss, as in Unicode's case folding). `{{ vorname }}` matches
 * "Vorname"; `{{STRASSE}}` matches "Straße".
 */
export function normaliseFieldName(name: string): string {
  return displayName(name.normalize("NFC")).toLowerCase().replace(/ß/g, "ss");
}

const recentValues = new Map<string, string>();

/**
 * Values in `{{#Anrede=Frau}}` compare like field names: trimmed, case-insensitive, NFC. Such columns hold few
 * distinct values ("Frau", "Herr", ""), so the normalised forms are remembered (a bounded memo).
 */
export function normaliseValue(value: string): string {
  let normal = recentValues.get(value);
  if (normal === undefined) {
    normal = normaliseFieldName(value);
    if (recentValues.size >= 1000) recentValues.clear();
    recentValues.set(value, normal);
  }
  return normal;
}

const NOT_SPACE = /\S/;

/** True when a cell counts as empty: nothing but white space (the same white space as `String.prototype.trim`). */
export function isBlank(value: string): boolean {
  // Fast path for the usual cell that starts with a visible ASCII character: called for every field of every row.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return !NOT_SPACE.test(value);
}
