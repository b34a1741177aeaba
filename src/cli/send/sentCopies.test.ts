import type { ImapMailbox } from "../../gateways/imap/imapMailbox";
import { createSentCopier, type SentCopy } from "./sentCopies";

/** A Sent folder in memory; `answer(n)` decides the n-th APPEND: undefined stores it, "stored-then-lost" stores it and breaks. */
function fakeSent(answer: (n: number) => unknown = () => undefined) {
  const stored: string[] = [];
  let appends = 0;
  let usable = true;
  const mailbox: ImapMailbox & { stored: string[] } = {
    stored,
    get usable() {
      return usable;
    },
    appendLimit: null,
    folders: async () => [],
    findKey: async () => null,
    findHeader: async (_folder, _name, value) => (stored.includes(value) ? 1 : null),
    keysIn: async () => new Set<string>(),
    append: async (_folder, message, flags) => {
      appends += 1;
      expect(flags).toEqual(["\\Seen"]);
      const id = /^Message-ID: (.*)$/m.exec(message)?.[1] ?? "";
      const error = answer(appends);
      if (error === "stored-then-lost") {
        stored.push(id);
        usable = false;
        throw Object.assign(new Error("Connection not available"), { code: "NoConnection" });
      }
      if (error !== undefined) throw error;
      stored.push(id);
      return appends;
    },
    close: async () => undefined,
  };
  return mailbox;
}

const copy = (n: number): SentCopy => ({ key: `k${n}`, row: n, to: `p${n}@example.de`, messageId: `<m${n}@tsv.de>` });
const message = (n: number) => () => `Message-ID: <m${n}@tsv.de>\r\n\r\nHallo\r\n`;
const options = { folder: "Sent", secrets: ["Geh3im"], sleep: async () => undefined };

test("each copy once: stored, or found there already (a key queued twice is looked up, not stored again)", async () => {
  const mailbox = fakeSent();
  mailbox.stored.push("<m2@tsv.de>");
  const copier = createSentCopier({ ...options, mailbox, reconnect: async () => mailbox });
  copier.enqueue(copy(1), message(1));
  copier.enqueue(copy(2), message(2));
  copier.enqueue(copy(1), message(1));
  const results = await copier.drain();
  expect([...results.values()].map((r) => [r.copy.key, r.result.status])).toEqual([
    ["k1", "there"],
    ["k2", "there"],
  ]);
  expect(mailbox.stored).toEqual(["<m2@tsv.de>", "<m1@tsv.de>"]);
});

test("an APPEND stored whose answer was lost is found after reconnecting, not appended again", async () => {
  const broken = fakeSent((n) => (n === 1 ? "stored-then-lost" : undefined));
  const fresh = fakeSent();
  let reconnects = 0;
  const copier = createSentCopier({
    ...options,
    mailbox: broken,
    // A new connection to the same folder: it sees what the broken one stored.
    reconnect: async () => {
      reconnects += 1;
      fresh.stored.push(...broken.stored.splice(0));
      return fresh;
    },
  });
  copier.enqueue(copy(1), message(1));
  const results = await copier.drain();
  expect(results.get("k1")?.result).toEqual({ status: "stored" });
  expect(reconnects).toBe(1);
  expect(fresh.stored).toEqual(["<m1@tsv.de>"]);
});

test("a refusal is reported with the password cut out; the other copies go on", async () => {
  const full = { responseStatus: "NO", serverResponseCode: "OVERQUOTA", responseText: "Quota exceeded for Geh3im" };
  const mailbox = fakeSent((n) => (n === 1 ? full : undefined));
  const copier = createSentCopier({ ...options, mailbox, reconnect: async () => mailbox });
  copier.enqueue(copy(1), message(1));
  copier.enqueue(copy(2), message(2));
  const results = await copier.drain();
  expect(results.get("k1")?.result).toEqual({ status: "failed", reason: "Quota exceeded for ***" });
  expect(results.get("k2")?.result).toEqual({ status: "stored" });
});
