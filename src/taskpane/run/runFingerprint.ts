// The fingerprint under which a run is kept (src/core/run/fingerprint.ts): the template as read from Outlook, and
// each draft's addresses, cells and files. Computed once per plan: a 10,000-row plan is hashed when the Create step
// first asks, not on every render.
import type { MergePlan } from "../../core/plan";
import { planFingerprint } from "../../core/run/fingerprint";
import type { Table } from "../../core/types";

export interface FingerprintTemplate {
  readonly subject: string;
  readonly html: string;
}

/** Per plan: the table and template it was hashed with (a plan is built from them, but the caller passes them). */
const cache = new WeakMap<MergePlan, { readonly table: Table; readonly subject: string; readonly html: string; readonly fingerprint: string }>();

/** The same plan (same template, rows and files) gives the same string after a reload; any change gives another. */
export function runFingerprint(plan: MergePlan, table: Table, template: FingerprintTemplate): string {
  const known = cache.get(plan);
  if (known !== undefined && known.table === table && known.subject === template.subject && known.html === template.html) {
    return known.fingerprint;
  }
  const fingerprint = planFingerprint({
    subject: template.subject,
    html: template.html,
    columns: plan.columns,
    rows: plan.drafts.map((draft) => ({
      row: draft.row,
      to: draft.to,
      cc: draft.cc,
      bcc: draft.bcc,
      values: table.rows[draft.rowIndex]?.cells ?? [],
      attachments: draft.attachments.map((file) => ({ name: file.name, size: file.size })),
    })),
  });
  cache.set(plan, { table, subject: template.subject, html: template.html, fingerprint });
  return fingerprint;
}
