// The thin layer over imapflow: one connection to one mailbox, and the four things Rundmail asks of it — list the
// folders, APPEND a message, find a message by its key header, say goodbye. Errors come out as imapflow raised them;
// classifyImapError.ts puts them into words. No IMAP is written by hand here.
import { isIP } from "node:net";
import { rootCertificates } from "node:tls";
import { ImapFlow } from "imapflow";
import type { ListedFolder } from "./draftsFolder";
import { KEY_HEADER } from "./imapDraft";
import type { ImapServerAddress } from "./imapUrl";

export interface ImapConnectOptions {
  readonly server: ImapServerAddress;
  readonly password: string;
  /** imap:// must be upgraded with STARTTLS (without --insecure): the password never crosses the wire in clear. */
  readonly requireTls: boolean;
  /** Certificate authorities to trust besides the system's (--ca), PEM. */
  readonly extraCa: readonly string[];
  /** For connecting and for the greeting; default 30 s. */
  readonly timeoutMs?: number;
}

export interface ImapMailbox {
  /** False once the connection is gone: a new one is needed. */
  readonly usable: boolean;
  /** The server's APPENDLIMIT (RFC 7889) in bytes, or null when it announced none. */
  readonly appendLimit: number | null;
  folders(): Promise<ListedFolder[]>;
  /** Stores the message; the new message's UID when the server says it (UIDPLUS), else null. */
  append(folder: string, message: string, flags: readonly string[]): Promise<number | null>;
  /** The UID of a message in `folder` whose key header is exactly `token` (not deleted), or null. */
  findKey(folder: string, token: string): Promise<number | null>;
  /** The same for any header, e.g. a sent copy's Message-ID. */
  findHeader(folder: string, name: string, value: string): Promise<number | null>;
  /** Every key header's value in `folder` (messages not deleted): one FETCH for the whole folder. */
  keysIn(folder: string): Promise<Set<string>>;
  close(): Promise<void>;
}

export async function connectImap(options: ImapConnectOptions): Promise<ImapMailbox> {
  const { server } = options;
  const timeout = options.timeoutMs ?? 30_000;
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: server.implicitTls,
    // Without --insecure, an imap:// server that offers no STARTTLS is refused before the login is sent.
    ...(server.implicitTls ? {} : options.requireTls ? { doSTARTTLS: true } : {}),
    // SNI carries host names only (RFC 6066): an address is left out.
    ...(isIP(server.host) === 0 ? { servername: server.host } : {}),
    auth: { user: server.user, pass: options.password },
    logger: false,
    disableAutoIdle: true, // one command after another; an IDLE between them would cost two round trips each
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    // Node's `ca` replaces the system's authorities; --ca adds one, so both are given.
    ...(options.extraCa.length > 0 ? { tls: { ca: [...rootCertificates, ...options.extraCa] } } : {}),
  });
  // A connection that breaks between commands emits "error"; without a listener Node would end the process. The
  // next command fails and says why.
  client.on("error", () => undefined);
  await client.connect();

  const limit = client.capabilities.get("APPENDLIMIT");
  const select = async (folder: string): Promise<void> => {
    if (client.mailbox === false || client.mailbox.path !== folder) await client.mailboxOpen(folder);
  };

  async function findHeader(folder: string, name: string, value: string): Promise<number | null> {
    await select(folder);
    // SEARCH HEADER matches substrings (RFC 3501): each hit's header is compared whole before it counts.
    const uids = await client.search({ header: { [name]: value }, deleted: false }, { uid: true });
    if (!Array.isArray(uids) || uids.length === 0) return null;
    for await (const message of client.fetch(uids, { uid: true, headers: [name] }, { uid: true })) {
      if (headerValue(message.headers?.toString("utf8") ?? "", name) === value) return message.uid;
    }
    return null;
  }

  return {
    get usable() {
      return client.usable;
    },
    appendLimit: typeof limit === "number" && limit > 0 ? limit : null,
    async folders() {
      const listed = await client.list();
      return listed.map((f) => ({ path: f.path, flags: f.flags, specialUse: f.specialUse, specialUseSource: f.specialUseSource }));
    },
    async append(folder, message, flags) {
      const result = await client.append(folder, message, [...flags]);
      if (result === false) throw new Error("APPEND was not answered");
      return typeof result.uid === "number" ? result.uid : null;
    },
    findKey(folder, token) {
      return findHeader(folder, KEY_HEADER, token);
    },
    findHeader,
    async keysIn(folder) {
      await select(folder);
      const keys = new Set<string>();
      if (client.mailbox === false || client.mailbox.exists === 0) return keys; // "1:*" names no message in an empty folder
      for await (const message of client.fetch("1:*", { uid: true, flags: true, headers: [KEY_HEADER] })) {
        if (message.flags?.has("\\Deleted") === true) continue;
        const token = keyOfHeaders(message.headers?.toString("utf8") ?? "");
        if (token !== null) keys.add(token);
      }
      return keys;
    },
    async close() {
      try {
        await client.logout();
      } catch {
        client.close();
      }
    },
  };
}

/** A header's value in a block of headers as FETCH BODY[HEADER.FIELDS] gives it (unfolded), or null. */
export function headerValue(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, " ");
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? null : line.slice(name.length + 1).trim();
}

/** The key header's value (headerValue for KEY_HEADER). */
export const keyOfHeaders = (headers: string): string | null => headerValue(headers, KEY_HEADER);
