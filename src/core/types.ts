// Shared vocabulary of the core. Pure TypeScript: no DOM, no Node, no Office.

declare const brand: unique symbol;
/** A string that a validating function has vouched for. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A single, syntactically valid e-mail address (addr-spec only, no display name), trimmed. */
export type EmailAddress = Brand<string, "EmailAddress">;

/** A table as a person sees it in a spreadsheet: named columns, rows numbered as the spreadsheet numbers them. */
export interface Table {
  /** Column headers, trimmed and unique (a repeated or empty header is renamed, with a finding). */
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

export interface TableRow {
  /** The spreadsheet row number: the header row is 1, so the first data row is usually 2. */
  readonly row: number;
  /** One text value per column (same length as `columns`); a missing cell is "". Values are never converted. */
  readonly cells: readonly string[];
}

/** A file that rows may name as their attachment. `id` is opaque to the core (a path in the CLI, a key in the UI). */
export interface GivenFile {
  readonly id: string;
  /** File name, possibly with a relative path ("2026/Rechnung 1.pdf"); matching ignores the path. */
  readonly name: string;
  readonly size: number;
}

export type Severity = "error" | "warning";

export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * A problem found by a core module, before it is put into words. `row` is the spreadsheet row number, or null
 * for the whole table/template; `column` is the column header concerned, or null.
 */
export interface Finding<C extends string = string> {
  readonly row: number | null;
  readonly column: string | null;
  readonly code: C;
  readonly params?: FindingParams;
}

/** A finding put into the user's words: what the CLI prints and the task pane shows. */
export interface Issue {
  readonly row: number | null;
  readonly column: string | null;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}
