import { toEmailAddress } from "../../core/recipients";
import { privacyBreach } from "../../core/privacy/privacy";
import { readTable } from "../../core/table";
import { derivePlan } from "../state/plan";
import { INITIAL_STATE, wizardReducer, type WizardAction } from "../state/wizard";
import { attachmentName, outgoingDraft, testDraft } from "./outgoing";

const table = readTable({ kind: "text", text: "E-Mail\tCc\tName\tDatei\nanna@example.de\tchef@example.de\tAnna <b>\t2026/a.pdf" });
const actions: WizardAction[] = [
  { type: "tableLoaded", origin: { kind: "paste" }, result: table },
  { type: "templateRead", template: { subject: "Für {{Name}}", html: "<p>Hallo {{Name}}</p>", attachments: [] } },
  { type: "filesAdded", files: [{ id: "file:1", name: "Rechnungen/2026/a.pdf", size: 3 }] },
  { type: "attachmentColumnChosen", column: "Datei" },
];
const derived = derivePlan(actions.reduce(wizardReducer, INITIAL_STATE), "en");

test.each([
  ["a.pdf", "a.pdf"],
  ["2026/a.pdf", "a.pdf"],
  ["C:\\Daten\\a.pdf", "a.pdf"],
  ["ordner/", "ordner/"],
])("%p is attached as %p", (name, expected) => {
  expect(attachmentName(name)).toBe(expected);
});

test("a draft is rendered as planned, its files read only when asked", async () => {
  const draft = derived?.plan.drafts[0];
  if (derived === null || draft === undefined) throw new Error("no draft");
  const read: string[] = [];
  const outgoing = outgoingDraft(derived.plan, draft, "run1", async (file) => {
    read.push(file.id);
    return new Uint8Array([1, 2, 3]);
  });
  expect(outgoing).toMatchObject({
    row: 2,
    key: "run1:2:anna@example.de",
    to: "anna@example.de",
    cc: ["chef@example.de"],
    subject: "Für Anna <b>",
    html: "<p>Hallo Anna &lt;b&gt;</p>",
  });
  expect(outgoing.attachments.map((a) => [a.name, a.size])).toEqual([["a.pdf", 3]]);
  expect(read).toEqual([]);
  await expect(outgoing.attachments[0]?.bytes()).resolves.toEqual(new Uint8Array([1, 2, 3]));
  expect(read).toEqual(["file:1"]);
});

test("a test draft goes to the user alone: no Cc, no Bcc", () => {
  const draft = derived?.plan.drafts[0];
  const me = toEmailAddress("me@example.org");
  if (derived === null || draft === undefined || me === null) throw new Error("no draft");
  const test = testDraft(outgoingDraft(derived.plan, draft, "t", async () => new Uint8Array()), me, "t");
  expect([test.to, test.cc, test.bcc, test.key]).toEqual(["me@example.org", [], [], "t:2:me@example.org"]);
  expect(privacyBreach(test)).toBeNull();
  expect(test.subject).toBe("Für Anna <b>");
});
