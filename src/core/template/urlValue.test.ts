import { decodeUrlText, encodeUrlPart, linkAddress, urlPlace, type UrlPlace } from "./urlValue";

describe("urlPlace: where a field stands, from the address's own text before it", () => {
  const cases: [string, boolean, UrlPlace][] = [
    ["", false, "url"],
    ["  \t\n", false, "url"],
    ["https://verein.example/zahlen?nr=", false, "url-query"],
    ["https://verein.example/zahlen?nr=1&name=", false, "url-query"],
    ["https://verein.example/mitglieder/", false, "url-path"],
    ["https://", false, "url-path"],
    ["mailto:", false, "url-path"],
    ["mailto:kasse@verein.example?subject=", false, "url-query"],
    ["https://verein.example/#", false, "url-fragment"],
    ["https://verein.example/?a=1#", false, "url-fragment"],
    ["/zahlen/", false, "url-path"],
    ["?nr=", false, "url-query"],
    ["#", false, "url-fragment"],
    // Still inside the scheme: the field could complete "javascript:".
    ["java", false, "url-scheme"],
    ["http", false, "url-scheme"],
    ["ja\tva", false, "url-scheme"],
    ["www.verein.example", false, "url-scheme"],
    // After a field that made up the start of the address (its value must be a link, which settles the scheme).
    ["", true, "url-path"],
    ["?nr=", true, "url-query"],
  ];
  test.each(cases)("%j (after a field: %s) -> %s", (before, afterField, place) => expect(urlPlace(before, afterField)).toBe(place));
});

describe("encodeUrlPart: a value cannot change the address around it", () => {
  const cases: [string, "url-path" | "url-query" | "url-fragment", string][] = [
    ["42", "url-query", "42"],
    ["Anna Müller", "url-query", "Anna%20M%C3%BCller"],
    ["42&admin=1#top", "url-query", "42%26admin%3D1%23top"],
    ["a+b", "url-query", "a%2Bb"],
    ["../../admin?x=1", "url-path", "..%2F..%2Fadmin%3Fx%3D1"],
    ["anna@example.de", "url-path", "anna@example.de"],
    ["anna@example.de,boss@example.de?bcc=all@example.de", "url-path", "anna@example.de%2Cboss@example.de%3Fbcc%3Dall@example.de"],
    ["anna@example.de", "url-query", "anna%40example.de"],
    ["a#b c", "url-fragment", "a%23b%20c"],
    ['"><script>', "url-query", "%22%3E%3Cscript%3E"],
    ["it's (x)*!", "url-query", "it%27s%20%28x%29%2A%21"],
    ["😀", "url-query", "%F0%9F%98%80"],
    ["\ud800x", "url-query", "%EF%BF%BDx"], // a lone surrogate becomes U+FFFD instead of throwing
    ["-._~", "url-path", "-._~"],
  ];
  test.each(cases)("%j in %s -> %j", (value, place, encoded) => expect(encodeUrlPart(value, place)).toBe(encoded));
});

describe("linkAddress: a value that is a whole address must be an http(s), mailto or tel one", () => {
  const cases: [string, string | null][] = [
    ["https://verein.example/zugang?token=abc&x=1", "https://verein.example/zugang?token=abc&x=1"],
    ["HTTP://verein.example/", "HTTP://verein.example/"],
    ["mailto:kasse@verein.example?subject=Beitrag", "mailto:kasse@verein.example?subject=Beitrag"],
    ["tel:+49 30 1234", "tel:+49%2030%201234"],
    ["https://verein.example/a b/ä", "https://verein.example/a%20b/%C3%A4"],
    ['https://x.example/"onmouseover="alert(1)', "https://x.example/%22onmouseover=%22alert(1)"],
    ["https://x.example/<script>", "https://x.example/%3Cscript%3E"],
    ["https://x.example/100%25/50%", "https://x.example/100%25/50%25"],
    [" \t https://verein.example/\n", "https://verein.example/"],
    // Hostile or not a link at all: refused.
    ["javascript:alert(1)", null],
    ["JaVaScRiPt:alert(1)", null],
    [" java\tscript:alert(1)", null],
    ["\u0001javascript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    ["vbscript:msgbox(1)", null],
    ["https:/\\evil.example", null],
    ["//evil.example/", null],
    ["www.verein.example", null],
    ["verein.example/zugang", null],
    ["", null],
  ];
  test.each(cases)("%j -> %j", (value, address) => expect(linkAddress(value)).toBe(address));
});

describe("decodeUrlText: a field's name as Word writes it in a hyperlink", () => {
  const cases: [string, string][] = [
    ["Nr", "Nr"],
    ["Stra%C3%9Fe", "Straße"],
    ["Vor%20name", "Vor name"],
    ["Rabatt %", "Rabatt %"],
    ["%E0%A4%A", "%E0%A4%A"],
  ];
  test.each(cases)("%j -> %j", (text, decoded) => expect(decodeUrlText(text)).toBe(decoded));
});
