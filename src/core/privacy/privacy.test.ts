import { privacyBreach, refuseUnlessPrivate, PrivacyRuleError, type Addressed } from "./privacy";

const cases: Array<[string, Addressed, ReturnType<typeof privacyBreach>]> = [
  ["one To", { to: "anna@example.de", cc: [], bcc: [] }, null],
  ["one To, one Cc, one Bcc", { to: "anna@example.de", cc: ["eltern@example.de"], bcc: ["me@example.de"] }, null],
  ["To as a one-element list", { to: ["anna@example.de"], cc: [], bcc: [] }, null],
  ["no To", { to: [], cc: [], bcc: [] }, "to-not-one"],
  ["empty To", { to: "  ", cc: [], bcc: [] }, "to-not-one"],
  ["two To", { to: ["a@x.de", "b@y.de"], cc: [], bcc: [] }, "to-not-one"],
  ["two Cc", { to: "a@x.de", cc: ["b@y.de", "c@z.de"], bcc: [] }, "cc-more-than-one"],
  ["two Bcc", { to: "a@x.de", cc: [], bcc: ["b@y.de", "c@z.de"] }, "bcc-more-than-one"],
  ["two addresses joined in one To string", { to: "a@x.de, b@y.de", cc: [], bcc: [] }, "address-has-line-break"],
  ["semicolon-joined Cc", { to: "a@x.de", cc: ["b@y.de;c@z.de"], bcc: [] }, "address-has-line-break"],
  ["header injection in To", { to: "a@x.de\r\nBcc: everyone@x.de", cc: [], bcc: [] }, "address-has-line-break"],
  ["Unicode line separator", { to: "a@x.de\u2028", cc: [], bcc: [] }, "address-has-line-break"],
];

describe("privacy rule", () => {
  test.each(cases)("%s", (_name, message, expected) => {
    expect(privacyBreach(message)).toBe(expected);
    if (expected === null) expect(() => refuseUnlessPrivate(message)).not.toThrow();
    else expect(() => refuseUnlessPrivate(message)).toThrow(PrivacyRuleError);
  });
});
