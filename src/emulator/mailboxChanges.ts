// Which messages changed since a client last looked (issue 12): the sandbox's mailbox panel asks every second, and
// the whole state is 5 MB of JSON at 10,000 drafts, parsed on the thread the task pane runs on. Each change (created,
// updated, moved to Sent Items, deleted) takes the next number of one counter; a client keeps the cursor it was
// given and asks only for what came after it.
import { randomBytes } from "node:crypto";

/** What the client hands back: this emulator's era (new at start and at each reset) and the last number it saw. */
const CURSOR = /^([\w-]+)\.(\d{1,15})$/;

/** How a `since` cursor reads: everything after `after`, everything (a first look, another era), or not a cursor. */
export type ChangesFrom = { readonly kind: "after"; readonly after: number } | { readonly kind: "all" } | { readonly kind: "malformed" };

export class MessageChangeLog {
  private era = randomBytes(6).toString("base64url");
  private serial = 0;
  /** immutableId → the number of its last change (immutable ids survive the move to Sent Items). */
  private readonly changedAt = new Map<string, number>();
  /** immutableId → the number of its deletion; kept until reset, so any older cursor still learns of it. */
  private readonly removedAt = new Map<string, number>();

  get cursor(): string {
    return `${this.era}.${this.serial}`;
  }

  changed(immutableId: string): void {
    this.serial += 1;
    this.changedAt.set(immutableId, this.serial);
  }

  removed(immutableId: string): void {
    this.serial += 1;
    this.changedAt.delete(immutableId);
    this.removedAt.set(immutableId, this.serial);
  }

  /** A reset empties the mailbox: a new era, so every cursor given before it means "start again". */
  clear(): void {
    this.era = randomBytes(6).toString("base64url");
    this.serial = 0;
    this.changedAt.clear();
    this.removedAt.clear();
  }

  /**
   * A cursor of another era (a reset, a restarted server) or ahead of this one (it was never given) asks for
   * everything: the client starts its copy again rather than keep one that may hold what is gone.
   */
  read(since: string | null): ChangesFrom {
    if (since === null || since === "") return { kind: "all" };
    const match = CURSOR.exec(since);
    if (!match) return { kind: "malformed" };
    const after = Number(match[2]);
    return match[1] === this.era && after <= this.serial ? { kind: "after", after } : { kind: "all" };
  }

  /** Changed after `after`: its last change is newer. */
  isChangedAfter(immutableId: string, after: number): boolean {
    return (this.changedAt.get(immutableId) ?? 0) > after;
  }

  removedAfter(after: number): string[] {
    return [...this.removedAt].filter(([, at]) => at > after).map(([id]) => id);
  }
}
