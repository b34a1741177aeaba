// An earlier run of the same list (found by the plan's fingerprint after a reload). Unfinished: continue it, which
// creates only what is missing, or start over, which makes new drafts for everyone — one of the two must be chosen
// before anything is created, so a reopened pane never doubles a run by accident. Finished: said, so the list is not
// done twice by mistake. Either way the list can be forgotten: the browser then keeps nothing of it.
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { useId } from "react";
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
  hint: {
    display: "block",
    color: tokens.colorNeutralForeground3,
  },
});

export interface EarlierRunNoticeProps {
  readonly record: RunRecord;
  /** Null when the run cannot be continued here; `elsewhere` then names the gateway it needs. */
  readonly onContinue: (() => void) | null;
  readonly elsewhere: string | null;
  /** Null for a finished run: there is nothing to choose between. */
  readonly onStartOver: (() => void) | null;
  /** Deletes what the browser keeps of this list; null while that is being done. */
  readonly onForget: (() => void) | null;
}

export function EarlierRunNotice({ record, onContinue, elsewhere, onStartOver, onForget }: EarlierRunNoticeProps) {
  const styles = useStyles();
  const { t } = usePane();
  const hintId = useId();
  const mode = record.mode === "send" ? "send" : "drafts";
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.earlierRunTitle}</MessageBarTitle>
        {t.earlierRun(record.created, record.total, record.updatedAt, mode)}
        {mode === "send" && record.sendAt !== undefined && ` ${t.earlierRunLeaves(record.sendAt)}`}
        {elsewhere !== null && onStartOver !== null && ` ${t.earlierRunElsewhere(elsewhere)}`}
        <div className={styles.actions}>
          {onContinue !== null && onStartOver !== null && (
            <Button appearance="primary" className={styles.action} onClick={onContinue}>
              {t.continueRun(Math.max(0, record.total - record.created), mode)}
            </Button>
          )}
          {onStartOver !== null && (
            <Button className={styles.action} onClick={onStartOver}>
              {t.startOverRun(mode)}
            </Button>
          )}
          {onStartOver !== null && mode === "send" && record.created > 0 && <span>{t.startOverResends(record.created)}</span>}
          <Button
            appearance="subtle"
            className={styles.action}
            disabledFocusable={onForget === null}
            aria-describedby={hintId}
            onClick={onForget ?? undefined}
          >
            {t.forgetList}
          </Button>
          <Caption1 id={hintId} className={styles.hint}>{t.forgetListHint(mode)}</Caption1>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
