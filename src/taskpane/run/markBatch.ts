// The ledger's writes, grouped: every mark asked for while one transaction commits goes into the next one, so four
// rows in flight cost one commit instead of four. Each mark's promise still settles only when the transaction holding
// it has committed (or rejects with the reason it aborted): "attempted" stays durable before its request goes out.
// A transaction is written with strict durability when it holds an "attempted" mark (the promise that protects the
// mailbox from a second copy); one with only "created" marks or removals may be relaxed — losing it in a crash
// leaves "attempted", which a resumed run looks up rather than creating again.
import { transact } from "./idbTransact";

export type MarkWrite = { readonly kind: "put"; readonly mark: IDBValidKey; readonly state: "created" | "attempted" } | { readonly kind: "delete"; readonly mark: IDBValidKey };

interface Waiting {
  readonly write: MarkWrite;
  resolve(): void;
  reject(error: unknown): void;
}

export interface MarkBatch {
  /** Settles once the transaction that holds this write has committed. */
  write(write: MarkWrite): Promise<void>;
}

export function markBatch(db: IDBDatabase, store: string): MarkBatch {
  let waiting: Waiting[] = [];
  let committing = false;

  const commitNext = (): void => {
    if (committing || waiting.length === 0) return;
    const batch = waiting;
    waiting = [];
    committing = true;
    const strict = batch.some((w) => w.write.kind === "put" && w.write.state === "attempted");
    transact(
      db,
      store,
      "readwrite",
      (t) => {
        const marks = t.objectStore(store);
        // In the order asked: a later write of the same mark wins, as it would one transaction at a time.
        for (const { write } of batch) {
          if (write.kind === "put") marks.put(write.state, write.mark);
          else marks.delete(write.mark);
        }
        return () => undefined;
      },
      strict ? "strict" : "relaxed",
    ).then(
      () => settle(() => batch.forEach((w) => w.resolve())),
      (error: unknown) => settle(() => batch.forEach((w) => w.reject(error))),
    );
  };

  const settle = (tell: () => void): void => {
    committing = false;
    tell();
    commitNext();
  };

  return {
    write(write) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ write, resolve, reject });
        // Asked while nothing commits: written at once (after this turn, so that marks asked together go together).
        queueMicrotask(commitNext);
      });
    },
  };
}
