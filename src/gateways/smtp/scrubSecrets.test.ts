import { scrubSecrets, secretForms } from "./scrubSecrets";

describe("scrubSecrets", () => {
  const secrets = secretForms("anna@verein.de", "Gehe1m!ß");
  const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");

  test.each([
    ["the password itself", "535 bad password Gehe1m!ß here"],
    ["base64 of the password (AUTH LOGIN)", `535 5.7.8 ${b64("Gehe1m!ß")} rejected`],
    ["AUTH PLAIN's base64", `501 cannot decode ${b64("\u0000anna@verein.de\u0000Gehe1m!ß")}`],
  ])("%s is cut out", (_name, text) => {
    const scrubbed = scrubSecrets(text, secrets);
    for (const secret of secrets) expect(scrubbed).not.toContain(secret);
    expect(scrubbed).toContain("***");
  });

  test("text without a secret is unchanged; no password means nothing to cut", () => {
    expect(scrubSecrets("421 try later", secrets)).toBe("421 try later");
    expect(secretForms("anna", null)).toEqual([]);
    expect(secretForms("anna", "")).toEqual([]);
  });
});
