// Asks before a new language restarts a task pane the user has worked in. Outlook gives an add-in its display language
// once, when it starts, and never changes it under a running add-in: the honest simulation restarts the pane, and
// the list and choices in it are lost. Cancel is the default (focused, and what Escape does).
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import type { ChromeStrings } from "./sandboxStrings";

export interface LanguageSwitchDialogProps {
  readonly open: boolean;
  readonly c: ChromeStrings;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

// Always mounted, opened and closed through `open`: a Dialog unmounted while open leaves its modalizer's aria-hidden
// on the page (seen in Chromium: the whole page then has no accessible names). Its closed state's focus guards are
// the known axe false positive (microsoft/tabster#288), which test/support/axe.ts leaves out.
export function LanguageSwitchDialog({ open, c, onCancel, onConfirm }: LanguageSwitchDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{c.restartTitle}</DialogTitle>
          <DialogContent>{c.restartText}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" autoFocus onClick={onCancel}>
              {c.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {c.restartConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
