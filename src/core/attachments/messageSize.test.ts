import { toIssue } from "../issues/codes";
import { EXCHANGE_DEFAULT_MESSAGE_BYTES, messageSizeFinding, WARN_DRAFT_BYTES } from "./messageSize";

const MB = 1024 * 1024;

// Learn, "Exchange Online limits" (message limits): the default maximum message size is 35 MB, attachments
// included; administrators may set it up to 150 MB. Rundmail warns above the default, it never refuses.
const cases: { name: string; files: number[]; text: number; code: string | null; size?: number }[] = [
  { name: "nothing attached", files: [], text: 2000, code: null },
  { name: "exactly 25 MB of files", files: [WARN_DRAFT_BYTES], text: 0, code: null },
  { name: "over 25 MB: some recipients' servers may refuse it", files: [20 * MB, 6 * MB], text: 0, code: "attachments-large", size: 26 * MB },
  { name: "exactly 35 MB with the text", files: [35 * MB - 1000], text: 1000, code: "attachments-large", size: 35 * MB - 1000 },
  { name: "one byte over 35 MB through the text", files: [35 * MB - 1000], text: 1001, code: "attachments-over-exchange-limit", size: 35 * MB + 1 },
  { name: "two files over 35 MB together", files: [18 * MB, 18 * MB], text: 0, code: "attachments-over-exchange-limit", size: 36 * MB },
  { name: "one file of 150 MB (allowed per file, not per default message)", files: [150 * MB], text: 0, code: "attachments-over-exchange-limit", size: 150 * MB },
];

describe("messageSizeFinding", () => {
  test("Exchange Online's default is 35 MB", () => {
    expect(EXCHANGE_DEFAULT_MESSAGE_BYTES).toBe(35 * MB);
  });

  test.each(cases)("$name", ({ files, text, code, size }) => {
    const finding = messageSizeFinding(4, "Anhang", files, text);
    expect(finding === null ? null : [finding.code, finding.params]).toEqual(code === null ? null : [code, { size }]);
    if (finding !== null) expect([finding.row, finding.column, toIssue(finding, "en").severity]).toEqual([4, "Anhang", "warning"]);
  });

  test.each([
    ["en", "Row 4: This message comes to 37.7 MB with its attachments. Exchange Online takes at most 35 MB per message unless your administrator has raised the limit (up to 150 MB)"],
    ["de", "Zeile 4: Diese Nachricht ist mit ihren Anhängen 37,7 MB groß. Exchange Online nimmt höchstens 35 MB je Nachricht an, wenn Ihre Administration die Grenze nicht erhöht hat (bis 150 MB)"],
  ] as const)("%s: the warning says why and what to do", (lang, start) => {
    const finding = messageSizeFinding(4, null, [36 * MB], 0);
    if (finding === null) throw new Error("no warning");
    const message = toIssue(finding, lang).message;
    expect(message.startsWith(start)).toBe(true);
    expect(message).toMatch(lang === "en" ? /Make the files smaller/ : /Verkleinern Sie die Dateien/);
  });
});
