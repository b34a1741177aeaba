import fc from "fast-check";
import type { EmailAddress } from "../types";
import { addressKey, toEmailAddress } from "./address";

const valid: Array<[string, string]> = [
  ["plain", "anna@example.de"],
  ["trimmed", "  anna@example.de\t"],
  ["dots in local part", "anna.maria.mueller@example.de"],
  ["plus tag", "anna+rundmail@example.de"],
  ["atext symbols", "a!#$%&'*+/=?^_`{|}~-z@example.de"],
  ["upper case kept", "Anna.Mueller@Example.DE"],
  ["subdomain", "anna@mail.schule.example.de"],
  ["digits and hyphens in labels", "anna@x-1.example123.de"],
  ["umlaut domain", "anna@müller.de"],
  ["IDN with several labels", "info@bücher.example"],
  ["UTF-8 local part (RFC 6531)", "jürgen.größe@example.de"],
  ["non-Latin local and domain", "用户@例子.广告"],
  ["punycode domain as written", "anna@xn--mller-kva.de"],
  ["63-character label", `anna@${"a".repeat(63)}.de`],
  ["64-octet local part", `${"a".repeat(64)}@example.de`],
  ["alphanumeric TLD", "anna@example.x1"],
  ["one-letter labels", "a@b.co"],
];

const invalid: Array<[string, string]> = [
  ["empty", ""],
  ["lone @", "@"],
  ["double @", "anna@@example.de"],
  ["two @", "anna@x@example.de"],
  ["no domain dot", "anna@example"],
  ["no local part", "@example.de"],
  ["no domain", "anna@"],
  ["trailing dot in local part", "anna.@example.de"],
  ["leading dot in local part", ".anna@example.de"],
  ["double dot in local part", "an..na@example.de"],
  ["leading hyphen in label", "anna@-ex.de"],
  ["trailing hyphen in label", "anna@ex-.de"],
  ["trailing dot in domain", "anna@example.de."],
  ["leading dot in domain", "anna@.example.de"],
  ["double dot in domain", "anna@example..de"],
  ["space inside", "anna mueller@example.de"],
  ["space in domain", "anna@exa mple.de"],
  ["numeric TLD", "anna@example.123"],
  ["IP address", "anna@192.168.0.1"],
  ["domain literal", "anna@[192.168.0.1]"],
  ["quoted local part (not supported)", '"anna mueller"@example.de'],
  ["comma", "anna,b@example.de"],
  ["semicolon", "anna;b@example.de"],
  ["angle brackets", "<anna@example.de>"],
  ["underscore in domain", "anna@ex_ample.de"],
  ["64-character label", `anna@${"a".repeat(64)}.de`],
  ["65-octet local part", `${"a".repeat(65)}@example.de`],
  ["65-octet UTF-8 local part", `${"ü".repeat(33)}@example.de`],
  ["over 254 characters", `anna@${"a.".repeat(125)}de`],
  ["CRLF header injection", "anna@example.de\r\nBcc: all@example.de"],
  ["LF inside", "anna@exa\nmple.de"],
  ["NUL", "anna\u0000@example.de"],
  ["DEL", "anna\u007f@example.de"],
  ["C1 control NEL", "anna\u0085@example.de"],
  ["zero-width space in local part", "an\u200bna@example.de"],
  ["zero-width space in domain", "anna@exa\u200bmple.de"],
  ["RTL override", "anna\u202e@example.de"],
  ["non-breaking space inside", "anna\u00a0b@example.de"],
  ["URL-ish domain", "anna@example.de/path"],
  ["port", "anna@example.de:25"],
  ["IDN with slash", "anna@mü/ller.de"],
  ["IDN with leading hyphen", "anna@-müller.de"],
  ["IDN empty label", "anna@müller..de"],
  ["full-width dot in IDN", "anna@müller\u3002de"],
  ["mailto prefix (bare addr-spec only)", "mailto:anna@example.de"],
  ["spreadsheet formula", '=HYPERLINK("mailto:anna@example.de")'],
];

describe("toEmailAddress", () => {
  test.each(valid)("accepts %s", (_name, text) => {
    expect(toEmailAddress(text)).toBe(text.trim());
  });
  test.each(invalid)("refuses %s", (_name, text) => {
    expect(toEmailAddress(text)).toBeNull();
  });

  test("never returns an address with a line break, comma, semicolon or control character", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const address = toEmailAddress(text);
        // eslint-disable-next-line no-control-regex -- what must never get through
        if (address !== null) expect(address).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029,;<>"\s]/);
      }),
    );
  });

  test("a valid address stays valid when written again", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (text) => {
        const address = toEmailAddress(text);
        if (address !== null) expect(toEmailAddress(address)).toBe(address);
      }),
    );
  });
});

describe("addressKey", () => {
  const same: Array<[string, string, string]> = [
    ["case", "Anna@Example.DE", "anna@example.de"],
    ["NFD and NFC local part", "jo\u0308rg@example.de", "j\u00f6rg@example.de"],
    ["IDN and its punycode", "anna@müller.de", "ANNA@xn--mller-kva.de"],
    ["upper-case IDN", "anna@MÜLLER.de", "anna@müller.de"],
  ];
  test.each(same)("%s", (_name, a, b) => {
    const left = toEmailAddress(a);
    const right = toEmailAddress(b);
    expect(left).not.toBeNull();
    expect(right).not.toBeNull();
    expect(addressKey(left as EmailAddress)).toBe(addressKey(right as EmailAddress));
  });

  test("different addresses differ", () => {
    expect(addressKey("anna@example.de" as EmailAddress)).not.toBe(addressKey("anna@example.com" as EmailAddress));
  });
});
