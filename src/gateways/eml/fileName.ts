// Names for .eml drafts, the same in the CLI's folder and in the add-in's ZIP: "0002_anna@example.de.eml".

/** How many digits row numbers get, so that the files of one list sort in row order (at least 4). */
export const rowNumberWidth = (lastRow: number): number => Math.max(4, String(lastRow).length);

/** A file name from the row number and the address, safe on Windows, macOS and Linux. */
export function draftFileName(row: number, address: string, width: number): string {
  // eslint-disable-next-line no-control-regex
  const safe = address.replace(/[<>:"/\\|?*\u0000-\u001f]/g, "_").slice(0, 100);
  return `${String(row).padStart(width, "0")}_${safe}.eml`;
}

/** The name without any folder ("2026/Rechnung 1.pdf" -> "Rechnung 1.pdf"), for an attachment's file name. */
export function baseFileName(name: string): string {
  return name.split(/[\\/]/).pop() ?? name;
}
