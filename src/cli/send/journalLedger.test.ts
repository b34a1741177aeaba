import type { SmtpAnswer } from "../../gateways/smtp/smtpDraftGateway";
import { readJournal, type JournalRecord, type KnownMessage } from "./journal";
import { journalLedger } from "./journalLedger";

const known = (status: KnownMessage["status"]): KnownMessage => ({ key: "k", row: 2, to: "a@example.de", status, at: "x", detail: "", deliveredTo: [] });

function ledgerWith(answers: Map<string, SmtpAnswer>, before: KnownMessage | null = null, resendUnknown = false) {
  const records: JournalRecord[] = [];
  const ledger = journalLedger({
    journal: { known: new Map(before ? [["k", before]] : []), append: (r) => records.push(r) },
    rows: new Map([["k", { row: 2, to: "a@example.de" }]]),
    answerOf: (key) => answers.get(key),
    resendUnknown,
    now: () => Date.UTC(2027, 0, 15),
  });
  return { ledger, records };
}

test.each<[string, KnownMessage | null, boolean, "created" | "attempted" | undefined]>([
  ["nothing known", null, false, undefined],
  ["sent before", known("sent"), false, "created"],
  ["a copy went to the Cc before", known("partial"), false, "created"],
  ["handed over before, no answer", known("unknown"), false, "attempted"],
  ["handed over before, no answer, --resend-unknown", known("unknown"), true, undefined],
  ["refused before: tried again", known("failed"), false, undefined],
])("what the journal knows: %s", async (_name, before, resend, state) => {
  expect(await ledgerWith(new Map(), before, resend).ledger.get("k")).toBe(state);
});

test("each mark becomes a journal record that reads back as the run left it", async () => {
  const answers = new Map<string, SmtpAnswer>();
  const { ledger, records } = ledgerWith(answers);
  await ledger.set("k", "attempted");
  answers.set("k", { at: "2027-01-15T10:00:00.000Z", result: { kind: "transient", code: 451, reason: "451 later", problem: null } });
  await ledger.forget("k");
  await ledger.forget("k"); // the same answer is not recorded twice
  await ledger.set("k", "attempted");
  answers.set("k", { at: "2027-01-15T10:00:05.000Z", result: { kind: "sent", response: "250 OK", eml: "", refused: ["cc@x.de"] } });
  await ledger.set("k", "created");
  expect(records).toEqual([
    { t: "attempt", key: "k", row: 2, to: "a@example.de", at: "2027-01-15T00:00:00.000Z", try: 1 },
    { t: "failed", key: "k", row: 2, to: "a@example.de", at: "2027-01-15T10:00:00.000Z", kind: "transient", code: 451, reason: "451 later" },
    { t: "attempt", key: "k", row: 2, to: "a@example.de", at: "2027-01-15T00:00:00.000Z", try: 2 },
    { t: "sent", key: "k", row: 2, to: "a@example.de", at: "2027-01-15T10:00:05.000Z", response: "250 OK", refused: ["cc@x.de"] },
  ]);
  expect(readJournal(records.map((r) => JSON.stringify(r) + "\n").join("")).known.get("k")?.status).toBe("sent");
});

test("a forget without an answer (Ctrl-C before anything left) writes nothing", async () => {
  const { ledger, records } = ledgerWith(new Map());
  await ledger.forget("k");
  expect(records).toEqual([]);
});

test("refused for its To while the Cc got it: read back as partial, never sent again", async () => {
  const answers = new Map<string, SmtpAnswer>([["k", { at: "t", result: { kind: "permanent", code: 550, reason: "550", problem: null, deliveredTo: ["cc@x.de"] } }]]);
  const { ledger, records } = ledgerWith(answers);
  await ledger.set("k", "attempted");
  await ledger.forget("k");
  expect(readJournal(records.map((r) => JSON.stringify(r) + "\n").join("")).known.get("k")?.status).toBe("partial");
});
