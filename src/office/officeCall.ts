// Office.js reports results through callbacks; this turns one such call into a Promise that rejects with a
// typed error. Nothing is ever thrown inside the callback: an error thrown there is lost by Office.

/** An Office.js asynchronous call that failed. `code` and `officeName` are Office's own (e.g. 9020, "GenericResponseError"). */
export class OfficeCallError extends Error {
  override readonly name = "OfficeCallError";

  constructor(
    /** What was being done, in words a developer can search for: "item.body.getAsync". */
    readonly operation: string,
    message: string,
    readonly code: number | undefined,
    readonly officeName: string | undefined,
  ) {
    super(`${operation} failed: ${message}`);
  }
}

/** The part of Office.AsyncResult this helper reads; a real AsyncResult fits it. */
export interface AsyncResultLike<T> {
  readonly status: Office.AsyncResultStatus;
  readonly value: T;
  readonly error?: { readonly code?: number; readonly name?: string; readonly message?: string } | undefined;
}

/**
 * Runs `start`, handing it the callback to pass to Office, and settles with the result:
 *
 *   const html = await officeCall("item.body.getAsync", (done) => item.body.getAsync(Office.CoercionType.Html, done));
 */
export function officeCall<T>(operation: string, start: (callback: (result: AsyncResultLike<T>) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const callback = (result: AsyncResultLike<T>): void => {
      if (result.status === Office.AsyncResultStatus.Succeeded) {
        resolve(result.value);
        return;
      }
      const error = result.error;
      reject(new OfficeCallError(operation, error?.message ?? "Office reported a failure without details.", error?.code, error?.name));
    };
    try {
      start(callback);
    } catch (thrown) {
      // The API itself is missing or rejected its arguments before any callback (older Outlook, wrong mode).
      // Some throws carry Office's code (roamingSettings.set over 32 KB: "An error with code 9057 is thrown").
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      const { code, name } = (typeof thrown === "object" && thrown !== null ? thrown : {}) as { code?: unknown; name?: unknown };
      reject(new OfficeCallError(operation, message, typeof code === "number" ? code : undefined, typeof code === "number" && typeof name === "string" ? name : undefined));
    }
  });
}
