// The bytes behind the files the user picked. The wizard's state holds only names and sizes (GivenFile); the
// bytes are read when a draft needs them, so choosing a folder of 2,000 invoices reads none of them yet.
import type { GivenFile } from "../../core/types";

export type BytesLoader = () => Promise<Uint8Array>;

export interface FileStore {
  /** Remembers how to read a file, and returns the file as the core sees it. */
  add(name: string, size: number, load: BytesLoader): GivenFile;
  bytes(id: string): Promise<Uint8Array>;
  remove(id: string): void;
  clear(): void;
}

export function createFileStore(): FileStore {
  const loaders = new Map<string, BytesLoader>();
  let counter = 0;
  return {
    add(name, size, load) {
      counter += 1;
      const id = `file:${counter}`;
      loaders.set(id, load);
      return { id, name, size };
    },
    bytes(id) {
      const load = loaders.get(id);
      return load === undefined ? Promise.reject(new Error(`No file with id ${id}.`)) : load();
    },
    remove(id) {
      loaders.delete(id);
    },
    clear() {
      loaders.clear();
    },
  };
}
