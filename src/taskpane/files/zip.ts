// The files inside a ZIP, for attachments chosen as one archive. fflate is loaded only when a ZIP is chosen.

export interface ZipEntry {
  /** Path inside the archive ("2026/Rechnung_1001.pdf"). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Folders, macOS resource forks and hidden files are not attachments anyone means to send. */
export function isAttachmentEntry(name: string): boolean {
  if (name.endsWith("/")) return false;
  const parts = name.split("/");
  if (parts.includes("__MACOSX")) return false;
  const base = parts[parts.length - 1] ?? "";
  return base !== "" && !base.startsWith(".") && base !== "Thumbs.db" && base !== "desktop.ini";
}

export async function filesFromZip(bytes: Uint8Array): Promise<ZipEntry[]> {
  const { unzipSync } = await import("fflate");
  const entries = unzipSync(bytes, { filter: (file) => isAttachmentEntry(file.name) });
  return Object.entries(entries)
    .map(([name, content]) => ({ name, bytes: content }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
