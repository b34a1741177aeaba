import { PassThrough, Writable } from "node:stream";
import { handOver } from "./handOver";

describe("handOver", () => {
  test("not started until read; complete only after the last byte was taken; bytes unchanged", async () => {
    const text = "Subject: Grüße\r\n\r\n" + "x".repeat(100_000);
    const h = handOver(text);
    expect(h.started()).toBe(false);
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on("data", (c: Buffer) => chunks.push(c));
    await new Promise<void>((resolve) => {
      sink.on("end", resolve);
      h.stream.pipe(sink);
    });
    expect(h.started()).toBe(true);
    expect(h.complete()).toBe(true);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(text);
  });

  test("a consumer that stops taking data leaves the message incomplete", async () => {
    const h = handOver("y".repeat(1_000_000));
    const stuck = new Writable({ highWaterMark: 1024, write: () => undefined }); // never calls back: like a dead socket
    h.stream.pipe(stuck);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.started()).toBe(true);
    expect(h.complete()).toBe(false);
    h.stream.destroy();
  });
});
