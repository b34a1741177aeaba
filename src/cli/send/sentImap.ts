// The CLI side of `send --save-sent-imap`: open the mailbox's Sent folder before anything is sent (a wrong password or
// a missing folder stops the command before the first message, exit 3), queue each accepted message's copy, and
// after the run make sure every row sent — in this run or an earlier one — has its copy (sentCopies.ts).
import type { PlannedDraft } from "../../core/plan";
import { rowMessage } from "../../core/run/messages";
import type { OutgoingDraft } from "../../core/run/types";
import type { Lang } from "../../i18n";
import { composeEml, letterOf } from "../../gateways/eml/composeEml";
import { USUAL_SENT_NAMES } from "../../gateways/imap/draftsFolder";
import { connectImap } from "../../gateways/imap/imapMailbox";
import { describeImapServer } from "../../gateways/imap/imapUrl";
import { openFolder } from "../../gateways/imap/openFolder";
import type { Mailbox } from "../../gateways/smtp/types";
import { secretForms } from "../../gateways/smtp/scrubSecrets";
import type { ImapSetup } from "../imapDrafts";
import type { Output } from "../output";
import { say } from "../strings";
import { imapPassword } from "./password";
import type { SendItem } from "./sendItems";
import type { SendOutcome } from "./sendOutcome";
import { createSentCopier, type SentCopier } from "./sentCopies";

export interface SentImap {
  readonly copier: SentCopier;
  readonly folder: string;
}

export async function openSentImap(setup: ImapSetup, lang: Lang, timeoutMs: number): Promise<{ ok: true; sent: SentImap } | { ok: false; message: string }> {
  const password = await imapPassword(setup.server, process.env, lang);
  const secrets = secretForms(setup.server.user, password);
  const connect = () => connectImap({ server: setup.server, password, requireTls: setup.requireTls, extraCa: setup.extraCa, timeoutMs });
  const opened = await openFolder({
    connect,
    wanted: setup.folder,
    specialUse: "\\Sent",
    names: USUAL_SENT_NAMES,
    user: setup.server.user,
    server: describeImapServer(setup.server),
    secrets,
  });
  if (!opened.ok) return { ok: false, message: rowMessage(opened.code, lang, opened.params) };
  return { ok: true, sent: { folder: opened.folder, copier: createSentCopier({ mailbox: opened.mailbox, reconnect: connect, folder: opened.folder, secrets }) } };
}

export interface CompleteCopiesInput {
  readonly sent: SentImap;
  readonly items: readonly SendItem[];
  /** This run's outcome per key. */
  readonly outcomes: ReadonlyMap<string, SendOutcome>;
  readonly messageIdOf: (key: string) => string;
  readonly render: (planned: PlannedDraft) => Promise<OutgoingDraft>;
  readonly from: Mailbox;
  readonly lang: Lang;
  readonly out: Output;
}

/**
 * Every row sent (now or earlier) whose copy is not known to be in Sent gets one, rebuilt as it was sent; then one
 * line says how many copies are there, and each that is missing says why. True when every copy is there.
 */
export async function completeSentCopies(input: CompleteCopiesInput): Promise<boolean> {
  const { sent, lang, out } = input;
  const done = await sent.copier.drain();
  for (const item of input.items) {
    const outcome = input.outcomes.get(item.key);
    const at = outcome?.status === "sent" ? outcome.at : item.decision.kind === "already-sent" ? item.decision.at : null;
    const known = done.get(item.key)?.result.status;
    if (at === null || known === "stored" || known === "there") continue;
    const messageId = input.messageIdOf(item.key);
    sent.copier.enqueue({ key: item.key, row: item.row, to: item.to, messageId }, async () => {
      const draft = await input.render(item.planned);
      const attachments = await Promise.all(draft.attachments.map(async (file) => ({ name: file.name, bytes: await file.bytes() })));
      return composeEml({ ...letterOf(draft), from: input.from, attachments, messageId, date: new Date(at), unsent: false, bccHeader: false });
    });
  }
  const results = [...(await sent.copier.drain()).values()];
  const stored = results.filter((r) => r.result.status === "stored").length;
  const there = results.filter((r) => r.result.status === "there").length;
  for (const { copy, result } of results) {
    if (result.status === "failed") await out.write(say(lang, "sentCopyFailed", { row: copy.row, address: copy.to, folder: sent.folder, reason: result.reason }) + "\n");
  }
  await out.write(say(lang, "sentCopies", { stored, there, folder: sent.folder }) + "\n");
  await out.flush();
  return results.every((r) => r.result.status !== "failed");
}
