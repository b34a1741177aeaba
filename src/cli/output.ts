// Writing to stdout without building the whole output in memory: large JSON is streamed, honouring backpressure.
// Everything written passes through `terminalText`: user data (a cell, a file name, a server's reply) can never
// send an escape sequence, ring the bell, or draw a line of its own on the user's terminal.
import type { Writable } from "node:stream";
import { makeVisible } from "../core/recipients/displayValue";

/** Text for the terminal: our own line breaks kept, every other control or bidi character made visible. */
export const terminalText = (text: string): string => makeVisible(text, true);

/** A piece of user data inside one line: its line breaks made visible too, so it cannot fake a line. */
export const terminalLine = (text: string): string => makeVisible(text);

export interface Output {
  write(text: string): Promise<void>;
  /** For text already made safe for a terminal (JSON from `jsonText`): written as it is, saving a scan. */
  writeVerbatim(text: string): Promise<void>;
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
      buffer += terminalText(text);
      return buffer.length < 1 << 16 ? Promise.resolve() : push();
    },
    writeVerbatim(text) {
      buffer += text;
      return buffer.length < 1 << 16 ? Promise.resolve() : push();
    },
    flush: push,
  };
}
