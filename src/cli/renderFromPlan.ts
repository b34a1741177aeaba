// The run engine's `render` for the CLI's drafts routes (`.eml` files, `--imap`): the plan's message for the row, with
// its files' bytes as they were read at the check. A file that changed since then costs its row (its error says which
// file and why, in the user's words); any other error reading a file is not the user's, so the run stops.
import type { PlannedDraft } from "../core/plan";
import type { OutgoingDraft } from "../core/run/types";
import { AttachmentChangedError } from "./attachmentsFolder";
import { baseName } from "./check";
import type { Prepared } from "./preparePlan";

export interface RenderFromPlanHooks {
  /** A file changed since the check: the row fails with this message. */
  readonly onChanged?: (row: number, message: string) => void;
  /** Any other error reading a file: the caller stops the run and fails the command with it. */
  readonly onFatal: (error: unknown) => void;
}

export function renderFromPlan({ plan, contents }: Prepared, hooks: RenderFromPlanHooks): (planned: PlannedDraft) => Promise<OutgoingDraft> {
  return async (planned) => {
    const draft = plan.renderDraft(planned);
    const attachments = draft.attachments.map((file) => {
      try {
        const bytes = contents(file);
        return { name: baseName(file.name), size: bytes.length, bytes: () => Promise.resolve(bytes) };
      } catch (error) {
        if (error instanceof AttachmentChangedError) hooks.onChanged?.(planned.row, error.message);
        else hooks.onFatal(error);
        throw error;
      }
    });
    const { row, to, toName, cc, bcc, subject, html, text } = draft;
    return { row, key: "", to, toName, cc, bcc, subject, html, text, attachments };
  };
}
