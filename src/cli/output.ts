// Writing to stdout without building the whole output in memory: large JSON is streamed, honouring backpressure.
import type { Writable } from "node:stream";

export interface Output {
  write(text: string): Promise<void>;
  /** Writes what is still buffered and waits until the stream has taken it. */
  flush(): Promise<void>;
}

export function streamOutput(stream: Writable): Output {
  let buffer = "";
  const push = (): Promise<void> => {
    const chunk = buffer;
    buffer = "";
    if (chunk === "") return Promise.resolve();
    return new Promise((done) => {
      if (stream.write(chunk)) done();
      else stream.once("drain", () => done());
    });
  };
  return {
    write(text) {
      buffer += text;
      return buffer.length < 1 << 16 ? Promise.resolve() : push();
    },
    flush: push,
  };
}
