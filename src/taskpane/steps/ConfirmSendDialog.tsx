// The last question before messages leave the mailbox: how many go now, or when (the daily limit may hold some back),
// and that they cannot be recalled once sent. Sending is never one click away from the Create step.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
} from "@fluentui/react-components";
import { usePane } from "../context";
import type { SendForecast } from "../run/useRunner";

export interface ConfirmSendDialogProps {
  readonly open: boolean;
  /** Null while it is being worked out. */
  readonly forecast: SendForecast | null;
  /** When the messages leave (ms since 1970), held by Exchange until then; null: now. */
  readonly sendAt: number | null;
  readonly onSend: () => void;
  readonly onCancel: () => void;
}

export function ConfirmSendDialog({ open, forecast, sendAt, onSend, onCancel }: ConfirmSendDialogProps) {
  const { t } = usePane();
  const nothing = forecast !== null && forecast.sendNow === 0;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{sendAt === null ? t.confirmSendTitle : t.confirmScheduleTitle}</DialogTitle>
          <DialogContent>
            {forecast === null ? (
              <Spinner size="tiny" label={t.working} />
            ) : nothing ? (
              t.sendNothingToday(forecast.heldBack?.from ?? null)
            ) : (
              <>
                {sendAt === null ? t.confirmSend(forecast.sendNow) : t.confirmSchedule(forecast.sendNow, sendAt)}
                {forecast.heldBack !== null && ` ${t.confirmSendLater(forecast.heldBack.rows, forecast.heldBack.from)}`}
              </>
            )}
          </DialogContent>
          <DialogActions>
            {/* Cancel first: the dialog focuses its first button, so a hurried Enter does not send. */}
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            <Button appearance="primary" disabled={forecast === null || nothing} onClick={onSend}>
              {sendAt === null ? t.confirmSendButton : t.confirmScheduleButton}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
