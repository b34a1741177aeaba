import type { Draft } from "../../core/plan";
import type { EmailAddress } from "../../core/types";
import { keyCounter, messageHash } from "./messageKey";

const draft = (change: Partial<Draft> = {}): Draft => ({
  row: 2,
  rowIndex: 0,
  to: "anna@example.de" as EmailAddress,
  toName: "Anna",
  cc: [],
  bcc: [],
  subject: "Rechnung",
  html: "<p>Hallo Anna</p>",
  text: "Hallo Anna",
  attachments: [{ id: "/x/Rechnung_1.pdf", name: "Rechnung_1.pdf", size: 100 }],
  ...change,
});

describe("messageHash", () => {
  test.each<[string, Partial<Draft>, boolean]>([
    ["another row number (a row above was deleted)", { row: 9, rowIndex: 7 }, true],
    ["the address in other letter case", { to: "ANNA@example.de" as EmailAddress }, true],
    ["the same file in another folder", { attachments: [{ id: "/y/Rechnung_1.pdf", name: "sub/Rechnung_1.pdf", size: 100 }] }, true],
    ["another archive address (the recipient does not see it)", { bcc: ["archiv@verein.de" as EmailAddress] }, true],
    ["another person", { to: "ben@example.de" as EmailAddress }, false],
    ["another Cc", { cc: ["eltern@example.de" as EmailAddress] }, false],
    ["another subject", { subject: "Mahnung" }, false],
    ["another body", { html: "<p>Hallo Ben</p>" }, false],
    ["another file", { attachments: [{ id: "/x/Rechnung_2.pdf", name: "Rechnung_2.pdf", size: 100 }] }, false],
    ["a file of another size", { attachments: [{ id: "/x/Rechnung_1.pdf", name: "Rechnung_1.pdf", size: 101 }] }, false],
  ])("%s → same key: %s", (_name, change, same) => {
    expect(messageHash(draft(change)) === messageHash(draft())).toBe(same);
  });

  test("the same message twice in a list gets two keys", () => {
    const next = keyCounter();
    const hash = messageHash(draft());
    expect([next(hash), next("other"), next(hash)]).toEqual([hash, "other", `${hash}#2`]);
  });
});
