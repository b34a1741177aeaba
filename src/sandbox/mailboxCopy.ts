// The mailbox panel's own copy of the emulator's mailbox, kept up to date from GET /emulator/changes (issue 12): each
// look brings only what changed since the last, so the page no longer downloads and parses the whole mailbox every
// second on the thread it shares with the task pane.
import type { EmulatorChanges, MessageSummary } from "../emulator/graphEmulator";

export interface MailboxCopy {
  /** What to ask with next; null: nothing held yet, ask for everything. */
  readonly cursor: string | null;
  /**
   * By immutable id (it survives the move to Sent Items), in creation order. The emulator lists changes in creation
   * order, and a message new to the copy is newer than every one it holds, so adding at the end keeps that order.
   */
  readonly messages: ReadonlyMap<string, MessageSummary>;
}

export const EMPTY_COPY: MailboxCopy = { cursor: null, messages: new Map() };

/** The copy with the changes applied; the very same object when nothing changed, so React need not render again. */
export function applyChanges(copy: MailboxCopy, changes: EmulatorChanges): MailboxCopy {
  const nothing = !changes.full && changes.changed.length === 0 && changes.removed.length === 0;
  if (nothing) return changes.cursor === copy.cursor ? copy : { cursor: changes.cursor, messages: copy.messages };
  const messages = changes.full ? new Map<string, MessageSummary>() : new Map(copy.messages);
  for (const id of changes.removed) messages.delete(id);
  for (const message of changes.changed) messages.set(message.immutableId, message);
  return { cursor: changes.cursor, messages };
}

export interface FolderView {
  readonly count: number;
  /** The first `shown` messages of the folder, in creation order: a list of thousands is shown by its first ones. */
  readonly first: readonly MessageSummary[];
}

export function folderView(copy: MailboxCopy, folder: MessageSummary["folder"], shown: number): FolderView {
  let count = 0;
  const first: MessageSummary[] = [];
  for (const message of copy.messages.values()) {
    if (message.folder !== folder) continue;
    count += 1;
    if (first.length < shown) first.push(message);
  }
  return { count, first };
}
