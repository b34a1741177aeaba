import { scrubSecrets, secretForms } from "./scrubSecrets";

describe("scrubSecrets", () => {
  const secrets = secretForms("anna@verein.de", "Gehe1m!ß");
  const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");

  test.each([
    ["the password itself", "535 bad password Gehe1m!ß here"],
    ["base64 of the password (AUTH LOGIN)", `535 5.7.8 ${b64("Gehe1m!ß")} rejected`],
    ["AUTH PLAIN's base64", `501 cannot decode ${b64("\u0000anna@verein.de\u0000Gehe1m!ß")}`],
    ["the password upper-cased", `535 BAD PASSWORD ${"Gehe1m!ß".toUpperCase()} HERE`],
    ["the password lower-cased", "535 bad password gehe1m!ß here"],
    ["the password percent-encoded", `535 login=anna&pass=${encodeURIComponent("Gehe1m!ß")} refused`],
    ["the password percent-encoded in lower-case hex", `535 pass=${encodeURIComponent("Gehe1m!ß").toLowerCase()}`],
    ["every byte percent-encoded", `535 pass=${[...Buffer.from("Gehe1m!ß")].map((b) => "%" + b.toString(16).toUpperCase()).join("")}`],
  ])("%s is cut out", (_name, text) => {
    const scrubbed = scrubSecrets(text, secrets);
    for (const secret of secrets) expect(scrubbed.toLowerCase()).not.toContain(secret.toLowerCase());
    expect(scrubbed.toUpperCase()).not.toContain("GEHE1M");
    expect(scrubbed).toContain("***");
  });

  test("a password with spaces and symbols, echoed as a form posts it ('+' for a space)", () => {
    const forms = secretForms(null, "mein Pass (2026)*");
    expect(scrubSecrets("535 pass=mein+Pass+%282026%29*", forms)).toBe("535 pass=***");
  });

  test("text without a secret is unchanged; no password means nothing to cut", () => {
    expect(scrubSecrets("421 try later", secrets)).toBe("421 try later");
    expect(secretForms("anna", null)).toEqual([]);
    expect(secretForms("anna", "")).toEqual([]);
  });
});
