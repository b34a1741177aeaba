// Reads a folder of the test mailbox back, message by message, as a user's mail program would see it: its flags
// and the message parsed with mailparser.
import { ImapFlow } from "imapflow";
import { simpleParser, type ParsedMail } from "mailparser";
import type { Dovecot } from "./dovecot";

export interface StoredMessage {
  readonly uid: number;
  readonly flags: ReadonlySet<string>;
  readonly mail: ParsedMail;
  readonly source: string;
}

export async function readFolder(server: Dovecot, user: string, password: string, folder: string): Promise<StoredMessage[]> {
  const client = new ImapFlow({ host: "127.0.0.1", port: server.tlsPort, secure: true, tls: { ca: [server.ca] }, auth: { user, pass: password }, logger: false });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const lock = await client.getMailboxLock(folder);
    try {
      const found: Array<{ uid: number; flags: Set<string>; source: Buffer }> = [];
      const total = client.mailbox === false ? 0 : client.mailbox.exists;
      if (total === 0) return [];
      for await (const m of client.fetch("1:*", { uid: true, flags: true, source: true })) {
        found.push({ uid: m.uid, flags: m.flags ?? new Set(), source: m.source ?? Buffer.alloc(0) });
      }
      return Promise.all(found.map(async (m) => ({ uid: m.uid, flags: m.flags, mail: await simpleParser(m.source), source: m.source.toString("utf8") })));
    } finally {
      lock.release();
    }
  } finally {
    await client.logout();
  }
}
