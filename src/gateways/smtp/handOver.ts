// The message as a stream that knows how far it got. Whether a lost connection may have delivered the message
// depends on it: before the last byte was taken the server cannot have accepted it (it waits for the final dot), so
// trying again is safe; after that, only the server's answer could tell, and it never came.
import { Readable } from "node:stream";

export interface HandOver {
  readonly stream: Readable;
  /** The server took the DATA command and the first bytes were read. */
  readonly started: () => boolean;
  /** Every byte was read: from here on a lost connection leaves the outcome unknown. */
  readonly complete: () => boolean;
}

// Small pieces, pushed one per read: the stream then ends only when the connection has taken all but the last
// piece or so, instead of the moment the whole message is buffered in front of the socket.
const PIECE = 16 * 1024;

export function handOver(message: string): HandOver {
  const bytes = Buffer.from(message, "utf8");
  let offset = 0;
  let started = false;
  let complete = false;
  const stream = new Readable({
    highWaterMark: PIECE,
    read() {
      started = true;
      if (offset >= bytes.length) {
        this.push(null);
        return;
      }
      const end = Math.min(offset + PIECE, bytes.length);
      this.push(bytes.subarray(offset, end));
      offset = end;
    },
  });
  stream.once("end", () => {
    complete = true;
  });
  return { stream, started: () => started, complete: () => complete };
}
