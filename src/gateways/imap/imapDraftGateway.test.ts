import { draft, instantClock, plannedRows, render } from "../../../test/support/runFixtures";
import { startRun } from "../../core/run/startRun";
import type { EmailAddress } from "../../core/types";
import { keyToken } from "./imapDraft";
import { createImapDraftGateway, ImapNoAnswer, mailboxLedger } from "./imapDraftGateway";
import { keyOfHeaders } from "./imapMailbox";
import type { ImapMailbox } from "./imapMailbox";

/** A mailbox in memory: each APPEND answered by `answer` (undefined: stored). */
function fakeMailbox(answer: (n: number) => unknown = () => undefined, appendLimit: number | null = null) {
  const stored = new Map<string, number>();
  let appends = 0;
  let usable = true;
  const mailbox: ImapMailbox & { stored: Map<string, number>; breakIt(): void } = {
    stored,
    breakIt: () => (usable = false),
    get usable() {
      return usable;
    },
    appendLimit,
    folders: async () => [],
    append: async (_folder, message) => {
      appends += 1;
      const error = answer(appends);
      const key = /^X-Rundmail-Key: (.*)$/m.exec(message)?.[1]?.trim() ?? "";
      if (error === "stored-then-lost") {
        stored.set(key, appends);
        usable = false;
        throw Object.assign(new Error("Connection not available"), { code: "NoConnection" });
      }
      if (error !== undefined) throw error;
      stored.set(key, appends);
      return appends;
    },
    findKey: async (_folder, token) => stored.get(token) ?? null,
    findHeader: async () => null,
    keysIn: async () => new Set(stored.keys()),
    close: async () => undefined,
  };
  return mailbox;
}

const gatewayOf = (mailbox: ImapMailbox, reconnect = async () => mailbox) =>
  createImapDraftGateway({ mailbox, reconnect, folder: "Drafts", flags: ["\\Draft"], user: "anna", server: "imap.example.de:993", secrets: ["Geh3im"], lang: "en" });

describe("the IMAP gateway's answers", () => {
  test("stored: created, with the folder and UID", async () => {
    expect(await gatewayOf(fakeMailbox()).create(draft(2))).toEqual({ status: "created", ref: "Drafts UID 1" });
  });

  test.each([
    [{ responseStatus: "NO", serverResponseCode: "OVERQUOTA", responseText: "Quota exceeded" }, { code: "imap-over-quota", transient: false }],
    [{ responseStatus: "NO", serverResponseCode: "TOOBIG", responseText: "too big" }, { code: "imap-too-big", transient: false }],
    [{ responseStatus: "NO", serverResponseCode: "THROTTLED", responseText: "slow down" }, { code: "imap-throttled", transient: true, throttled: true }],
    [{ code: "ETHROTTLE", message: "Throttled", throttleReset: 3000 }, { code: "imap-throttled", transient: true, throttled: true, retryAfterMs: 3000 }],
    [{ responseStatus: "NO", responseText: "Internal error" }, { code: "imap-refused", transient: true }],
    [{ responseStatus: "BAD", responseText: "Bad literal" }, { code: "imap-refused", transient: false }],
    // The folder was deleted during the run: the server's words, for this row (the next ones say the same).
    [{ responseStatus: "NO", serverResponseCode: "TRYCREATE", responseText: "Mailbox doesn't exist: Drafts" }, { code: "imap-refused", transient: false }],
  ])("%j -> %j", async (error, expected) => {
    expect(await gatewayOf(fakeMailbox(() => error)).create(draft(2))).toMatchObject({ status: "failed", ...expected });
  });

  test("a lost answer is thrown (the engine looks before it tries again), with the password cut out", async () => {
    const lost = Object.assign(new Error("Connection lost after Geh3im"), { code: "ECONNRESET" });
    const result = gatewayOf(fakeMailbox(() => lost)).create(draft(2));
    await expect(result).rejects.toBeInstanceOf(ImapNoAnswer);
    await expect(result).rejects.toThrow("Connection lost after ***");
  });

  test("a message above APPENDLIMIT fails its row before anything is sent", async () => {
    const mailbox = fakeMailbox(undefined, 100);
    const result = await gatewayOf(mailbox).create(draft(2));
    expect(result).toMatchObject({ status: "failed", code: "imap-too-big", transient: false });
    expect(result.status === "failed" && result.message).toMatch(/^This draft is .*; the mail server takes at most 100 B/);
    expect(mailbox.stored.size).toBe(0);
  });

  test("a broken connection is opened again; a failed reconnect is a transient row failure, not a doubt", async () => {
    const broken = fakeMailbox();
    broken.breakIt();
    const fresh = fakeMailbox();
    expect(await gatewayOf(broken, async () => fresh).create(draft(2))).toEqual({ status: "created", ref: "Drafts UID 1" });
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(await gatewayOf(broken, async () => Promise.reject(refused)).create(draft(2))).toMatchObject({ status: "failed", code: "imap-connect", transient: true });
  });

  test("the privacy rule is enforced here too", async () => {
    const two = draft(2, { cc: ["a@example.de", "b@example.de"] as EmailAddress[] });
    expect(await gatewayOf(fakeMailbox()).create(two)).toMatchObject({ status: "failed", code: "privacy-rule" });
  });
});

