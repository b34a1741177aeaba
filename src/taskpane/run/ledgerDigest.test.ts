import { webcrypto } from "crypto";
import { ledgerDigest, pageCrypto } from "./ledgerDigest";

const subtle = webcrypto.subtle;

describe("ledgerDigest", () => {
  test("the same key always gives the same 64 hex digits, and no part of the address", async () => {
    const digest = await ledgerDigest("lq3k-abc123:2:anna@example.de", subtle);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await ledgerDigest("lq3k-abc123:2:anna@example.de", subtle)).toBe(digest);
    expect(digest).not.toMatch(/anna|example/);
  });

  test("is SHA-256 over the domain line and the key (a known value, so marks stay readable across versions)", async () => {
    // printf 'rundmail-ledger-1\nr:2:a@x.de' | sha256sum
    expect(await ledgerDigest("r:2:a@x.de", subtle)).toBe("0716a5458d8bce516091ba3a76852a04aefddef9be89284a527a8f3ad06278fb");
  });

  test.each<[string, string]>([
    ["another run", "r2:2:anna@example.de"],
    ["another row", "r1:3:anna@example.de"],
    ["another address", "r1:2:bob@example.de"],
  ])("%s gives another digest", async (_name, other) => {
    expect(await ledgerDigest(other, subtle)).not.toBe(await ledgerDigest("r1:2:anna@example.de", subtle));
  });

  test("the page's WebCrypto is found where there is one", () => {
    expect(pageCrypto()).toBeDefined();
  });
});
