import { fnv1a64, planFingerprint, type FingerprintInput } from "./fingerprint";

/** FNV-1a 64 reference over bytes, with BigInt, to check the two-halves arithmetic. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    for (const byte of [unit & 0xff, unit >>> 8]) {
      h ^= BigInt(byte);
      h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
    }
  }
  return h.toString(16).padStart(16, "0");
}

describe("fnv1a64", () => {
  test.each([
    ["empty", ""],
    ["one letter", "a"],
    ["a template", "Hallo {{Vorname}}"],
    ["umlauts, euro, an emoji (surrogates)", "äöü ß € 😀"],
    ["5,000 characters", "x".repeat(5000)],
    ["the extreme code units", "\u0000\uffff"],
  ])("matches the BigInt reference: %s", (_name, text) => {
    expect(fnv1a64(text)).toBe(reference(text));
    expect(fnv1a64(text)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("planFingerprint", () => {
  const base: FingerprintInput = {
    subject: "Rechnung {{Nr}}",
    html: "<p>Hallo {{Vorname}}</p>",
    columns: ["E-Mail", "Vorname", "Nr"],
    attachments: [{ name: "AGB.pdf", size: 1000 }],
    mode: "drafts",
    rows: [
      { row: 2, to: "anna@example.de", values: ["anna@example.de", "Anna", "1"], attachments: [{ name: "Rechnung_1.pdf", size: 2000 }] },
      { row: 3, to: "ben@example.de", cc: ["chef@example.de"], values: ["ben@example.de", "Ben", "2"] },
    ],
  };
  const fp = planFingerprint(base);

  test("is stable and says how many rows", () => {
    expect(planFingerprint(structuredClone(base))).toBe(fp);
    expect(fp).toMatch(/^fp1-[0-9a-f]{16}-2$/);
  });

  test.each<[string, FingerprintInput]>([
    ["another subject", { ...base, subject: "Rechnung {{Nr}}!" }],
    ["another body", { ...base, html: "<p>Hallo {{Vorname}}.</p>" }],
    ["send instead of drafts", { ...base, mode: "send" }],
    ["a merged value changed", { ...base, rows: [base.rows[0]!, { ...base.rows[1]!, values: ["ben@example.de", "Benno", "2"] }] }],
    ["an address changed", { ...base, rows: [{ ...base.rows[0]!, to: "anna2@example.de" }, base.rows[1]!] }],
    ["a Cc added", { ...base, rows: [{ ...base.rows[0]!, cc: ["x@example.de"] }, base.rows[1]!] }],
    ["a file's size changed", { ...base, rows: [{ ...base.rows[0]!, attachments: [{ name: "Rechnung_1.pdf", size: 2001 }] }, base.rows[1]!] }],
    ["a shared file renamed", { ...base, attachments: [{ name: "AGB2.pdf", size: 1000 }] }],
    ["a row left out", { ...base, rows: [base.rows[0]!] }],
    ["rows reordered", { ...base, rows: [base.rows[1]!, base.rows[0]!] }],
    ["values shifted between cells", { ...base, rows: [{ ...base.rows[0]!, values: ["anna@example.de", "Ann", "a1"] }, base.rows[1]!] }],
  ])("changes with %s", (_name, changed) => {
    expect(planFingerprint(changed)).not.toBe(fp);
  });
});