describe("on the run engine, with the mailbox as the ledger", () => {
  const runWith = (mailbox: ImapMailbox) => {
    const gateway = gatewayOf(mailbox);
    return startRun({
      runId: "imap",
      drafts: plannedRows([2, 3, 4]),
      keyOf: (p) => `key-${p.row}`,
      render,
      gateway,
      ledger: mailboxLedger(gateway),
      lang: "en",
      retryBaseMs: 1,
      clock: instantClock,
    }).done;
  };

  test("an APPEND stored but unanswered is found by its key and not repeated; a second run adds nothing", async () => {
    const mailbox = fakeMailbox((n) => (n === 2 ? "stored-then-lost" : undefined));
    const first = await runWith(mailbox);
    expect(first.outcomes.map((o) => o.status)).toEqual(["created", "created", "created"]);
    expect([...mailbox.stored.keys()].sort()).toEqual(["key-2", "key-3", "key-4"]);
    const again = await runWith(mailbox);
    expect(again.outcomes.map((o) => o.code)).toEqual(["run-already-created", "run-already-created", "run-already-created"]);
    expect(mailbox.stored.size).toBe(3);
  });
});

describe("the mailbox as the ledger", () => {
  test("reads the folder's keys once for the whole run, not a search per row", async () => {
    const mailbox = fakeMailbox();
    mailbox.stored.set(keyToken("key-3"), 5);
    let reads = 0;
    let searches = 0;
    const counted: ImapMailbox = {
      ...mailbox,
      usable: true,
      keysIn: async (folder) => ((reads += 1), mailbox.keysIn(folder)),
      findKey: async (folder, token) => ((searches += 1), mailbox.findKey(folder, token)),
    };
    const ledger = mailboxLedger(gatewayOf(counted));
    expect(await Promise.all(["key-2", "key-3", "key-4", "key-5"].map((k) => ledger.get(k)))).toEqual([undefined, "created", undefined, undefined]);
    expect([reads, searches]).toEqual([1, 0]);
  });

  test("a reading that failed is not kept: the next row reads again", async () => {
    const mailbox = fakeMailbox();
    mailbox.stored.set(keyToken("key-2"), 1);
    let calls = 0;
    const once: ImapMailbox = {
      ...mailbox,
      usable: true,
      keysIn: async (folder) => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error("NO [SERVERBUG] try again"), { responseStatus: "NO", responseText: "try again" });
        return mailbox.keysIn(folder);
      },
    };
    const ledger = mailboxLedger(gatewayOf(once));
    await expect(ledger.get("key-2")).rejects.toThrow();
    expect(await ledger.get("key-2")).toBe("created");
  });
});

describe("looking a key up", () => {
  test("a throttled or broken look-up is tried again; one that keeps failing is thrown (never 'not found')", async () => {
    const mailbox = fakeMailbox();
    mailbox.stored.set("k9", 7);
    let calls = 0;
    const flaky: ImapMailbox = {
      ...mailbox,
      usable: true,
      findKey: async (folder, token) => {
        calls += 1;
        if (calls === 1) throw Object.assign(new Error("slow down"), { responseStatus: "NO", serverResponseCode: "THROTTLED", responseText: "slow down" });
        if (calls === 2) throw Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
        return mailbox.findKey(folder, token);
      },
    };
    const waits: number[] = [];
    const gateway = createImapDraftGateway({
      mailbox: flaky, reconnect: async () => flaky, folder: "Drafts", flags: ["\\Draft"], user: "anna", server: "s:993", secrets: [], lang: "en",
      lookUpRetryMs: 10, sleep: async (ms) => void waits.push(ms),
    });
    expect(await gateway.lookUp("k9")).toEqual({ found: true, ref: "Drafts UID 7" });
    expect(waits).toEqual([10, 20]);

    const broken = async (): Promise<never> => Promise.reject(Object.assign(new Error("read ECONNRESET Geh3im"), { code: "ECONNRESET" }));
    const down: ImapMailbox = { ...flaky, findKey: broken, keysIn: broken };
    const failing = createImapDraftGateway({
      mailbox: down, reconnect: async () => down, folder: "Drafts", flags: ["\\Draft"], user: "anna", server: "s:993", secrets: ["Geh3im"], lang: "en",
      sleep: async () => undefined,
    });
    await expect(failing.lookUp("k9")).rejects.toThrow("read ECONNRESET ***");
    await expect(mailboxLedger(failing).get("k9")).rejects.toThrow();
  });
});

test.each([
  ["X-Rundmail-Key: abc#2\r\n\r\n", "abc#2"],
  ["x-rundmail-key:   abc \r\n", "abc"],
  ["X-Rundmail-Key:\r\n abc\r\n", "abc"],
  ["Subject: X-Rundmail-Key: abc\r\n", null],
])("keyOfHeaders(%j)", (headers, expected) => {
  expect(keyOfHeaders(headers)).toBe(expected);
});
