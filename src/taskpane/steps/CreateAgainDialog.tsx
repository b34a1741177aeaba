// Never twice by accident (issue 12): a list whose run finished is recognised by its fingerprint, and pressing Create
// on it asks first. "No" is the first, focused and primary choice, so a hurried Enter or Escape creates nothing; only
// "Create again" starts a new run (a new run id, so new drafts, on the user's word).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { usePane } from "../context";
import type { RunRecord } from "../run/indexedDbLedger";

export interface CreateAgainDialogProps {
  /** The finished run of this list. */
  readonly record: RunRecord;
  readonly onAgain: () => void;
  readonly onKeep: () => void;
}

/** Mounted only while it asks: a Fluent Dialog mounted closed leaves focus guards that axe reports. */
export function CreateAgainDialog({ record, onAgain, onKeep }: CreateAgainDialogProps) {
  const { t } = usePane();
  const mode = record.mode === "send" ? "send" : "drafts";
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onKeep()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.createAgainTitle(mode)}</DialogTitle>
          <DialogContent>{t.createAgainQuestion(record.created, record.updatedAt, mode)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onKeep}>
              {t.createAgainNo(mode)}
            </Button>
            <Button appearance="secondary" onClick={onAgain}>
              {t.createAgainYes(mode)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
