import { addr, planned, rows } from "../../../test/support/runFixtures";
import type { PlannedDraft } from "../../core/plan";
import type { GivenFile } from "../../core/types";
import { composeSuitable, COMPOSE_MAX_ROWS } from "./composeSuitable";

const pdf: GivenFile = { id: "f1", name: "Rechnung.pdf", size: 10 };

describe("composeSuitable", () => {
  test.each<[string, PlannedDraft[], boolean, RegExp | null]>([
    ["one row", rows(1), true, null],
    [`${COMPOSE_MAX_ROWS} rows`, rows(COMPOSE_MAX_ROWS), true, null],
    [`${COMPOSE_MAX_ROWS + 1} rows`, rows(COMPOSE_MAX_ROWS + 1), false, /up to 20 recipients; this list has 21/],
    ["no rows", [], false, /no drafts/],
    ["a row with its own file", [planned(2), planned(3, { attachments: [pdf] })], false, /cannot take files/],
    ["a file for everyone", rows(3, { attachments: [pdf] }), false, /cannot take files/],
    ["an archive Bcc", rows(2, { bcc: [addr("archiv@x.de")] }), false, /Bcc/],
    ["a Cc is fine", rows(2, { cc: [addr("eltern@x.de")] }), true, null],
  ])("%s", (_name, drafts, ok, reason) => {
    const result = composeSuitable({ drafts }, "en");
    expect(result.ok).toBe(ok);
    if (reason === null) expect(result.reason).toBeNull();
    else expect(result.reason).toMatch(reason);
  });

  test("says why in German", () => {
    expect(composeSuitable({ drafts: rows(25) }, "de").reason).toBe(
      "Öffnet ein Fenster je Empfänger und wird daher für bis zu 20 Empfänger angeboten; diese Liste hat 25.",
    );
  });
});
