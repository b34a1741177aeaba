import { officeCall, OfficeCallError, type AsyncResultLike } from "./officeCall";

// Office.js defines these two values at run time; the helper compares against them.
beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = { AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" } };
});
afterAll(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

function succeeded<T>(value: T): AsyncResultLike<T> {
  return { status: Office.AsyncResultStatus.Succeeded, value };
}

function failed(error: AsyncResultLike<unknown>["error"]): AsyncResultLike<string> {
  return { status: Office.AsyncResultStatus.Failed, value: "", error };
}

/** A fake Office API that answers through its callback later, as Office does. */
function fakeApi<T>(result: AsyncResultLike<T>) {
  return (callback: (r: AsyncResultLike<T>) => void): void => {
    setTimeout(() => callback(result), 0);
  };
}

test("resolves with the value of a successful call", async () => {
  await expect(officeCall("item.subject.getAsync", (done) => fakeApi(succeeded("Rechnung März"))(done))).resolves.toBe("Rechnung März");
});

test.each([
  {
    name: "Office's error code, name and message",
    error: { code: 9020, name: "GenericResponseError", message: "Internal error." },
    expected: { code: 9020, officeName: "GenericResponseError", message: "item.body.getAsync failed: Internal error." },
  },
  {
    name: "a failure without details",
    error: undefined,
    expected: {
      code: undefined,
      officeName: undefined,
      message: "item.body.getAsync failed: Office reported a failure without details.",
    },
  },
])("rejects with a typed error carrying $name", async ({ error, expected }) => {
  const promise = officeCall("item.body.getAsync", fakeApi(failed(error)));
  await expect(promise).rejects.toBeInstanceOf(OfficeCallError);
  await expect(promise).rejects.toMatchObject({ operation: "item.body.getAsync", name: "OfficeCallError", ...expected });
});

test("an API that throws before calling back becomes a rejection, not an exception", async () => {
  const promise = officeCall<string>("item.getAttachmentsAsync", () => {
    throw new TypeError("item.getAttachmentsAsync is not a function");
  });
  await expect(promise).rejects.toMatchObject({
    operation: "item.getAttachmentsAsync",
    code: undefined,
    message: "item.getAttachmentsAsync failed: item.getAttachmentsAsync is not a function",
  });
});

test("a throw that carries Office's code keeps it (roamingSettings.set over 32 KB throws code 9057)", async () => {
  const promise = officeCall<void>("roamingSettings.saveAsync", () => {
    throw Object.assign(new Error("A maximum of 32KB is available for the settings of each add-in."), { name: "SizeLimitExceeded", code: 9057 });
  });
  await expect(promise).rejects.toMatchObject({ operation: "roamingSettings.saveAsync", code: 9057, officeName: "SizeLimitExceeded" });
});

test("a second callback from Office cannot change the outcome", async () => {
  const promise = officeCall<string>("item.subject.getAsync", (done) => {
    done(succeeded("first"));
    done(failed({ code: 1, name: "Late", message: "too late" }));
  });
  await expect(promise).resolves.toBe("first");
});
