// "Send now": right away, or at a later time the user gives (date and time in their own time zone). The time is read
// back in words in Outlook's language under the fields, because the browser's date field speaks the browser's.
import { Caption1, Field, Input, makeStyles, mergeClasses, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import { suggestedSendAt, type SendAtReading } from "../../core/run/sendAt";
import { usePane } from "../context";
import type { SendTimeChoice } from "../state/wizard";

const useStyles = makeStyles({
  fields: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  // Side by side where there is room; at 320 px, one under the other: a time field with AM/PM needs about 130 px.
  date: { flexGrow: 1, flexBasis: "150px" },
  time: { flexGrow: 0, flexBasis: "136px" },
  echo: { display: "block", paddingLeft: tokens.spacingHorizontalXXL, color: tokens.colorNeutralForeground2 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface SendTimeFieldProps {
  readonly choice: SendTimeChoice;
  /** The choice read (core/run/sendAt.ts); null while "right away" is chosen. */
  readonly reading: SendAtReading | null;
  readonly disabled: boolean;
  readonly onChange: (choice: SendTimeChoice) => void;
}

export function SendTimeField({ choice, reading, disabled, onChange }: SendTimeFieldProps) {
  const styles = useStyles();
  const { t } = usePane();
  const problem = reading !== null && !reading.ok ? t.sendAtProblem[reading.problem] : undefined;
  return (
    <>
      <Field label={t.sendWhenLabel}>
        <RadioGroup
          value={choice.later ? "later" : "now"}
          disabled={disabled}
          onChange={(_event, data) => {
            const later = data.value === "later";
            // A first "later" starts from tomorrow at 08:00, so the fields are never empty to begin with.
            onChange(later && choice.date === "" ? { later, ...suggestedSendAt(Date.now()) } : { ...choice, later });
          }}
        >
          <Radio value="now" label={t.sendWhenNow} />
          <Radio value="later" label={t.sendWhenLater} />
        </RadioGroup>
      </Field>
      {choice.later && (
        <>
          <div className={styles.fields}>
            <Field className={styles.date} label={t.sendDateLabel} validationState={problem === undefined ? "none" : "error"}>
              <Input type="date" value={choice.date} disabled={disabled} onChange={(_event, data) => onChange({ ...choice, date: data.value })} />
            </Field>
            <Field className={styles.time} label={t.sendTimeLabel} validationState={problem === undefined ? "none" : "error"}>
              <Input type="time" value={choice.time} disabled={disabled} onChange={(_event, data) => onChange({ ...choice, time: data.value })} />
            </Field>
          </div>
          {/* One message for both fields: which of the two is wrong is not always one of them (a time already past). */}
          <Caption1 className={mergeClasses(styles.echo, problem !== undefined && styles.problem)} role={problem === undefined ? undefined : "alert"}>
            {reading?.ok === true ? t.sendAtLeaves(reading.at) : problem}
          </Caption1>
        </>
      )}
    </>
  );
}
