// One run of a list at a time, across task panes and Outlook windows of this browser profile. Two panes continuing
// the same run share its ledger, and reading then writing a ledger entry is not one step: both could create the
// same row. The Web Locks API (Edge WebView2, Safari 15.4+, Chromium) holds a named lock for as long as the run goes,
// and is released by the browser when a pane closes or reloads.

/** Releases the lock. */
export type ReleaseLock = () => void;

interface LockManagerLike {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | undefined): Promise<unknown>;
}

/**
 * Takes the lock of run `runId` if nobody holds it: the release function, or null when another pane holds it.
 * Without the API (an old webview) there is nothing to guard with, and the run goes ahead.
 */
export function acquireRunLock(runId: string, locks: LockManagerLike | undefined = defaultLocks()): Promise<ReleaseLock | null> {
  if (locks === undefined) return Promise.resolve(() => undefined);
  return new Promise((resolve, reject) => {
    locks
      .request(`rundmail-run:${runId}`, { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve(null);
          return undefined;
        }
        // The lock is held until this promise settles, i.e. until the caller releases it.
        return new Promise<void>((release) => resolve(() => release()));
      })
      .catch(reject);
  });
}

function defaultLocks(): LockManagerLike | undefined {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  return nav?.locks;
}
