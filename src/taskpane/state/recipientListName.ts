// Which of the message's attachments step 1 offers as the recipient list. Its own file: step 1 needs it before the
// plan's code is loaded.

/** Attachments that may hold a recipient list: text tables and workbooks (Excel's and LibreOffice's). */
export function isRecipientListName(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx|xls|ods)$/i.test(name.trim());
}
