// An unfinished earlier run of the same list (found by the plan's fingerprint after a reload): continue it, which
// creates only what is missing, or start over, which makes new drafts for everyone. One of the two must be chosen
// before anything is created, so a reopened pane never doubles a run by accident.
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import type { RunRecord } from "../run/indexedDbLedger";

const useStyles = makeStyles({
  actions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalS,
  },
  // The labels are long ("Continue — create only the missing 588"): they wrap in a narrow pane instead of overflowing.
  action: {
    maxWidth: "100%",
    height: "auto",
    whiteSpace: "normal",
    textAlign: "start",
  },
});

export interface EarlierRunNoticeProps {
  readonly record: RunRecord;
  /** Null when the run cannot be continued here; `elsewhere` then names the gateway it needs. */
  readonly onContinue: (() => void) | null;
  readonly elsewhere: string | null;
  readonly onStartOver: () => void;
}

export function EarlierRunNotice({ record, onContinue, elsewhere, onStartOver }: EarlierRunNoticeProps) {
  const styles = useStyles();
  const { t } = usePane();
  const mode = record.mode === "send" ? "send" : "drafts";
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.earlierRunTitle}</MessageBarTitle>
        {t.earlierRun(record.created, record.total, record.updatedAt, mode)}
        {elsewhere !== null && ` ${t.earlierRunElsewhere(elsewhere)}`}
        <div className={styles.actions}>
          {onContinue !== null && (
            <Button appearance="primary" className={styles.action} onClick={onContinue}>
              {t.continueRun(Math.max(0, record.total - record.created), mode)}
            </Button>
          )}
          <Button className={styles.action} onClick={onStartOver}>
            {t.startOverRun(mode)}
          </Button>
          {mode === "send" && record.created > 0 && <span>{t.startOverResends(record.created)}</span>}
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
